package io.github.tidings.internal.text;

import io.github.tidings.clean.Cleaner;
import io.github.tidings.clean.Page;
import io.github.tidings.clean.TextBlock;
import io.github.tidings.internal.words.DayNames;
import io.github.tidings.internal.words.MonthNames;
import io.github.tidings.model.BlockType;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds the article inside a full-page text or Markdown dump from the text alone, and removes the
 * rest: menus, teasers, related links, comments and footers. The parser's default content finder.
 *
 * <p>Each block is first classified by what running text looks like in any language: its length
 * (an ideograph weighs as much as a short word), its share of function words (or, for Chinese and
 * Japanese, of function characters), whether it ends like a sentence, its link share (Markdown),
 * and whether the same line recurs on the page (menus do). Blocks are <em>good</em> (paragraphs of
 * prose), <em>near-good</em>, <em>short</em> or <em>bad</em> (link lines, repeated menu lines, lines
 * without sentence structure), after the published ideas of jusText and boilerpipe. Each class
 * scores for or against the article, and the article's region is the contiguous run of blocks with
 * the best total score: short lines between paragraphs (subheadings, list items) stay in, a menu
 * or a heading such as "Related articles", "Comments" or a copyright line ends it; the items of a
 * list that a sentence announces (a line of prose ending with a colon) count neither way, and the
 * region takes them in with the sentence. Where the page repeats its title as a headline, the
 * region is sought after that headline, which is how most pages open their article; a line that
 * cites the title in quotation marks after words of its own (a heading over readers' comments)
 * is no headline. Readers' posts come after the article: a run that opens inside a thread of
 * posts (three time stamps close together) gives way to the best run above it, and within the
 * region such a thread ends the article. Inside the region, link lines, repeated menu lines and
 * runs of very short lines are still removed.
 *
 * <p>Pages of clean article text lose almost nothing: their prose forms one region. HTML input is
 * left to the HTML reader, which finds the content there (its blocks carry tags), but for one
 * cut: a thread of readers' posts signed with a name and a day, three of them close together after
 * the article's prose, often shares the post's container and goes. Every removal
 * gives a reason such as {@code outside the article region}, {@code menu line} or {@code link line}.
 * Word lists are data files under {@code io/github/tidings/internal/text/finder/} on the classpath.
 *
 * <p>Immutable and thread-safe; time linear in the page's length.
 */
public final class TextContentFinder implements Cleaner {
    private static final TextContentFinder DEFAULTS = builder().build();
    private static final String NO_SENTENCE = "no sentence structure";
    private static final String MENU_LINE = "menu line";
    /**
     * Built-in cleaners whose removals tell where the article ends. By name, because the built-ins
     * are package-private in {@code clean}; TextContentFinderTest fails if a rename breaks one.
     */
    static final String COMMENTS_CLEANER = "CommentSectionCleaner";
    static final String FOOTER_CLEANER = "CopyrightFooterCleaner";
    static final String RELATED_CLEANER = "RelatedContentCleaner";
    /** Most blocks between two posts' time stamps in a thread of comments. */
    private static final int POST_GAP = 8;

    private final int shortLength;
    private final int goodLength;
    private final double goodStopShare;
    private final double nearStopShare;
    private final double maxLinkDensity;
    private final double shortPenalty;
    private final double endPenalty;
    private final double nearGoodWeight;
    private final int maxBadPenalty;
    private final double regionMenuShare;
    private final FinderWords words = FinderWords.INSTANCE;

    private TextContentFinder(Builder b) {
        this.shortLength = b.shortLength;
        this.goodLength = b.goodLength;
        this.goodStopShare = b.goodStopShare;
        this.nearStopShare = b.nearStopShare;
        this.maxLinkDensity = b.maxLinkDensity;
        this.shortPenalty = b.shortPenalty;
        this.endPenalty = b.endPenalty;
        this.nearGoodWeight = b.nearGoodWeight;
        this.maxBadPenalty = b.maxBadPenalty;
        this.regionMenuShare = b.regionMenuShare;
    }

    /** The finder with default settings. */
    public static TextContentFinder defaults() {
        return DEFAULTS;
    }

    /** A builder starting from the default settings. */
    public static Builder builder() {
        return new Builder();
    }

    private enum Kind { GOOD, NEAR_GOOD, SHORT, BAD, END }

    /**
     * What the finder concluded of a line: its kind and, for a line that scores against the
     * region or ends it, the reason given when it is removed. Every reason is one of these, so a
     * line's verdict is a byte ({@link Lines#verdicts}) rather than a kind and a string.
     */
    private enum Verdict {
        /** Not classified yet. */
        NONE(null, ""),
        GOOD(Kind.GOOD, ""),
        NEAR_GOOD(Kind.NEAR_GOOD, ""),
        SHORT(Kind.SHORT, ""),
        NO_SENTENCE(Kind.BAD, TextContentFinder.NO_SENTENCE),
        LINK_LINE(Kind.BAD, "link line"),
        MENU_LINE(Kind.BAD, TextContentFinder.MENU_LINE),
        COPYRIGHT_FOOTER(Kind.END, "copyright footer"),
        END_MARKER(Kind.END, "end of the article: related links, comments or footer");

        final @Nullable Kind kind;
        final String reason;

        Verdict(@Nullable Kind kind, String reason) {
            this.kind = kind;
            this.reason = reason;
        }
    }

    private static final Verdict[] VERDICTS = Verdict.values();

    /** Bits of {@link Lines#flags}. */
    private static final int STAMP_BEFORE = 1, END_BEFORE = 2, REMOVED_ABOVE = 4, ANNOUNCES = 8, LIST_ITEM = 16,
            REPEATED = 32;

    /**
     * What the finder learnt about the kept blocks, a column per feature. An object per kept line
     * (64 bytes, with its counts of tokens, function words and the like kept to the end) was the
     * finder's largest cost for a page of many short lines; the counts are now read once, when the
     * line is measured ({@link #evidence}), and what the region search needs is kept in arrays.
     * The line's {@link #key(String) key} is not kept: the few steps that compare keys after the
     * classification make it again ({@link #keyOf}).
     */
    private static final class Lines {
        /** The kept blocks, in order. */
        final List<TextBlock> blocks;
        /** Characters, an ideograph or Hangul syllable counting three ({@link #weight(int)}). */
        final Weights weights;
        /** {@link Verdict} ordinals. */
        final byte[] verdicts;
        /**
         * {@link #STAMP_BEFORE}: a removed block just above this one was a post's time stamp;
         * {@link #END_BEFORE}: a block an earlier cleaner removed just above this one ended the
         * article; {@link #REMOVED_ABOVE}: an earlier cleaner removed a block just above this one;
         * {@link #ANNOUNCES}: a sentence of the article that ends with a colon and is followed by
         * the list it announces; {@link #LIST_ITEM}: an item of such a list; {@link #REPEATED}: its
         * line occurs more than once on the page.
         */
        final byte[] flags;
        /** How often each line occurs and where first: asked again for the few lines whose first occurrence matters. */
        final KeyCounts seen;

        Lines(List<TextBlock> blocks, KeyCounts seen) {
            this.blocks = blocks;
            this.seen = seen;
            int n = blocks.size();
            this.weights = new Weights(n);
            this.verdicts = new byte[n];
            this.flags = new byte[n];
        }

        /**
         * Index of the kept block at or before which a line like block {@code i} first occurs;
         * MAX_VALUE for none. Looked up again when asked (only of menu lines, which repeat: see
         * {@link KeyCounts#first}), not kept per line.
         */
        int firstAt(int i) {
            TextBlock b = block(i);
            return seen.first(b.chars() > 400 ? keyHash("") : keyHashOf(b.text())); // as measure makes the key
        }

        int size() {
            return verdicts.length;
        }

        /** The kept block's characters, an ideograph or Hangul syllable counting three. */
        int weight(int i) {
            return weights.get(i, block(i));
        }

        TextBlock block(int i) {
            return blocks.get(i);
        }

        Verdict verdict(int i) {
            return VERDICTS[verdicts[i]];
        }

        void verdict(int i, Verdict v) {
            verdicts[i] = (byte) v.ordinal();
        }

        @Nullable Kind kind(int i) {
            return verdict(i).kind;
        }

        String reason(int i) {
            return verdict(i).reason;
        }

        boolean isGood(int i) {
            return verdict(i) == Verdict.GOOD;
        }

        boolean has(int i, int flag) {
            return (flags[i] & flag) != 0;
        }

        void set(int i, int flag) {
            flags[i] |= (byte) flag;
        }
    }

    /** A line's counts as {@link #measure} makes them, one object per page, read before the next line is measured. */
    private static final class Counts {
        int tokens;
        int stopTokens;
        int cjk;
        int particles;
        int innerStops; // sentence ends and commas inside the text

        void clear() {
            tokens = 0;
            stopTokens = 0;
            cjk = 0;
            particles = 0;
            innerStops = 0;
        }
    }

    @Override
    public void clean(Page page) {
        List<TextBlock> kept = page.kept();
        if (kept.isEmpty()) {
            return;
        }
        for (TextBlock b : kept) {
            if (b.tag().isPresent()) {
                // HTML: the HTML reader's own finder has chosen the content, but a blog's
                // readers' thread often shares the post's container: cut it at its time stamps.
                // Most pages have no three signed stamps and are spared the analysis.
                if (signedStamps(kept) >= 3) {
                    cutThread(page, analyse(page, kept));
                }
                return;
            }
        }
        // Before the analysis, not after: each counts the page's lines in a table of its own, and
        // for a page of many distinct short lines the two at once were the finder's peak.
        boolean scrapedRegion = menuShare(page) < regionMenuShare && !showsPageMarkup(page);
        Lines info = analyse(page, kept);
        int n = info.size();
        if (scrapedRegion) {
            trimRegion(page, info);
            return;
        }
        Region region = bestRegion(info, 0);
        if (region == null) {
            return; // nothing like prose: better keep the page than return nothing
        }
        region = aboveEndMarker(info, region);
        region = aboveThread(info, region);
        int headline = headline(page, info);
        int marked = page.keptBelowHeadline().orElse(-1); // info holds the kept blocks, in order
        if (marked > 0 && (headline < 0 || marked <= headline)) {
            // The metadata reader found the headline in the page's body (a dump without a <title>
            // line): the article is the prose that follows it closely.
            // A headline inside the region is followed only when little prose stands above it
            // (teasers, a standfirst): a wrong one must not cut an article in two.
            Region after = bestRegion(info, marked);
            if (after != null && after.start - marked > HEADLINE_GAP) {
                // The best run below the headline lies further down. If the best of those that
                // begin right below the headline ends before it, that one is the article and the
                // other an author's box, a cookie notice or teasers; if it runs on into it, the
                // lines it begins with are the page's (a most-read list, a caption).
                Region near = bestRegionStarting(info, marked, marked + HEADLINE_GAP);
                if (near != null && near.end < after.start) {
                    after = near;
                }
            }
            boolean inside = marked > region.start && marked <= region.end;
            // Prose right below the headline, with the better run further down still, is strong
            // evidence: a short post (a gallery's lead paragraph) may weigh a quarter of the teasers below.
            // A better run above the headline leaves it at half: the headline may be a footer's.
            int weaker = after != null && after.start == marked && info.isGood(marked) && region.start > marked ? 4 : 2;
            if (after != null && after.start - marked <= HEADLINE_GAP && !endBetween(info, marked - 1, after.start)
                    && after.score * weaker >= region.score
                    && (!inside || 4 * goodWeight(info, region.start, marked) <= goodWeight(info, marked, region.end + 1))) {
                region = after;
            }
            headline = -1;
        } else if (headline >= region.start) {
            Region after = bestRegion(info, headline + 1);
            // A headline inside the region ends what came before (teasers, navigation); one after it
            // counts only if the prose follows it closely, as an article follows its headline.
            if (after == null || (headline > region.end && (after.start - headline > 6
                    || after.score * 2 < region.score || endBetween(info, headline, after.start)))) {
                headline = -1;
            } else {
                region = after;
            }
        }
        int start = region.start;
        int end = cutAtEnd(info, start, cutAtComments(info, start, region.end, false), headline >= 0);
        end = announcedListEnd(info, end);
        int proseEnd = end;
        if (end == region.end && start <= 2) {
            // The article opens the page (a scrape of its region, not a dump with a menu on top):
            // a list that runs from its prose to the page's end belongs to it.
            end = listTail(info, end);
        }
        markMenuRuns(info, start, proseEnd);
        for (int i = 0; i < n; i++) {
            TextBlock b = info.block(i);
            Kind kind = info.kind(i);
            if (i == headline) {
                page.remove(b, "headline, read as the title");
            } else if (i < start) {
                page.remove(b, kind == Kind.BAD ? info.reason(i) + ", before the article"
                        : "outside the article region");
            } else if (i > end) {
                page.remove(b, kind == Kind.END ? info.reason(i)
                        : kind == Kind.BAD ? info.reason(i) + ", after the article"
                        : "after the article (related links, teasers, comments or footer)");
            } else if (kind == Kind.END || (kind == Kind.BAD && !info.has(i, LIST_ITEM)
                    && info.verdict(i) != Verdict.NO_SENTENCE)) {
                page.remove(b, info.reason(i));
            }
        }
    }

    /**
     * Share of the page's blocks, removed ones included, that look like navigation: one to three
     * words (or eight characters, for scripts without spaces) without a sentence ending, a short
     * line that recurs, or a line that is mostly link text (a dump that kept its links, as
     * html-to-text's {@code text [url]} or Markdown does, shows its teaser lists as such lines, however
     * long their titles). Full-page dumps are mostly such
     * lines (median about 0.6 of their lines); scrapes of the article's region few (median about 0.3).
     */
    static double menuShare(Page page) {
        List<TextBlock> all = page.blocks();
        if (all.isEmpty()) {
            return 0;
        }
        KeyCounts seen = new KeyCounts(all.size()); // by the text's hash: no map entry per line
        if (seen.sieves()) {
            for (TextBlock b : all) {
                if (b.chars() <= 80) {
                    seen.sieve(keyHash(b.text()));
                }
            }
        }
        for (TextBlock b : all) {
            if (b.chars() <= 80) {
                seen.add(keyHash(b.text()), 0);
            }
        }
        int menu = 0;
        for (TextBlock b : all) {
            boolean tiny = (b.words() <= 3 || b.chars() <= 8) && !b.endsLikeSentence(); // 8: four kana of a CJK menu item
            if (tiny || (b.chars() <= 80 && seen.repeats(keyHash(b.text()))) || b.linkDensity() >= 0.5) {
                menu++;
            }
        }
        return (double) menu / all.size();
    }

    /** Fewest lines of markup residue that show a whole page rather than a scrape of its article. */
    static final int PAGE_MARKUP_LINES = 3;

    /**
     * Whether the page shows the markup of a whole page: at least {@value #PAGE_MARKUP_LINES}
     * lines that are residue of its elements rather than text (embedded frames, form fields, the
     * page's {@code <link>} elements, as terminal browsers print them; see
     * {@link DumpReader#isResidueLine}). A scrape aimed at the article does not hold the page's
     * search form or its feed links, so such a page is searched for its article even when long
     * prose (a readers' thread under a short article) makes it look like a region.
     */
    static boolean showsPageMarkup(Page page) {
        int residue = 0;
        for (TextBlock b : page.blocks()) {
            if (b.linkDensity() >= 1 && DumpReader.isResidueLine(b.text()) && ++residue >= PAGE_MARKUP_LINES) {
                return true;
            }
        }
        return false;
    }

    /**
     * For a page that is already the article's region: drops only what ends the article (related
     * links, comments, footer) and what follows such a marker once most of the prose lies above it.
     * A marker an earlier cleaner removed ("Trending", a comment heading) ends it as well. What
     * lies above the article's headline goes too (see {@link #afterHeadline}).
     */
    private void trimRegion(Page page, Lines info) {
        int n = info.size();
        int lead = afterHeadline(page, info);
        long total = goodWeight(info, lead, n);
        long above = 0;
        int cut = n;
        for (int i = lead; i < n; i++) {
            if ((info.kind(i) == Kind.END || info.has(i, END_BEFORE)) && above * 5 >= total * 4) {
                cut = i;
                break;
            }
            above += info.isGood(i) ? info.weight(i) : 0;
        }
        cut = Math.min(cut, cutAtComments(info, 0, n - 1, false) + 1);
        for (int i = 0; i < n; i++) {
            TextBlock b = info.block(i);
            if (i < lead) {
                page.remove(b, "before the headline (teasers or navigation)");
            } else if (i >= cut) {
                page.remove(b, info.kind(i) == Kind.END ? info.reason(i)
                        : "after the article (related links, teasers, comments or footer)");
            } else if (info.kind(i) == Kind.END) {
                page.remove(b, info.reason(i));
            }
        }
    }

    /**
     * The first kept block after the article's headline, or 0: the headline is the first line below
     * some kept blocks that repeats the page's first title line (a scrape opens with the page's
     * {@code <title>}) and that the metadata reader removed as the title, with at least three
     * paragraphs' worth of prose after it. A region scrape that took in too much of the page holds
     * teasers or navigation above the headline; later repeats of the title (post navigation) do
     * not count.
     */
    private int afterHeadline(Page page, Lines info) {
        String title = null; // the first title line (a scrape's first line is the page's <title>)
        int next = 0;
        int lead = 0;
        int n = info.size();
        for (TextBlock b : page.blocks()) {
            if (next < n && info.block(next) == b) {
                next++;
            } else if (b.chars() <= 400 && page.role(b).filter(r -> r == Page.Role.TITLE).isPresent()) {
                if (title == null) {
                    title = key(b.text());
                } else if (sameAsTitle(key(b.text()), title)) {
                    // The first repeat is the headline, even with nothing kept above it: a later
                    // repeat (a most-read list, post navigation) must not cut the article away.
                    lead = next < n ? next : 0;
                    break;
                }
            }
        }
        if (lead == 0) {
            return 0;
        }
        return goodWeight(info, lead, n) >= 3L * goodLength ? lead : 0;
    }

    /** The weight of the good blocks in {@code [from, to)}. */
    private static long goodWeight(Lines info, int from, int to) {
        long w = 0;
        for (int i = from; i < to; i++) {
            w += info.isGood(i) ? info.weight(i) : 0;
        }
        return w;
    }

    /** The kept blocks, measured and classified. */
    private Lines analyse(Page page, List<TextBlock> kept) {
        int n = kept.size();
        KeyCounts seen = new KeyCounts(page.blocks().size());
        if (seen.sieves()) {
            for (TextBlock b : page.blocks()) {
                if (isCounted(page, b)) {
                    seen.sieve(keyHashOf(b.text()));
                }
            }
        }
        Lines info = new Lines(kept, seen);
        LongHashSet stop = words.stopHashes(page.language().orElse(null));
        long pageTokens = 0;
        long pageStops = 0;
        long pageCjk = 0;
        long pageParticles = 0;
        // Per line key: how often it occurs, and the kept block at or before which it first does;
        // counted first, so that measuring a line looks its key up at once and no key hash is kept
        // per line until the end (8 bytes a line of a page of many short lines).
        int next = 0;
        for (TextBlock b : page.blocks()) {
            boolean isKept = next < n && info.block(next) == b;
            if (!isKept && next < n) {
                info.set(next, REMOVED_ABOVE);
                if (next > 0) {
                    if (!info.has(next, END_BEFORE) && endsArticle(page, b)) {
                        info.set(next, END_BEFORE);
                    }
                    if ((isPostStamp(b) && !isArticleDay(page, b)) || isTeaserStamp(page, b)) {
                        info.set(next, STAMP_BEFORE);
                    }
                }
            }
            if (isCounted(page, b)) {
                seen.add(keyHashOf(b.text()), next);
            }
            if (isKept) {
                next++;
            }
        }
        char[] keyBuffer = new char[402]; // one per page: a key is made from at most 400 characters
        byte[] evidence = new byte[n];
        Counts c = new Counts();
        for (int i = 0; i < n; i++) {
            TextBlock b = kept.get(i);
            measure(b, info, c, stop, keyBuffer, seen, i);
            evidence[i] = evidence(b.chars(), c.tokens, c.stopTokens, c.cjk, c.particles, c.innerStops,
                    goodStopShare, nearStopShare);
            pageTokens += c.tokens;
            pageStops += c.stopTokens;
            pageCjk += c.cjk;
            pageParticles += c.particles;
        }
        // Pages in a language without a list of function words are judged by punctuation instead.
        boolean stopWordsWork = pageTokens > 0 && pageStops >= 0.08 * pageTokens;
        boolean particlesWork = pageCjk > 0 && pageParticles >= 0.05 * pageCjk;
        for (int i = 0; i < n; i++) {
            classify(info, i, evidence[i], info.has(i, REPEATED), stopWordsWork, particlesWork);
        }
        markAnnouncedLists(info);
        return info;
    }

    /** Whether the block's line is counted in the page's {@link KeyCounts}: not a title line, and short. */
    private static boolean isCounted(Page page, TextBlock b) {
        return b.chars() <= 200 && page.role(b).filter(r -> r == Page.Role.TITLE).isEmpty();
    }

    /**
     * Measures kept block {@code i0}: its counts go to {@code f}, its weight to {@code info}, and
     * while its key is at hand, whether its line repeats and where it first occurs ({@code seen})
     * and whether it ends the article are found.
     */
    private void measure(TextBlock b, Lines info, Counts f, LongHashSet stop, char[] keyBuffer, KeyCounts seen,
            int i0) {
        f.clear();
        String t = b.text();
        int len = t.length();
        int tokenStart = -1;
        long hash = 0;
        // Function words matter only for blocks long enough to be prose.
        boolean lookUp = b.chars() >= shortLength / 3;
        int cjk = 0;
        int particles = 0;
        int inner = 0;
        // The key (see key(String)) is made in the same pass, from the first 400 characters.
        int keyLimit = b.chars() <= 400 ? Math.min(len, 400) : 0;
        char[] key = keyBuffer;
        int kn = 0;
        boolean keySpace = false;
        for (int i = 0; i <= len; ) {
            int cp;
            boolean letterOrDigit;
            if (i < len && t.charAt(i) < 0x80) {
                // ASCII, most of most pages: the same tests without Unicode tables
                cp = t.charAt(i);
                int lower = cp | 0x20;
                boolean letter = lower >= 'a' && lower <= 'z';
                letterOrDigit = letter || cp >= '0' && cp <= '9';
                if (letterOrDigit) {
                    if (tokenStart < 0) {
                        tokenStart = i;
                        hash = FinderWords.FNV_OFFSET;
                    }
                    hash = FinderWords.step(hash, letter ? lower : cp);
                    if (i < keyLimit) {
                        if (keySpace && kn > 0) {
                            key[kn++] = ' ';
                        }
                        keySpace = false;
                        key[kn++] = (char) (letter ? lower : cp);
                    }
                    i++;
                    continue;
                }
                if (i < keyLimit) {
                    keySpace = true;
                }
            } else {
                cp = i < len ? t.codePointAt(i) : ' ';
                boolean dense = cp >= 0x2E80 && isDense(cp);
                if (dense) {
                    cjk++;
                    if (words.isParticle(cp)) {
                        particles++;
                    }
                }
                letterOrDigit = !dense && Character.isLetterOrDigit(cp);
                if (i < keyLimit) {
                    if (letterOrDigit || dense && Character.isLetterOrDigit(cp)) {
                        if (keySpace && kn > 0) {
                            key[kn++] = ' ';
                        }
                        keySpace = false;
                        if (kn + 2 > key.length) {
                            key = java.util.Arrays.copyOf(key, key.length + 8);
                        }
                        kn += Character.toChars(Character.toLowerCase(cp), key, kn);
                    } else {
                        keySpace = true;
                    }
                }
                if (letterOrDigit) {
                    if (tokenStart < 0) {
                        tokenStart = i;
                        hash = FinderWords.FNV_OFFSET;
                    }
                    hash = FinderWords.step(hash, Character.toLowerCase(cp));
                    i += i < len ? Character.charCount(cp) : 1;
                    continue;
                }
            }
            if (tokenStart >= 0) {
                f.tokens++;
                if (lookUp && i - tokenStart <= 12 && stop.contains(hash)) {
                    f.stopTokens++;
                }
                tokenStart = -1;
            }
            if (i < len - 1 && (cp == '.' || cp == ',' || cp == ';' || cp == '!' || cp == '?'
                    || cp == '。' || cp == '，' || cp == '、' || cp == '！' || cp == '？')) {
                inner++;
            }
            i += i < len ? Character.charCount(cp) : 1;
        }
        f.cjk = cjk;
        f.particles = particles;
        f.innerStops = inner;
        int weight = b.chars() + 2 * cjk;
        info.weights.set(i0, weight);
        if (b.chars() > 400) {
            kn = 0; // too long to compare: its key is empty
        }
        if (seen.repeats(keyHash(key, kn))) {
            info.set(i0, REPEATED);
        }
        Verdict end = b.words() > 16 || weight > 200 ? null : endReason(b, weight, new String(key, 0, kn));
        if (end != null) {
            info.verdict(i0, end);
        }
    }

    /*
     * Bits of a line's evidence (see evidence()): what classify() needs of its counts, so that they
     * need not be kept for every line until the page's totals are known.
     */
    /** More than half the line's characters are ideographs, kana or Hangul. */
    static final int DENSE = 1;
    /** Its share of particles reaches goodStopShare; PARTICLES_NEAR: nearStopShare. */
    static final int PARTICLES_GOOD = 2, PARTICLES_NEAR = 4;
    /** It has tokens; STOPS_GOOD, STOPS_NEAR: its share of function words reaches goodStopShare, nearStopShare. */
    static final int HAS_TOKENS = 8, STOPS_GOOD = 16, STOPS_NEAR = 32;
    /** Two or more sentence ends or commas inside the text; INNER_ONE: one or more. */
    static final int INNER_TWO = 64, INNER_ONE = 128;

    /**
     * What {@link #classify} asks of a line's counts, as bits: each share compared with the
     * thresholds {@code good} and {@code near} as classify compared it, so that {@link
     * #readsAsProse} gives the same outcome whichever share the page's totals later choose.
     */
    static byte evidence(int chars, int tokens, int stopTokens, int cjk, int particles, int innerStops, double good,
            double near) {
        int e = cjk * 2 > chars ? DENSE : 0;
        double particleShare = Math.min(1, 2.5 * particles / Math.max(1, cjk));
        e |= particleShare >= good ? PARTICLES_GOOD : 0;
        e |= particleShare >= near ? PARTICLES_NEAR : 0;
        if (tokens > 0) {
            double stopShare = (double) stopTokens / tokens;
            e |= HAS_TOKENS;
            e |= stopShare >= good ? STOPS_GOOD : 0;
            e |= stopShare >= near ? STOPS_NEAR : 0;
        }
        e |= innerStops >= 2 ? INNER_TWO : 0;
        e |= innerStops >= 1 ? INNER_ONE : 0;
        return (byte) e;
    }

    /**
     * How much a line reads like running text, from its {@link #evidence}: 2 when its share (of
     * particles or function words, else by its punctuation) reaches {@code good}, 1 when it reaches
     * only {@code near}, else 0.
     */
    static int readsAsProse(byte evidence, boolean endsLikeSentence, boolean stopWordsWork, boolean particlesWork,
            double good, double near) {
        boolean dense = (evidence & DENSE) != 0;
        if (dense && particlesWork) {
            return (evidence & PARTICLES_GOOD) != 0 ? 2 : (evidence & PARTICLES_NEAR) != 0 ? 1 : 0;
        }
        if (!dense && stopWordsWork && (evidence & HAS_TOKENS) != 0) {
            return (evidence & STOPS_GOOD) != 0 ? 2 : (evidence & STOPS_NEAR) != 0 ? 1 : 0;
        }
        double share = endsLikeSentence || (evidence & INNER_TWO) != 0 ? good : (evidence & INNER_ONE) != 0 ? near : 0;
        return share >= good ? 2 : share >= near ? 1 : 0;
    }

    /**
     * The lines' weights ({@link #weightOf}) in two bytes a line rather than four: a weight of
     * {@value #HEAVY} or more (a line of as many characters) is made again from the block when
     * asked, which costs no more than the line took to measure. For a page of many short lines the
     * finder's columns are a part of a parse's peak (issue #14).
     */
    static final class Weights {
        /** The weight from which it is made again rather than kept. */
        static final int HEAVY = Character.MAX_VALUE;
        private final char[] kept;

        Weights(int lines) {
            this.kept = new char[lines];
        }

        void set(int i, int weight) {
            kept[i] = (char) Math.min(weight, HEAVY);
        }

        /** The weight of line {@code i}, whose block is {@code b}. */
        int get(int i, TextBlock b) {
            int w = kept[i];
            return w < HEAVY ? w : weightOf(b);
        }
    }

    /** The block's characters, an ideograph or Hangul syllable counting three, as {@link #measure} weighs it. */
    static int weightOf(TextBlock b) {
        String t = b.text();
        int dense = 0;
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            i += Character.charCount(cp);
            dense += cp >= 0x2E80 && isDense(cp) ? 1 : 0;
        }
        return b.chars() + 2 * dense;
    }

    /** Han, kana and Hangul: scripts whose characters carry as much as a short word. */
    private static boolean isDense(int cp) {
        return (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF)
                || (cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x2FFFF);
    }

    /**
     * Classifies kept block {@code i} from its {@link #evidence}; {@code repeats}: whether its line
     * occurs more than once on the page.
     */
    private void classify(Lines info, int i, byte evidence, boolean repeats, boolean stopWordsWork,
            boolean particlesWork) {
        TextBlock b = info.block(i);
        if (info.kind(i) == Kind.END) {
            return; // measure found it ends the article
        }
        if (b.linkDensity() > maxLinkDensity) {
            info.verdict(i, Verdict.LINK_LINE);
            return;
        }
        if (b.words() <= 6 && !b.endsLikeSentence() && repeats) {
            info.verdict(i, Verdict.MENU_LINE);
            return;
        }
        // How much the block reads like running text: its share of particles or function words,
        // else its punctuation, against the two thresholds.
        int prose = readsAsProse(evidence, b.endsLikeSentence(), stopWordsWork, particlesWork, goodStopShare,
                nearStopShare);
        boolean good = prose == 2;
        boolean near = prose >= 1;
        int weight = info.weight(i);
        if (weight < shortLength) {
            info.verdict(i, Verdict.SHORT);
        } else if (weight >= goodLength && (good || (near && b.endsLikeSentence()))) {
            info.verdict(i, Verdict.GOOD);
        } else if (near || b.endsLikeSentence()) {
            info.verdict(i, Verdict.NEAR_GOOD);
        } else {
            info.verdict(i, Verdict.NO_SENTENCE); // scored against the region, but kept inside it
        }
    }

    /**
     * Whether a block an earlier cleaner removed ended the article there: a comment heading or a
     * copyright line those cleaners found, or one of the finder's own end markers. Headings of
     * link boxes ("Related articles") do not count: sites put such boxes inside articles too.
     */
    private boolean endsArticle(Page page, TextBlock b) {
        if (b.words() > 4) {
            // Longer lines end it only as the heading of a thread that names the post, which the
            // metadata reader may have taken for the title ("40 Responses to “Taurus Judge”").
            int count = b.words() <= 16 && b.digits() > 0 ? leadingCount(b.text(), key(b.text())) : 0;
            return count > 0 && namesThePost(b.text(), count);
        }
        String by = page.removedBy(b).orElse("");
        if (by.equals(COMMENTS_CLEANER) || by.equals(FOOTER_CLEANER)) {
            return true;
        }
        String key = key(b.text());
        if (by.equals(RELATED_CLEANER) && opensWithCopyrightSign(b) && b.text().charAt(0) != '©') {
            // "Foto © Name": a word before the sign, and that cleaner took the line for a picture's
            // credit; a line that opens with the sign is the page's copyright notice.
            return false;
        }
        return endReason(b, b.chars(), key) != null && !words.boxMarkers().contains(key);
    }

    /** Whether a © stands in the first dozen characters: "© 2024 Site", "Copyright © …", "Foto © Name". */
    private static boolean opensWithCopyrightSign(TextBlock b) {
        int copyright = b.text().indexOf('©');
        return copyright >= 0 && copyright < 12;
    }

    /** Why the block, of that weight and key, ends the article (related links, comments, footer), or null. */
    private @Nullable Verdict endReason(TextBlock b, int weight, String k) {
        if (b.words() > 16 || weight > 200) {
            return null;
        }
        if (opensWithCopyrightSign(b)) {
            return Verdict.COPYRIGHT_FOOTER;
        }
        for (String p : words.footerPhrases()) {
            if (k.contains(p)) {
                return Verdict.COPYRIGHT_FOOTER;
            }
        }
        int count = leadingCount(b.text(), k);
        if (count > 0 && namesThePost(b.text(), count)) {
            return Verdict.END_MARKER;
        }
        if (b.words() > words.longestMarkerWords() + 4) {
            return null;
        }
        if (markerAt(k, b.words())) {
            return Verdict.END_MARKER;
        }
        // A count and the heading alone ("131 comments", "{ 12 Kommentare }"): how blogs head the
        // thread of readers' comments below the article. With more words it is a teaser's or a
        // post's footer ("0 Comments - Leave a comment!") or a box of figures ("108 comments
        // posted"), and a numbered item ("3. Related") is no count.
        if (count == 0) {
            return null;
        }
        String rest = k.substring(count);
        return words.endMarkers().contains(rest) || words.threadNouns().contains(rest) ? Verdict.END_MARKER : null;
    }

    /** Opening quotation marks, of the languages the finder knows (no apostrophe: it opens no quotation). */
    private static final String OPENING_QUOTES = "\"“„«‘‚‹「『";
    /** Closing quotation marks. */
    private static final String CLOSING_QUOTES = "\"”“»›’」』";

    /**
     * Whether a line that opens with a count (its key's first {@code count} characters) heads a
     * readers' thread by naming the post in quotes: the count, a {@link FinderWords#threadNouns()
     * thread noun}, at most one word more, and the post's title in quotation marks to the line's
     * end ("40 Responses to “Taurus Judge”", "3 Gedanken zu „Ein Tag am Meer“", "12 réflexions
     * sur « … »"), as blog software heads the comments below a post.
     */
    private boolean namesThePost(String text, int count) {
        int open = -1;
        for (int i = 0; i < text.length() && open < 0; i++) {
            if (OPENING_QUOTES.indexOf(text.charAt(i)) >= 0) {
                open = i;
            }
        }
        String t = text.strip();
        if (open < 0 || t.isEmpty() || CLOSING_QUOTES.indexOf(t.charAt(t.length() - 1)) < 0) {
            return false;
        }
        String head = key(text.substring(0, open));
        if (head.length() <= count) {
            return false; // the quote opens before the count's noun
        }
        String[] nounAndWord = head.substring(count).split(" ");
        return nounAndWord.length <= 2 && words.threadNouns().contains(nounAndWord[0]);
    }

    /**
     * The length of the key's leading number and the space after it ("131 "), or 0; 0 too when the
     * text writes the number as a list item's ("3." or "3)", not "(3)").
     */
    private static int leadingCount(String text, String k) {
        int i = 0;
        while (i < k.length() && i < 7 && k.charAt(i) >= '0' && k.charAt(i) <= '9') {
            i++;
        }
        if (i == 0 || i >= k.length() || k.charAt(i) != ' ') {
            return 0;
        }
        int digits = text.indexOf(k.substring(0, i));
        int after = digits + i;
        char next = after < text.length() ? text.charAt(after) : ' ';
        boolean bracketed = digits > 0 && text.charAt(digits - 1) == '(';
        boolean ordinal = next == '.' || next == ')' && !bracketed; // "(3) Kommentare" is a count
        return ordinal ? 0 : i + 1;
    }

    /**
     * Whether the key, of a line of that many words, starts with an end marker followed by at
     * most four words of its own.
     */
    private boolean markerAt(String k, int lineWords) {
        // Each word prefix (and, for scripts without spaces, each short character prefix) is looked up.
        Set<String> markers = words.endMarkers();
        if (!mayStartMarker(k)) {
            return false;
        }
        int wordsSeen = 0;
        for (int i = 0; i <= k.length() && wordsSeen <= words.longestMarkerWords(); i++) {
            boolean boundary = i == k.length() || k.charAt(i) == ' '
                    || (i > 0 && i <= 12 && isDense(k.charAt(i - 1)));
            if (!boundary) {
                continue;
            }
            if (i == k.length() || k.charAt(i) == ' ') {
                wordsSeen++;
            }
            if (i > 0 && markers.contains(k.substring(0, i)) && lineWords - countWords(k, i) <= 4) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether some prefix of the key that endReason looks up can be an end marker: a prefix made of
     * whole words holds the key's first word, so that word must begin a marker; a prefix cut in
     * the first 12 characters needs a character of a script without spaces there.
     */
    private boolean mayStartMarker(String k) {
        int space = k.indexOf(' ');
        int firstLength = space < 0 ? k.length() : space;
        if (firstLength > 0 && firstLength <= words.longestMarkerFirstWord()
                && words.mayBeMarkerFirstWord(k, firstLength)
                && words.markerFirstWords().contains(space < 0 ? k : k.substring(0, space))) {
            return true;
        }
        for (int i = 0; i < Math.min(12, k.length()); i++) {
            if (isDense(k.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The block that repeats the page's title as a headline, chosen so that most of the page's prose
     * follows it; -1 when there is none.
     */
    private int headline(Page page, Lines info) {
        if (page.title().isEmpty()) {
            return -1;
        }
        String title = key(page.title().get());
        if (title.length() < 8) {
            return -1;
        }
        long total = 0;
        int n = info.size();
        long[] goodAfter = new long[n + 1];
        for (int i = n - 1; i >= 0; i--) {
            goodAfter[i] = goodAfter[i + 1] + (info.isGood(i) ? info.weight(i) : 0);
        }
        total = goodAfter[0];
        int best = -1;
        for (int i = 0; i < n; i++) {
            TextBlock b = info.block(i);
            if (b.chars() > 400 || page.role(b).filter(r -> r == Page.Role.TITLE).isPresent()) {
                continue;
            }
            // a key is no longer than its text: only a text that long can repeat the title
            boolean same = b.text().length() >= Math.max(8, title.length() / 2) && !keyTooLongFor(b, title)
                    && repeatsTitle(b.text(), keyOf(info, i), title);
            if (same && goodAfter[i + 1] >= goodLength && goodAfter[i + 1] * 2 >= total) {
                best = i;
            } else if (same && best < 0) {
                best = i;
            }
        }
        return best;
    }

    /** Whether a line with this text and key repeats the title as a headline, not citing it. */
    private static boolean repeatsTitle(String text, String key, String title) {
        return sameAsTitle(key, title) && !quotesTitle(text, key, title) && !isExcerpt(text);
    }

    /** Elision marks in brackets, which show that a text was cut from a longer one. */
    private static final List<String> BRACKETED_ELISIONS = List.of("[...]", "[…]", "(...)", "(…)");

    /**
     * Whether the line is an excerpt of another page: it opens with an elision mark, or ends with
     * one in brackets, as a trackback or a link roundup in the readers' thread quotes the article
     * ("[…] The Title, example.com […]"). It names the article; it is not the headline the article
     * follows. (A headline may end with a bare ellipsis: "In the pink...".)
     */
    static boolean isExcerpt(String text) {
        String t = text.strip();
        if (t.startsWith("...") || t.startsWith("…")) {
            return true;
        }
        for (String e : BRACKETED_ELISIONS) {
            if (t.startsWith(e) || t.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the line cites the title in quotation marks after words of its own, as a heading over
     * readers' comments does ("12 Responses to “Title”", "3 Kommentare zu „Titel“", "5 réponses à
     * « Titre »"): it names the article, so it is not the headline the article follows.
     */
    static boolean quotesTitle(String text, String key, String title) {
        if (key.length() <= title.length() || key.indexOf(title) <= 0) {
            return false;
        }
        for (int i = 0, n = text.length(); i < n; i++) {
            if (OPENING_QUOTES.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the block's key is sure to be too long to repeat the title's: {@link #sameAsTitle}
     * takes no key over 1.5 times the title's length, and a key holds every letter and digit of the
     * first 400 characters, so a text no longer than that with more of them is spared making its
     * key (most of a page's paragraphs).
     */
    static boolean keyTooLongFor(TextBlock b, String title) {
        return b.text().length() <= 400 && 2L * (b.letters() + b.digits()) > 3L * title.length();
    }

    /** Whether a line's key repeats the title's key, or most of it. */
    static boolean sameAsTitle(String k, String title) {
        return k.length() >= 8 && (k.equals(title)
                || (title.contains(k) && k.length() * 2 >= title.length())
                || (k.contains(title) && title.length() * 3 >= k.length() * 2));
    }

    private double score(Lines info, int i) {
        if (info.has(i, LIST_ITEM)) {
            return 0; // an item of a list the article announced: neither for nor against the region
        }
        int weight = info.weight(i);
        if (info.has(i, ANNOUNCES)) {
            return weight; // a sentence that introduces a list is the article's own prose
        }
        return switch (Objects.requireNonNull(info.kind(i), "classified")) {
            case GOOD -> weight;
            case NEAR_GOOD -> nearGoodWeight * weight;
            case SHORT -> -shortPenalty;
            case BAD -> -(shortPenalty + Math.min(weight, maxBadPenalty));
            case END -> -endPenalty;
        };
    }

    private static boolean endBetween(Lines info, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (info.kind(i) == Kind.END) {
                return true;
            }
        }
        return false;
    }

    /** A run of blocks, both ends inclusive, and its score. */
    private record Region(int start, int end, double score) {
    }

    /**
     * The region above the first marker that ends articles ("Comments", "Related", a copyright
     * line) when the best run lies wholly below that marker and the run above it scores at least
     * half as well: an article comes before its readers' comments and teasers, and one long
     * comment or teaser summary can outscore a short article.
     */
    private Region aboveEndMarker(Lines info, Region region) {
        long good = 0;
        for (int i = 0; i < region.start; i++) {
            if (good >= goodLength && (info.kind(i) == Kind.END && !words.boxMarkers().contains(keyOf(info, i))
                    || info.has(i, END_BEFORE))) {
                Region above = bestRegion(info, 0, i);
                return above != null && above.score * 2 >= region.score ? above : region;
            }
            good += info.isGood(i) ? info.weight(i) : 0;
        }
        return region;
    }

    /**
     * The best run above the region when the region is a thread of readers' comments: a page puts
     * its comments below the article, and a long thread can outscore a short article (see
     * {@link #opensWithPosts}). Nothing above: the thread is kept, and {@link #cutAtComments} may
     * still cut it.
     */
    private Region aboveThread(Lines info, Region region) {
        if (region.start == 0 || !opensWithPosts(info, region)) {
            return region;
        }
        Region above = bestRegion(info, 0, region.start);
        return above != null ? above : region;
    }

    /**
     * Whether the region opens inside a thread of posts: a post's time stamp just above it or
     * before its first paragraph's worth of prose, followed by at least two more, each within
     * a few blocks of the one before, and the thread goes on inside the region (posts that end
     * above it, such as customer reviews above an article, are not its thread).
     */
    private boolean opensWithPosts(Lines info, Region region) {
        long good = 0;
        int last = -1;
        int stamps = 0;
        for (int i = Math.max(0, region.start - POST_GAP); i <= region.end; i++) {
            if (last < 0 && good >= goodLength) {
                return false;
            }
            if (isStamp(info, i)) {
                if (last >= 0 && i - last > POST_GAP) {
                    return false;
                }
                last = i;
                if (++stamps >= 3 && i >= region.start) {
                    return true;
                }
            }
            good += i >= region.start && info.isGood(i) ? info.weight(i) : 0;
        }
        return false;
    }

    /**
     * Whether the block is a post's time stamp, or follows one an earlier cleaner removed; an item
     * of a list the article announced (a schedule's times) is none.
     */
    private static boolean isStamp(Lines info, int i) {
        return !info.has(i, LIST_ITEM) && (isPostStamp(info.block(i)) || info.has(i, STAMP_BEFORE));
    }

    /** The contiguous run from {@code from} on with the best total score, or null if it holds no good block. */
    private @Nullable Region bestRegion(Lines info, int from) {
        return bestRegion(info, from, info.size());
    }

    /** The contiguous run in {@code [from, to)} with the best total score, or null if it holds no good block. */
    private @Nullable Region bestRegion(Lines info, int from, int to) {
        double best = 0;
        int bestStart = -1;
        int bestEnd = -1;
        double run = 0;
        int runStart = from;
        for (int i = from; i < to; i++) {
            if (run <= 0) {
                run = 0;
                runStart = i;
            }
            run += score(info, i); // made here, not kept: kinds do not change before the last region is sought
            if (run > best) {
                best = run;
                bestStart = runStart;
                bestEnd = i;
            }
        }
        boolean anyGood = false;
        for (int i = bestStart; i >= 0 && i <= bestEnd; i++) {
            anyGood |= info.isGood(i);
        }
        return anyGood ? new Region(bestStart, bestEnd, best) : null;
    }

    /** Most blocks between a headline and its article's first (byline, date, share tools, a picture). */
    private static final int HEADLINE_GAP = 6;

    /**
     * The run with the best total score of those that begin in {@code [from, lastStart]}, or null
     * if none holds a good block with a positive score. Linear: a run from each of the few starts.
     */
    private @Nullable Region bestRegionStarting(Lines info, int from, int lastStart) {
        double best = 0;
        int bestStart = -1;
        int bestEnd = -1;
        for (int s = from; s <= Math.min(lastStart, info.size() - 1); s++) {
            double run = 0;
            boolean good = false;
            for (int i = s; i < info.size(); i++) {
                run += score(info, i);
                good |= info.isGood(i);
                if (good && run > best) {
                    best = run;
                    bestStart = s;
                    bestEnd = i;
                }
            }
        }
        return bestStart < 0 ? null : new Region(bestStart, bestEnd, best);
    }

    /**
     * The region's last block once it is cut at the first marker that ends an article (a
     * "Comments" or "Related" heading, a copyright line) after some prose: the best run often goes
     * on through readers' comments or teasers, whose prose outweighs the marker's penalty. What
     * trails the last paragraph before the cut (short lines, labels) goes too.
     */
    private int cutAtEnd(Lines info, int start, int end, boolean afterHeadline) {
        long total = goodWeight(info, start, end + 1);
        long good = 0;
        for (int i = start; i <= end; i++) {
            // Below the headline the article comes first; elsewhere the run may have begun in
            // teasers above the article, so the prose above the marker must be the larger part,
            // unless the run opens the page and several paragraphs lie above the marker: then
            // nothing above can be teasers, and what follows (teasers with their summaries) may
            // hold more prose than the article.
            if ((info.kind(i) == Kind.END && !words.boxMarkers().contains(keyOf(info, i)) || info.has(i, END_BEFORE))
                    && good >= goodLength
                    && (afterHeadline || good * 2 >= total || (start == 0 && good >= 5 * goodLength))) {
                int last = i - 1;
                while (last > start && info.kind(last) != Kind.GOOD && info.kind(last) != Kind.NEAR_GOOD) {
                    last--;
                }
                return last;
            }
            good += info.isGood(i) ? info.weight(i) : 0;
        }
        return end;
    }

    /**
     * Whether the block is a post's stamp that names who posted and gives the day, with nothing of a
     * sentence in it and outside a table ("Posted by: Anna on May 4, 2024 09:12 PM"): in HTML,
     * where the reader chose the content, a live blog's entries ("19:06"), a race's splits
     * ("5km - 15:23"), a shop box's price stamps ("Preis kann höher sein. Preis vom 02.01.2023
     * 12:53 Uhr") and a table of dates are the article's, and only a signed thread is cut.
     */
    private static boolean isSignedStamp(TextBlock b) {
        if (!isPostStamp(b) || b.text().contains(". ") || b.tag().filter(TABLE_CELLS::contains).isPresent()) {
            return false;
        }
        String[] words = WORD_BREAK.split(b.text());
        return hasDate(b.text(), words) && hasName(words);
    }

    private static int signedStamps(List<TextBlock> blocks) {
        int n = 0;
        for (TextBlock b : blocks) {
            n += isSignedStamp(b) ? 1 : 0;
        }
        return n;
    }

    /** Cells of a table: a table of dates and prices (a season's rates) is no thread. */
    private static final Set<String> TABLE_CELLS = Set.of("td", "th");

    /** Removes what follows the article's prose once three signed posts' stamps close together show a thread. */
    private void cutThread(Page page, Lines info) {
        int n = info.size();
        int end = cutAtComments(info, 0, n - 1, true);
        for (int i = end + 1; i < n; i++) {
            page.remove(info.block(i), "readers' comments (a run of posts' time stamps)");
        }
    }

    /**
     * The region's last block once it is cut where readers' comments or a list of teasers begin, or
     * {@code end}. Both come as runs of items, each with a short line of the time it was posted
     * ("May 4, 2024 at 9:12 am", "5 hours ago"): three such lines close together after the
     * article's prose start them.
     * The line above the first one (the commenter's name) goes with them. Time stamps an earlier
     * cleaner removed (the metadata reader may take the first for the article's date) count too.
     */
    private int cutAtComments(Lines info, int start, int end, boolean signed) {
        long good = 0;
        int first = -1;
        int last = -1;
        int stamps = 0;
        for (int i = start; i <= end; i++) {
            if (signed ? isSignedStamp(info.block(i)) || info.has(i, STAMP_BEFORE) : isStamp(info, i)) {
                if (first < 0 || i - last > POST_GAP) {
                    first = good >= goodLength ? i : -1;
                    stamps = 0;
                }
                last = i;
                if (first >= 0 && ++stamps >= 3) {
                    int cut = first - 1;
                    if (cut > start && info.kind(cut) != Kind.GOOD && info.block(cut).words() <= 4) {
                        cut--;
                    }
                    return Math.max(start, cut);
                }
            }
            good += info.isGood(i) ? info.weight(i) : 0;
        }
        return end;
    }

    /**
     * A short line, not a sentence, that holds a clock time (9:12, 21.05 not counted): when a post was
     * made. Up to fifteen words: a comment's signature ("Comment #10 - Posted by: NAME at DATE TIME")
     * takes a dozen with a long name and date.
     */
    static boolean isPostStamp(TextBlock b) {
        if (b.words() > 15 || b.endsLikeSentence()) {
            return false;
        }
        String t = b.text();
        if (hasClockTime(t)) {
            return true;
        }
        // A day needs two numbers at least (day and year): most short lines have none and are
        // spared the tests below, which cut the line into words (once, for both).
        if (b.digits() < 2 || b.words() > DATE_STAMP_WORDS || isAttribution(t)) {
            return false;
        }
        String[] words = WORD_BREAK.split(t);
        return hasDate(t, words) && hasName(words);
    }

    /** Whether the text holds a clock time: two digits after a colon with a digit before it (9:12, not 21.05). */
    private static boolean hasClockTime(String t) {
        for (int i = 1; i + 2 < t.length(); i++) {
            if (t.charAt(i) == ':' && isDigit(t.charAt(i - 1)) && isDigit(t.charAt(i + 1)) && isDigit(t.charAt(i + 2))
                    && (i + 3 == t.length() || !isDigit(t.charAt(i + 3)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the line has a word besides its date: a post's stamp names who posted ("Anna Weber
     * 07 Nov 12"), where a blog's date heading over its day's posts ("November 05, 2012") is the
     * date alone.
     */
    private static boolean hasName(String[] words) {
        return hasWordBesidesDate(words, false);
    }

    /**
     * Whether a word of two letters or more is neither a number nor a month's name, nor, when
     * {@code weekdays}, a weekday's name.
     */
    private static boolean hasWordBesidesDate(String[] words, boolean weekdays) {
        for (String w : words) {
            if (w.length() >= 2 && !isNumber(w) && MonthNames.number(w).isEmpty() && !(weekdays && DayNames.isDay(w))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the line signs a quotation: an embedded post's "— Name (@handle) November 18, 2019"
     * dates the post quoted in the article, not a reader's comment below it.
     */
    private static boolean isAttribution(String t) {
        return (!t.isEmpty() && "—–―-".indexOf(t.charAt(0)) >= 0) || t.contains("(@");
    }

    /** Most words of a post's stamp that gives its day without a time ("Anna Weber 07 Nov 12"). */
    private static final int DATE_STAMP_WORDS = 8;
    /** Runs of characters that are neither letters nor digits, between a line's words. */
    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{Nd}]+");
    private static final Pattern NUMERIC_DATE = Pattern.compile("(?<!\\d)\\d{1,2}([./-])\\d{1,2}\\1(?:\\d{4}|\\d{2})(?!\\d)");

    /**
     * Whether the text holds a day: a numeric date with its year ("07.11.2012", "11/7/12") or a
     * month's name with two numbers beside it, its day and year ("7. November 2012", "Nov 7, 2012",
     * "07 Nov 12").
     */
    static boolean hasDate(String t) {
        return hasDate(t, WORD_BREAK.split(t));
    }

    /** {@link #hasDate(String)} of a text already cut into its words. */
    private static boolean hasDate(String t, String[] tokens) {
        if (NUMERIC_DATE.matcher(t).find()) {
            return true;
        }
        for (int i = 0; i < tokens.length; i++) {
            if (tokens[i].length() >= 3 && !isNumber(tokens[i]) && MonthNames.number(tokens[i]).isPresent()) {
                int numbers = 0;
                for (int j = Math.max(0, i - 2); j <= Math.min(tokens.length - 1, i + 2); j++) {
                    numbers += j != i && isNumber(tokens[j]) && tokens[j].length() <= 4 ? 1 : 0;
                }
                if (numbers >= 2) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isNumber(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return !s.isEmpty();
    }

    /**
     * Whether the removed block is the day the metadata reader read as the article's date, and
     * gives that day alone, perhaps with its weekday ("Saturday, October 20, 2012"): a blog's day
     * heading over its post, not a comment's stamp, which names who posted or gives the time.
     */
    private static boolean isArticleDay(Page page, TextBlock b) {
        return page.role(b).filter(r -> r == Page.Role.DATE).isPresent() && !hasClockTime(b.text())
                && !hasWordBesidesDate(WORD_BREAK.split(b.text()), true);
    }

    /** A relative time or clock time of a teaser ("5H ago", "12:40") that the related-content cleaner removed. */
    private static boolean isTeaserStamp(Page page, TextBlock b) {
        return b.chars() <= 16 && b.words() <= 3 && b.digits() > 0
                && page.removedBy(b).filter(RELATED_CLEANER::equals).isPresent();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * The region's last block once a list that follows its prose to the page's end is taken in.
     * Articles that list dates, ingredients, products or results put the list after the prose
     * that introduces it; its lines are short and without sentence structure, so the region's
     * score stops before them. Teasers, comments and footers that follow an article look
     * different: a heading over them, an end marker, a link line, a menu line seen before the
     * article too, a time stamp, or a run of one- and two-word links; any of them keeps the cut.
     * Lines the list itself repeats (a label over each item) are no menu and stay.
     */
    private int listTail(Lines info, int end) {
        int n = info.size();
        if (n - end - 1 < 3) {
            return end;
        }
        TextBlock first = info.block(end + 1);
        if (first.words() <= 4 && first.digits() == 0 && !first.endsLikeSentence()) {
            return end; // a heading over a box of links the end markers do not know
        }
        int tiny = 0;
        int last = n - 1;
        for (int i = end + 1; i < n; i++) {
            TextBlock b = info.block(i);
            Kind kind = info.kind(i);
            tiny = b.words() <= 2 && !b.endsLikeSentence() ? tiny + 1 : 0;
            if (tiny >= 3 // one- and two-word lines in a row: the site's menu or footer links
                    || kind == Kind.END || info.has(i, END_BEFORE) || info.has(i, STAMP_BEFORE) || isPostStamp(b)
                    || (kind == Kind.BAD && info.verdict(i) != Verdict.NO_SENTENCE
                            && !(info.verdict(i) == Verdict.MENU_LINE && info.firstAt(i) > end))) {
                // What ends the page here may still follow a list of the article's own: dated
                // entries, results, items that begin alike, which no teaser box or menu resembles.
                last = uniformListEnd(info, end + 1, tiny >= 3 ? i - tiny : i - 1);
                if (last < 0) {
                    return end;
                }
                break;
            }
        }
        for (int i = end + 1; i <= last; i++) {
            if (info.kind(i) == Kind.BAD) {
                info.verdict(i, Verdict.NO_SENTENCE); // a label the list repeats, not the site's menu: kept
            }
        }
        return last;
    }

    /** Fewest items of a list that {@link #uniformListEnd} takes for the article's own. */
    static final int UNIFORM_LIST_ITEMS = 5;

    /**
     * The last block of a list that opens the blocks {@code from..to} (a heading over it allowed)
     * and whose items begin alike, or -1: at least {@value #UNIFORM_LIST_ITEMS} lines, each
     * starting with a number or with the same word as a line next to it ("June 9 – ...",
     * "June 10 – ...", "July 2 – ..."). Teasers and menu links begin each with a word of their own.
     */
    private static int uniformListEnd(Lines info, int from, int to) {
        int first = from;
        if (first <= to && !startsAlike(info, first, to)) {
            first++; // the list's heading
        }
        int i = first;
        while (i <= to && startsAlike(info, i, to) && info.block(i).words() <= 40) {
            i++;
        }
        return i - first >= UNIFORM_LIST_ITEMS ? i - 1 : -1;
    }

    /** Whether block {@code i} begins with a digit or with the first word of a neighbour in {@code [.., to]}. */
    private static boolean startsAlike(Lines info, int i, int to) {
        String k = keyOf(info, i);
        if (k.isEmpty()) {
            return false;
        }
        if (isDigit(k.charAt(0))) {
            return true;
        }
        return i > 0 && sameFirstWord(k, keyOf(info, i - 1)) || i < to && sameFirstWord(k, keyOf(info, i + 1));
    }

    private static boolean sameFirstWord(String a, String b) {
        int space = a.indexOf(' ');
        int len = space < 0 ? a.length() : space;
        return b.length() >= len && b.regionMatches(0, a, 0, len) && (b.length() == len || b.charAt(len) == ' ');
    }

    /** Most items a list announced by a sentence takes in. */
    static final int MAX_ANNOUNCED_ITEMS = 60;

    /**
     * Marks the lists that a sentence of the page announces, and the sentence: a line of prose that
     * ends with a colon ("The new model comes with:", "Die Termine im Überblick:") followed by at
     * least two short lines (places, dates, product names, results), which have no sentence
     * structure and would each count against the region; the region's cut then fell between the
     * sentence and its list, or the list split the article in two. The list runs until prose
     * resumes, a heading, a label over another list (a line ending with a colon), a line an earlier
     * cleaner removed, or anything that ends articles or belongs to the site (an end marker, a time
     * stamp, a link line, a menu line seen above the sentence too).
     */
    private void markAnnouncedLists(Lines info) {
        int n = info.size();
        for (int i = 0; i < n; i++) {
            if (!announcesList(info, i)) {
                continue;
            }
            int j = i + 1;
            while (j < n && j - i <= MAX_ANNOUNCED_ITEMS && isAnnouncedItem(info, j, i)) {
                j++;
            }
            if (j - i - 1 >= 2) {
                info.set(i, ANNOUNCES);
                for (int k = i + 1; k < j; k++) {
                    info.set(k, LIST_ITEM);
                }
                i = j - 1;
            }
        }
    }

    /** A line of prose (five words at least, read as running text) that ends with a colon. */
    private static boolean announcesList(Lines info, int i) {
        TextBlock b = info.block(i);
        Kind kind = info.kind(i);
        return (kind == Kind.GOOD || kind == Kind.NEAR_GOOD) && b.words() >= 5 && endsWithColon(b);
    }

    private static boolean endsWithColon(TextBlock b) {
        String t = b.text().strip();
        char last = t.isEmpty() ? ' ' : t.charAt(t.length() - 1);
        return last == ':' || last == '：';
    }

    /** Whether the block can be an item of the list that the sentence at {@code announcer} opens. */
    private static boolean isAnnouncedItem(Lines info, int i, int announcer) {
        TextBlock b = info.block(i);
        Kind kind = info.kind(i);
        if (kind == Kind.GOOD || kind == Kind.END || info.has(i, REMOVED_ABOVE) || isPostStamp(b)
                || b.type() == BlockType.HEADING || b.words() > 40 || endsWithColon(b)) {
            return false;
        }
        Verdict v = info.verdict(i);
        return kind != Kind.BAD || v == Verdict.NO_SENTENCE || (v == Verdict.MENU_LINE && info.firstAt(i) > announcer);
    }

    /**
     * The region's last block once a list it announces is taken in: the region's score, which its
     * items do not raise, may end at the announcing sentence or inside the list.
     */
    private static int announcedListEnd(Lines info, int end) {
        if (!info.has(end, ANNOUNCES) && !info.has(end, LIST_ITEM)) {
            return end;
        }
        int last = end + 1;
        while (last < info.size() && info.has(last, LIST_ITEM)) {
            last++;
        }
        return last - 1;
    }

    /** Marks runs of three or more very short lines inside the region as menus. */
    private void markMenuRuns(Lines info, int start, int end) {
        int i = start;
        while (i <= end) {
            if (!isMenuLike(info, i)) {
                i++;
                continue;
            }
            int j = i;
            while (j <= end && isMenuLike(info, j)) {
                j++;
            }
            if (j - i >= 3) {
                for (int k = i; k < j; k++) {
                    if (info.kind(k) != Kind.END) {
                        info.verdict(k, Verdict.MENU_LINE);
                    }
                }
            }
            i = j;
        }
    }

    private static boolean isMenuLike(Lines info, int i) {
        TextBlock b = info.block(i);
        Kind kind = info.kind(i);
        return !info.has(i, LIST_ITEM) && b.type() != BlockType.HEADING && b.words() <= 4 && !b.endsLikeSentence()
                && (kind == Kind.SHORT || kind == Kind.BAD);
    }

    /** Words (runs between spaces) of a key up to {@code end}. */
    private static int countWords(String key, int end) {
        int w = end > 0 ? 1 : 0;
        for (int i = 0; i < end; i++) {
            if (key.charAt(i) == ' ') {
                w++;
            }
        }
        return w;
    }

    /** The key {@link #measure} made of a kept block's text: {@link #key(String)}, empty past 400 characters. */
    private static String keyOf(Lines info, int i) {
        TextBlock b = info.block(i);
        return b.chars() <= 400 ? key(b.text()) : "";
    }

    /**
     * A 64-bit FNV-1a hash of a key's characters, by which lines are counted ({@link KeyCounts}): two
     * different keys of one page share a hash with odds of about one in 10^9 for a page of 10^5
     * distinct lines, and a string per line kept to compare them cost more memory than anything
     * else the finder holds.
     */
    static long keyHash(char[] key, int n) {
        long h = FinderWords.FNV_OFFSET;
        for (int i = 0; i < n; i++) {
            h = (h ^ key[i]) * 0x100000001b3L;
        }
        return h;
    }

    /** {@link #keyHash(char[], int)} of a key (or of any text). */
    static long keyHash(String key) {
        long h = FinderWords.FNV_OFFSET;
        for (int i = 0, n = key.length(); i < n; i++) {
            h = (h ^ key.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }

    /**
     * {@link #keyHash(String)} of the text's {@link #key(String) key}, made without the key: the
     * finder counts every short line of a page by it.
     */
    static long keyHashOf(String text) {
        int len = Math.min(text.length(), 400);
        long h = FinderWords.FNV_OFFSET;
        boolean any = false;
        boolean space = false;
        for (int i = 0; i < len; ) {
            char c = text.charAt(i);
            if (c < 0x80) {
                i++;
                int lower = c | 0x20;
                boolean letter = lower >= 'a' && lower <= 'z';
                if (letter || c >= '0' && c <= '9') {
                    if (space && any) {
                        h = (h ^ ' ') * 0x100000001b3L;
                    }
                    space = false;
                    any = true;
                    h = (h ^ (letter ? lower : c)) * 0x100000001b3L;
                } else {
                    space = true;
                }
                continue;
            }
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (space && any) {
                    h = (h ^ ' ') * 0x100000001b3L;
                }
                space = false;
                any = true;
                int lower = Character.toLowerCase(cp);
                if (Character.isBmpCodePoint(lower)) {
                    h = (h ^ lower) * 0x100000001b3L;
                } else {
                    h = (h ^ Character.highSurrogate(lower)) * 0x100000001b3L;
                    h = (h ^ Character.lowSurrogate(lower)) * 0x100000001b3L;
                }
            } else {
                space = true;
            }
        }
        return h;
    }

    /**
     * How often each line key occurs on a page and the kept block at or before which it first
     * does: an open-addressing table of key hashes with the two beside them in one int (no boxed
     * keys, no string per line), grown as keys come, so that a page of few distinct lines holds a
     * small table however many lines it has. The finder asks only whether a line repeats, so the
     * count stops at {@value #MANY}: with the first occurrence in the same int, a slot is 12 bytes
     * rather than 16, and a page of distinct short lines has a slot or two per line.
     *
     * <p>A page of {@value #SIEVE_FROM} lines or more is sieved first: every key is passed to
     * {@link #sieve} before any is {@link #add added}, and a two-bit counter per bucket of a
     * table of eight buckets per line (two bytes a line) tells the keys that occur once from those
     * that may occur again; only the latter go into the table. For a page of many distinct short
     * lines that keeps some one key in eight in the table rather than all of them: the table, at
     * 16 to 32 bytes a key (and half as much again while it grows), was the content finder's
     * largest cost. A smaller page, which takes little memory whatever it holds, is spared the
     * sieve's second pass over its keys. Either way the answers are the same ({@code
     * KeyCountsTest} compares them).
     */
    static final class KeyCounts {
        /** The count at which counting stops. */
        static final int MANY = 3;
        /** Lines from which the keys are sieved first. */
        static final int SIEVE_FROM = 4096;
        /** Two-bit counters (0, 1, 2 for two or more), four to a byte; null when the keys are not sieved. */
        private final byte @Nullable [] sieve;
        private final long buckets;
        private long[] hashes;
        /** The first occurrence shifted left by two, the count (at most {@link #MANY}) below; 0 marks an empty slot. */
        private int[] states;
        private int mask;
        private int keys;

        /** A table for up to about {@code lines} keys (more only cost memory), sieved when they are many. */
        KeyCounts(int lines) {
            this(lines, lines >= SIEVE_FROM);
        }

        /** As {@link #KeyCounts(int)}, sieved or not as asked (tests compare the two). */
        KeyCounts(int lines, boolean sieved) {
            this.buckets = 8L * Math.max(1, lines);
            this.sieve = sieved ? new byte[(int) ((buckets + 3) / 4)] : null;
            allocate(16);
        }

        private void allocate(int size) {
            hashes = new long[size];
            states = new int[size];
            mask = size - 1;
        }

        /** Whether every key is to be passed to {@link #sieve} before the first is added. */
        boolean sieves() {
            return sieve != null;
        }

        /**
         * The sieve's bucket of the key: its hash mixed (MurmurHash3's finaliser), the upper half
         * scaled to the buckets. Unmixed, the upper bits of the FNV hash of keys that differ only in
         * their last characters ("Item 1041", "Item 1042") differ little, and such keys shared buckets.
         */
        private int bucket(long hash) {
            long x = (hash ^ (hash >>> 33)) * 0xff51afd7ed558ccdL;
            x = (x ^ (x >>> 33)) * 0xc4ceb9fe1a85ec53L;
            x ^= x >>> 33;
            return (int) (((x >>> 32) * buckets) >>> 32);
        }

        /** Counts one occurrence of the key in the sieve. */
        void sieve(long hash) {
            byte[] counters = Objects.requireNonNull(sieve, "not sieved");
            int k = bucket(hash);
            int shift = (k & 3) * 2;
            if ((counters[k >> 2] >> shift & 3) < 2) {
                counters[k >> 2] += (byte) (1 << shift);
            }
        }

        /** False when the key occurs once at most, as far as the sieve knows; true when it may occur more often. */
        private boolean mayRepeat(long hash) {
            if (sieve == null) {
                return true;
            }
            int k = bucket(hash);
            return (sieve[k >> 2] >> ((k & 3) * 2) & 3) >= 2;
        }

        /**
         * Counts one occurrence of the key; {@code at} (0 to 2^29 - 1) is kept if it is the first.
         * A key the sieve saw only once is not kept at all.
         */
        void add(long hash, int at) {
            if (!mayRepeat(hash)) {
                return;
            }
            int i = start(hash);
            while (states[i] != 0 && hashes[i] != hash) {
                i = (i + 1) & mask;
            }
            if (states[i] == 0) {
                hashes[i] = hash;
                states[i] = at << 2 | 1;
                if (++keys * 4 > hashes.length * 3) {
                    grow(); // at most three quarters full
                }
                return;
            }
            if ((states[i] & 3) < MANY) {
                states[i]++;
            }
        }

        private int start(long h) {
            int x = (int) (h ^ (h >>> 32));
            return (x ^ (x >>> 16)) & mask;
        }

        private void grow() {
            long[] h = hashes;
            int[] st = states;
            allocate(h.length * 2);
            for (int k = 0; k < h.length; k++) {
                if (st[k] != 0) {
                    int i = start(h[k]);
                    while (states[i] != 0) {
                        i = (i + 1) & mask;
                    }
                    hashes[i] = h[k];
                    states[i] = st[k];
                }
            }
        }

        /** The key's slot, or -1 when it is not in the table. */
        private int slot(long hash) {
            if (!mayRepeat(hash)) {
                return -1;
            }
            for (int i = start(hash); ; i = (i + 1) & mask) {
                if (states[i] == 0) {
                    return -1;
                }
                if (hashes[i] == hash) {
                    return i;
                }
            }
        }

        /** Keys in the table (for tests: a sieved table holds few of the keys that occur once). */
        int size() {
            return keys;
        }

        /** Whether the key was added twice or more. */
        boolean repeats(long hash) {
            int slot = slot(hash);
            return slot >= 0 && (states[slot] & 3) >= 2;
        }

        /**
         * The {@code at} of the key's first occurrence, for a key that {@link #repeats}; MAX_VALUE
         * for a key never added. (Of a key added once, a sieved table does not know it.)
         */
        int first(long hash) {
            int slot = slot(hash);
            return slot < 0 ? Integer.MAX_VALUE : states[slot] >>> 2;
        }
    }

    /** Lower-case letters and digits, other runs as one space: how lines are compared. */
    static String key(String text) {
        int len = Math.min(text.length(), 400);
        char[] out = new char[len]; // never longer: lower-casing keeps a code point's length
        int n = 0;
        boolean space = false;
        for (int i = 0; i < len; ) {
            char c = text.charAt(i);
            if (c < 0x80) {
                // ASCII: no Unicode tables
                i++;
                int lower = c | 0x20;
                boolean letter = lower >= 'a' && lower <= 'z';
                if (letter || c >= '0' && c <= '9') {
                    if (space && n > 0) {
                        out[n++] = ' ';
                    }
                    space = false;
                    out[n++] = letter ? (char) lower : c;
                } else {
                    space = true;
                }
                continue;
            }
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (space && n > 0) {
                    out[n++] = ' ';
                }
                space = false;
                int lower = Character.toLowerCase(cp);
                if (n + 2 > out.length) {
                    out = java.util.Arrays.copyOf(out, out.length + 8); // a pair read across the limit
                }
                n += Character.toChars(lower, out, n);
            } else {
                space = true;
            }
        }
        return new String(out, 0, n);
    }

    /** Settings of a {@link TextContentFinder}. Not thread-safe; {@link #build()} gives an immutable finder. */
    public static final class Builder {
        private int shortLength = 40;
        private int goodLength = 100;
        private double goodStopShare = 0.25;
        private double nearStopShare = 0.12;
        private double maxLinkDensity = 0.5;
        private double shortPenalty = 25;
        private double endPenalty = 200;
        private double nearGoodWeight = 0.3;
        private int maxBadPenalty = 150;
        private double regionMenuShare = 0.4;

        private Builder() {
        }

        /**
         * Pages whose share of navigation-like lines ({@link #menuShare(Page)}) is below this are
         * taken to be the article's region already (a scraper aimed at the article): they are only
         * trimmed after a marker that ends the article, never cut down to their best run of prose,
         * which would lose articles made of lists or tables. Default 0.4; 0 always looks for the region.
         */
        public Builder regionMenuShare(double share) {
            this.regionMenuShare = unit(share, "regionMenuShare");
            return this;
        }

        /**
         * Blocks that weigh less than this are short (headings, labels, menu items); default 40.
         * Weight is characters other than spaces, an ideograph or Hangul syllable counting three.
         */
        public Builder shortLength(int weight) {
            this.shortLength = positive(weight, "shortLength");
            return this;
        }

        /** Blocks that weigh at least this can be good paragraphs; default 100. */
        public Builder goodLength(int weight) {
            this.goodLength = positive(weight, "goodLength");
            return this;
        }

        /**
         * The share of function words from which a block reads as running text; default 0.25. Below
         * {@link #nearStopShare(double)} a block has no sentence structure.
         */
        public Builder goodStopShare(double share) {
            this.goodStopShare = unit(share, "goodStopShare");
            return this;
        }

        /** The share of function words from which a block may be running text; default 0.12. */
        public Builder nearStopShare(double share) {
            this.nearStopShare = unit(share, "nearStopShare");
            return this;
        }

        /** The share of link text above which a block is a link line; default 0.5. */
        public Builder maxLinkDensity(double density) {
            this.maxLinkDensity = unit(density, "maxLinkDensity");
            return this;
        }

        /** How much each short block counts against a region, in weight units; default 25. */
        public Builder shortPenalty(double penalty) {
            this.shortPenalty = nonNegative(penalty, "shortPenalty");
            return this;
        }

        /**
         * How much a heading that ends articles ("Related", "Comments", a copyright line) counts
         * against a region running over it; default 200.
         */
        public Builder endPenalty(double penalty) {
            this.endPenalty = nonNegative(penalty, "endPenalty");
            return this;
        }

        /** How much of its weight a near-good block (prose too short or too plain to be sure of) adds to a region; default 0.3. */
        public Builder nearGoodWeight(double share) {
            this.nearGoodWeight = unit(share, "nearGoodWeight");
            return this;
        }

        /**
         * The most a bad block (a line without sentence structure) counts against a region beyond
         * the short penalty, in weight units; default 150.
         */
        public Builder maxBadPenalty(int weight) {
            this.maxBadPenalty = Math.max(0, weight);
            return this;
        }

        /**
         * The finder.
         *
         * @throws IllegalArgumentException if the short length is not below the good length, or
         *     the near-good share is above the good share
         */
        public TextContentFinder build() {
            if (shortLength >= goodLength) {
                throw new IllegalArgumentException("shortLength " + shortLength + " must be below goodLength "
                        + goodLength);
            }
            if (nearStopShare > goodStopShare) {
                throw new IllegalArgumentException("nearStopShare " + nearStopShare + " must not exceed goodStopShare "
                        + goodStopShare);
            }
            return new TextContentFinder(this);
        }

        private static int positive(int v, String name) {
            if (v <= 0) {
                throw new IllegalArgumentException(name + " must be positive: " + v);
            }
            return v;
        }

        private static double nonNegative(double v, String name) {
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException(name + " must be a finite number >= 0: " + v);
            }
            return v;
        }

        private static double unit(double v, String name) {
            if (!(v >= 0 && v <= 1)) {
                throw new IllegalArgumentException(name + " must be between 0 and 1: " + v);
            }
            return v;
        }
    }
}
