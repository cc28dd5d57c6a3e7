/**
 * tidings turns messy scraped news-article text, Markdown or HTML into a clean, immutable
 * {@link io.github.tidings.Article}.
 *
 * <p>The API is this package and {@link io.github.tidings.clean}: build an
 * {@link io.github.tidings.ArticleParser} once (it is immutable and thread-safe), pass it input and
 * optional {@link io.github.tidings.Hints}, and read the {@link io.github.tidings.Article}: title,
 * {@link io.github.tidings.Published} date with its precision, authors, site name, language, the
 * body as typed {@link io.github.tidings.Block}s, and the {@link io.github.tidings.Removal}s that say
 * what was dropped, by which cleaner, and why.
 *
 * <p>Data flows one way: input, normalised blocks, metadata readers, cleaners, content finder,
 * metadata resolution, article. Text, Markdown and HTML differ only until they are blocks. The
 * packages {@code text}, {@code html}, {@code metadata} and {@code cli} are internal: their public
 * types serve this library's other packages and may change without notice; the one exception is
 * {@link io.github.tidings.internal.text.TextContentFinder}, the tunable content finder for text input.
 */
package io.github.tidings;
