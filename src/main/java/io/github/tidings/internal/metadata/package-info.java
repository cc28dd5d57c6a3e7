/**
 * Metadata of an article: reading it and deciding between sources. Internal: not exported by the
 * module. It depends on {@code internal.text} (language detection), {@code clean} (the blocks it
 * reads), {@code model} and {@code internal.words}.
 *
 * <p>{@link io.github.tidings.internal.metadata.TextMetadataReader} reads the visible lines of any input
 * (text, Markdown, or the blocks of HTML): the headline (matched against the page {@code <title>},
 * whose site part becomes a site-name candidate), the date line and the byline nearest below it (a
 * date a byline or a date label opens a long block with counts: a wrapped dump joins a date line that
 * fills its width to the lines below; with no date near the headline, the date line just above where
 * the prose begins), and the copyright footer. It marks the blocks that hold nothing but metadata, so that
 * {@code MetadataLineCleaner} removes them and nothing else.
 * {@link io.github.tidings.internal.metadata.FrontMatter} reads a Markdown document's YAML front matter
 * as the metadata it states (then the text reader does not look for a date line or byline in its body).
 * {@link io.github.tidings.internal.metadata.DateParser} reads dates in any string, for the HTML readers too.
 * {@link io.github.tidings.internal.metadata.MetadataResolver} documents and applies the precedence between
 * what the text shows and what the markup states.
 *
 * <p>Language-specific words (date labels, byline labels, job titles, copyright phrases, company
 * designators) are data: one file per purpose and language under
 * {@code src/main/resources/io/github/tidings/internal/metadata/<purpose>/<lang>.txt}. Month names come from
 * the JDK's CLDR data ({@link io.github.tidings.internal.words.MonthNames}, shared with the content
 * finder). The labels of picture credits, and the lines the headline search passes over as page
 * furniture (headings of related-content lists and comment sections, newsletter, cookie and login
 * prompts, skip links), are the {@code clean} package's credits, related, comments, prompts and
 * skiplinks phrase lists, read from there so that one list serves both. Every
 * list is loaded once into immutable values; each reading is bounded in length, so time stays
 * linear in the input.
 */
@NullMarked
package io.github.tidings.internal.metadata;

import org.jspecify.annotations.NullMarked;
