package io.github.tidings.internal.rules;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How a rule recognises a line or block of text: the whole text equal to a phrase, the text starting
 * with a phrase, or the whole text matching a wildcard pattern in which {@code *} stands for any run
 * of characters (possibly none). Letter case and runs of white space do not matter, and the Turkish
 * dotted and dotless I fold to {@code i}. No regular expressions: a pattern is matched by finding its
 * literal pieces left to right, in time linear in the text times the pattern's length, so no
 * pattern can backtrack catastrophically. Immutable.
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
        if (!t.startsWith(first, lead) || end - lead < length()) {
            return null;
        }
        if (pieces.size() == 1) {
            return end - lead == first.length() ? text.substring(lead, end) : null;
        }
        String last = pieces.get(pieces.size() - 1);
        int lastAt = end - last.length();
        if (!t.startsWith(last, lastAt)) {
            return null;
        }
        // Each middle piece at its leftmost place: with only stars between pieces, leftmost is
        // never worse, so one pass decides.
        int at = lead + first.length();
        int secondAt = lastAt;
        for (int i = 1; i < pieces.size() - 1; i++) {
            int found = t.indexOf(pieces.get(i), at);
            if (found < 0 || found + pieces.get(i).length() > lastAt) {
                return null;
            }
            if (i == 1) {
                secondAt = found;
            }
            at = found + pieces.get(i).length();
        }
        return text.substring(lead + first.length(), secondAt).strip();
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
