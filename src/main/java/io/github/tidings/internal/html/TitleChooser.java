package io.github.tidings.internal.html;

import io.github.tidings.model.BlockType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * Chooses the article's headline among the markup's titles and the page's visible blocks.
 *
 * <p>A page {@code <title>} often carries more than the headline ({@code Site | Section |
 * Headline}, {@code Headline - Section - Site}), in any order, and old pages set their headline
 * in any element: an {@code h2} to {@code h5}, a {@code span class="headline"}, a bold table
 * cell. So every run of a title's segments is a candidate, and the evidence for one is, from
 * strongest to weakest: it is the text of an {@code h1}; of another heading or of an element
 * whose class names a headline; of any block that is not a link; it stands in the visible text.
 * A title with no such evidence is an SEO title or a site name: then the headline is the
 * heading-like block where the main content begins ({@link #nearContent}), and only failing that
 * a first {@code h1} or the metadata title itself.
 */
final class TitleChooser {
    /** Segment separators in page titles: with spaces around, so "Cole: Winning" stays whole. */
    static final List<String> SEPARATORS = List.of(" | ", " - ", " – ", " — ", " :: ", " : ", " · ",
            " • ", " « ", " » ", " ~ ", " / ", " > ");
    /** A headline is short; longer blocks are paragraphs, whatever their class. */
    private static final int MAX_HEADLINE_WORDS = 30;

    private final HtmlMetadata meta;
    private final List<BlockCollector.Raw> blocks;
    private final VisibleText visible;

    /** The chosen headline, and the index of the block that shows it, or -1. */
    record Choice(String title, int block) {
        static final Choice NONE = new Choice("", -1);
    }

    TitleChooser(HtmlMetadata meta, List<BlockCollector.Raw> blocks, VisibleText visible) {
        this.meta = meta;
        this.blocks = blocks;
        this.visible = visible;
    }

    /**
     * The headline that some metadata title states and the page shows, or {@link Choice#NONE}.
     */
    Choice fromMetadata() {
        List<Option> options = options();
        if (options.isEmpty()) {
            return Choice.NONE;
        }
        // blocks are folded only when their length lets them equal an option, each once (the block keeps its fold)
        // Short parts of a title (two words) are often the site's or a section's name, which a
        // page also shows as a heading: they count only when no longer part is shown.
        int[][] shown = new int[options.size()][]; // each option's blocks for the three passes, found in one scan
        for (int stage = 0; stage < 2; stage++) {
            for (int pass = 0; pass < 3; pass++) {
                for (int k = 0; k < options.size(); k++) {
                    Option o = options.get(k);
                    boolean shortPart = o.cut && o.words < 3;
                    if (shortPart != (stage == 1) || o.run && shortPart) {
                        continue;
                    }
                    if (shown[k] == null) {
                        shown[k] = shownAt(o);
                    }
                    int i = shown[k][pass];
                    if (i >= 0) {
                        return longerPartShown(o, options, shown).orElse(new Choice(o.text, i));
                    }
                }
            }
        }
        for (Option o : options) {
            if (o.fold.length() >= 8 && (!o.run || o.words >= 4) && visible.contains(o.fold)) {
                return new Choice(o.text, -1);
            }
        }
        return Choice.NONE;
    }

    /**
     * A part of the title of three words or fewer is often a section's or a blog's name that the
     * page sets as a heading ({@code Sports Wire}, {@code All The News}) above the story's own
     * headline, which is another part of the same title: where such a longer part, not holding
     * the short one, is shown as a heading outside the furniture, it is the headline (the longest
     * of them).
     */
    private java.util.Optional<Choice> longerPartShown(Option o, List<Option> options, int[][] shown) {
        if (!o.cut || o.words > 3) {
            return java.util.Optional.empty();
        }
        Choice best = null;
        int bestWords = o.words;
        for (int k = 0; k < options.size(); k++) {
            Option p = options.get(k);
            if (!p.cut || p.words <= bestWords || p.fold.contains(o.fold)) {
                continue;
            }
            if (shown[k] == null) {
                shown[k] = shownAt(p);
            }
            for (int pass = 0; pass < 2; pass++) {
                int j = shown[k][pass];
                if (j >= 0 && blocks.get(j).dropReason == null) {
                    best = new Choice(p.text, j);
                    bestWords = p.words;
                    break;
                }
            }
        }
        return java.util.Optional.ofNullable(best);
    }

    /**
     * For each pass, the first block that shows the option in the pass's kind of block ({@code 0}:
     * an h1, {@code 1}: a heading or headline, {@code 2}: any block but a link), or -1: one scan of
     * the blocks serves the three passes ({@link #shownAt(Option, int)} is the plain form).
     */
    int[] shownAt(Option o) {
        int[] at = {-1, -1, -1};
        int open = 3;
        for (int i = 0; i < blocks.size() && open > 0; i++) {
            BlockCollector.Raw b = blocks.get(i);
            if (!shows(b, o)) {
                continue;
            }
            for (int pass = 0; pass < 3; pass++) {
                if (at[pass] < 0 && passTakes(b, pass)) {
                    at[pass] = i;
                    open--;
                }
            }
        }
        return at;
    }

    /** The first block that shows the option in the pass's kind of block, or -1. */
    int shownAt(Option o, int pass) {
        for (int i = 0; i < blocks.size(); i++) {
            BlockCollector.Raw b = blocks.get(i);
            if (shows(b, o) && passTakes(b, pass)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the block's text is the option's, where the option may be read. */
    private static boolean shows(BlockCollector.Raw b, Option o) {
        int n = o.fold.length();
        int len = b.text.length();
        // folding drops spaces and may shorten or widen a character or two; never by half
        if (len > 2 * n + 8 || 2 * len + 8 < n || unseen(b)) {
            return false;
        }
        if (!HtmlMetadata.fold(b).equals(o.fold)) {
            return false;
        }
        // A part of a title may be the site's name in the page's furniture: it counts only
        // where the page's own text shows it.
        return !(o.run && b.dropReason != null);
    }

    /** Classes that keep an element for screen readers only: a page's spoken title, not its headline. */
    private static final List<String> SCREEN_READER_ONLY = List.of("sr-only", "screen-reader", "visually-hidden",
            "visuallyhidden");

    /**
     * Whether no reader sees the block: hidden, or set for screen readers only (an {@code h1}
     * there often repeats the page's {@code <title>}, site name and all, while the headline
     * readers see is another element).
     */
    static boolean unseen(BlockCollector.Raw b) {
        String why = b.dropReason;
        if (why == null) {
            return false;
        }
        if (why.equals("hidden")) {
            return true;
        }
        for (String c : SCREEN_READER_ONLY) {
            if (why.endsWith(" " + c)) {
                return true;
            }
        }
        return false;
    }

    private boolean passTakes(BlockCollector.Raw b, int pass) {
        return switch (pass) {
            case 0 -> b.tag().equals("h1");
            case 1 -> headingLike(b);
            default -> b.linkChars * 2 < b.text.length();
        };
    }

    /**
     * The title the page's share links carry ({@link ShareTitle}), unless it ends as a sentence
     * does, where a block outside the furniture shows it (an h1, else a heading or headline, else any block but a link), else
     * {@link Choice#NONE}.
     */
    Choice shared(String shareTitle) {
        // a sentence is the description some share links carry as their text, not the headline
        if (shareTitle.isEmpty() || shareTitle.endsWith(".") || meta.isSiteName(shareTitle)) {
            return Choice.NONE;
        }
        String fold = HtmlMetadata.fold(shareTitle);
        Option o = new Option(shareTitle, fold, false, true, words(shareTitle));
        int[] at = shownAt(o);
        for (int i : at) {
            if (i >= 0 && blocks.get(i).dropReason == null) {
                return new Choice(blocks.get(i).text, i);
            }
        }
        return Choice.NONE;
    }

    /**
     * The headline where the content begins: the first heading-like block among the first blocks
     * of the content, or the nearest one above it, that reads like a headline.
     *
     * @param first index of the content's first block, or -1 when no content was found
     */
    Choice nearContent(int first) {
        if (first < 0) {
            return Choice.NONE;
        }
        int best = -1;
        int bestRank = Integer.MAX_VALUE;
        for (int i = Math.max(0, first - 8); i < Math.min(blocks.size(), first + 3); i++) {
            int rank = headlineRank(i);
            // the better rank wins; between equals, the one nearer the content's start
            if (rank < bestRank || rank == bestRank && rank < Integer.MAX_VALUE && Math.abs(i - first) <= Math.abs(best - first)) {
                best = i;
                bestRank = rank;
            }
        }
        return best < 0 || bestRank == Integer.MAX_VALUE ? Choice.NONE : new Choice(blocks.get(best).text, best);
    }

    /**
     * The metadata headline inside a longer heading: a heading that sets a kicker before the
     * headline ("Analyse: ", a date, a section name) or a deck after it in one element holds a
     * metadata title of three or more words (or one less a segment that names the site) whole at
     * its start or end, where the kicker or deck, or the headline, is an element of its own. The
     * choice stays as it is when such a title states the heading as shown.
     */
    Choice withoutKickerOrDeck(Choice c) {
        if (c.block() < 0) {
            return c.title().isEmpty() ? c : inLongerHeading(c);
        }
        String shown = wordsOnly(HtmlMetadata.fold(c.title()));
        List<String> stated = new ArrayList<>();
        for (String t : meta.titles) {
            stated.add(t);
            for (String[] v : meta.variants(t)) {
                if (meta.isSiteName(v[1])) {
                    stated.add(v[0]);
                }
            }
        }
        List<String> words = new ArrayList<>();
        for (String t : stated) {
            String w = wordsOnly(HtmlMetadata.fold(t));
            // a heading the metadata states as it is shown is the headline, kicker or deck and all
            if (w.equals(shown)) {
                return c;
            }
            words.add(w);
        }
        Element heading = blocks.get(c.block()).owner;
        for (int i = 0; i < stated.size(); i++) {
            String w = words.get(i);
            if (words(w) < 3 || w.length() >= shown.length()) {
                continue;
            }
            if (kickerOrDeckApart(heading, shown, w)) {
                return new Choice(stated.get(i).strip(), c.block());
            }
        }
        return c;
    }

    /**
     * A metadata title the page shows, not as a block of its own: the first heading (an h1 before
     * others) that holds it with a kicker or deck as an element of its own, else the choice as it is.
     */
    private Choice inLongerHeading(Choice c) {
        String w = wordsOnly(HtmlMetadata.fold(c.title()));
        if (words(w) < 3) {
            return c;
        }
        int other = -1;
        for (int i = 0; i < blocks.size(); i++) {
            BlockCollector.Raw b = blocks.get(i);
            if (b.type != BlockType.HEADING || b.dropReason != null || b.text.length() > 400) {
                continue;
            }
            String shown = wordsOnly(HtmlMetadata.fold(b));
            if (w.length() >= shown.length()) {
                continue;
            }
            if (kickerOrDeckApart(b.owner, shown, w)) {
                if (b.tag().equals("h1")) {
                    return new Choice(c.title(), i);
                }
                if (other < 0) {
                    other = i;
                }
            }
        }
        return other < 0 ? c : new Choice(c.title(), other);
    }

    /**
     * Whether the heading's words {@code shown} are the title's words {@code w} with a kicker before
     * or a deck after them, and the kicker or deck, or the title, is an element of its own in the
     * heading: words that merely continue the headline ("Headline: and more") are part of it.
     */
    private static boolean kickerOrDeckApart(Element heading, String shown, String w) {
        String rest = shown.startsWith(w + ' ') ? shown.substring(w.length() + 1)
                : shown.endsWith(' ' + w) ? shown.substring(0, shown.length() - w.length() - 1) : null;
        return rest != null && (hasElementReading(heading, w) || hasElementReading(heading, rest));
    }

    /** Whether an element inside the heading (not the heading itself) reads the words. */
    private static boolean hasElementReading(Element heading, String words) {
        for (Element e : heading.getAllElements()) {
            if (e != heading && words.equals(wordsOnly(HtmlMetadata.fold(e.text())))) {
                return true;
            }
        }
        return false;
    }

    /** The text's words, one space between each: punctuation and symbols between words dropped. */
    private static String wordsOnly(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isLetterOrDigit(ch)) {
                if (gap && b.length() > 0) {
                    b.append(' ');
                }
                gap = false;
                b.append(ch);
            } else {
                gap = true;
            }
        }
        return b.toString();
    }

    /**
     * Whether the choice is a title of three words or fewer that no {@code h1} shows, or that a
     * heading whose class or id names a section shows ({@link #sectionLabel}).
     */
    boolean weak(Choice c) {
        return words(c.title()) <= 3 && (c.block() < 0 || !blocks.get(c.block()).tag().equals("h1")
                || sectionLabel(blocks.get(c.block())));
    }

    /**
     * A block of three words or fewer whose element's class or id names a section ({@code
     * sectionName}, {@code section-head}): the name of the page's section, set as a heading above
     * the story's own headline.
     */
    static boolean sectionLabel(BlockCollector.Raw b) {
        return words(b.text) <= 3 && (b.owner.className() + ' ' + b.owner.id()).toLowerCase(Locale.ROOT).contains("section");
    }

    /** The first {@code h1} of three or more words outside the page's furniture, or {@link Choice#NONE}. */
    Choice firstHeading() {
        return firstH1(false);
    }

    /** The last resort: the first {@code h1} of three or more words, else the metadata title. */
    Choice fallback() {
        Choice h1 = firstH1(true);
        if (!h1.title().isEmpty()) {
            return h1;
        }
        if (meta.titles.isEmpty()) {
            return Choice.NONE;
        }
        String t = meta.titles.get(0);
        for (String[] v : meta.variants(t)) {
            if (meta.isSiteName(v[1])) {
                return new Choice(v[0], -1);
            }
        }
        // No name of the site to recognise: a short last segment after a longer rest is taken for
        // it ("Headline | Site"), as page titles mostly end with the site's name.
        for (String[] v : meta.variants(t)) {
            if (t.endsWith(v[1]) && words(v[1]) <= 3 && words(v[0]) > 2 * words(v[1])) {
                return new Choice(v[0], -1);
            }
        }
        return new Choice(t, -1);
    }

    /** The first {@code h1} of three or more words that is no site name, in the furniture too or not. */
    private Choice firstH1(boolean inFurniture) {
        for (int i = 0; i < blocks.size(); i++) {
            BlockCollector.Raw b = blocks.get(i);
            if (b.tag().equals("h1") && (inFurniture || b.dropReason == null) && b.text.length() <= 400
                    && words(b.text) >= 3 && !meta.isSiteName(b.text) && !sectionLabel(b)) {
                return new Choice(b.text, i);
            }
        }
        return Choice.NONE;
    }

    /**
     * How well the block reads as the headline: 0 for an {@code h1}, 1 for an {@code h2}, 2 for
     * an element whose class names a headline, 3 for a lower heading; {@link Integer#MAX_VALUE}
     * for a block that is no headline (furniture, a link, a sentence, a date, a label).
     */
    private int headlineRank(int i) {
        BlockCollector.Raw b = blocks.get(i);
        if (b.dropReason != null || b.linkChars * 2 >= b.text.length() || !headingLike(b) || sectionLabel(b)) {
            return Integer.MAX_VALUE;
        }
        int w = words(b.text);
        String t = b.text.strip();
        if (w < 2 || w > MAX_HEADLINE_WORDS || t.endsWith(".") || t.endsWith(":") || meta.isSiteName(t)
                || HtmlMetadata.parseDate(t) != null || hasDigitsOnly(t)) {
            return Integer.MAX_VALUE;
        }
        String tag = b.tag();
        return tag.equals("h1") ? 0 : tag.equals("h2") ? 1 : b.type != BlockType.HEADING ? 2 : 3;
    }

    private static boolean hasDigitsOnly(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (Character.isLetter(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A heading element, or a block whose element (or its parent) has a headline's class, or that
     * a child with a headline's class fills: old pages set their headline as {@code <span
     * class="headline">} in a cell or paragraph, with a {@code <br>} or the dateline's element
     * beside it.
     */
    static boolean headingLike(BlockCollector.Raw b) {
        if (b.type == BlockType.HEADING) {
            return true;
        }
        Element e = b.owner;
        if (namesHeadline(e) || e.parent() != null && namesHeadline(e.parent())) {
            return true;
        }
        if (e.childrenSize() > 4) {
            return false;
        }
        int len = b.text.strip().length();
        for (Element child : e.children()) {
            // the child's text is the block's, a space or two aside
            if (namesHeadline(child) && child.text().strip().length() + 2 >= len) {
                return true;
            }
        }
        return false;
    }

    /** Whether the class or id names a headline or title, not a subtitle nor the site's title. */
    static boolean namesHeadline(Element e) {
        String ci = (e.className() + ' ' + e.id()).toLowerCase(Locale.ROOT);
        if (ci.isBlank()) {
            return false;
        }
        return (ci.contains("headline") || ci.contains("title") || ci.contains("heading"))
                && !ci.contains("sub") && !ci.contains("site") && !ci.contains("logo");
    }

    /**
     * A candidate title: a metadata title, or a part of one ({@code cut}): the title less a
     * segment that names the site, or another run of its segments ({@code run}).
     */
    record Option(String text, String fold, boolean cut, boolean run, int words) {
    }

    /**
     * The metadata titles in order of preference, each followed by the runs of its segments,
     * longest first; none that names the site.
     */
    List<Option> options() {
        List<Option> out = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (String t : meta.titles) {
            // the title, the title less a segment that names the site, then every other run
            List<String> trusted = new ArrayList<>();
            trusted.add(t);
            for (String[] v : meta.variants(t)) {
                trusted.add(v[0]);
            }
            List<String> all = new ArrayList<>(trusted);
            all.addAll(runs(t));
            for (int k = 0; k < all.size(); k++) {
                String r = all.get(k);
                String f = HtmlMetadata.fold(r);
                if (f.isEmpty() || seen.contains(f) || meta.isSiteName(r) || holdsDateSegment(r)) {
                    continue;
                }
                seen.add(f);
                out.add(new Option(r, f, k > 0, k >= trusted.size(), words(r)));
            }
        }
        return out;
    }

    /**
     * Whether a segment of the title is a date ({@code Headline | January 15, 2008 | Site},
     * {@code 23.01.2022 - Headline}): a page states its date beside the headline, as it states the
     * site's name, and the headline is the rest.
     */
    static boolean holdsDateSegment(String title) {
        for (String r : runs(title)) {
            // a segment: a run with no separator inside
            if (words(r) <= 5 && containsDigit(r) && segmentOf(r)
                    && io.github.tidings.internal.metadata.DateParser.parse(r, io.github.tidings.model.Hints.none()).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static boolean segmentOf(String r) {
        for (String sep : SEPARATORS) {
            if (r.contains(sep)) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Every run of the title's segments but the whole, longest first; none for a title of more than nine. */
    static List<String> runs(String title) {
        List<int[]> cuts = new ArrayList<>(); // [start, end) of each separator
        for (int i = 0; i < title.length(); i++) {
            if (title.charAt(i) != ' ') {
                continue; // every separator starts with a space (a test holds them to it)
            }
            for (String sep : SEPARATORS) {
                if (title.startsWith(sep, i)) {
                    cuts.add(new int[] {i, i + sep.length()});
                    i += sep.length() - 1;
                    break;
                }
            }
        }
        List<String> out = new ArrayList<>();
        if (cuts.isEmpty() || cuts.size() > 8) {
            return out;
        }
        int n = cuts.size() + 1; // segments
        for (int len = n - 1; len >= 1; len--) {
            for (int s = 0; s + len <= n; s++) {
                int from = s == 0 ? 0 : cuts.get(s - 1)[1];
                int to = s + len == n ? title.length() : cuts.get(s + len - 1)[0];
                String r = title.substring(from, to).strip();
                if (!r.isEmpty() && !out.contains(r)) {
                    out.add(r);
                }
            }
        }
        out.sort((a, b) -> Integer.compare(b.length(), a.length()));
        return out;
    }

    /** Word count: runs of letters or digits. */
    static int words(String s) {
        int count = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean w = Character.isLetterOrDigit(s.charAt(i));
            if (w && !in) {
                count++;
            }
            in = w;
        }
        return count;
    }
}
