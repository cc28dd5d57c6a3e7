/**
 * The HTML input path. Internal: not exported by the module; use
 * {@link io.github.tidings.ArticleParser#parseHtml(String)} and its siblings. It depends on
 * {@code internal.metadata} (dates), {@code clean} (the blocks it makes), {@code model} and
 * {@code internal.words}, never on the parser above it.
 *
 * <p>{@link io.github.tidings.internal.html.HtmlReader} turns a jsoup document into the same kind of blocks
 * the text path makes (one per block element, typed as paragraph, heading, list item, quote,
 * preformatted text or caption, with tag, class/id tokens and link characters) and into the
 * page's metadata. On the way it:
 * <ul>
 *   <li>drops what a reader never sees or never reads as the article: scripts, styles, hidden
 *       elements, navigation, asides, footers, forms, and regions whose class or id names comments,
 *       sharing, related links and the like (word lists in the {@code *-class-hints.txt} data files
 *       beside these classes; a post's category and tag classes, {@code category-<term>} and
 *       {@code tag-<term>} beside its markers, are its terms, not class words: {@code TaxonomyClasses});</li>
 *   <li>chooses the element holding the article by paragraph votes, class and id hints and link
 *       density, after the ideas Readability and boilerpipe published, anchored by the visible
 *       headline and, where the page has one that agrees with its text, by the JSON-LD
 *       {@code articleBody};</li>
 *   <li>reads JSON-LD (also {@code @graph} and {@code @id} references), OpenGraph, {@code article:*}
 *       and other metas, {@code <time datetime>}, {@code <html lang>} and {@code <title>}, and
 *       settles the title against what the page shows ({@link io.github.tidings.internal.html.TitleChooser}):
 *       the metadata title or a run of its segments shown as an {@code h1}, another heading, a
 *       headline-classed element or a plain block (a part of three words or fewer, often a
 *       section's or blog's name set as a heading, gives way to a longer part of the same title
 *       shown as a heading; a segment that is a date is none of the headline); failing that the
 *       page's own {@code h1}, the title the page's share links carry in their query where a
 *       block shows it ({@code ShareTitle}), or the heading where the content begins (a heading,
 *       or a block a headline-classed child fills, such as {@code <span class="headline">} beside
 *       a {@code <br>}). A heading of three words or fewer whose class or id names a section is
 *       the section's name, not the headline. A title segment that spells the page's host names the
 *       site ({@code HostName}); a short title only the furniture shows gives way to the page's
 *       headline; a kicker or deck set as an element of its own inside the headline's heading is
 *       no part of the title. Where no metadata names the author, a byline the markup marks
 *       ({@code rel=author}, {@code itemprop=author}, hCard, class {@code author|byline|autor})
 *       does ({@code MarkupByline}), a user name it marks ({@code <a rel=author>jdoe</a>}) too, outside
 *       the comments. A heading set for screen readers only ({@code sr-only}, {@code visually-hidden})
 *       shows no title. The day the article's address states ({@code /2021/10/20/slug}, {@code UrlDate})
 *       is the publication day where the metadata states none or another day.</li>
 * </ul>
 * The walk also records the structure of each block (heading level, list nesting and numbering, the
 * anchors in its text, the table cell it is in, the images it passes) at no second pass; for the
 * blocks inside the chosen content {@code Structure} makes of it the model's structure (link
 * targets and image sources resolved against the page's URL, data tables told from layout tables,
 * figures with caption and credit), carried beside the blocks as {@code internal.text.Shape}s. The
 * metadata readers record every candidate and its source, for the article's provenance; {@code
 * PageExtras} reads description, tags, lead image and the free-access signal.
 * Blocks outside the chosen content are returned marked removed with a reason, so that
 * {@code --explain} shows them; the text cleaners then run over the kept blocks as for text input.
 *
 * <p>A page whose {@code <title>} is never closed, which the parser reads as one long title over an
 * empty body, is read again with the title closed at its first line
 * ({@link io.github.tidings.internal.html.UnclosedTitle}); a page whose whole body sits in one
 * {@code <form>} (ASP.NET) is not dropped as a form; nor is an element whose class names a widget
 * (a share bar, a sidebar layout) when it holds nearly all the page's running text in an element
 * that says it is the content.
 *
 * <p>The caller's document is never modified. Nothing here recurses with the document's depth:
 * the DOM is walked with jsoup's iterative traversal and JSON with an explicit stack, so a page
 * nested a hundred thousand elements deep parses like any other. Time is linear in the page.
 */
@NullMarked
package io.github.tidings.internal.html;

import org.jspecify.annotations.NullMarked;
