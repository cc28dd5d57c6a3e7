package io.github.tidings.clean;

import java.util.List;

/**
 * The cleaners every parser runs unless switched off, in the order they run. Each is named after
 * what it removes; {@code ArticleParser.Builder#disableCleaner(String)} takes these names.
 *
 * <ol>
 * <li>{@code MetadataLineCleaner}: blocks the metadata readers used (title, date line, byline).</li>
 * <li>{@code RepeatedTitleCleaner}: other blocks that repeat the title.</li>
 * <li>{@code DuplicateBlockCleaner}: blocks printed more than once (gallery captions, teasers).</li>
 * <li>{@code ShareToolsCleaner}: share, social, print and font-size tool residue and counters.</li>
 * <li>{@code PaywallCleaner}: the invitation to subscribe or log in where a paywalled teaser stops
 * (the parser then reports the article as not free to read). Before the prompts below, which would
 * take the invitation for a plain subscription prompt.</li>
 * <li>{@code RelatedContentCleaner}: related-content lists, advertisement labels, newsletter and
 * cookie prompts, image credits.</li>
 * <li>{@code CaptionCleaner}: picture captions, told by their credit, label or house style.</li>
 * <li>{@code AuthorNoteCleaner}: contributor credits, and the authors' biography and contact lines
 * after the article.</li>
 * <li>{@code CommentSectionCleaner}: comment prompts, and the comment section near the end.</li>
 * <li>{@code CopyrightFooterCleaner}: the copyright footer, what follows it, and the footer menu.</li>
 * <li>{@code SectionLabelCleaner}: breadcrumbs, tag lists, section labels. It runs last because
 * whether an all-caps line heads a paragraph is judged on what the others kept.</li>
 * </ol>
 * Earlier cleaners remove the unambiguous residue first so that the later, position-based ones
 * (the end of the article, the first paragraph) see the page as it will be kept.
 */
public final class BuiltInCleaners {
    private static final List<Cleaner> ALL = List.of(
            new MetadataLineCleaner(),
            new RepeatedTitleCleaner(),
            new DuplicateBlockCleaner(),
            new ShareToolsCleaner(),
            new PaywallCleaner(),
            new RelatedContentCleaner(),
            new CaptionCleaner(),
            new AuthorNoteCleaner(),
            new CommentSectionCleaner(),
            new CopyrightFooterCleaner(),
            new SectionLabelCleaner());

    private BuiltInCleaners() {
    }

    /** The built-in cleaners in running order (an immutable list of stateless cleaners). */
    public static List<Cleaner> all() {
        return ALL;
    }
}
