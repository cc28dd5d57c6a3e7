/**
 * The values a parse takes and gives: {@link io.github.tidings.model.Hints} (what the caller knows
 * about the input) in; {@link io.github.tidings.model.Article} with its
 * {@link io.github.tidings.model.Block}s, {@link io.github.tidings.model.BlockType}s,
 * {@link io.github.tidings.model.Published} date, {@link io.github.tidings.model.Removal}s and
 * {@link io.github.tidings.model.Provenance} out. A block carries the structure its source stated
 * (heading level, list depth and numbering, link spans, a table's rows, a figure's image); an
 * article writes itself as Markdown or as safe HTML ({@code Article#toMarkdown()},
 * {@code Article#toHtml()}), by a package-private renderer that escapes every character of text.
 * All are immutable (builders aside) and thread-safe.
 *
 * <p>They have a package of their own, below the parser and the cleaner SPI, because both the
 * internals and {@link io.github.tidings.clean} use them (a cleaner reads the page's hints and its
 * removals are {@code Removal}s) while {@link io.github.tidings.ArticleParser} uses the internals:
 * beside the parser they would tie every package into one cycle. This package depends on nothing
 * of the library but {@code internal.words}.
 */
@NullMarked
package io.github.tidings.model;

import org.jspecify.annotations.NullMarked;
