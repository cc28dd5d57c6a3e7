package io.github.tidings.internal.words;

import java.text.Normalizer;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;

/**
 * Normalises input text before anything reads it: line ends, HTML entities left in the text,
 * Unicode NFC, odd spaces, invisible characters, soft hyphens, trailing spaces and runs of blank
 * lines. One pass per step, linear in the input. Internal: not part of the API.
 */
public final class TextNormalizer {
    private TextNormalizer() {
    }

    /**
     * The normalised text: lines separated by {@code \n}, each trimmed and with runs of spaces
     * collapsed, at most one blank line in a row, no leading or trailing blank lines.
     */
    public static String normalize(String input) {
        return normalize(input, false);
    }

    /**
     * {@link #normalize(String)}, except that each line keeps its leading indentation: a space for
     * each space character before its text, a tab for each tab (a Markdown reader tells nested lists
     * by it). Lines are otherwise the same, so the result is never longer than the input.
     */
    public static String normalizeKeepingIndent(String input) {
        return normalize(input, true);
    }

    private static String normalize(String input, boolean keepIndent) {
        String s = input;
        if (isPlainNfcAndClean(s) && !mayHoldEntity(s)) {
            return s; // most blocks from HTML: one scan instead of three
        }
        if (mayHoldEntity(s)) {
            // Scrapers often leave entities (&amp; &#8217; &nbsp;) in otherwise plain text.
            s = Parser.unescapeEntities(s, false);
        }
        if (!isPlainNfc(s)) {
            s = nfc(s);
        }
        return clean(s, keepIndent);
    }

    /**
     * The longest run of combining marks left as it is: after this many a {@link #CGJ} is put in,
     * as Unicode's Stream-Safe Text Format does (UAX #15, section 13, which allows 30 non-starters).
     * Normalisers reorder a run of marks by insertion sort, in time quadratic in its length; no
     * writing system needs more than a handful of marks on one letter, so only crafted text
     * (or "Zalgo" text) is changed.
     */
    public static final int MAX_COMBINING_RUN = 30;

    /** U+034F COMBINING GRAPHEME JOINER: a starter that is invisible and blocks reordering, as UAX #15 uses it. */
    public static final char CGJ = '\u034F';

    /**
     * The text in NFC, in time linear in its length: {@linkplain #streamSafe(String) stream-safe}
     * first, so that no run of combining marks is longer than {@link #MAX_COMBINING_RUN}.
     */
    public static String nfc(String s) {
        String safe = streamSafe(s);
        return Normalizer.isNormalized(safe, Normalizer.Form.NFC) ? safe : Normalizer.normalize(safe, Normalizer.Form.NFC);
    }

    /** The text in NFKC, in time linear in its length (see {@link #nfc(String)}). */
    public static String nfkc(String s) {
        return Normalizer.normalize(streamSafe(s), Normalizer.Form.NFKC);
    }

