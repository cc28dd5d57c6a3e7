package io.github.tidings.internal.text;

import io.github.tidings.clean.TextBlock;
import io.github.tidings.internal.words.TextNormalizer;
import io.github.tidings.model.BlockType;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Turns a plain-text dump into blocks, undoing the layout conventions of the tool that made it
 * before anything judges the text. Internal: not part of the API.
 *
 * <p>Text dumps come from many tools (html-text, BeautifulSoup, terminal browsers such as lynx and
 * w3m, Node's html-to-text, copy and paste), and no flag says which. What this reader looks for is
 * what the text itself shows:
 * <ul>
 *   <li><b>Hard wrapping.</b> When nearly every line that has a space in it is at most some width
 *       <i>W</i> long and many lines come close to <i>W</i>, the text was wrapped at <i>W</i>
 *       ({@link #wrapWidth}). A line then continues the line above it when the above one was full:
 *       its first word would not have fitted behind it. Short lines (menu entries, list items,
 *       addresses, headings) were never full, so they stay separate lines.</li>
 *   <li><b>List markers</b> ({@code *}, {@code -}, {@code +}, {@code •}, and the
 *       {@code o}, {@code +}, {@code #} that terminal browsers put before nested items): the item
 *       is a {@link BlockType#LIST_ITEM} without its marker, and a wrapped item's continuation
 *       lines, indented under its text, are joined to it.</li>
 *   <li><b>Link and image annotations</b> that tools write beside a link's text
 *       ({@code Home [/]}, {@code text [https://…]}, {@code [image.jpg]}, a bare target in a
 *       dump that writes targets), the link numbers of terminal browsers ({@code [12]Home}, and
 *       the numbered list of targets they append), lines that name an embedded frame
 *       ({@code IFRAME: …}), a page's {@code <link>} elements ({@code #alternate}), and form
 *       fields ({@code ____}, {@code (BUTTON)}): annotations are cut out of the text but counted
 *       as link text, so that the content finder still tells a line of links from prose; a line
 *       that is nothing but such residue keeps its text and counts as all link. The marks
 *       terminal browsers put around inserted and deleted text ({@code [INS: … :INS]}) go, and a
 *       line of nothing but an empty pair (an ad slot) with them.</li>
 * </ul>
 * Each block's text is then {@linkplain TextNormalizer#normalize normalised}. A dump without any
 * of these conventions (html-text's, a region scrape) gives one block per non-blank line, as it
 * always did. Time and memory are linear in the input.
 */
public final class DumpReader {
    /** Narrowest and widest wrap width considered: terminal and e-mail widths lie well inside. */
    static final int MIN_WIDTH = 40;
    static final int MAX_WIDTH = 200;
    /** Lines near the width that a wrapped dump shows at least (absolute, and per line of 20+ characters). */
    private static final int MIN_FULL_LINES = 5;
    private static final double MIN_FULL_SHARE = 0.15;
    /** How close to the width a line counts as filled by the wrapper. */
    private static final int FULL_SLACK = 12;
    /** Longest annotation looked for; a longer bracket is left as text. */
    private static final int MAX_ANNOTATION = 2048;
    /** Words before an annotation taken as the link's text (the tool does not say where the link starts). */
    private static final int LINK_WORDS = 3;
    /** Longest run of words before an annotation that ends its block taken as one link (a menu entry, a teaser). */
    private static final int WHOLE_LINK_WORDS = 12;

    private DumpReader() {
    }

    /** One line of the input: its indentation, its text without it, and its length with it. */
    record Line(int indent, String text) {
        boolean blank() {
            return text.isEmpty();
        }

        /** The line's length with its indentation, in columns. */
        int length() {
            return indent + text.length();
        }
    }

    /**
     * A dump's blocks, and whether its layout shows a page rendered as text by a browser-like tool
     * (lines wrapped at a fixed width, or prose indented and headings at the margin): such tools
     * show the page's body, not its {@code <title>}, so the dump's first line is no title line.
     * The list of blocks is a mutable one made for the caller, who may take it over (the parser
     * lets go of each block in it once its page holds the block).
     */
    public record Dump(List<TextBlock> blocks, boolean rendered) {
    }

    /** The blocks of a plain-text dump, in order; {@code input} need not be normalised. */
    public static List<TextBlock> read(String input) {
        return readDump(input).blocks();
    }

    /** The blocks of a plain-text dump, in order, and how it was laid out; {@code input} need not be normalised. */
    public static Dump readDump(String input) {
        List<Line> lines = lines(input);
        int width = wrapWidth(lines);
        int proseIndent = proseIndent(lines, width > 0);
        List<TextBlock> out = new ArrayList<>(Math.max(16, lines.size() / 2));
        Paragraph para = new Paragraph(width > 0, proseIndent, writesTargets(lines), numbersLinks(lines));
        int textIndent = 0; // where a continuation line of the open paragraph begins
        Line last = null; // the open paragraph's last line
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            // let go of each line once read: its blocks replace it, instead of joining it in memory
            lines.set(i, null);
            if (line.blank()) {
                para.flush(out);
                last = null;
                continue;
            }
            int marker = listMarker(line);
            if (marker > 0) {
                para.flush(out);
                String item = line.text().substring(marker).strip();
                textIndent = line.indent() + marker;
                if (item.isEmpty()) {
                    last = null; // an empty bullet (an icon link) says nothing
                    continue;
                }
                para.start(BlockType.LIST_ITEM, line.indent(), item);
                last = line;
                continue;
            }
            if (last != null && width > 0 && continues(last, line, width, textIndent)) {
                para.join(line.text());
                last = line;
                continue;
            }
            para.flush(out);
            para.start(BlockType.PARAGRAPH, line.indent(), line.text());
            textIndent = line.indent() + numberWidth(line.text());
            last = line;
        }
        para.flush(out);
        return new Dump(out, width > 0 || proseIndent > 0);
    }

    /**
     * The indentation of the dump's prose when it has one: the least indentation but the margin
     * that at least three lines of ten words or more share, unless the dump is wrapped at a fixed
     * width and at least as many of them start at the margin as at any one indentation; else -1.
     * Terminal browsers indent text and set headings at the margin.
     */
    static int proseIndent(List<Line> lines, boolean wrapped) {
        int[] counts = new int[17];
        for (Line line : lines) {
            // Ten words take nineteen characters at least.
            if (line.indent() <= 16 && line.text().length() >= 19 && hasWords(line.text(), 10) && listMarker(line) == 0) {
                counts[line.indent()]++;
            }
        }
        int most = 0;
        for (int i = 1; i < counts.length; i++) {
            most = Math.max(most, counts[i]);
        }
        if (wrapped && counts[0] >= most) {
            return -1; // the prose is at the margin; the indented lines are lists and quotations
        }
        // Else the least indentation that several long lines share: text set further in (a list's
        // wrapped items, a gallery's captions, a quotation, a table's cells) can outnumber the
        // prose, but never sits left of it.
        for (int i = 1; i < counts.length; i++) {
            if (counts[i] >= 3) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The number of non-blank lines, the most blocks {@link #read(String)} or the Markdown reader
     * can make of the text: counted before any block is made, so that a limit on blocks is checked
     * without spending the memory it guards.
     */
    public static int countLines(String input) {
        int lines = 0;
        boolean blank = true;
        for (int i = 0, n = input.length(); i < n; i++) {
            char c = input.charAt(i);
            if (isLineEnd(c)) {
                lines += blank ? 0 : 1;
                blank = true;
            } else if (blank && !isSpace(c)) {
                blank = false;
            }
        }
        return lines + (blank ? 0 : 1);
    }

    /**
     * The input's lines, split at any line end, trailing spaces cut, indentation measured. A line
     * the input repeats is one string for all its lines.
     */
    private static List<Line> lines(String input) {
        int n = input.length();
        List<Line> out = new ArrayList<>(Math.max(16, n / 40));
        RecentStrings recent = new RecentStrings();
        int start = 0;
        while (start < n) {
            int end = start;
            while (end < n && !isLineEnd(input.charAt(end))) {
                end++;
            }
            int next = end < n && input.charAt(end) == '\r' && end + 1 < n && input.charAt(end + 1) == '\n'
                    ? end + 2 : end + 1;
            int stop = end;
            while (stop > start && isSpace(input.charAt(stop - 1))) {
                stop--;
            }
            int indent = 0;
            int i = start;
            while (i < stop && isSpace(input.charAt(i))) {
                indent += input.charAt(i) == '\t' ? 8 - indent % 8 : 1;
                i++;
            }
            out.add(new Line(indent, recent.share(input, i, stop)));
            start = next;
        }
        return out;
    }

    private static boolean isLineEnd(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\f' || c == '\u000B';
    }

    /**
     * The width the dump was hard-wrapped at, or 0 when it was not: the narrowest width that at
     * most one line in two hundred exceeds although its first word fits (a wrapper breaks only at
     * spaces, so a line that a long word or URL opens may run over), provided many lines come
     * close to it.
     */
    static int wrapWidth(List<Line> raw) {
        int[] counts = new int[MAX_WIDTH + 2]; // lines with a space, by length
        int[] overFrom = new int[MAX_WIDTH + 2]; // lines running over every width from T (first word's end) to L - 1
        int breakable = 0;
        int longish = 0;
        for (Line line : raw) {
            String t = line.text();
            int space = t.indexOf(' ');
            if (space < 0) {
                continue;
            }
            breakable++;
            int length = line.length();
            counts[Math.min(length, MAX_WIDTH + 1)]++;
            if (length >= 20) {
                longish++;
            }
            // The first word after a list marker or a number: the wrapper could not break before it.
            int lead = Math.max(listMarker(line), numberWidth(t));
            int afterLead = t.indexOf(' ', lead);
            int firstWordEnd = line.indent() + (afterLead < 0 ? t.length() : afterLead);
            if (firstWordEnd < length && firstWordEnd <= MAX_WIDTH) {
                overFrom[firstWordEnd]++;
                overFrom[Math.min(length, MAX_WIDTH + 1)]--;
            }
        }
        if (breakable == 0) {
            return 0;
        }
        int allowedOver = Math.max(1, breakable / 200);
        int[] over = new int[MAX_WIDTH + 2];
        int running = 0;
        for (int w = 0; w <= MAX_WIDTH; w++) {
            running += overFrom[w];
            over[w] = running;
        }
        if (over[MAX_WIDTH] > allowedOver) {
            return 0;
        }
        // Walk down from the widest width while few enough lines run over it.
        int width = MAX_WIDTH;
        while (width > MIN_WIDTH && over[width - 1] <= allowedOver) {
            width--;
        }
        int full = 0;
        for (int len = Math.max(0, width - FULL_SLACK); len <= width; len++) {
            full += counts[len];
        }
        return width > MIN_WIDTH && full >= MIN_FULL_LINES && full >= MIN_FULL_SHARE * longish ? width : 0;
    }

    /**
     * Whether {@code line} continues the paragraph whose last line is {@code last}: the wrapper
     * moved its first word down because it did not fit behind {@code last}, and it stands where the
     * paragraph's text begins.
     */
    private static boolean continues(Line last, Line line, int width, int textIndent) {
        if (line.indent() != textIndent) {
            return false;
        }
        String t = line.text();
        int firstWord = t.indexOf(' ');
        if (firstWord < 0) {
            firstWord = t.length();
        }
        return last.length() + 1 + firstWord > width;
    }

    /**
     * The length of the list marker that opens the line, with the space after it, or 0. The letter
     * {@code o} and {@code #} mark items only in indented lines, where terminal browsers put nested
     * items; elsewhere they begin words and headings. Numbers are not taken for markers: {@code 1.
     * Januar 2023} is a date in German, and an ordered item keeps its number as the text had it.
     */
    static int listMarker(Line line) {
        String t = line.text();
        if (t.length() < 2) {
            return 0;
        }
        char c = t.charAt(0);
        boolean bullet = c == '*' || c == '-' || c == '+' || c == '•' || c == '·' || c == '▪' || c == '‣'
                || (c == 'o' || c == '#') && line.indent() >= 3;
        if (bullet) {
            return t.charAt(1) == ' ' ? 2 + spaces(t, 2) : 0;
        }
        return 0;
    }

    /**
     * The width of a number that opens a line ({@code 1. }, {@code 12) }) with its spaces, or 0:
     * a wrapped numbered item continues under its text. The number stays in the text.
     */
    static int numberWidth(String t) {
        int d = 0;
        while (d < t.length() && d < 3 && t.charAt(d) >= '0' && t.charAt(d) <= '9') {
            d++;
        }
        if (d > 0 && d + 1 < t.length() && (t.charAt(d) == '.' || t.charAt(d) == ')') && t.charAt(d + 1) == ' ') {
            return d + 2 + spaces(t, d + 2);
        }
        return 0;
    }

    /** Whether {@code s} has at least {@code n} words: a count that stops there. */
    static boolean hasWords(String s, int n) {
        int words = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = s.charAt(i) == ' ';
            if (!space && !in && ++words >= n) {
                return true;
            }
            in = !space;
        }
        return false;
    }

    private static int spaces(String t, int from) {
        int i = from;
        while (i < t.length() && t.charAt(i) == ' ') {
            i++;
        }
        return i - from;
    }

    /** Longest line, in words, that a dump's layout can make a heading. */
    private static final int MAX_HEADING_WORDS = 30;
    /** The most lines a heading in capitals may be wrapped over. */
    private static final int MAX_HEADING_LINES = 3;

    /** The paragraph being read: its lines joined so far, its type, and where its first line stood. */
    private static final class Paragraph {
        private final boolean wrapped;
        private final int proseIndent;
        private final boolean bareUrls;
        private final boolean numberedLinks;
        private final StringBuilder text = new StringBuilder();
        private @Nullable String first; // the first line, copied into text only when a second joins it
        private BlockType type = BlockType.PARAGRAPH;
        private int indent;
        private int lines;
        /** The texts of blocks made lately: a text the dump repeats is one string for all its blocks. */
        private final RecentStrings recent = new RecentStrings();

        Paragraph(boolean wrapped, int proseIndent, boolean bareUrls, boolean numberedLinks) {
            this.wrapped = wrapped;
            this.proseIndent = proseIndent;
            this.bareUrls = bareUrls;
            this.numberedLinks = numberedLinks;
        }

        void start(BlockType type, int indent, String line) {
            this.type = type;
            this.indent = indent;
            this.lines = 1;
            this.first = line;
        }

        void join(String line) {
            if (first != null) {
                text.append(first);
                first = null;
            }
            MarkdownReader.appendJoined(text, line);
            lines++;
        }

        void flush(List<TextBlock> out) {
            String raw;
            if (first != null) {
                raw = first; // most lines of most dumps are blocks of their own: no copy
                first = null;
            } else if (text.length() > 0) {
                raw = text.toString();
                text.setLength(0);
            } else {
                return;
            }
            if (raw.isEmpty()) {
                return;
            }
            int numbered = 0;
            if (numberedLinks) {
                // Terminal browsers number each link ("[12]Home"): the numbers go, the text they
                // mark counts as link text, and what is left is read like any other dump.
                NumberedLinks nl = stripLinkNumbers(raw);
                raw = nl.text();
                numbered = nl.linkChars();
            }
            if (raw.indexOf(":INS]") >= 0 || raw.indexOf(":DEL]") >= 0) {
                raw = withoutEditMarks(raw);
                if (raw.isBlank()) {
                    return; // an empty pair: what the page marked as inserted held no text (an ad slot)
                }
            }
            Annotated a = out.isEmpty() && indent > 0 && isLinkRelLine(raw) ? new Annotated(raw, raw.length(), true)
                    : stripAnnotations(raw, bareUrls);
            String clean = TextNormalizer.normalize(a.text);
            if (clean.isEmpty() || a.residue) {
                String shown = clean.isEmpty() ? TextNormalizer.normalize(raw) : clean;
                if (!shown.isEmpty()) {
                    String text = shared(shown);
                    out.add(TextBlock.of(type, text, null, null, text.length()));
                }
                return;
            }
            int linkChars = Math.min(a.linkChars + numbered, clean.length());
            BlockType t = type == BlockType.PARAGRAPH && linkChars == 0 && isHeading(clean) ? BlockType.HEADING : type;
            String text = shared(clean);
            out.add(linkChars == 0 && t == BlockType.PARAGRAPH ? TextBlock.of(text)
                    : TextBlock.of(t, text, null, null, linkChars));
        }

        /** The text, or an equal one made lately. */
        private String shared(String text) {
            return recent.share(text);
        }

        /**
         * Whether the layout marks this line as a heading: set further left than the dump's prose
         * (terminal browsers), or, in a dump laid out at a fixed width, written in capitals on a
         * line of its own (the capitals that text renderers give headings).
         */
        private boolean isHeading(String clean) {
            boolean outdented = proseIndent > 0 && indent < proseIndent;
            // A heading in capitals longer than the dump's width is wrapped like prose: a few
            // lines, all in capitals, are still one heading.
            if (lines > MAX_HEADING_LINES || !outdented && !wrapped) {
                return false;
            }
            char end = clean.charAt(clean.length() - 1);
            if (end == '.' || end == ',' || end == ';' || hasWords(clean, MAX_HEADING_WORDS + 1)) {
                return false;
            }
            return outdented && lines == 1 || hasWords(clean, 2) && isUpperCase(clean);
        }
    }

    /** Whether a text has letters of a cased script and all of them are capitals. */
    private static boolean isUpperCase(String s) {
        int letters = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                if (Character.isLowerCase(cp) || !Character.isUpperCase(cp) && Character.toLowerCase(cp) == cp) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 4;
    }

    /**
     * The text without the marks terminal browsers put around inserted and deleted text
     * ({@code [INS: … :INS]}, {@code [DEL: … :DEL]}, for {@code <ins>} and {@code <del>}): the text
     * between them stays, as a browser shows it.
     */
    static String withoutEditMarks(String s) {
        return s.replace("[INS:", "").replace(":INS]", "").replace("[DEL:", "").replace(":DEL]", "");
    }

    /** A block's text without its annotations, the characters of link text they marked, and whether the whole line is residue. */
    private record Annotated(String text, int linkChars, boolean residue) {
    }

    static Annotated stripAnnotations(String s, boolean bareUrls) {
        if (isResidueLine(s)) {
            return new Annotated(s, s.length(), true);
        }
        if (s.indexOf('[') < 0 && (!bareUrls || s.indexOf("://") < 0 && s.indexOf("www.") < 0 && s.indexOf('/') < 0)) {
            return new Annotated(s, 0, false);
        }
        StringBuilder sb = new StringBuilder(s.length());
        int linkChars = 0;
        int linkStart = 0; // where the text of the next link may begin at the earliest
        int close = -1; // the first ']' after the last '[' looked at; n when there is none
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            int annotationEnd = -1;
            if (c == '[') {
                if (close <= i) {
                    close = s.indexOf(']', i + 1);
                    if (close < 0) {
                        close = n; // none left: no later '[' needs to look again
                    }
                }
                if (close < n && close - i <= MAX_ANNOTATION && isAnnotation(s, i + 1, close)) {
                    annotationEnd = close + 1;
                }
            } else if (bareUrls && (i == 0 || s.charAt(i - 1) == ' ' || s.charAt(i - 1) == ']') && isBareUrlAt(s, i)) {
                annotationEnd = i;
                while (annotationEnd < n && s.charAt(annotationEnd) != ' ') {
                    annotationEnd++;
                }
            }
            if (annotationEnd < 0) {
                sb.append(c);
                i++;
                continue;
            }
            // Trailing spaces before the annotation go with it.
            int keep = sb.length();
            while (keep > 0 && sb.charAt(keep - 1) == ' ') {
                keep--;
            }
            sb.setLength(keep);
            linkChars += linkText(sb, linkStart, isBlankFrom(s, annotationEnd));
            linkStart = sb.length();
            i = annotationEnd;
        }
        return new Annotated(sb.toString(), linkChars, false);
    }

    private static boolean isBlankFrom(String s, int from) {
        for (int k = from; k < s.length(); k++) {
            if (s.charAt(k) != ' ') {
                return false;
            }
        }
        return true;
    }

    /** Link numbers ({@code [12]Home}) a dump must show before bracketed numbers are read as such. */
    private static final int MIN_LINK_NUMBERS = 3;

    /**
     * Whether the dump numbers its links as terminal browsers do by default ({@code [12]Home},
     * {@code [13][logo.png]}): a bracketed number glued to the text after it, several times.
     */
    static boolean numbersLinks(List<Line> lines) {
        int found = 0;
        for (Line line : lines) {
            String t = line.text();
            for (int i = t.indexOf('['); i >= 0 && found < MIN_LINK_NUMBERS; i = t.indexOf('[', i + 1)) {
                if (linkNumberEnd(t, i) > 0) {
                    found++;
                }
            }
            if (found >= MIN_LINK_NUMBERS) {
                return true;
            }
        }
        return false;
    }

    /** The end of a link number {@code [123]} at {@code i} that text follows without a space, or -1. */
    private static int linkNumberEnd(String t, int i) {
        int d = i + 1;
        while (d < t.length() && d - i <= 5 && t.charAt(d) >= '0' && t.charAt(d) <= '9') {
            d++;
        }
        if (d == i + 1 || d >= t.length() - 1 || t.charAt(d) != ']' || t.charAt(d + 1) == ' ') {
            return -1;
        }
        return d + 1;
    }

    /** A block's text without its link numbers, and the characters of link text they marked. */
    record NumberedLinks(String text, int linkChars) {
    }

    /**
     * The text without its link numbers. A number marks the words after it up to the next number
     * as a link when they end the block and are few (a menu entry), else its first few words.
     */
    static NumberedLinks stripLinkNumbers(String s) {
        if (s.indexOf('[') < 0) {
            return new NumberedLinks(s, 0);
        }
        StringBuilder sb = new StringBuilder(s.length());
        List<Integer> starts = new ArrayList<>(); // where each marked link's text starts in sb
        int i = 0;
        while (i < s.length()) {
            int end = s.charAt(i) == '[' ? linkNumberEnd(s, i) : -1;
            if (end < 0) {
                sb.append(s.charAt(i++));
                continue;
            }
            starts.add(sb.length());
            i = end;
        }
        int linkChars = 0;
        for (int k = 0; k < starts.size(); k++) {
            int from = starts.get(k);
            int to = k + 1 < starts.size() ? starts.get(k + 1) : sb.length();
            String run = sb.substring(from, to);
            if (k + 1 == starts.size() && !hasWords(run, WHOLE_LINK_WORDS + 1)) {
                linkChars += run.strip().length();
                continue;
            }
            int w = 0;
            int j = from;
            while (j < to && w < LINK_WORDS) {
                while (j < to && sb.charAt(j) == ' ') {
                    j++;
                }
                if (j < to) {
                    w++;
                }
                while (j < to && sb.charAt(j) != ' ') {
                    j++;
                }
            }
            linkChars += j - from;
        }
        return new NumberedLinks(sb.toString(), linkChars);
    }

    /** Bracketed link targets a dump must show before its bare URLs are read as link targets too. */
    private static final int MIN_TARGETS = 3;

    /**
     * Whether the dump's tool writes link targets into the text: then a bare URL or path in it is a
     * link's target as well (the target of a picture link, say); elsewhere it is the author's text.
     */
    private static boolean writesTargets(List<Line> lines) {
        int targets = 0;
        for (Line line : lines) {
            String t = line.text();
            int open = t.indexOf('[');
            while (open >= 0 && targets < MIN_TARGETS) {
                int close = t.indexOf(']', open + 1);
                if (close < 0) {
                    break;
                }
                if (close - open <= MAX_ANNOTATION && isAnnotation(t, open + 1, close) && looksLikeTarget(t, open + 1, close)) {
                    targets++;
                }
                open = t.indexOf('[', close + 1);
            }
            if (targets >= MIN_TARGETS) {
                return true;
            }
        }
        return false;
    }

    /** A URL or an absolute path, not a mere file name (an image placeholder). */
    private static boolean looksLikeTarget(String s, int from, int to) {
        while (from < to && s.charAt(from) == ' ') {
            from++;
        }
        return s.startsWith("http", from) || s.startsWith("/", from) || s.startsWith("www.", from)
                || s.startsWith("#", from) || s.startsWith("mailto:", from) || s.startsWith("javascript:", from);
    }

    /**
     * Whether a bare link target starts at {@code i}: a URL with a scheme, {@code www.}, or a path
     * of two segments or more ({@code /news/123_story}), as tools print the target of a link
     * whose text is a picture.
     */
    static boolean isBareUrlAt(String s, int i) {
        if (s.startsWith("http://", i) || s.startsWith("https://", i) || s.startsWith("www.", i)) {
            return true;
        }
        if (s.charAt(i) != '/' || i + 1 >= s.length() || !Character.isLetterOrDigit(s.charAt(i + 1))) {
            return false;
        }
        for (int k = i + 1; k < s.length() && s.charAt(k) != ' '; k++) {
            if (s.charAt(k) == '/' && k + 1 < s.length() && s.charAt(k + 1) != ' ') {
                return true;
            }
        }
        return false;
    }

    /**
     * How much of the text before an annotation was the link's: all of it back to the previous
     * annotation or the block's start when the annotation ends the block and that run is short
     * (a menu entry, a teaser), else its last few words (a link inside a sentence).
     */
    private static int linkText(StringBuilder sb, int from, boolean endsBlock) {
        int end = sb.length();
        if (endsBlock && !hasWords(sb.substring(from, end), WHOLE_LINK_WORDS + 1)) {
            return end - from;
        }
        int i = end;
        int counted = 0;
        while (i > from && counted < LINK_WORDS) {
            while (i > from && sb.charAt(i - 1) == ' ') {
                i--;
            }
            int wordEnd = i;
            while (i > from && sb.charAt(i - 1) != ' ') {
                i--;
            }
            if (i == wordEnd) {
                break;
            }
            counted++;
            char lastChar = sb.charAt(wordEnd - 1);
            if (wordEnd < end && (lastChar == '.' || lastChar == ':' || lastChar == '|')) {
                break;
            }
        }
        return end - i;
    }

    /**
     * Whether {@code s[from, to)} is a link target or image source: a URL with a scheme, a path, an
     * anchor, an e-mail address, or a file name, with no space inside (spaces around are allowed).
     */
    static boolean isAnnotation(String s, int from, int to) {
        while (from < to && s.charAt(from) == ' ') {
            from++;
        }
        while (to > from && s.charAt(to - 1) == ' ') {
            to--;
        }
        if (to - from < 1) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                // Tools copy a link's target as the page wrote it, spaces and all, when it carries a
                // query ("mailto:desk@example.org?subject=Put your paper on pause"): a target with a
                // scheme or an address and a query is still one, whatever follows its first space.
                return i > from && isAnnotation(s, from, i) && hasQuery(s, from, i);
            }
        }
        char c = s.charAt(from);
        if (c == '/' || c == '#' || c == '?') {
            return true;
        }
        if (s.startsWith("./", from) || s.startsWith("../", from) || s.regionMatches(true, from, "www.", 0, 4)) {
            return true;
        }
        // scheme:  letters then ':'
        int i = from;
        while (i < to && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '+' || s.charAt(i) == '-'
                || s.charAt(i) == '.') && s.charAt(i) < 0x80) {
            i++;
        }
        if (i > from && i < to && s.charAt(i) == ':' && Character.isLetter(c)) {
            String scheme = s.substring(from, i).toLowerCase(java.util.Locale.ROOT);
            return scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto")
                    || scheme.equals("javascript") || scheme.equals("data") || scheme.equals("tel")
                    || scheme.equals("ftp") || scheme.equals("file") || scheme.equals("news");
        }
        int at = s.indexOf('@', from);
        if (at > from && at < to && s.indexOf('.', at) > at && s.indexOf('.', at) < to) {
            return true; // an e-mail address
        }
        int slash = s.indexOf('/', from);
        if (slash > from && slash < to) {
            return true; // a relative path: images/spacer.gif
        }
        // a file name: name.ext
        int dot = s.lastIndexOf('.', to - 1);
        if (dot > from && to - dot >= 3 && to - dot <= 5) {
            for (int k = dot + 1; k < to; k++) {
                if (!Character.isLetter(s.charAt(k)) || s.charAt(k) >= 0x80) {
                    return false;
                }
            }
            return Character.isLowerCase(s.charAt(dot + 1));
        }
        return false;
    }

    /** Whether the target {@code s[from, to)} has a scheme or is an address, and a query. */
    private static boolean hasQuery(String s, int from, int to) {
        int q = s.indexOf('?', from);
        int colon = s.indexOf(':', from);
        int at = s.indexOf('@', from);
        return q > from && q < to && (colon > from && colon < q || at > from && at < q);
    }

    /**
     * Whether the dump's first line is the list of the page's {@code <link>} elements that terminal
     * browsers print above the page: a {@code #} set straight before the first title
     * ({@code #Site » Feed Site » Comments Feed alternate alternate}), perhaps after a tracking
     * pixel's placeholder. Only the first line, set in from the margin as terminal browsers set
     * text: elsewhere such a line opens with a hashtag.
     */
    static boolean isLinkRelLine(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == '[') { // image placeholders before it: "[pixel.gif] #Site » Feed"
            int close = s.indexOf(']', i);
            if (close < 0) {
                return false;
            }
            i = close + 1;
            while (i < s.length() && s.charAt(i) == ' ') {
                i++;
            }
        }
        return i + 1 < s.length() && s.charAt(i) == '#' && !Character.isWhitespace(s.charAt(i + 1))
                && s.charAt(i + 1) != '#';
    }

    /** Shortest line {@link #isScript} reads as program code: a short one may be a formula or a command in the text. */
    private static final int MIN_SCRIPT_LENGTH = 60;

    /**
     * Whether the line is program code a page's script printed into the dump (dumping tools that
     * do not know {@code <script>}, or a script inside {@code <noscript>}, print it as text):
     * at least two braces, and braces, semicolons and equals signs one character in 25 or more.
     * Prose in any script writes a semicolon or an equals sign now and then, a brace hardly ever;
     * an article quoting a line of code quotes it in a line shorter than minified script.
     */
    static boolean isScript(String s) {
        if (s.length() < MIN_SCRIPT_LENGTH) {
            return false;
        }
        int braces = 0;
        int code = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{' || c == '}') {
                braces++;
                code++;
            } else if (c == ';' || c == '=') {
                code++;
            }
        }
        return braces >= 2 && code * 25 >= s.length();
    }

    /**
     * Whether the line opens with an HTML tag, as the page's source shows through in a dump
     * (an embed code, markup escaped twice): {@code <} or {@code &lt;}, perhaps {@code /}, a tag
     * name, then an attribute ({@code name=}) or the tag's end. An angle bracket around words
     * ({@code <The Palace: Tale of Jang Noksu>}, as Korean and Chinese titles are set) is no tag.
     */
    static boolean isMarkup(String s) {
        int i = s.startsWith("<") ? 1 : s.startsWith("&lt;") ? 4 : -1;
        if (i < 0) {
            return false;
        }
        if (i < s.length() && s.charAt(i) == '/') {
            i++;
        }
        int name = i;
        while (i < s.length() && (isAsciiLetter(s.charAt(i)) || i > name && s.charAt(i) >= '0' && s.charAt(i) <= '9')) {
            i++;
        }
        if (i == name) {
            return false;
        }
        int spaces = i;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        if (s.startsWith(">", i) || s.startsWith("/>", i) || s.startsWith("&gt;", i)) {
            return true;
        }
        if (i == spaces) {
            return false; // no space between the tag's name and an attribute
        }
        int attribute = i;
        while (i < s.length() && (isAsciiLetter(s.charAt(i)) || s.charAt(i) == '-' || s.charAt(i) == ':')) {
            i++;
        }
        if (i == attribute) {
            return false;
        }
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i < s.length() && s.charAt(i) == '=';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /**
     * Whether a whole line is the residue of markup rather than text: a page's {@code <link>}
     * elements as terminal browsers list them ({@code #alternate}), an embedded frame
     * ({@code IFRAME: url}), form fields ({@code ____}, {@code (BUTTON)}), a page script's code
     * ({@link #isScript}), a line of the page's HTML source ({@link #isMarkup}), or nothing but
     * bracketed one-word image placeholders ({@code [logo]}, {@code [spacer.gif]}).
     */
    static boolean isResidueLine(String s) {
        if (s.length() >= 2 && s.charAt(0) == '#' && Character.isLetter(s.charAt(1)) && !hasWords(s, 6)
                && !".!?".contains(s.substring(s.length() - 1))) {
            return true;
        }
        if (s.startsWith("IFRAME:") || s.contains("(BUTTON)") || s.contains("____")) {
            return true;
        }
        if (isScript(s) || isMarkup(s)) {
            return true;
        }
        // A numbered list of link targets ("1. https://…"), as terminal browsers append to a page.
        int number = numberWidth(s);
        if (number > 0 && s.indexOf(' ', number) < 0 && (s.startsWith("http", number) || s.startsWith("file:", number)
                || s.startsWith("ftp:", number) || s.startsWith("mailto:", number))) {
            return true;
        }
        if (s.charAt(0) != '[' || s.charAt(s.length() - 1) != ']') {
            return false;
        }
        // Only bracket groups of one word each (an image's file name or alt word), and spaces.
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (depth == 0 && c != ' ' || depth > 0 && c == ' ' && s.charAt(i - 1) != '['
                    && i + 1 < s.length() && s.charAt(i + 1) != ']') {
                return false;
            }
        }
        return depth == 0;
    }
}
