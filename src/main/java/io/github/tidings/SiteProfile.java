package io.github.tidings;

import io.github.tidings.internal.rules.FinderRecorder;
import io.github.tidings.internal.rules.HtmlLearner;
import io.github.tidings.internal.rules.ProfileLearner;
import io.github.tidings.internal.text.TextContentFinder;
import io.github.tidings.model.Hints;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A site's template learned from several of its pages, written as a rules file ({@link
 * io.github.tidings.rules}) for a person to read and edit, and to load like any rules file with
 * {@link ArticleParser.Builder#rules(String)}. Immutable. What it learns, each rule with the number
 * of pages it was seen on:
 * <ul>
 * <li>the lines and blocks that recur across the pages (numbers and dates masked, so a changing
 * year or counter does not hide a footer; a masked number is written {@code #}, which matches a
 * number only), as {@code remove} rules; long paragraphs of prose only when four pages in five
 * hold them (an "about the author" box), as prose recurring on fewer is more often the articles'
 * own;</li>
 * <li>short template lines that recur with a changing part ("Posted by Ada Lovelace | Permalink |
 * 3 Comments", "... | Comment"), as {@code remove} patterns of the words their lines share at the
 * start and end with a {@code *} between, when those words are half of every such line;</li>
 * <li>for text and Markdown pages, where articles start and end: a recurring line above the
 * articles ({@code removeUntil}) and one below them ({@code removeFrom}), found where the parser
 * itself keeps each page's article, never amid what it keeps on any page, seen on half the pages
 * and on three at least, at most eight words, and never a page's own headline;</li>
 * <li>for HTML pages, the element that holds the article on every one of them (the innermost element
 * around what the parser kept, named by its tag, id or classes) as a {@code rootSelector}, and the
 * site's name where most pages' titles or {@code og:site_name} agree, as {@code siteName};</li>
 * <li>for HTML pages (three at least), the template's elements in or around the article (share
 * bars, "related" boxes, author boxes, tag lists), named by tag with a stable id or classes, as
 * {@code removeSelector} rules ({@code boilerplate-1}, ...): an element found on most of the pages
 * whose text, on every page, repeats across the site (or is a recurring label over a list of
 * links), and that never holds a headline, the article's element or most of what the parser
 * kept. A learned article root does not bring back what these rules remove.</li>
 * </ul>
 *
 * <pre>{@code
 * SiteProfile profile = SiteProfile.learn("example", List.of("example.com"), pages);
 * Files.writeString(Path.of("example.json"), profile.json());
 * ArticleParser parser = ArticleParser.builder().rules(profile.json()).build();
 * }</pre>
 *
 * <p>Only what repeats is learned: the article's own text differs from page to page. A block counts
 * when it recurs on at least a third of the pages, and on two at least. Pages need not be labelled
 * and may mix formats ({@link InputFormat#detect(String)} tells each). The profile is scoped to the
 * hosts given and, for pages without a URL, to a signature: the recurring line seen on most pages.
 * Learning reads every page once to count and parses each text page once more to place the
 * markers: time linear in the pages' total length.
 */
public final class SiteProfile {
    private final String site;
    private final String json;
    private final int rules;
    private final int pages;

    private SiteProfile(String site, String json, int rules, int pages) {
        this.site = site;
        this.json = json;
        this.rules = rules;
        this.pages = pages;
    }

    /**
     * Learns the site's profile from its pages.
     *
     * @param site the site's name in the rules file (a word: letters, digits, {@code . _ -})
     * @param hosts the site's hosts (may be empty: the profile then relies on its signature)
     * @param pages two or more pages of the site, as text, Markdown or HTML
     * @throws IllegalArgumentException if fewer than two pages are given, or nothing recurs among them
     */
    public static SiteProfile learn(String site, List<String> hosts, List<String> pages) {
        return learn(site, hosts, pages, Math.max(2, (pages.size() + 2) / 3));
    }

    /**
     * Learns the site's profile from its pages, keeping the blocks seen on at least {@code minPages}
     * of them.
     *
     * @throws IllegalArgumentException if fewer than two pages are given, {@code minPages} is below
     *     two or above the number of pages, or nothing recurs among them
     */
    public static SiteProfile learn(String site, List<String> hosts, List<String> pages, int minPages) {
        Objects.requireNonNull(site, "site");
        List<String> hs = List.copyOf(hosts);
        List<String> ps = List.copyOf(pages);
        if (ps.size() < 2) {
            throw new IllegalArgumentException("a profile needs two pages of the site at least, not " + ps.size());
        }
        if (minPages < 2 || minPages > ps.size()) {
            throw new IllegalArgumentException("minPages must be from 2 to the number of pages, not " + minPages);
        }
        List<ProfileLearner.Kind> kinds = new ArrayList<>();
        for (String p : ps) {
            kinds.add(switch (InputFormat.detect(p)) {
                case HTML -> ProfileLearner.Kind.HTML;
                case MARKDOWN -> ProfileLearner.Kind.MARKDOWN;
                case TEXT -> ProfileLearner.Kind.TEXT;
            });
        }
        HtmlLearner html = new HtmlLearner();
        List<ProfileLearner.Line> lines = ProfileLearner.recurring(ps, kinds, minPages, html);
        ProfileLearner.Learned first = ProfileLearner.withMarkers(lines, List.of(), minPages, html.learned(minPages));
        ProfileLearner.Learned learned = first;
        if (first.ruleCount() > 0
                && (kinds.contains(ProfileLearner.Kind.TEXT) || kinds.contains(ProfileLearner.Kind.MARKDOWN))) {
            learned = ProfileLearner.withMarkers(lines, observe(ProfileLearner.toJson(site, hs, first, ps.size()), ps,
                    kinds), minPages, first.html());
        }
        String json = ProfileLearner.toJson(site, hs, learned, ps.size());
        // checked as any rules file is, so that a profile that loads here loads everywhere
        ArticleParser.builder().discoverCleaners(false).rules(json);
        return new SiteProfile(site, json, learned.ruleCount(), ps.size());
    }

    /**
     * What the parser keeps of each text and Markdown page with the recurring blocks removed: where
     * the site's pages have their articles, by the parser's own judgement, for the markers.
     */
    private static List<FinderRecorder.Observation> observe(String json, List<String> pages,
            List<ProfileLearner.Kind> kinds) {
        FinderRecorder recorder = new FinderRecorder(TextContentFinder.defaults());
        ArticleParser parser = ArticleParser.builder().rules(json).contentFinder(recorder).build();
        for (int i = 0; i < pages.size(); i++) {
            if (kinds.get(i) != ProfileLearner.Kind.HTML) {
                String p = pages.get(i);
                parser.parse(p, kinds.get(i) == ProfileLearner.Kind.TEXT ? InputFormat.TEXT : InputFormat.MARKDOWN,
                        Hints.none());
            }
        }
        return recorder.observations();
    }

    /** The site's name. */
    public String site() {
        return site;
    }

    /** The profile as a rules file (JSON text). */
    public String json() {
        return json;
    }

    /**
     * How many rules (recurring blocks, markers, template elements, the article's element and the
     * site name) the profile holds.
     */
    public int ruleCount() {
        return rules;
    }

    /** How many pages it was learned from. */
    public int pageCount() {
        return pages;
    }

    @Override
    public String toString() {
        return "SiteProfile{" + site + ", " + rules + " rules from " + pages + " pages}";
    }
}
