/**
 * tidings turns messy scraped news-article text, Markdown or HTML into a clean, immutable
 * {@link io.github.tidings.model.Article}; this package is where a parse starts.
 *
 * <p>Build an {@link io.github.tidings.ArticleParser} once (it is immutable and thread-safe), pass it
 * input (its {@link io.github.tidings.InputFormat} chosen or detected) and optional
 * {@link io.github.tidings.model.Hints}, and read the {@link io.github.tidings.model.Article}. The
 * values going in and out live in {@link io.github.tidings.model}; the cleaner SPI in
 * {@link io.github.tidings.clean}. Those three packages are the API, and the only ones the module
 * exports.
 *
 * <p>Data flows one way: input, normalised blocks, metadata readers, cleaners, content finder,
 * metadata resolution, article. Text, Markdown and HTML differ only until they are blocks. Package
 * dependencies point one way too: this package uses the internals ({@code internal.text},
 * {@code internal.html}, {@code internal.metadata}), which use {@code clean}, which uses
 * {@code model}; {@code internal.words} is at the bottom. This is why the value types are not in
 * this package: the internals make {@code Published}, read {@code Hints} and fill
 * {@code Article.Builder}, and the parser here calls the internals, so values kept beside the parser
 * would make every internal package and this one import each other.
 */
@NullMarked
package io.github.tidings;

import org.jspecify.annotations.NullMarked;
