package io.github.tidings.internal.metadata;

import io.github.tidings.internal.words.TextNormalizer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Title rules shared by the text and HTML readers: splitting a page {@code <title>} such as
 * {@code Headline - Site}, {@code Headline | Section | Site} or {@code Headline : Site} into its
 * segments, and comparing a visible line with it.
 */
final class TitleReader {
    /** A separator between headline and site: a bar, dash, bullet, guillemet or colon with spaces around. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:[|\\-–—•·»/:~]|::|--)\\s+|\\s*｜\\s*"); // ｜: CJK titles set the full-width bar without spaces

    private TitleReader() {
    }

    /** The title split at its separators; one element if it has none. */
    static List<String> segments(String title) {
        List<String> out = new ArrayList<>();
        Matcher m = SEPARATOR.matcher(title);
        int from = 0;
        while (m.find()) {
            if (m.start() > from) {
                out.add(title.substring(from, m.start()).strip());
            }
            from = m.end();
        }
        if (from < title.length()) {
            out.add(title.substring(from).strip());
        }
        out.removeIf(String::isEmpty);
        return out;
    }

    /** A headline and the site part cut from it (empty if none). */
    record Split(String headline, String site) {
    }

    /**
     * The title without its site part, when one is apparent: trailing segments of at most four
     * words are cut while what stays is longer, the last one cut is the site.
     */
    static Split stripSite(String title) {
        List<String> seg = segments(title);
        if (seg.size() < 2) {
            return new Split(title.strip(), "");
        }
        String site = "";
        int end = seg.size();
        while (end > 1) {
            String last = seg.get(end - 1);
            String rest = join(seg.subList(0, end - 1));
            if (words(last) <= 4 && rest.length() > last.length()) {
                if (site.isEmpty()) {
                    site = last;
                }
                end--;
            } else {
                break;
            }
            if (end <= 1 || words(seg.get(end - 1)) > 2) {
                break; // cut section names ("| World | News |") but not a real part of the headline
            }
        }
        return new Split(substringOf(title, seg, 0, end), site);
    }

    /** The original text covering segments {@code from} to {@code to} (exclusive) of {@code title}. */
    static String substringOf(String title, List<String> seg, int from, int to) {
        int s = title.indexOf(seg.get(from));
        String lastSeg = seg.get(to - 1);
        int e = title.lastIndexOf(lastSeg) + lastSeg.length();
        if (s < 0 || e < s) {
            return join(seg.subList(from, to));
        }
        return title.substring(s, e).strip();
    }

    private static String join(List<String> parts) {
        return String.join(" - ", parts);
    }

