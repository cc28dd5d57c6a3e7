package io.github.tidings.internal.rules;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How a rule recognises a line or block of text: the whole text equal to a phrase, the text starting
 * with a phrase, or the whole text matching a wildcard pattern in which {@code *} stands for any run
 * of characters (possibly none) and {@code #} for a number (a run of digits, with {@code . , : / -}
 * between digits, taken whole: {@code 2012}, {@code 7:30}, {@code 1.250}). Letter case and runs of
 * white space do not matter, and the Turkish dotted and dotless I fold to {@code i}. No regular
 * expressions: a pattern is matched by finding its pieces left to right, in time linear in the text
 * times the pattern's length, so no pattern can backtrack catastrophically. Immutable.
 */
final class TextMatch {
    /** The kinds, as the rules file names them. */
    enum Kind {
        EXACT("exact"), PREFIX("prefix"), PATTERN("pattern");

        final String key;

        Kind(String key) {
            this.key = key;
        }
    }

    /** In a pattern, stands for a number. */
    static final char NUMBER = '#';
    /** What may stand between the digits of one number: "1.250", "7:30", "2012-11-07", "3/4". */
    static final String NUMBER_SEPARATORS = ".,:/-";

    private final Kind kind;
    private final String written;
    /** The folded literal pieces between the stars; one piece for exact and prefix. */
    private final List<String> pieces;

    private TextMatch(Kind kind, String written, List<String> pieces) {
        this.kind = kind;
        this.written = written;
        this.pieces = pieces;
    }

    /**
     * A match of the kind.
     *
     * @throws IllegalArgumentException with a message for the rules file's reader if the text has
     *     no letter or digit to match
     */
    static TextMatch of(Kind kind, String text) {
        String folded = fold(text).strip().replaceAll(" {2,}", " ");
        List<String> pieces = new ArrayList<>();
        if (kind == Kind.PATTERN) {
            int from = 0;
            for (int star = folded.indexOf('*'); ; star = folded.indexOf('*', from)) {
                pieces.add(folded.substring(from, star < 0 ? folded.length() : star));
                if (star < 0) {
                    break;
                }
                from = star + 1;
            }
        } else {
            pieces.add(folded);
        }
        if (folded.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new IllegalArgumentException("\"" + text + "\" has no letter or digit: it would match "
                    + (kind == Kind.PATTERN ? "nearly every block" : "only punctuation"));
        }
        return new TextMatch(kind, text, List.copyOf(pieces));
    }

    /** Whether the block's text matches. */
    boolean matches(String text) {
        return capture(text) != null;
    }

    /**
     * The part of the (unfolded) text the first {@code *} stood for, the text after a prefix, or
     * the whole text of an exact match or a pattern without a star; null when the text does not
     * match.
     */
    @Nullable String capture(String text) {
        String t = fold(text);
        int lead = 0;
        while (lead < t.length() && t.charAt(lead) == ' ') {
            lead++;
        }
        int end = t.length();
        while (end > lead && t.charAt(end - 1) == ' ') {
            end--;
        }
        String first = pieces.get(0);
        switch (kind) {
            case EXACT:
                return t.substring(lead, end).equals(first) ? text.substring(lead, end) : null;
            case PREFIX:
                return t.startsWith(first, lead) ? text.substring(lead + first.length(), end).strip() : null;
            default:
                break;
        }
        if (end - lead < length()) {
            return null;
        }
        int at = segmentEnd(t, lead, first, end);
        if (at < 0) {
            return null;
        }
        if (pieces.size() == 1) {
            return at == end ? text.substring(lead, end) : null;
        }
        // Each middle piece at its leftmost place: with only stars between pieces, leftmost is
        // never worse, so one pass decides.
        int firstEnd = at;
        int secondAt = -1;
        for (int i = 1; i < pieces.size() - 1; i++) {
            int found = find(t, pieces.get(i), at, end);
            if (found < 0) {
                return null;
            }
            secondAt = secondAt < 0 ? found : secondAt;
            at = segmentEnd(t, found, pieces.get(i), end);
        }
        int lastAt = findEndingAt(t, pieces.get(pieces.size() - 1), at, end);
        if (lastAt < 0) {
            return null;
        }
        return text.substring(firstEnd, secondAt < 0 ? lastAt : secondAt).strip();
    }

    /**
     * Where the piece, matched from {@code from}, ends; -1 if it does not match there. A {@code #}
     * takes the whole number that starts there (digits, with {@code . , : / -} between digits), as
     * the profile learner masks numbers.
     */
    private static int segmentEnd(String t, int from, String piece, int limit) {
        int at = from;
        for (int i = 0; i < piece.length(); i++) {
            char c = piece.charAt(i);
            if (c == NUMBER) {
                if (at >= limit || !Character.isDigit(t.charAt(at))) {
                    return -1;
                }
                at = numberEnd(t, at, limit);
            } else if (at >= limit || t.charAt(at) != c) {
                return -1;
            } else {
                at++;
            }
        }
        return at;
    }

    /** The end of the number starting at {@code at}: digits, and separators with a digit after them. */
    static int numberEnd(CharSequence t, int at, int limit) {
        int j = at;
        while (j < limit && (Character.isDigit(t.charAt(j))
                || NUMBER_SEPARATORS.indexOf(t.charAt(j)) >= 0 && j + 1 < limit && Character.isDigit(t.charAt(j + 1)))) {
            j++;
        }
        return j;
    }

    /** The leftmost place from {@code from} where the piece matches within {@code limit}; -1 if none. */
    private static int find(String t, String piece, int from, int limit) {
        if (piece.indexOf(NUMBER) < 0) {
            int found = t.indexOf(piece, from);
            return found >= 0 && found + piece.length() <= limit ? found : -1;
        }
        for (int s = from; s < limit; s++) {
            if (segmentEnd(t, s, piece, limit) >= 0) {
                return s;
            }
        }
        return -1;
    }

    /** The leftmost place from {@code from} where the piece matches and ends at {@code end}; -1 if none. */
    private static int findEndingAt(String t, String piece, int from, int end) {
        if (piece.indexOf(NUMBER) < 0) {
            int s = end - piece.length();
            return s >= from && t.startsWith(piece, s) ? s : -1;
        }
        for (int s = from; s < end; s++) {
            if (segmentEnd(t, s, piece, end) == end) {
                return s;
            }
        }
        return -1;
    }

    private int length() {
        int n = 0;
        for (String p : pieces) {
            n += p.length();
        }
        return n;
    }

    /**
     * Lower case, char by char so that positions stay those of the original text; white space to
     * single spaces' worth (one per character) and the Turkish I's to {@code i}.
     */
    static String fold(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            char c = s.charAt(i);
            out[i] = c == '\u0130' || c == '\u0131' || c == 'I' ? 'i'
                    : Character.isWhitespace(c) || Character.isSpaceChar(c) ? ' '
                    : Character.toLowerCase(c);
        }
        return new String(out);
    }

    Kind kind() {
        return kind;
    }

    /** The text as the rules file wrote it. */
    String written() {
        return written;
    }

    /** For reasons: {@code prefix "Etiketler:"}. */
    String describe() {
        return kind.key + " \"" + written + "\"";
    }

    @Override
    public String toString() {
        return describe();
    }
}
