/**
 * The plain-text and Markdown input path: reading a text dump's layout into blocks
 * ({@link io.github.tidings.internal.text.DumpReader}: hard-wrapped paragraphs joined, headings,
 * list markers, link annotations and markup residue (form fields, frames, a page's script or HTML
 * source printed as text) read; and whether the layout shows a page
 * rendered as text, whose first line is then no {@code <title>}), Markdown reading
 * ({@link io.github.tidings.internal.text.MarkdownReader}), language detection from script and
 * function words ({@link io.github.tidings.internal.text.LanguageDetector}), and the content finder
 * that keeps the article's region of a full-page dump
 * ({@link io.github.tidings.internal.text.TextContentFinder}). {@link io.github.tidings.internal.text.Shape}
 * carries the structure a reader saw (heading levels, lists, links, table cells, figures) beside
 * the blocks that cleaners see, for all three input paths, and puts it back on the kept blocks.
 * The Markdown reader reads text normalised with its indentation kept (the depth of a nested list
 * item), makes figures of images ({@code ![alt](url "title")}, reference images, pandoc's figures
 * with their captions) against the page's URL, and reads reference links against their definitions.
 * {@link io.github.tidings.internal.text.PageMarkup} tells a "dump" that is the page's markup as
 * text (a tool that took the page for an unclosed {@code <title>}); the parser reads such input as HTML.
 *
 * <p>Internal: not exported by the module, and its public types may change without notice. The
 * content finder is a {@link io.github.tidings.clean.Cleaner} that callers can replace through
 * {@code ArticleParser.Builder#contentFinder(Cleaner)}, but its type and its tuning are not API.
 * It depends on {@code clean} (the SPI it implements), {@code model} and {@code internal.words}, never on the
 * packages above. Word lists are data files under
 * {@code src/main/resources/io/github/tidings/internal/text/}. Every step is a single pass or
 * bounded look-up, linear in the input.
 */
@NullMarked
package io.github.tidings.internal.text;

import org.jspecify.annotations.NullMarked;
