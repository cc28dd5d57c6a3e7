package io.github.tidings.internal.metadata;

import io.github.tidings.clean.TextBlock;
import io.github.tidings.internal.words.WordFiles;
import io.github.tidings.model.BlockType;
import io.github.tidings.model.Hints;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads metadata from the blocks of a text input before cleaning: the title, the date line, the
 * byline, the site name. Internal: not part of the API.
 *
 * <p>Scraped text usually starts with the page {@code <title>} ({@code Headline - Site}); the
 * visible headline comes again further down, after the menus, with the byline and date line close
 * below it. So the headline is the later line that matches the title (whole, or a run of its
 * segments), else a line much like it that has a date or byline right below it, else the title
 * without its site part. Date and byline are read from the lines nearest below the headline; when
 * none there holds a date, from the date line just above where the article's prose begins.
 * Blocks are marked as title, date or byline only when they hold nothing else, so that removing
 * them never removes article text.
 */
public final class TextMetadataReader {
    /** Blocks longer than this are never metadata lines. */
    private static final int MAX_META_LINE = 250;
    /** How far below the headline the date and byline are looked for. */
    private static final int BELOW = 25;
    /** How far above the headline (kickers, datelines printed first). */
    private static final int ABOVE = 6;

    private TextMetadataReader() {
    }

    /** What the blocks say about the article; the first block is taken as the page's {@code <title>}. */
    public static Found read(List<TextBlock> blocks, Hints hints) {
        return read(blocks, hints, Optional.empty());
    }

    /**
     * What the blocks say about the article, given the page's {@code <title>} when it is known
     * apart from the blocks (HTML); when it is empty the first block is taken as the title.
     */
    public static Found read(List<TextBlock> blocks, Hints hints, Optional<String> pageTitle) {
        return read(blocks, hints, pageTitle, true, false);
    }

    /**
     * What the blocks say about the article, given what the page's markup says: its {@code <title>}
     * stands for the page's title; a site name it states makes the search of the footer for one
     * needless ({@link MetadataResolver} prefers the markup's), so the footer is not searched.
     */
    public static Found read(List<TextBlock> blocks, Hints hints, Found markup) {
        Found f = read(blocks, hints, markup.title(), markup.siteName().isEmpty(), markup.noTitleLine());
        if (markup.metadataStated()) {
            // A document that states its metadata (front matter) has the page's date line and byline
            // there, not in its body: lines of its text that look like them are its text. The
            // headline repeating the stated title stays the title's.
            f.dateBlocks().clear();
            f.bylineBlocks().clear();
            f.authors().clear();
            f.published(null);
        }
        return f;
    }

    private static Found read(List<TextBlock> blocks, Hints hints, Optional<String> pageTitle, boolean siteName,
            boolean noTitleLine) {
        Found f = new Found();
        if (blocks.isEmpty() && pageTitle.isEmpty()) {
            return f;
        }
        if (pageTitle.isEmpty() && !startsWithTitle(blocks, noTitleLine)) {
            // Many dumps do not start with the page's <title> (lynx, html-to-text, html2text): the
            // headline is then a heading near where the prose begins, or the title-like line
            // just above it.
            // One memo of the lines' dates and bylines serves the headline search and the reading below.
            Memo memo = new Memo(blocks.size());
            Lines lines = new Lines(blocks, hints, memo, 0);
            int start = proseStart(blocks);
            boolean headings = hasHeading(blocks);
            // A headline stands above its article: a heading there, else a title-like line there
            // with the article's date or byline below it, else the heading nearest above the
            // prose whatever its length; the headings below where the prose begins (comment
            // forms, footers, teaser lists with their dates) are looked at only when none is
            // found, and a title-like line above the prose with nothing below it last: the first
            // line of such a dump is no title.
            int h = headings && start >= 0 ? headingTitle(blocks, lines, 0, start) : -1;
            if (h < 0) {
                h = lineAboveProse(blocks, lines, start, headings ? HEADING_META : ABOVE_PROSE, headings);
            }
            if (h < 0 && headings) {
                h = headingAboveProse(blocks, lines, start);
            }
            if (h < 0 && headings) {
                h = headingTitle(blocks, lines, 0, blocks.size());
                if (h < 0) {
                    h = lineAboveProse(blocks, lines, start, ABOVE_PROSE, false);
                }
            }
            if (h >= 0) {
                h = citedLine(blocks, h);
                // The headline read as a heading from here on, whatever the dump made of it.
                String title = withoutItemNumber(blocks, h);
                List<TextBlock> marked = new ArrayList<>(blocks);
                marked.set(h, TextBlock.of(BlockType.HEADING, title));
                if (!title.equals(blocks.get(h).text())) {
                    memo.forget(h); // what was read of the line with its number is read again without it
                }
                return withoutDatePrefix(withTitle(marked, hints, title, siteName, memo), hints);
            }
        }
        if (pageTitle.isPresent()) {
            return withTitle(blocks, hints, pageTitle.get(), siteName);
        }
        return readBlocks(blocks, hints, siteName);
    }

    /** How far above a numbered line the item before it is looked for. */
    private static final int ITEM_ABOVE = 3;

    /**
     * The text of block {@code h} without its list number when it is the last item of a numbered
     * list ({@code 4. Ex-Nationalspieler in der Oberliga: …} under {@code 3. HSV}): html-to-text
     * and lynx print an ordered list's numbers, and a breadcrumb trail set as one ends with the
     * page's headline. The number goes only when one of the few lines above holds the item before
     * it: a headline may begin with a number of its own ({@code 1. FC Köln siegt}).
     */
    static String withoutItemNumber(List<TextBlock> blocks, int h) {
        String t = blocks.get(h).text();
        int n = itemNumber(t);
        if (n < 2) {
            return t;
        }
        for (int j = h - 1; j >= Math.max(0, h - ITEM_ABOVE); j--) {
            if (itemNumber(blocks.get(j).text()) == n - 1) {
                return t.substring(t.indexOf('.') + 1).strip();
            }
        }
        return t;
    }

    /** The number of a line that opens with a list number ({@code 4. Text}): up to three digits, a full stop and a space; -1 otherwise. */
    private static int itemNumber(String t) {
        int k = 0;
        while (k < t.length() && k < 3 && Character.isDigit(t.charAt(k))) {
            k++;
        }
        if (k == 0 || k + 2 >= t.length() || t.charAt(k) != '.' || t.charAt(k + 1) != ' ') {
            return -1;
        }
        return Integer.parseInt(t, 0, k, 10);
    }

    /** What the blocks say, the page's title given apart from them. */
    private static Found withTitle(List<TextBlock> blocks, Hints hints, String title, boolean siteName) {
        return withTitle(blocks, hints, title, siteName, new Memo(blocks.size()));
    }

    /** {@link #withTitle(List, Hints, String, boolean)} with what is known of the blocks' lines already. */
    private static Found withTitle(List<TextBlock> blocks, Hints hints, String title, boolean siteName, Memo memo) {
        List<TextBlock> withTitle = new ArrayList<>(blocks.size() + 1);
        withTitle.add(TextBlock.of(title));
        withTitle.addAll(blocks);
        return readBlocks(withTitle, new Lines(withTitle, hints, memo, 1), hints, siteName).shiftBlocks(-1);
    }