    /**
     * The text with a {@link #CGJ} after every {@link #MAX_COMBINING_RUN} combining marks in a
     * row (general categories Mn, Mc and Me, a superset of the characters that reorder); the text
     * itself when no run is that long, which is one read-only scan.
     */
    public static String streamSafe(String s) {
        int run = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x300) {
                run = 0;
            } else if (isMark(s, i)) {
                if (++run > MAX_COMBINING_RUN) {
                    return streamSafeFrom(s, i);
                }
            } else if (!Character.isLowSurrogate(c)) {
                run = 0;
            }
        }
        return s;
    }

    /** {@link #streamSafe(String)} once a run too long is known to end at or after {@code first}. */
    private static String streamSafeFrom(String s, int first) {
        int n = s.length();
        StringBuilder out = new StringBuilder(n + n / MAX_COMBINING_RUN + 1);
        out.append(s, 0, first);
        int run = MAX_COMBINING_RUN;
        for (int i = first; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x300 && isMark(s, i)) {
                if (++run > MAX_COMBINING_RUN) {
                    out.append(CGJ);
                    run = 1;
                }
            } else if (!Character.isLowSurrogate(c)) {
                run = 0;
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * Whether the code point at {@code i} (a high surrogate's pair included) is a combining mark;
     * the {@link #CGJ} is one (Mn) but ends a run, being a starter, so that normalising twice adds
     * nothing.
     */
    private static boolean isMark(String s, int i) {
        if (s.charAt(i) == CGJ) {
            return false;
        }
        int type = Character.getType(s.codePointAt(i));
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /**
     * {@link #normalize(String)} of a text its maker knows to be one line of {@linkplain
     * #isPlainChar plain characters}, with single spaces between words and none at either end
     * (the HTML reader's text runs, mostly): only an entity in it can change it, so no other scan
     * is made.
     */
    public static String normalizePlain(String s) {
        return mayHoldEntity(s) ? normalize(s) : s;
    }

    /** Whether every character is ASCII: readers take their fast paths, without Unicode tables, then. */
    public static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether normalising keeps the character as it stands wherever it is, spaces between words
     * aside: it is printable, cannot compose with a neighbour ({@link #isPlainNfc(String)}), and is
     * no line break, odd space, control or invisible character.
     */
    public static boolean isPlainChar(char c) {
        if (c >= 0x20 && c < 0x7F) {
            return true;
        }
        return c > 0x7F && (c < 0x300 || c >= 0x2010 && c <= 0x205E) && !Character.isISOControl(c) && !isSpace(c)
                && !isInvisible(c) && c != '\u2028' && c != '\u2029';
    }

    /**
     * Whether the text is NFC by a cheap test: every character is below U+0300 (Latin, up to the
     * combining marks) or general punctuation (U+2010 to U+205E: dashes, quotes, ellipsis), none
     * of which has a decomposition or combines with a neighbour. The full check costs several
     * times more, and most text passes this one.
     */
    static boolean isPlainNfc(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x300 && (c < 0x2010 || c > 0x205E)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether some {@code &} starts what jsoup's {@link Parser#unescapeEntities(String, boolean)}
     * may read as a character reference: a {@code #}, or a run of ASCII letters and then digits
     * that names an entity. When none does, unescaping gives the text back as it is, so it is not
     * called: most ampersands in text stand between words ("Q & A") or in URLs' queries
     * ({@code ?id=3&lang=en}), and each call copies the text and sets up a tokeniser and its
     * buffers, a cost per line of a dump. The test errs only towards calling it: jsoup's name
     * takes letters of any script where this one stops at ASCII (a longer name, which no entity
     * has).
     */
    static boolean mayHoldEntity(String s) {
        int n = s.length();
        for (int i = s.indexOf('&'); i >= 0; i = s.indexOf('&', i + 1)) {
            if (i + 1 >= n) {
                continue;
            }
            if (s.charAt(i + 1) == '#') {
                return true;
            }
            int end = i + 1;
            while (end < n && isAsciiLetter(s.charAt(end))) {
                end++;
            }
            if (end == i + 1) {
                continue; // no name: "Q & A", "&&", "&é"
            }
            while (end < n && s.charAt(end) >= '0' && s.charAt(end) <= '9') {
                end++;
            }
            // jsoup's rule: a name of the base set (&amp, &copy) is read with or without the ';', any
            // other (&lang, &not) only with it
            String name = s.substring(i + 1, end);
            if (Entities.isBaseNamedEntity(name) || end < n && s.charAt(end) == ';' && Entities.isNamedEntity(name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    }

    /** Characters dropped outright: invisible format characters that carry no text. */
    static boolean isInvisible(char c) {
        return c == '\u00AD' // soft hyphen
                || c == '\u200B' || c == '\u2060' || c == '\uFEFF' || c == '\u180E' // zero-width
                || c == '\u200E' || c == '\u200F' // direction marks
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
        // ZWJ and ZWNJ (U+200D, U+200C) are kept: Persian, Indic scripts and emoji need them.
    }

    /** Characters read as a plain space. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200A')
                || c == '\u202F' || c == '\u205F' || c == '\u3000' || c == '\u000B' || c == '\u000C';
    }

    /**
     * {@link #isPlainNfc(String)} and {@link #isClean(String)} in one scan: the text is left as it
     * is unless it holds an entity.
     */
    private static boolean isPlainNfcAndClean(String s) {
        return isClean(s, true);
    }

    /**
     * Whether {@link #clean(String)} would change the text: most text from HTML is already one
     * trimmed line with single spaces, and a read-only scan is much cheaper than a copy.
     */
    private static boolean isClean(String s) {
        return isClean(s, false);
    }

    /** {@link #isClean(String)}, and with {@code plainNfc} also {@link #isPlainNfc(String)}. */
    private static boolean isClean(String s, boolean plainNfc) {
        int n = s.length();
        if (n == 0) {
            return true;
        }
        if (s.charAt(0) == ' ' || s.charAt(n - 1) == ' ') {
            return false;
        }
        char prev = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || (c == ' ' && prev == ' ')) {
                return false; // line breaks, tabs, controls, double spaces
            }
            if (c >= 0x7F && (plainNfc ? !isPlainChar(c) : Character.isISOControl(c) || isSpace(c) || isInvisible(c)
                    || c >= '\u2028' && c <= '\u2029')) {
                return false;
            }
            prev = c;
        }
        return true;
    }

    private static String clean(String s, boolean keepIndent) {
        if (isClean(s)) {
            return s;
        }
        // Never longer than the input: every character written stands for at least one read.
        char[] out = new char[s.length()];
        int o = 0;
        int blankRun = 0; // line breaks pending since the last text
        boolean spacePending = false;
        boolean lineHasText = false;
        // spaces and tabs before the line's text, kept when keepIndent (a tab as one character, so
        // that the output stays no longer than the input)
        StringBuilder indent = keepIndent ? new StringBuilder() : null;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            // printable ASCII, most of the text: no break, space, control or invisible to test
            boolean ascii = c > ' ' && c < 0x7F;
            if (!ascii) {
                if (c == '\r' || c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                    if (c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') {
                        i++;
                    }
                    if (lineHasText) {
                        blankRun = 1;
                    } else if (blankRun > 0) {
                        blankRun = 2;
                    }
                    lineHasText = false;
                    spacePending = false;
                    if (indent != null) {
                        indent.setLength(0);
                    }
                    continue;
                }
                if (isSpace(c)) {
                    spacePending = lineHasText;
                    if (indent != null && !lineHasText) {
                        indent.append(c == '\t' ? '\t' : ' ');
                    }
                    continue;
                }
                if (isInvisible(c) || Character.isISOControl(c)) {
                    continue;
                }
            }
            if (blankRun > 0 && o > 0) {
                out[o++] = '\n';
                if (blankRun != 1) {
                    out[o++] = '\n';
                }
            }
            blankRun = 0;
            if (indent != null && !lineHasText && indent.length() > 0) {
                indent.getChars(0, indent.length(), out, o);
                o += indent.length();
                indent.setLength(0);
            }
            if (spacePending) {
                out[o++] = ' ';
                spacePending = false;
            }
            out[o++] = c;
            if (ascii) {
                // the rest of the run of printable ASCII is copied as it stands, single spaces
                // between such characters too (what the loop above would make of them)
                while (i + 1 < n) {
                    char d = s.charAt(i + 1);
                    if (d > ' ' && d < 0x7F) {
                        out[o++] = d;
                        i++;
                    } else if (d == ' ' && i + 2 < n && s.charAt(i + 2) > ' ' && s.charAt(i + 2) < 0x7F) {
                        out[o++] = ' ';
                        out[o++] = s.charAt(i + 2);
                        i += 2;
                    } else {
                        break;
                    }
                }
            }
            lineHasText = true;
        }
        return new String(out, 0, o);
    }
}
