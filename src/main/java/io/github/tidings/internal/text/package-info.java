/**
 * The plain-text and Markdown input path: normalisation ({@link io.github.tidings.internal.text.TextNormalizer}),
 * reading a text dump's layout into blocks ({@link io.github.tidings.internal.text.DumpReader}:
 * hard-wrapped paragraphs joined, list markers, link annotations and markup residue read),
 * Markdown reading ({@link io.github.tidings.internal.text.MarkdownReader}), language detection from script and function words
 * ({@link io.github.tidings.internal.text.LanguageDetector}), and the content finder that keeps the article's
 * region of a full-page dump ({@link io.github.tidings.internal.text.TextContentFinder}).
 *
 * <p>Internal, with one exception: {@link io.github.tidings.internal.text.TextContentFinder} and its builder are
 * API, because users tune or replace the finder through
 * {@link io.github.tidings.ArticleParser.Builder#contentFinder(io.github.tidings.clean.Cleaner)}.
 * Word lists are data files under {@code src/main/resources/io/github/tidings/internal/text/}. Every step is a
 * single pass or bounded look-up, linear in the input.
 */
package io.github.tidings.internal.text;