    /** What the blocks say, the first block being the page's title. */
    private static Found readBlocks(List<TextBlock> blocks, Hints hints, boolean siteName) {
        return readBlocks(blocks, new Lines(blocks, hints, new Memo(blocks.size()), 0), hints, siteName);
    }

    /** {@link #readBlocks(List, Hints, boolean)} with the lines read through {@code lines}. */
    private static Found readBlocks(List<TextBlock> blocks, Lines lines, Hints hints, boolean siteName) {
        Found f = new Found();
        int n = blocks.size();
        int headline = readTitle(blocks, lines, f);
        int from = headline < 0 ? 1 : Math.max(1, headline - ABOVE);
        int to = headline < 0 ? n : Math.min(n, headline + BELOW);

        readDate(blocks, lines, headline, from, to, f);
        if (f.published().isEmpty()) {
            dateAboveProse(blocks, lines, f);
        }
        readAuthors(blocks, lines, headline, from, to, hints, f);
        readSection(blocks, lines, headline, hints, f);
        if (siteName && f.siteName().isEmpty()) {
            SiteNames.fromFooter(blocks).ifPresent(f::siteName);
        }
        if (f.siteName().isEmpty()) {
            hints.host().flatMap(SiteNames::fromHost).ifPresent(f::siteName);
        }
        return f;
    }

    // ---- Markdown headline -----------------------------------------------------------------

    /** How far the Markdown heading search looks below a heading for the date or byline. */
    private static final int HEADING_META = 8;
    /** Labels that open a picture's credit, in every shipped language: the list the cleaners remove credits by. */
    private static final Set<String> CREDIT_LABELS = creditLabels();
    /** Headings of related-content lists, in every shipped language: the list the cleaners remove such lists by. */
    private static final Set<String> LIST_HEADINGS = phrases("related");
    /** Headings and prompts of comment sections, in every shipped language: the list the cleaners end articles by. */
    private static final Set<String> COMMENT_HEADINGS = phrases("comments");
    /** Newsletter, subscription, cookie and login prompts, in every shipped language: the list the cleaners remove such lines by. */
    private static final Set<String> PROMPTS = phrases("prompts");
    /** Skip links at the top of a page, in every shipped language. */
    private static final Set<String> SKIP_LINKS = phrases("skiplinks");
    /** Runs of characters that are neither letters nor digits: how {@link #heads} compares lines. */
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Most words of its own a list heading adds to its phrase ("More from" and a name). */
    private static final int LIST_HEADING_TAIL = 4;

    private static boolean hasHeading(List<TextBlock> blocks) {
        for (TextBlock b : blocks) {
            if (b.type() == BlockType.HEADING) {
                return true;
            }
        }
        return false;
    }

    /** How far above the prose the headline is looked for, in blocks (share tools, pictures and bylines come between). */
    private static final int ABOVE_PROSE = 30;

    /**
     * Whether the first block is the page's {@code <title>}, as html-text and turndown dumps begin:
     * a line of words, no link, no list item, that comes again further down (the headline repeats
     * it, or a part of it), or any such line when the dump marks no headings to look among instead
     * and may begin with the {@code <title>} at all.
     */
    static boolean startsWithTitle(List<TextBlock> blocks) {
        return startsWithTitle(blocks, false);
    }

    /**
     * {@link #startsWithTitle(List)}, {@code noTitleLine} when the input is known not to begin
     * with the page's {@code <title>}: its first line is then the title only when it comes again.
     */
    static boolean startsWithTitle(List<TextBlock> blocks, boolean noTitleLine) {
        TextBlock first = blocks.get(0);
        String t = first.text();
        int words = first.words();
        if (first.type() == BlockType.LIST_ITEM || first.linkChars() > 0 || words < 2 || words > 40
                || t.endsWith(":") || first.letters() < 4 || isSkipLink(t)) {
            return false;
        }
        // Being a heading is no sign of its own: a dump that writes no <title> (html2text's
        // Markdown, lynx) often opens with the page's first heading, a skip link's or a menu's.
        // Two words coming again may be a site's name in its header and footer, unless they come
        // again as a heading: the headline.
        return !noTitleLine && !hasHeading(blocks) || recursBelow(blocks, words < 3, noTitleLine);
    }