    /** Word count: runs of letters or digits. */
    static int words(String s) {
        // counts what tokens(s) would hold, without making the strings
        int count = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            boolean w;
            if (c < 0x80) {
                i++;
                int lower = c | 0x20;
                w = lower >= 'a' && lower <= 'z' || c >= '0' && c <= '9';
            } else {
                int cp = s.codePointAt(i);
                i += Character.charCount(cp);
                w = Character.isLetterOrDigit(cp);
            }
            if (w && !in) {
                count++;
            }
            in = w;
        }
        return count;
    }

    /**
     * Whether the text is ASCII and holds more than {@code limit} letters and digits: then its
     * {@link #norm(String)}, which keeps every one of them, is longer than {@code limit}. False for
     * other text, whose normal form may be shorter or longer.
     */
    static boolean hasMoreAsciiLettersOrDigits(String s, int limit) {
        int count = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                return false;
            }
            if (isAsciiLetterOrDigit(c)) {
                count++;
            }
        }
        return count > limit;
    }

    /**
     * The characters NFKC leaves alone wherever they stand: Latin below the combining marks
     * (U+0300) and general punctuation (quotes, dashes), less those with a compatibility mapping
     * (such as U+00A0 or the ellipsis). None combines with a neighbour. Filled once, never changed.
     */
    private static final boolean[] NFKC_STABLE = nfkcStable();

    private static boolean[] nfkcStable() {
        boolean[] stable = new boolean[0x205F];
        for (char c = 0; c < stable.length; c++) {
            if (c < 0x300 || c >= 0x2010) {
                String one = String.valueOf(c);
                stable[c] = Normalizer.normalize(one, Normalizer.Form.NFKC).equals(one);
            }
        }
        return stable;
    }

    /** Whether NFKC leaves the text as it is, told by a table instead of the normaliser, which costs far more. */
    static boolean isNfkcStable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= NFKC_STABLE.length || !NFKC_STABLE[c]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The form titles are compared in: NFKC, lower case, curly quotes and dashes folded, spaces
     * squashed, punctuation trimmed at both ends.
     */
    static String norm(String s) {
        if (TextNormalizer.isAscii(s)) {
            return normAscii(s);
        }
        String n = (isNfkcStable(s) ? s : TextNormalizer.nfkc(s)).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(n.length());
        boolean space = false;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            switch (c) {
                case '‘', '’', '‚', '‛', '`', '´' -> c = '\'';
                case '“', '”', '„', '«', '»' -> c = '"';
                case '–', '—', '‐', '‑', '−' -> c = '-';
                case '…' -> {
                    sb.append("...");
                    space = false;
                    continue;
                }
                default -> {
                }
            }
            if (Character.isWhitespace(c)) {
                space = sb.length() > 0;
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.append(c);
        }
        int a = 0;
        int b = sb.length();
        while (a < b && !Character.isLetterOrDigit(sb.charAt(a))) {
            a++;
        }
        while (b > a && !Character.isLetterOrDigit(sb.charAt(b - 1))) {
            b--;
        }
        return sb.substring(a, b);
    }

    /** {@link #norm(String)} of ASCII text in one pass: no NFKC, no quotes or dashes to fold but the backtick. */
    private static String normAscii(String s) {
        int n = s.length();
        char[] out = new char[n];
        int o = 0;
        boolean space = false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + 32);
            } else if (c == '`') {
                c = '\'';
            } else if (Character.isWhitespace(c)) {
                space = o > 0;
                continue;
            }
            if (space) {
                out[o++] = ' ';
                space = false;
            }
            out[o++] = c;
        }
        int a = 0;
        int b = o;
        while (a < b && !isAsciiLetterOrDigit(out[a])) {
            a++;
        }
        while (b > a && !isAsciiLetterOrDigit(out[b - 1])) {
            b--;
        }
        return new String(out, a, b - a);
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /** The code point as a token holds it (lower case), or -1 when it is no letter or digit. */
    private static int tokenCodePoint(int cp) {
        if (cp < 0x80) {
            // ASCII: no Unicode tables
            int lower = cp | 0x20;
            return lower >= 'a' && lower <= 'z' ? lower : cp >= '0' && cp <= '9' ? cp : -1;
        }
        return Character.isLetterOrDigit(cp) ? Character.toLowerCase(cp) : -1;
    }

    /** Lower-case word tokens: runs of letters and digits. */
    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        int n = s.length();
        char[] w = new char[Math.min(n, 64) + 2]; // the current token, lower case; grown for long ones
        int len = 0;
        for (int i = 0; i < n; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int lowerCp = tokenCodePoint(cp);
            if (lowerCp >= 0) {
                if (len + 2 > w.length) {
                    w = java.util.Arrays.copyOf(w, w.length * 2);
                }
                len += Character.toChars(lowerCp, w, len);
            } else if (len > 0) {
                out.add(new String(w, 0, len));
                len = 0;
            }
        }
        if (len > 0) {
            out.add(new String(w, 0, len));
        }
        return out;
    }

    private static int hash(CharSequence s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            h = 31 * h + (c < 0x80 ? (c >= 'A' && c <= 'Z' ? c + 32 : c) : Character.toLowerCase(c));
        }
        return h;
    }

    /**
     * The words of a title, for a quick test whether a line may repeat it (or a run of its parts):
     * such a line starts with one of them. Answers without allocating; may answer yes wrongly,
     * never no wrongly for lines whose first word {@link #norm} leaves as it is.
     */
    static final class FirstWords {
        private final int[] hashes;

        private FirstWords(int[] hashes) {
            this.hashes = hashes;
        }

        static FirstWords of(String title) {
            List<String> t = tokens(norm(title));
            int[] h = new int[t.size()];
            for (int i = 0; i < h.length; i++) {
                h[i] = hash(t.get(i), 0, t.get(i).length());
            }
            return new FirstWords(h);
        }

        /** {@link #firstWord(String)}: the line's first word cannot be told cheaply, it may be any. */
        static final long ANY = Long.MIN_VALUE;
        /** {@link #firstWord(String)}: the line has no word. */
        static final long NONE = Long.MIN_VALUE + 1;

        /** Whether the line's first word is one of the title's, or cannot be told cheaply. */
        boolean mayStart(String line) {
            return mayStart(firstWord(line));
        }

        /** {@link #mayStart(String)} of a line whose {@link #firstWord(String)} is given. */
        boolean mayStart(long firstWord) {
            return firstWord == ANY || firstWord != NONE && contains((int) firstWord);
        }

        /**
         * The hash of the line's first word as a title's word is hashed; {@link #ANY} or
         * {@link #NONE}. Computed once, it serves every title a line is compared with.
         */
        static long firstWord(String line) {
            int n = line.length();
            if (n > 0 && isAsciiLetterOrDigit(line.charAt(0))) {
                // the common case, without Unicode tables: an ASCII word at the start
                int b = 1;
                while (b < n && line.charAt(b) < 0x80 && isAsciiLetterOrDigit(line.charAt(b))) {
                    b++;
                }
                if (b == n || line.charAt(b) < 0x80) {
                    return hash(line, 0, b);
                }
            }
            int a = 0;
            while (a < n && !Character.isLetterOrDigit(line.charAt(a))) {
                if (compatibility(line.charAt(a))) {
                    return ANY; // NFKC may turn it into a letter
                }
                a++;
            }
            int b = a;
            while (b < n && Character.isLetterOrDigit(line.charAt(b))) {
                if (compatibility(line.charAt(b)) || Character.isSurrogate(line.charAt(b))) {
                    return ANY;
                }
                b++;
            }
            if (b < n && Character.isSurrogate(line.charAt(b))) {
                return ANY;
            }
            return a == b ? NONE : hash(line, a, b);
        }

        private boolean contains(int h) {
            for (int x : hashes) {
                if (x == h) {
                    return true;
                }
            }
            return false;
        }

        /** Characters NFKC or lower-casing treat apart: ligatures, full-width and circled forms, dotted I, sigma. */
        private static boolean compatibility(char c) {
            return c >= 0x2000 && c < 0x3400 || c >= 0xF900 || c >= 0x00AA && c <= 0x00BE || c >= 0x0130 && c <= 0x0131 || c == 0x03A3;
        }
    }

    /**
     * A text's word set, compared with many lines without building it again. Words are held as
     * 64-bit hashes of their lower-case form, sorted and distinct: a line is compared without
     * making a string or a set of its words, in a buffer kept for the next line. Not thread-safe:
     * one per comparison run.
     */
    static final class WordSet {
        private final long[] words;
        /** The distinct hashes of the line compared last, in the order they came. */
        private long[] line = new long[32];

        private WordSet(long[] words) {
            this.words = words;
        }

        static WordSet of(String s) {
            WordSet probe = new WordSet(new long[0]);
            long[] w = java.util.Arrays.copyOf(probe.line, probe.distinctHashes(s));
            java.util.Arrays.sort(w);
            return new WordSet(w);
        }

        /** Dice coefficient of this set and the line's word set. */
        double similarity(String text) {
            int x = distinctHashes(text);
            if (x == 0 || words.length == 0) {
                return 0;
            }
            int both = 0;
            for (int k = 0; k < x; k++) {
                if (java.util.Arrays.binarySearch(words, line[k]) >= 0) {
                    both++;
                }
            }
            return 2.0 * both / (x + words.length);
        }

        /**
         * Puts the distinct hashes of the tokens {@link #tokens(String)} makes into {@link #line};
         * returns how many. A headline-sized line has a few dozen tokens: a look back over those
         * found so far is cheaper than a set.
         */
        private int distinctHashes(String s) {
            int count = 0;
            long h = 0;
            boolean in = false;
            for (int i = 0, n = s.length(); i <= n; ) {
                int lowerCp;
                if (i == n) {
                    lowerCp = -1;
                    i++;
                } else {
                    int cp = s.codePointAt(i);
                    i += Character.charCount(cp);
                    lowerCp = tokenCodePoint(cp);
                }
                if (lowerCp >= 0) {
                    if (!in) {
                        h = FNV_OFFSET;
                        in = true;
                    }
                    h = (h ^ lowerCp) * FNV_PRIME;
                } else if (in) {
                    in = false;
                    if (!holds(count, h)) {
                        if (count == line.length) {
                            line = java.util.Arrays.copyOf(line, count * 2);
                        }
                        line[count++] = h;
                    }
                }
            }
            return count;
        }

        private boolean holds(int count, long h) {
            for (int k = 0; k < count; k++) {
                if (line[k] == h) {
                    return true;
                }
            }
            return false;
        }

        private static final long FNV_OFFSET = 0xcbf29ce484222325L;
        private static final long FNV_PRIME = 0x100000001b3L;
    }

    /** Dice coefficient of the two texts' word sets. */
    static double similarity(String a, String b) {
        return WordSet.of(b).similarity(a);
    }
}
