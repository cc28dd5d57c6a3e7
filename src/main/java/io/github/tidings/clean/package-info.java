/**
 * Cleaners: the extension point that removes boilerplate from a parsed page, and the built-in
 * cleaners. Exported; it depends only on {@code model} and {@code internal.words}, so the readers
 * and content finders that implement or feed the SPI can sit above it.
 *
 * <h2>The SPI</h2>
 * A {@link io.github.tidings.clean.Cleaner} looks at a {@link io.github.tidings.clean.Page} (the
 * input's {@link io.github.tidings.clean.TextBlock}s in order, with what the metadata readers found:
 * title, language, and the {@link io.github.tidings.clean.Page.Role} of blocks that held the title,
 * date or byline) and marks blocks removed with a short reason. It may also keep a block
 * ({@link io.github.tidings.clean.Page#keep}: put back, and safe from later removals) and set the
 * title, date, authors or site name ({@link io.github.tidings.clean.Page#setTitle} and its
 * siblings), and for HTML it can read each block's element ({@link
 * io.github.tidings.clean.Page#element}). It never edits text. Each removal, rescue and setting is
 * recorded with the cleaner's {@link io.github.tidings.clean.Cleaner#name()} and reported in
 * {@code Article.removed()}. Site rules files ({@code io.github.tidings.rules}) run through this
 * SPI, one cleaner per rule, after the user and discovered cleaners. A {@link io.github.tidings.clean.Scope} limits a cleaner to some hosts
 * or to pages with a signature line; {@link io.github.tidings.clean.Cleaners} makes named cleaners
 * from lambdas. Cleaners must be stateless or immutable: one instance serves every parse.
 *
 * <h2>The built-in cleaners, in running order</h2>
 * {@link io.github.tidings.clean.BuiltInCleaners#all()} lists them. Their classes are
 * package-private: they are known by {@link io.github.tidings.clean.Cleaner#name()}, which
 * {@code ArticleParser.Builder#disableCleaner(String)} takes.
 * <ol>
 * <li>{@code MetadataLineCleaner}: the blocks the metadata readers used
 * (title, date line, byline).</li>
 * <li>{@code RepeatedTitleCleaner}: other blocks that repeat the title.</li>
 * <li>{@code DuplicateBlockCleaner}: later copies of a block printed again
 * a few blocks on (gallery captions).</li>
 * <li>{@code ShareToolsCleaner}: share, social, print and font-size tools,
 * counters, follow-us prompts.</li>
 * <li>{@code PaywallCleaner}: the invitation to subscribe or log in where a
 * paywalled teaser stops, with no prose of the article after it, and the access lines right after it
 * (the parser then reports the article as not free to read).</li>
 * <li>{@code RelatedContentCleaner}: related-content headings with their
 * link lists, inline "Related:" links, advertisement labels, newsletter, cookie and login prompts,
 * image credits, gallery residue.</li>
 * <li>{@code CaptionCleaner}: picture captions, told by a credit at their
 * end, a caption label, a gallery counter or the agencies' house style; switched off by
 * {@code keepCaptions}.</li>
 * <li>{@code AuthorNoteCleaner}: contributor credits, and the authors'
 * biography, "About" heading and contact lines after the article.</li>
 * <li>{@code CommentSectionCleaner}: comment prompts, and the comment
 * section when it starts near the end.</li>
 * <li>{@code CopyrightFooterCleaner}: the copyright and contact footer near
 * the end with everything after it, and the footer menu.</li>
 * <li>{@code SectionLabelCleaner}: breadcrumbs, tag lists, all-caps section
 * labels, labels above the first paragraph.</li>
 * </ol>
 * The unambiguous, line-by-line cleaners run first so that the position-based ones (where the
 * article ends, which block is its first paragraph) judge the page as it will be kept. User cleaners
 * run after the built-ins, then site rules, then the content finder.
 *
 * <h2>Phrase lists</h2>
 * The words the built-ins look for are data, not code: UTF-8 files on the classpath under
 * {@code io/github/tidings/clean/phrases/}, one per purpose and language
 * ({@code share.en.txt}, {@code footer.tr.txt}, {@code related.de.txt}, ...; {@code agencies.txt}
 * holds names that belong to no language; {@code skiplinks.*.txt} is read only by the headline
 * search, which never takes a skip link for a title), one entry per line, {@code #} starting a comment. All
 * languages of a purpose are loaded together, once, because a page's language is often unknown or
 * mixed. Lines are compared after lower-casing and turning punctuation into spaces, by whole line,
 * by leading words, or as a sequence of entries, in time linear in the line; no regular
 * expressions. A phrase hit alone never removes prose: the rules also look at the block's length,
 * sentence ending and position, so a paragraph that mentions Facebook or copyright stays.
 */
@NullMarked
package io.github.tidings.clean;

import org.jspecify.annotations.NullMarked;