    /**
     * Whether the first block's text, or a part of it of three words or more, stands again as a
     * later block, or as a later heading when {@code asHeading}; only a part, when {@code partOnly}:
     * in a page rendered as text the first line is the page's own first line, and one that comes
     * again whole is the site's name or a label its header and footer share, while a {@code <title>}
     * ("Headline | Site") comes again in parts, as the headline.
     */
    private static boolean recursBelow(List<TextBlock> blocks, boolean asHeading, boolean partOnly) {
        String first = blocks.get(0).text();
        String whole = TitleReader.norm(first);
        if (whole.length() < 8) {
            return false;
        }
        Set<String> keys = new HashSet<>();
        keys.add(whole);
        for (String seg : TitleReader.segments(first)) {
            String k = TitleReader.norm(seg);
            if (TitleReader.words(seg) >= 3 && k.length() >= 12) {
                keys.add(k);
            }
        }
        for (int i = 1; i < blocks.size(); i++) {
            String t = blocks.get(i).text();
            if (t.length() < 8 || t.length() > 2 * first.length() + 10 || asHeading && blocks.get(i).type() != BlockType.HEADING) {
                continue;
            }
            String k = TitleReader.norm(t);
            if (partOnly && k.equals(whole)) {
                continue;
            }
            if (keys.contains(k) || k.length() >= 12 && whole.contains(k) && k.length() * 3 >= whole.length() * 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the article's prose begins: the first block of the run of sentence-like blocks (few
     * links, no list items) that holds the most words, short lines between them allowed; -1 when
     * the page has no prose.
     */
    static int proseStart(List<TextBlock> blocks) {
        int best = -1;
        long bestWords = 0;
        int runStart = -1;
        long runWords = 0;
        int gap = 0;
        for (int i = 0; i < blocks.size(); i++) {
            TextBlock b = blocks.get(i);
            if (isProse(b)) {
                if (runStart < 0) {
                    runStart = i;
                    runWords = 0;
                }
                runWords += b.words();
                gap = 0;
                if (runWords > bestWords) {
                    bestWords = runWords;
                    best = runStart;
                }
            } else if (runStart >= 0 && ++gap > 3) {
                runStart = -1;
            }
        }
        return best;
    }

    /** A block of running text: a sentence of twelve words or more, few links, not a list item or heading. */
    private static boolean isProse(TextBlock b) {
        return b.type() != BlockType.LIST_ITEM && b.type() != BlockType.HEADING && b.words() >= 12
                && b.linkDensity() < 0.25 && b.endsLikeSentence();
    }

    /** Whether a date or byline stands in the few blocks below {@code i}, before the next heading. */
    private static boolean metaBelow(List<TextBlock> blocks, Lines lines, int i) {
        return metaLine(blocks, lines, i) >= 0;
    }

    /** The first date line or byline in the few blocks below {@code i}, before the next heading; -1 when none is. */
    private static int metaLine(List<TextBlock> blocks, Lines lines, int i) {
        for (int j = i + 1; j < Math.min(blocks.size(), i + HEADING_META); j++) {
            if (blocks.get(j).type() == BlockType.HEADING) {
                return -1;
            }
            if (!lines.dates(j).isEmpty() || lines.byline(j) != null) {
                return j;
            }
        }
        return -1;
    }

    /** Most blocks (picture credits not counted) between a teaser's date or byline and the next teaser's heading. */
    private static final int TEASER_GAP = 3;

    /**
     * The heading of the next teaser when heading {@code i} (with the headings set right under it
     * up to {@code last}) is one of a list of teasers, or -1: a heading other than {@code i}'s
     * text, within {@link #TEASER_GAP} blocks under {@code i}'s date or byline (picture credits
     * passed over), with a date or byline of its own of the same kind (both dates, or both
     * bylines). A list of other stories sets each with its date; an article's headline has its
     * date, then the picture and the prose. A kicker set as a heading, with a date, above the
     * headline with its byline is no list; the headline repeated (a gallery's) is none either.
     */
    private static int teaserBelow(List<TextBlock> blocks, Lines lines, int i, int last, int to) {
        int m = metaLine(blocks, lines, last);
        int gap = 0;
        for (int k = m + 1; k < to && gap < TEASER_GAP; k++) {
            TextBlock b = blocks.get(k);
            if (isCredit(b.text())) {
                continue;
            }
            gap++;
            if (b.type() == BlockType.HEADING) {
                int km = isHeadlineHeading(b) ? metaLine(blocks, lines, k) : -1;
                return km >= 0 && lines.dates(km).isEmpty() == lines.dates(m).isEmpty()
                        && !TitleReader.norm(b.text()).equals(TitleReader.norm(blocks.get(i).text())) ? k : -1;
            }
        }
        return -1;
    }

    /**
     * The heading in {@code [from, to)} that is the headline: the first with a date or byline
     * below, else the first of 4 words or more; -1 when none is. Headings set one after another
     * count as one: a headline shown twice, or a headline with its standfirst set as a heading
     * too, has the date or byline below the last of them, and the first is the headline. Date
     * lines, bylines, picture credits and the headings of related-content lists set as headings are
     * passed over, and so are the headings of a list of teasers ({@link #teaserBelow}), each with its date.
     */
    private static int headingTitle(List<TextBlock> blocks, Lines lines, int from, int to) {
        int firstLong = -1;
        int teaser = -1;
        for (int i = from; i < to; i++) {
            TextBlock b = blocks.get(i);
            if (!isHeadlineHeading(b) || isMetadataLine(blocks, lines, i) || isCredit(b.text()) || isSectionHeading(b.text())) {
                continue; // a blog's date heading ("Samstag, 9. September 2017") heads the day's posts
            }
            int last = i;
            while (last + 1 < blocks.size() && last - i < HEADING_META && blocks.get(last + 1).type() == BlockType.HEADING) {
                last++;
            }
            if (metaBelow(blocks, lines, last)) {
                // A teaser, with another below it or the last of such a list, heads another story.
                int next = teaserBelow(blocks, lines, i, last, to);
                if (next >= 0 || i == teaser) {
                    teaser = next;
                    i = last;
                    continue;
                }
                return i;
            }
            if (firstLong < 0 && b.words() >= 4) {
                firstLong = i;
            }
        }
        return firstLong;
    }

    /**
     * Whether block {@code i} is a date line (its dates and their labels take up most of it) or a
     * byline with nothing else. Most, not all: a headline may carry a date ("Opening Bell 11.18.19").
     */
    private static boolean isMetadataLine(List<TextBlock> blocks, Lines lines, int i) {
        String text = blocks.get(i).text();
        int dated = 0;
        for (DateParser.Match m : lines.dates(i)) {
            dated += m.end() - m.labelStart();
        }
        AuthorReader.Byline byline = lines.byline(i);
        return 2 * dated >= text.length() || byline != null && metadataOnly(text, lines.dates(i), byline);
    }

    private static Set<String> creditLabels() {
        Set<String> labels = new HashSet<>();
        for (String lang : WordLists.LANGUAGES) {
            WordFiles.read(TextBlock.class, "phrases/credits." + lang + ".txt").ifPresent(labels::addAll);
        }
        return Set.copyOf(labels);
    }

    private static Set<String> phrases(String list) {
        Set<String> headings = new HashSet<>();
        for (String lang : WordLists.LANGUAGES) {
            WordFiles.read(TextBlock.class, "phrases/" + list + "." + lang + ".txt").ifPresent(headings::addAll);
        }
        return Set.copyOf(headings);
    }

    /**
     * Whether a line heads a section of the page that is not the article: a list of other stories
     * ({@link #isListHeading}) or the readers' comments ("Leave a Reply Cancel reply", "Schreibe
     * einen Kommentar"). When readers' comments outweigh a short article, the prose seems to begin
     * among them, and their form's heading stands right above it. A cookie, login or newsletter
     * prompt set as a heading ("Diese Webseite verwendet Cookies", "Log in to your account") heads
     * a banner or a form, not the article; a skip link leads past the menu.
     */
    static boolean isSectionHeading(String text) {
        return isListHeading(text) || heads(COMMENT_HEADINGS, text) || heads(PROMPTS, text) || isSkipLink(text);
    }

    /** Whether the line is a skip link ("Skip to content", "Zum Inhalt springen"): it leads past the menu and is never a title. */
    static boolean isSkipLink(String text) {
        return heads(SKIP_LINKS, text);
    }

    /**
     * Whether a line heads a list of other stories ("You may also like", "More from Jane Roe",
     * "Lesen Sie auch"): one of the related-content headings the cleaners remove such lists by,
     * alone or, when the phrase has two words or more, with a few words of its own. Pages set
     * these as headings near the article, and html-to-text upper-cases them like the headline.
     */
    static boolean isListHeading(String text) {
        return heads(LIST_HEADINGS, text);
    }

    /** Whether the line is one of the phrases or, when the phrase has two words or more, opens with it and adds a few words. */
    private static boolean heads(Set<String> phrases, String text) {
        String raw = text.strip();
        while (!raw.isEmpty() && ":.…»›>!?".indexOf(raw.charAt(raw.length() - 1)) >= 0) {
            raw = raw.substring(0, raw.length() - 1).strip();
        }
        // Compared as the cleaners compare lines: lower case, punctuation as spaces ("e-mail" is
        // "e mail", "Ihr Browser ist veraltet!" is "ihr browser ist veraltet").
        String t = NOT_WORD.matcher(raw.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        if (t.isEmpty()) {
            return false;
        }
        if (phrases.contains(t)) {
            return true;
        }
        if (raw.indexOf(':') >= 0) {
            return false; // "Photo gallery: 2009 Hyundai Genesis" is a label and a headline
        }
        String[] words = t.split(" ");
        for (int n = 2; n < words.length && n <= 6; n++) {
            if (words.length - n <= LIST_HEADING_TAIL
                    && phrases.contains(String.join(" ", Arrays.copyOfRange(words, 0, n)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a line is a picture's credit ({@code Photo: Name, Agency}, {@code Bild: …}): the
     * label before its colon is one of the credit labels the cleaners remove such lines by.
     */
    static boolean isCredit(String text) {
        int colon = text.indexOf(':');
        return colon > 0 && colon <= 30 && CREDIT_LABELS.contains(text.substring(0, colon).strip().toLowerCase(Locale.ROOT));
    }

    /**
     * The heading nearest above {@code start}, where the prose begins, of any length but a date,
     * byline, credit or label; -1 when none is within reach. A short headline ("Emden", "Leslie
     * Clio") is too short for {@link #headingTitle} to trust anywhere on the page, but right above
     * the article it is the article's.
     */
    private static int headingAboveProse(List<TextBlock> blocks, Lines lines, int start) {
        for (int i = start - 1; i >= Math.max(0, start - HEADING_META); i--) {
            TextBlock b = blocks.get(i);
            if (b.type() != BlockType.HEADING) {
                continue;
            }
            String t = b.text();
            if (b.words() > 30 || t.length() > 250 || t.endsWith(":") || b.letters() < 3
                    || isMetadataLine(blocks, lines, i) || isCredit(t) || isSectionHeading(t)
                    || i > 0 && isMetadataLine(blocks, lines, i - 1)) {
                continue; // below a byline, a heading is the byline's agency or a section of the page
            }
            return i;
        }
        return -1;
    }

    /** Most words of its own a heading that cites the article has before the quotation ("12 Responses to"). */
    private static final int CITING_WORDS = 5;
    /** Opening quotation marks, each at the index of its closing mark in {@link #CLOSE_QUOTES}. */
    private static final String OPEN_QUOTES = "\"“„«‘‚‹「『»";
    private static final String CLOSE_QUOTES = "\"”“»’‘›」』«";

    /**
     * The line that block {@code h} cites, when {@code h} ends by quoting a line above it: a
     * heading over readers' comments or reviews ("12 Responses to “Title”", "5 Kommentare zu
     * „Titel“", "Kundenbewertungen für "Produkt"") names the article, whose own headline stands
     * above with the same words. {@code h} itself otherwise.
     */
    static int citedLine(List<TextBlock> blocks, int h) {
        String t = blocks.get(h).text().strip();
        if (t.length() < 4) {
            return h;
        }
        if (CLOSE_QUOTES.indexOf(t.charAt(t.length() - 1)) < 0) {
            return h;
        }
        int open = -1;
        for (int k = t.length() - 2; k > 0; k--) {
            int q = OPEN_QUOTES.indexOf(t.charAt(k));
            if (q >= 0 && CLOSE_QUOTES.charAt(q) == t.charAt(t.length() - 1)) {
                open = k;
                break;
            }
        }
        int own = open <= 0 ? 0 : TitleReader.words(t.substring(0, open));
        if (own == 0 || own > CITING_WORDS) {
            return h; // a quotation that is the whole line is a headline of its own; a sentence may quote anything
        }
        String cited = TitleReader.norm(t.substring(open + 1, t.length() - 1));
        if (cited.length() < 4) {
            return h;
        }
        for (int j = 0; j < h; j++) {
            TextBlock b = blocks.get(j);
            if (b.type() != BlockType.LIST_ITEM && b.text().length() < 2 * t.length()
                    && TitleReader.norm(b.text()).equals(cited)) {
                return j;
            }
        }
        return h;
    }

    private static boolean isHeadlineHeading(TextBlock b) {
        return b.type() == BlockType.HEADING && b.words() >= 3 && b.words() <= 30 && b.text().length() <= 250
                && !b.text().endsWith(":");
    }

    /**
     * The line that is most likely the headline when no heading above the prose is: of the
     * {@code reach} lines just above {@code start}, where the prose begins, the nearest that reads
     * like a title (a few words, no link, no list item, no closing full stop) with a date or byline
     * below, else, unless {@code needMeta}, the nearest such line; -1 when there is
     * none. (In a dump that marks headings, a line it did not mark has only the date or byline
     * below to tell it from a menu line, and only right above the article: further up, a line
     * with a date below is the page's header.)
     */
    private static int lineAboveProse(List<TextBlock> blocks, Lines lines, int start, int reach, boolean needMeta) {
        if (start <= 0) {
            return -1;
        }
        int nearest = -1;
        for (int i = start - 1; i >= Math.max(0, start - reach); i--) {
            TextBlock b = blocks.get(i);
            String t = b.text();
            if (b.type() == BlockType.LIST_ITEM || b.linkChars() > 0 || b.words() < 3 || b.words() > 30
                    || t.length() > 250 || t.endsWith(".") || t.endsWith(":") || !lines.dates(i).isEmpty()
                    || lines.byline(i) != null || isCredit(t) || isSectionHeading(t)) {
                continue;
            }
            if (metaBelow(blocks, lines, i)) {
                return i;
            }
            if (nearest < 0 && !needMeta) {
                nearest = i;
            }
        }
        return nearest;
    }

    // ---- lines ---------------------------------------------------------------------------

    /**
     * The dates and bylines read from a page's lines, by the line's place among the page's blocks:
     * the headline search and the reading around the headline look at the same lines, once through
     * the blocks and once with the title line in front of them. What a line holds depends on its
     * text alone (and the hints), so one read serves both.
     */
    private static final class Memo {
        private final List<DateParser.Match>[] dates;
        private final AuthorReader.Byline[] bylines;
        private final boolean[] bylineRead;

        @SuppressWarnings("unchecked")
        Memo(int size) {
            this.dates = (List<DateParser.Match>[]) new List<?>[size]; // no generic arrays: an unchecked cast
            this.bylines = new AuthorReader.Byline[size];
            this.bylineRead = new boolean[size];
        }

        /** Forgets what was read of line {@code k}, whose text changed. */
        void forget(int k) {
            dates[k] = null;
            bylines[k] = null;
            bylineRead[k] = false;
        }
    }

    /**
     * The dates and byline of each block, read only when asked for: a page has hundreds of
     * blocks, the title, date and byline rules look at a few dozen near the headline.
     */
    private static final class Lines {
        private final List<TextBlock> blocks;
        private final Hints hints;
        private final Memo memo;
        /** Block {@code i} is the memo's line {@code i - offset}: 1 when the title line stands in front. */
        private final int offset;

        Lines(List<TextBlock> blocks, Hints hints, Memo memo, int offset) {
            this.blocks = blocks;
            this.hints = hints;
            this.memo = memo;
            this.offset = offset;
        }

        int size() {
            return blocks.size();
        }

        /** The dates in block {@code i}; none in the title line, in long blocks, or without a digit. */
        List<DateParser.Match> dates(int i) {
            if (i == 0) {
                return List.of();
            }
            int k = i - offset;
            List<DateParser.Match> d = memo.dates[k];
            if (d == null) {
                TextBlock b = blocks.get(i);
                // Every date form has a digit but "an hour ago", which needs a reference time.
                boolean mayHold = b.digits() > 0 || hints.referenceTime().isPresent();
                d = mayHold && b.text().length() <= MAX_META_LINE ? DateParser.findAll(b.text(), hints) : List.of();
                memo.dates[k] = d;
            }
            return d;
        }

        /**
         * The date a long block begins with after nothing but a byline or a date label ("By Jane
         * Doe — November 18, 2019 The company said...", "Published 18.11.2019 The ..."): in a dump
         * wrapped at a fixed width, a date line that happens to fill the width is joined to the
         * lines below it. An unlabelled date opening the block without a byline is left alone: an
         * article may begin "On March 3, 2020, ...".
         */
        List<DateParser.Match> leadDate(int i) {
            if (i == 0) {
                return List.of();
            }
            String t = blocks.get(i).text();
            if (t.length() <= LEAD) {
                return List.of();
            }
            String head = t.substring(0, LEAD);
            if (!head.chars().anyMatch(Character::isDigit)) {
                return List.of();
            }
            List<DateParser.Match> dates = DateParser.findAll(head, hints);
            if (dates.isEmpty()) {
                return List.of();
            }
            DateParser.Match first = dates.get(0);
            String before = head.substring(0, first.labelStart());
            boolean labelled = first.kind() != DateParser.Kind.UNLABELLED && TitleReader.tokens(before).isEmpty();
            AuthorReader.Byline byline = labelled ? null : AuthorReader.labelled(before);
            boolean bylined = byline != null && byline.start() == leadingSpace(before)
                    && metadataOnly(before, List.of(), byline);
            return labelled || bylined ? List.of(first) : List.of();
        }

        /** The labelled byline in block {@code i}, or null. */
        AuthorReader.Byline byline(int i) {
            if (i == 0) {
                return null;
            }
            int k = i - offset;
            if (!memo.bylineRead[k]) {
                String t = blocks.get(i).text();
                memo.bylines[k] = t.length() <= MAX_META_LINE ? AuthorReader.labelled(t) : null;
                memo.bylineRead[k] = true;
            }
            return memo.bylines[k];
        }

        /** Whether a date or byline stands in the few blocks below {@code i}. */
        boolean metaBelow(int i) {
            for (int j = i + 1; j < Math.min(size(), i + 5); j++) {
                if (!dates(j).isEmpty() || byline(j) != null) {
                    return true;
                }
            }
            return false;
        }

        boolean nearDate(int i) {
            for (int j = Math.max(0, i - 2); j <= Math.min(size() - 1, i + 2); j++) {
                if (j != i && !dates(j).isEmpty()) {
                    return true;
                }
            }
            return false;
        }
    }

    // ---- section ------------------------------------------------------------------------

    /**
     * Separators of breadcrumb trails: {@code Home > World > Europe}, {@code News » Politics},
     * {@code Home / News / Sport}, {@code News | Politics}. The first three are drawn only between
     * the steps of a trail; slashes and bars also set menus, bylines, credits and dates, so a trail
     * set with them is one only in the shape {@link #isTrail} allows and, unless it starts at the
     * home page with slashes, only right above the headline ({@link #bareTrailAt}).
     */
    private static final String[] CRUMBS = {" > ", " » ", " › ", " / ", " | "};
    /** The steps that name the site's home page, not a category (lower case). */
    private static final Set<String> HOME_STEPS = Set.copyOf(WordLists.load("homesteps.txt"));
    /** Words of utility links ({@code Previous}, {@code RSS}, {@code Suche}): a step holding one is a menu's (lower case). */
    private static final Set<String> UTILITY_WORDS = Set.copyOf(WordLists.load("utilitysteps.txt"));
    /** Picture agencies and stock libraries, as the cleaners know them (lower case): a step naming one is a credit's. */
    private static final Set<String> PICTURE_AGENCIES = Set.copyOf(
            WordFiles.read(TextBlock.class, "phrases/agencies.txt").orElse(List.of()));
    /** A site's domain name as a step ("TheStar.com", "Jornal.pt"): the home page's. */
    private static final java.util.regex.Pattern DOMAIN = java.util.regex.Pattern.compile(
            "[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,6}");
    /** Most steps of a trail; a longer line of short names is a menu. */
    private static final int MAX_STEPS = 6;
    /** Most steps of a trail set with bars, or with slashes not from the home page. */
    private static final int MAX_BARE_STEPS = 3;
    /** How many blocks above the headline a trail set with bars, or with slashes not from the home page, may stand. */
    private static final int BARE_TRAIL_ABOVE = 3;

    /**
     * The section and categories a breadcrumb trail above the headline names: its steps, without
     * the home page's (a home step's word, the site's name as the title or the host spells it, or a domain name) and a last step
     * repeating the headline, are the categories; the last of them
     * is the section. Only a short line of short steps counts, so a sentence with a slash in it
     * does not, and never a menu ({@link #isTrail}); a trail set with bars, or with slashes not
     * from the home page, only as {@link #bareTrailAt} allows.
     */
    private static void readSection(List<TextBlock> blocks, Lines lines, int headline, Hints hints, Found f) {
        // the site's name, as the title's site part or the host spells it
        String siteName = f.siteName().map(TextMetadataReader::letters).orElse("");
        String hostName = hints.host().flatMap(SiteNames::fromHost).map(TextMetadataReader::letters).orElse("");
        int end = headline < 0 ? Math.min(blocks.size(), 30) : headline;
        String title = headline < 0 ? "" : blocks.get(headline).text().strip();
        for (int i = Math.max(1, end - 30); i < end; i++) {
            String t = blocks.get(i).text();
            if (t.length() > 120 + title.length() || blocks.get(i).endsLikeSentence() && !t.endsWith(title)) {
                continue;
            }
            for (String sep : CRUMBS) {
                if (t.contains(sep)) {
                    List<String> steps = new ArrayList<>();
                    for (String st : splitOn(t, sep)) {
                        steps.add(st.strip());
                    }
                    List<String> categories = new ArrayList<>(steps);
                    // the page's own step, the headline, may be long: the others are names
                    if (!title.isEmpty() && categories.get(categories.size() - 1).equalsIgnoreCase(title)) {
                        categories.remove(categories.size() - 1);
                    }
                    if (!shortSteps(categories) || !isTrail(steps, sep)) {
                        continue;
                    }
                    // the home page's step, by its name or by the site's ("Example News" on example-news.com,
                    // "Example.com")
                    String first = letters(categories.get(0));
                    boolean home = isHomeStep(categories.get(0))
                            || !first.isEmpty() && (first.equals(hostName) || first.equals(siteName))
                            || DOMAIN.matcher(categories.get(0)).matches();
                    if ((sep.equals(" | ") || sep.equals(" / ") && !isHomeStep(steps.get(0)))
                            && !bareTrailAt(blocks, lines, i, headline, steps, home, f)) {
                        continue;
                    }
                    if (home) {
                        categories.remove(0);
                    }
                    if (categories.isEmpty()) {
                        continue;
                    }
                    f.section(categories.get(categories.size() - 1));
                    f.categories().addAll(categories);
                    f.candidate("categories", String.join(", ", categories), "text:breadcrumb");
                    return;
                }
            }
        }
    }

    /**
     * Whether block {@code i}, a line of names set with bars or with slashes not from a home word
     * ({@code News | Politics}, {@code Wirtschaft / Unternehmen}), is a breadcrumb: such lines are
     * far more often menus, bylines ({@code By Jane Roe / Reuters}), picture credits
     * ({@code Jane Roe / AP}), dates and site names with their slogans. So it must stand at most
     * {@link #BARE_TRAIL_ABOVE} blocks above a headline found, be no list item (a menu's entry),
     * no byline or credit, have at most {@link #MAX_BARE_STEPS} steps, and no step may name an
     * author found, a news or picture agency, have a person's name's shape ({@link #personLike}),
     * or hold a utility link's word ({@code Previous}, {@code RSS}, {@code Suche}).
     */
    private static boolean bareTrailAt(List<TextBlock> blocks, Lines lines, int i, int headline, List<String> steps,
            boolean home, Found f) {
        if (headline < 0 || headline - i > BARE_TRAIL_ABOVE || steps.size() > MAX_BARE_STEPS
                || blocks.get(i).type() == BlockType.LIST_ITEM || lines.byline(i) != null
                || isCredit(blocks.get(i).text())) {
            return false;
        }
        // the steps after the home page's, if the trail starts there (the site's name is no person's)
        for (String st : steps.subList(home ? 1 : 0, steps.size())) {
            String lower = st.toLowerCase(Locale.ROOT);
            if (AuthorReader.isOrganisation(lower) || PICTURE_AGENCIES.contains(lower)
                    || f.authors().stream().anyMatch(a -> a.equalsIgnoreCase(st))) {
                return false;
            }
            for (String w : TitleReader.tokens(st)) {
                if (UTILITY_WORDS.contains(w)) {
                    return false;
                }
            }
            if (personLike(st)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a breadcrumb's step is a word for the home page ({@code Home}, {@code Startseite}). */
    private static boolean isHomeStep(String step) {
        return HOME_STEPS.contains(step.toLowerCase(Locale.ROOT));
    }

    /** The letters and digits of the text, lower case: a site's name as its host spells it. */
    private static String letters(String s) {
        return String.join("", TitleReader.tokens(s));
    }

    /**
     * Whether a step has a person's name's shape: two or three words, each a capital and then
     * lower-case letters ({@code Anna Berg}, {@code Jean-Luc Roy}). Bars set a byline beside a
     * section ({@code The Fix | Anna Berg}) with no label to tell it by; a two-word section set so
     * ({@code Middle East}) is given up with them.
     */
    private static boolean personLike(String step) {
        String[] words = step.split(" ", -1);
        if (words.length < 2 || words.length > 3) {
            return false;
        }
        for (String w : words) {
            if (w.length() < 2 || !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
            for (int k = 1; k < w.length(); k++) {
                char c = w.charAt(k);
                boolean afterHyphen = Character.isUpperCase(c) && w.charAt(k - 1) == '-'; // Jean-Luc
                if (!Character.isLowerCase(c) && c != '-' && c != '\'' && c != '’' && !afterHyphen) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether steps split at {@code sep} are a breadcrumb trail rather than a menu: two to
     * {@link #MAX_STEPS} steps, each once, each a name (no digit, {@code @}, {@code #}, {@code ©} or
     * colon, not starting in lower case: dates, times, handles and credits are set with slashes
     * and bars too); a trail of slashes from the home page has at most four steps.
     */
    private static boolean isTrail(List<String> steps, String sep) {
        if (steps.size() < 2 || steps.size() > MAX_STEPS
                || steps.stream().map(s -> s.toLowerCase(Locale.ROOT)).distinct().count() < steps.size()) {
            return false;
        }
        for (String st : steps) {
            // a section's name: no date, time, count, handle or credit, and no lower-case word first
            if (st.isEmpty() || Character.isLowerCase(st.codePointAt(0)) || st.chars().anyMatch(c -> Character.isDigit(c)
                    || "@#©:>»›|[]".indexOf(c) >= 0)) {
                return false;
            }
        }
        // On the bench's dumps, lines of slashes ("Help / FAQ") were menus far more often than
        // trails: from the home page at most four steps, elsewhere as bareTrailAt allows.
        return !sep.equals(" / ") || !isHomeStep(steps.get(0)) || steps.size() <= 4;
    }

    private static List<String> splitOn(String t, String sep) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int i = t.indexOf(sep); i >= 0; i = t.indexOf(sep, from)) {
            out.add(t.substring(from, i));
            from = i + sep.length();
        }
        out.add(t.substring(from));
        return out;
    }

    private static boolean shortSteps(List<String> steps) {
        for (String st : steps) {
            int words = TitleReader.words(st);
            if (words == 0 || words > 4) {
                return false;
            }
        }
        return true;
    }

    // ---- title ---------------------------------------------------------------------------

    /** Marks a line whose first word {@link #readTitle} has not hashed yet; no hash is this value. */
    private static final long NOT_YET = Long.MIN_VALUE + 2;

    /** Separators between a date and the headline it stamps ("23.01.2022 - Headline", "08.11.2021 | Headline"). */
    private static final String DATE_SEPARATORS = "-–—|:";

    /**
     * The found title without a date that opens it, set off by a separator, when at least three
     * words follow: a dump prints a teaser's or an archive's stamp before the headline
     * ("23.01.2022 - Wierer darf noch jubeln"), which the page's own title does not carry. A date
     * that reads into the words ("September 2018 open thread") is part of the headline.
     */
    static Found withoutDatePrefix(Found f, Hints hints) {
        String t = f.title().orElse("");
        for (DateParser.Match m : DateParser.findAll(t, hints)) {
            if (m.labelStart() != 0 && m.start() != 0) {
                continue;
            }
            int i = m.end();
            while (i < t.length() && t.charAt(i) == ' ') {
                i++;
            }
            if (i < t.length() && DATE_SEPARATORS.indexOf(t.charAt(i)) >= 0) {
                String rest = t.substring(i + 1).strip();
                if (TitleReader.words(rest) >= 3) {
                    f.title(rest);
                }
            }
            break;
        }
        return f;
    }

    private static int readTitle(List<TextBlock> blocks, Lines lines, Found f) {
        String first = blocks.get(0).text();
        if (first.length() > 300) {
            return -1;
        }
        String normFirst = TitleReader.norm(first);
        List<String> seg = TitleReader.segments(first);
        List<String> normSeg = new ArrayList<>();
        for (String s : seg) {
            normSeg.add(TitleReader.norm(s));
        }
        // A repeat of the title, or of a run of its parts, starts with one of the title's words:
        // lines that do not are passed over without normalising them.
        TitleReader.FirstWords titleWords = TitleReader.FirstWords.of(first);
        // The longest normalised line that can score below: the title itself, a part of it, or a
        // run of its segments with separators of up to three characters. Normalising keeps every
        // letter and digit, so an ASCII line with more of them is passed over unnormalised.
        int longestRepeat = Math.max(normFirst.length(), joinedLength(normSeg, 0, normSeg.size()) + 3 * normSeg.size());
        // Which lines this loop normalised, for the last loop: their normal forms are made again
        // there rather than kept (a string per line of a page whose lines start like its title).
        BitSet normed = new BitSet();
        long[] firstWord = new long[blocks.size()]; // TitleReader.FirstWords.firstWord, for both loops
        Arrays.fill(firstWord, NOT_YET);
        int best = -1;
        double bestScore = 0;
        String bestTitle = null;
        String bestSite = "";
        for (int i = 1; i < blocks.size(); i++) {
            String t = blocks.get(i).text();
            if (t.length() < 4 || t.length() > 300 || t.length() > 2 * first.length() + 10) {
                continue; // a repeat of the title or of a run of its parts is no longer than the title
            }
            firstWord[i] = TitleReader.FirstWords.firstWord(t);
            if (!titleWords.mayStart(firstWord[i]) || TitleReader.hasMoreAsciiLettersOrDigits(t, longestRepeat)) {
                continue;
            }
            String nt = TitleReader.norm(t);
            normed.set(i);
            if (nt.isEmpty()) {
                continue;
            }
            double score = 0;
            String site = "";
            if (nt.equals(normFirst)) {
                score = 3;
            } else {
                int[] run = run(normSeg, nt);
                if (run != null) {
                    int words = TitleReader.words(t);
                    boolean lastOnly = run[0] == seg.size() - 1 && run[1] == seg.size();
                    boolean longEnough = words >= 2 || seg.size() == 2 && run[0] == 0;
                    if (longEnough && (!lastOnly || nt.length() > normFirst.length() / 2)) {
                        score = 2 + (double) nt.length() / normFirst.length();
                        if (run[1] < seg.size()) {
                            site = seg.get(seg.size() - 1);
                        } else if (run[0] > 0) {
                            site = seg.get(0);
                        }
                    }
                } else if (TitleReader.words(t) >= 4 && normFirst.contains(nt)) {
                    score = 1.5 + (double) nt.length() / normFirst.length();
                }
            }
            if (score > 0 && score + 0.5 > bestScore && lines.metaBelow(i)) {
                score += 0.5; // of several repeats, the one with the date or byline below is the headline
            }
            if (score > bestScore) {
                bestScore = score;
                best = i;
                bestTitle = t;
                bestSite = site;
            }
        }
        TitleReader.Split split = TitleReader.stripSite(first);
        if (best >= 0 && bestScore < 3 && !lines.metaBelow(best)) {
            // A part of the title repeated without date or byline below is often a link to the
            // article elsewhere on the page; a line much like the title with them below is the
            // visible headline.
            int near = fuzzyHeadline(blocks, lines, split.headline(), best, 0.6);
            if (near >= 0) {
                best = near;
                bestTitle = blocks.get(near).text();
                bestSite = split.site();
            }
        }
        if (best < 0) {
            // The <title> may be written for search engines; the visible headline then differs but
            // shares words with it and has the date or byline right below.
            best = fuzzyHeadline(blocks, lines, split.headline(), -1, 0.6);
            bestTitle = best < 0 ? split.headline() : blocks.get(best).text();
            bestSite = split.site();
        }
        f.title(bestTitle).titleVisible(best >= 0);
        if (!bestSite.isEmpty()) {
            f.siteName(SiteNames.clean(bestSite));
        }
        // The <title> line and every line that repeats the headline are title, not text.
        f.titleBlocks().add(0);
        String nTitle = TitleReader.norm(bestTitle);
        int longestTitle = Math.max(nTitle.length(), normFirst.length()); // a repeat equals one of them
        TitleReader.FirstWords repeatWords = TitleReader.FirstWords.of(first + " " + bestTitle);
        int longest = 2 * Math.max(first.length(), bestTitle.length()) + 10;
        for (int i = 1; i < blocks.size(); i++) {
            if (i == best) {
                f.titleBlocks().add(i);
                continue;
            }
            String t = blocks.get(i).text();
            if (t.length() > longest) {
                continue; // normalising cannot shrink a line to half its length
            }
            if (firstWord[i] == NOT_YET) {
                firstWord[i] = TitleReader.FirstWords.firstWord(t);
            }
            if (!repeatWords.mayStart(firstWord[i])
                    || !normed.get(i) && TitleReader.hasMoreAsciiLettersOrDigits(t, longestTitle)) {
                continue;
            }
            String nt = TitleReader.norm(t);
            if (nt.equals(nTitle) || nt.equals(normFirst)) {
                f.titleBlocks().add(i);
            }
        }
        return best;
    }

    /**
     * The line most like the headline: its word-set similarity, plus a quarter when a date or byline
     * stands below, at least {@code min}. With {@code before} at 0 or more, only lines above that
     * block with one below count, and no sentence (a headline has no full stop).
     */
    private static int fuzzyHeadline(List<TextBlock> blocks, Lines lines, String headline, int before, double min) {
        boolean needMeta = before >= 0;
        TitleReader.WordSet headlineWords = TitleReader.WordSet.of(headline);
        int best = -1;
        double bestScore = 0;
        for (int i = 1; i < (needMeta ? before : blocks.size()); i++) {
            TextBlock b = blocks.get(i);
            String t = b.text();
            if (b.words() < 3 || b.words() > 30 || t.length() > 250 || needMeta && t.endsWith(".")) {
                continue;
            }
            int words = TitleReader.words(t);
            if (words < 3 || words > 30) {
                continue;
            }
            double score = headlineWords.similarity(t);
            if (score + 0.25 < min || score + 0.25 <= bestScore || !lines.dates(i).isEmpty()
                    || lines.byline(i) != null) {
                continue;
            }
            boolean meta = lines.metaBelow(i);
            if (meta) {
                score += 0.25;
            } else if (needMeta) {
                continue;
            }
            if (score >= min && score > bestScore) {
                bestScore = score;
                best = i;
            }
        }
        return best;
    }

    /** The run of segments {@code [from, to)} whose joined text is {@code nt}, or null. */
    private static int @Nullable [] run(List<String> normSeg, String nt) {
        for (int a = 0; a < normSeg.size(); a++) {
            if (!nt.startsWith(normSeg.get(a))) {
                continue;
            }
            for (int b = a + 1; b <= normSeg.size(); b++) {
                String last = normSeg.get(b - 1);
                if (nt.endsWith(last) && joinedLength(normSeg, a, b) <= nt.length() + 3 * (b - a)
                        && joinedLength(normSeg, a, b) >= nt.length() - 3 * (b - a)) {
                    return new int[] {a, b};
                }
            }
        }
        return null;
    }

    private static int joinedLength(List<String> s, int a, int b) {
        int len = 0;
        for (int i = a; i < b; i++) {
            len += s.get(i).length() + (i > a ? 3 : 0);
        }
        return len;
    }

    // ---- date ----------------------------------------------------------------------------

    private static void readDate(List<TextBlock> blocks, Lines lines, int headline, int from, int to, Found f) {
        int bestBlock = -1;
        DateParser.Match best = null;
        double bestCost = Double.MAX_VALUE;
        for (int i = from; i < to; i++) {
            int dist = distance(headline, i);
            if (headline < 0 && dist > bestCost) {
                break; // without a headline the cost only grows from here
            }
            String text = blocks.get(i).text();
            // tested before the dates are read: a long sentence's dates never count, but for a
            // date line that a wrapped dump joined to the lines below it
            List<DateParser.Match> dates = isMetaLine(text) ? lines.dates(i) : lines.leadDate(i);
            for (DateParser.Match m : dates) {
                double cost = dist + DateParser.rank(m) * 30;
                if (cost < bestCost) {
                    bestCost = cost;
                    best = m;
                    bestBlock = i;
                }
            }
        }
        if (best == null) {
            return;
        }
        // Of several dates on the chosen line, the published one wins over an update.
        List<DateParser.Match> line = lines.dates(bestBlock);
        f.published(DateParser.best(line).orElse(best.value()));
        if (metadataOnly(blocks.get(bestBlock).text(), line, null)) {
            f.dateBlocks().add(bestBlock);
        }
    }

    /** How far above where the prose begins a date line is looked for when the headline has none near it. */
    private static final int DATE_ABOVE_PROSE = 8;

    /**
     * The date line nearest above where the article's prose begins, when none stands near the
     * headline: a headline taken from elsewhere on the page (a teaser, a photo gallery's heading) or
     * a scrape of the article region, whose headline may be far from its date, still has the
     * article's date line just above its first paragraph. Only a line of nothing but dates, their
     * labels and a byline counts: a sentence's dates are not the article's.
     */
    private static void dateAboveProse(List<TextBlock> blocks, Lines lines, Found f) {
        int start = proseStart(blocks);
        for (int i = start - 1; i >= Math.max(1, start - DATE_ABOVE_PROSE); i--) {
            String text = blocks.get(i).text();
            if (!isMetaLine(text)) {
                continue;
            }
            List<DateParser.Match> dates = lines.dates(i);
            if (!dates.isEmpty() && metadataOnly(text, dates, lines.byline(i))) {
                f.published(DateParser.best(dates).orElseThrow());
                f.dateBlocks().add(i);
                return;
            }
        }
    }

    /** Blocks from the headline: below count one each, above count double (datelines print below). */
    private static int distance(int headline, int i) {
        return headline < 0 ? i : (i >= headline ? i - headline : (headline - i) * 2);
    }

    /** How far into a long block a date it begins with is looked for: a date line's length. */
    private static final int LEAD = 160;

    /** The number of spaces and separators a string begins with. */
    private static int leadingSpace(String s) {
        int i = 0;
        while (i < s.length() && !Character.isLetterOrDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Whether the date sits in a short line rather than in a sentence of the article. */
    private static boolean isMetaLine(String text) {
        return text.length() <= 160 && TitleReader.words(text) <= 24;
    }

    /**
     * Whether a line holds nothing but dates, their labels, a byline and separators: only then can
     * it be removed without losing text.
     */
    static boolean metadataOnly(String text, List<DateParser.Match> dates, AuthorReader.@Nullable Byline byline) {
        StringBuilder rest = new StringBuilder(text);
        for (int k = dates.size() - 1; k >= 0; k--) {
            DateParser.Match m = dates.get(k);
            for (int i = m.labelStart(); i < m.end() && i < rest.length(); i++) {
                rest.setCharAt(i, ' ');
            }
        }
        String r = rest.toString();
        if (byline != null) {
            for (String name : byline.names()) {
                r = r.replace(name, " ");
            }
        }
        int letters = 0;
        for (String w : TitleReader.tokens(r)) {
            if (w.chars().allMatch(Character::isDigit)) {
                continue;
            }
            letters += w.length();
        }
        return letters <= 24;
    }

    // ---- authors -------------------------------------------------------------------------

    private static void readAuthors(List<TextBlock> blocks, Lines lines, int headline, int from, int to, Hints hints,
            Found f) {
        int bestBlock = -1;
        List<String> best = List.of();
        int bestCost = Integer.MAX_VALUE;
        for (int i = from; i < to; i++) {
            int dist = distance(headline, i);
            if (headline < 0 && dist > bestCost) {
                break;
            }
            String t = blocks.get(i).text();
            if (t.length() > 160) {
                continue;
            }
            List<String> names = List.of();
            int cost;
            AuthorReader.Byline b = lines.byline(i);
            if (b != null) {
                names = b.names();
                cost = 0;
            } else if (blocks.get(i).type() == BlockType.CAPTION) {
                // Unlabelled names in a caption are who is in the picture or who took it; only a
                // byline label ("Text:", "by") in an element the page classed as a caption counts.
                continue;
            } else if (!lines.dates(i).isEmpty()) {
                names = AuthorReader.beforeDate(t, lines.dates(i).get(0).labelStart(), hints);
                cost = 10;
            } else if (i > 0 && AuthorReader.isLabelOnly(blocks.get(i - 1).text())) {
                names = AuthorReader.nameLine(t); // "By" on a line of its own, the name below
                cost = 0;
            } else if (headline >= 0 && i > headline && (i - headline <= 2 || lines.nearDate(i))
                    || headline < 0 && lines.nearDate(i)) {
                // A name in capitals is as often a section kicker: only a date beside it makes it a byline.
                boolean near = lines.nearDate(i);
                names = AuthorReader.isAllCaps(t) && !near ? List.of()
                        : AuthorReader.nameLine(t, near && headline >= 0 && i - headline <= 2);
                cost = 20;
            } else {
                continue;
            }
            if (names.isEmpty()) {
                continue;
            }
            cost += dist;
            if (cost < bestCost) {
                bestCost = cost;
                best = names;
                bestBlock = i;
            }
        }
        if (bestBlock < 0) {
            return;
        }
        f.authors().addAll(AuthorReader.preferPeople(best));
        f.authorsLabelled(lines.byline(bestBlock) != null);
        String t = blocks.get(bestBlock).text();
        AuthorReader.Byline b = lines.byline(bestBlock);
        if (b == null) {
            b = new AuthorReader.Byline(0, false, best);
        }
        if (!f.dateBlocks().contains(bestBlock) && metadataOnly(t, lines.dates(bestBlock), b)) {
            f.bylineBlocks().add(bestBlock);
        }
    }

    /**
     * The names an element the markup marks as a byline reads ({@code By Anna Berg}, {@code
     * Auteur : Anna Berg}, {@code Anna Berg}), or none when it reads as no byline.
     */
    public static List<String> bylineNames(String text) {
        AuthorReader.Byline b = AuthorReader.labelled(text);
        if (b != null) {
            return b.start() == 0 || AuthorReader.isLabelOnly(text.substring(0, b.start()).strip()) ? b.names() : List.of();
        }
        return AuthorReader.nameLine(text, true);
    }
}
