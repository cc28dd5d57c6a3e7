package io.github.tidings.clean;

import io.github.tidings.internal.words.WordFiles;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An immutable set of phrases in normalised form ({@link #normalize(String)}), loaded from the
 * classpath files {@code phrases/<purpose>.<language>.txt} of every known language. Lookups cost
 * time linear in the line (times the longest phrase's word count, a small constant): no regular
 * expressions.
 */
final class PhraseList {
    /** The languages whose phrase files are loaded; a missing file is skipped. */
    static final List<String> LANGUAGES = List.of("en", "tr", "de", "fr", "es", "pt", "it", "ru", "id", "ar", "nl", "ko", "ja", "pl");

    /** Lines longer than this are only searched in their first this many characters. */
    static final int MAX_SCAN = 4000;

    private final Set<String> phrases;
    /** The length of the longest phrase, in chars. */
    private final int longest;
    /**
     * The phrases as a trie of words: a lookup walks the line's words (whose hashes the strings
     * cache) instead of building and hashing every run of words as a new string.
     */
    private final Node root;
    /**
     * Bits by {@link #signature(String)} of the words that begin phrases: most words of a line
     * begin none, and this test turns them away before their hash code is computed (the
     * first lookup of a fresh string hashes all of it). Filled once, never changed.
     */
    private final long[] firstWords = new long[1 << 8];

    /**
     * A node of the word trie: its next words in an open-addressing table of parallel arrays (the
     * word, its hash, the node it leads to), which a lookup probes without the pointer chase of a
     * {@link HashMap}'s entries. Filled when the list is built, never changed after.
     */
    private static final class Node {
        private final String @Nullable [] words; // null for a leaf
        private final int @Nullable [] hashes;
        private final Node @Nullable [] next;
        private final int mask;
        final boolean phrase;

        Node(Map<String, Node> next, boolean phrase) {
            this.phrase = phrase;
            if (next.isEmpty()) {
                this.words = null;
                this.hashes = null;
                this.next = null;
                this.mask = 0;
                return;
            }
            int size = Integer.highestOneBit(next.size() * 2) << 1; // at most half full
            this.words = new String[size];
            this.hashes = new int[size];
            this.next = new Node[size];
            this.mask = size - 1;
            next.forEach((w, node) -> {
                int h = w.hashCode();
                int i = slot(h);
                while (words[i] != null) {
                    i = (i + 1) & mask;
                }
                words[i] = w;
                hashes[i] = h;
                this.next[i] = node;
            });
        }

        private int slot(int h) {
            return (h ^ (h >>> 16)) & mask;
        }

        /**
         * The node after the word {@code text[from, to)}: {@link #get(String)} of that substring,
         * without making it (its hash is {@link String#hashCode()}'s, computed over the range).
         */
        @Nullable Node get(String text, int from, int to) {
            if (words == null) {
                return null;
            }
            int h = 0;
            for (int i = from; i < to; i++) {
                h = 31 * h + text.charAt(i);
            }
            int n = to - from;
            for (int i = slot(h); ; i = (i + 1) & mask) {
                String w = words[i];
                if (w == null) {
                    return null;
                }
                if (hashes[i] == h && w.length() == n && text.regionMatches(from, w, 0, n)) {
                    return next[i];
                }
            }
        }

        @Nullable Node get(String word) {
            return get(word, 0, word.length());
        }

        /** The node after word {@code k} of the text, whose hash the text holds. */
        @Nullable Node get(PhraseText p, int k) {
            if (words == null) {
                return null;
            }
            int h = p.hash(k);
            int from = p.start(k);
            int n = p.end(k) - from;
            for (int i = slot(h); ; i = (i + 1) & mask) {
                String w = words[i];
                if (w == null) {
                    return null;
                }
                if (hashes[i] == h && w.length() == n && p.text().regionMatches(from, w, 0, n)) {
                    return next[i];
                }
            }
        }
    }

    /** A trie node while the list is built. */
    private static final class Building {
        final Map<String, Building> next = new HashMap<>();
        boolean phrase;

        Node freeze() {
            Map<String, Node> m = new HashMap<>(next.size() * 2);
            next.forEach((w, b) -> m.put(w, b.freeze())); // depth: a phrase's word count
            return new Node(m, phrase);
        }
    }

    private PhraseList(Set<String> phrases) {
        this.phrases = Set.copyOf(phrases);
        int max = 0;
        for (String p : phrases) {
            max = Math.max(max, p.length());
        }
        this.longest = max;
        Building top = new Building();
        for (String p : phrases) {
            Building node = top;
            for (String w : p.split(" ")) {
                node = node.next.computeIfAbsent(w, k -> new Building());
            }
            node.phrase = true;
        }
        this.root = top.freeze();
        for (String w : top.next.keySet()) {
            int sig = signature(w);
            firstWords[sig >>> 6] |= 1L << sig;
        }
    }

    /** A list of the given phrases (normalised here), for tests and built-in additions. */
    static PhraseList of(String... phrases) {
        Set<String> s = new HashSet<>();
        for (String p : phrases) {
            String n = normalize(p);
            if (!n.isEmpty()) {
                s.add(n);
            }
        }
        return new PhraseList(s);
    }

    /**
     * Loads {@code phrases/<purpose>.<lang>.txt} for every language in {@link #LANGUAGES}, and
     * {@code phrases/<purpose>.txt} for entries that belong to no language (such as agency names).
     * All languages are loaded together because a page's language is often unknown or mixed.
     */
    static PhraseList load(String purpose) {
        Set<String> s = new HashSet<>();
        List<String> names = new java.util.ArrayList<>();
        names.add("phrases/" + purpose + ".txt");
        for (String lang : LANGUAGES) {
            names.add("phrases/" + purpose + "." + lang + ".txt");
        }
        for (String name : names) {
            for (String t : WordFiles.read(PhraseList.class, name).orElse(List.of())) {
                String n = normalize(t);
                if (!n.isEmpty()) {
                    s.add(n);
                }
            }
        }
        return new PhraseList(s);
    }

    /**
     * Lower case, every run of characters that are not letters, digits or combining marks turned
     * into one space, trimmed: {@code "Share this:"} becomes {@code "share this"}.
     */
    static String normalize(String text) {
        int n = Math.min(text.length(), MAX_SCAN);
        char[] out = new char[n + 2]; // grown below in the rare case lower-casing lengthens the text
        int o = 0;
        boolean space = false;
        for (int i = 0; i < n; ) {
            char c = text.charAt(i);
            if (c < 0x80) {
                // ASCII, most of most pages: no Unicode tables, no allocation.
                i++;
                int lower = c | 0x20;
                if (lower >= 'a' && lower <= 'z' || c >= '0' && c <= '9') {
                    if (space && o > 0) {
                        out[o++] = ' ';
                    }
                    space = false;
                    out[o++] = c <= '9' ? c : (char) lower;
                } else {
                    space = true;
                }
                continue;
            }
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp); // once, for the tests below
            if ((1 << type & LETTERS_AND_DIGITS) != 0 || o > 0 && !space
                    && (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK)) {
                if (cp == 0x307 && o > 0 && out[o - 1] == 'i') {
                    continue; // Turkish dotted capital I lower-cases to i + U+0307
                }
                if (space && o > 0) {
                    out[o++] = ' ';
                }
                space = false;
                String add;
                if (cp == 'İ') {
                    add = "i";
                } else if (type == Character.UPPERCASE_LETTER || type == Character.TITLECASE_LETTER) {
                    // String.toLowerCase only where one code point may become several.
                    add = new String(Character.toChars(cp)).toLowerCase(Locale.ROOT);
                } else {
                    add = null;
                }
                int need = add == null ? Character.charCount(cp) : add.length();
                if (o + need + 2 > out.length) {
                    out = java.util.Arrays.copyOf(out, Math.max(out.length * 2, o + need + 2));
                }
                if (add == null) {
                    o += Character.toChars(cp, out, o);
                } else {
                    add.getChars(0, add.length(), out, o);
                    o += add.length();
                }
            } else {
                space = true;
            }
        }
        return new String(out, 0, o);
    }

    /** General categories (bits by {@link Character#getType(int)}) that {@link Character#isLetterOrDigit(int)} accepts. */
    private static final int LETTERS_AND_DIGITS = 1 << Character.UPPERCASE_LETTER | 1 << Character.LOWERCASE_LETTER
            | 1 << Character.TITLECASE_LETTER | 1 << Character.MODIFIER_LETTER | 1 << Character.OTHER_LETTER
            | 1 << Character.DECIMAL_DIGIT_NUMBER;

    /** The normalised text's words. */
    static String[] words(String normalized) {
        if (normalized.isEmpty()) {
            return new String[0];
        }
        // Normalised text has single spaces and none at either end: a plain cut, no regex or list.
        int count = 1;
        for (int i = normalized.indexOf(' '); i >= 0; i = normalized.indexOf(' ', i + 1)) {
            count++;
        }
        String[] out = new String[count];
        int start = 0;
        for (int k = 0; k < count - 1; k++) {
            int end = normalized.indexOf(' ', start);
            out[k] = normalized.substring(start, end);
            start = end + 1;
        }
        out[count - 1] = normalized.substring(start);
        return out;
    }

    /** The length in chars of the longest phrase: a normalised line longer than this matches none. */
    int longestPhrase() {
        return longest;
    }

    /** Whether the normalised line is exactly one of the phrases. */
    boolean matches(String normalized) {
        return phrases.contains(normalized);
    }

    /** 14 bits of a word from its length and its first and last characters. */
    private static int signature(String w) {
        return signature(w, 0, w.length());
    }

    /** {@link #signature(String)} of the word {@code text[from, to)}. */
    private static int signature(String text, int from, int to) {
        int n = to - from;
        return n == 0 ? 0 : (text.charAt(from) & 31) << 9 | (text.charAt(to - 1) & 31) << 4 | (n & 15);
    }

    /** {@link #first(String)} of the word {@code text[from, to)}, without making it. */
    private @Nullable Node first(String text, int from, int to) {
        int sig = signature(text, from, to);
        return (firstWords[sig >>> 6] & (1L << sig)) == 0 ? null : root.get(text, from, to);
    }

    /** The trie node of a phrase's first word, or null when no phrase begins with it. */
    private @Nullable Node first(String w) {
        return first(w, 0, w.length());
    }

    /** Whether some phrase begins with this (normalised) word. */
    boolean hasPhraseStartingWith(String word) {
        return first(word) != null;
    }

    /** Whether the words, joined by single spaces, are exactly one of the phrases. */
    boolean matches(String[] words) {
        if (words.length == 0) {
            return false;
        }
        Node node = first(words[0]);
        for (int k = 1; node != null && k < words.length; k++) {
            node = node.get(words[k]);
        }
        return node != null && node.phrase;
    }

    /** Words of the longest phrase the line starts with (at a word boundary), or 0. */
    int prefixWords(String[] words) {
        return longestAt(words, 0);
    }

    /** Words of the longest phrase that starts at word {@code start}, or 0. */
    int prefixWords(String[] words, int start) {
        return longestAt(words, start);
    }

    /** Whether some phrase occurs in the words, at word boundaries. */
    boolean occursIn(String[] words) {
        return occursIn(words, 1);
    }

    /** Whether some phrase of at least {@code minWords} words occurs in the words, at word boundaries. */
    boolean occursIn(String[] words, int minWords) {
        for (int i = 0; i < words.length; i++) {
            if (longestAt(words, i) >= minWords) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the words are, end to end, a sequence of phrases (and, if {@code numbersToo}, bare
     * numbers): {@code "facebook twitter email"} with a list of share tools.
     */
    boolean covers(String[] words, boolean numbersToo) {
        if (words.length == 0) {
            return false;
        }
        if (!(numbersToo && isNumber(words[0])) && first(words[0]) == null) {
            return false; // nothing covers the first word: spare the table
        }
        boolean[] reach = new boolean[words.length + 1];
        reach[0] = true;
        for (int i = 0; i < words.length; i++) {
            if (!reach[i]) {
                continue;
            }
            if (numbersToo && isNumber(words[i])) {
                reach[i + 1] = true;
            }
            Node node = first(words[i]);
            for (int k = i; node != null; ) {
                if (node.phrase) {
                    reach[k + 1] = true;
                }
                if (++k >= words.length) {
                    break;
                }
                node = node.get(words[k]);
            }
        }
        return reach[words.length];
    }

    /** Words of the longest phrase that starts at word {@code start}, or 0. */
    int longestAt(String[] words, int start) {
        if (start >= words.length) {
            return 0;
        }
        int best = 0;
        Node node = first(words[start]);
        for (int k = start; node != null; ) {
            if (node.phrase) {
                best = k - start + 1;
            }
            if (++k >= words.length) {
                break;
            }
            node = node.get(words[k]);
        }
        return best;
    }

    // Lookups in the normalised text itself. They answer as the ones above do for words(normalized),
    // but walk the words where they lie (single spaces between them, none at either end) instead
    // of cutting them out: a cleaner asks of a block, whose words are not kept (see
    // TextBlock.phraseWords()), without making a string per word and an array each time.

    /** How many words {@link #words(String)} makes of the normalised text, without making them. */
    static int wordCount(String normalized) {
        if (normalized.isEmpty()) {
            return 0;
        }
        int count = 1;
        for (int i = normalized.indexOf(' '); i >= 0; i = normalized.indexOf(' ', i + 1)) {
            count++;
        }
        return count;
    }

    /** The end of the word of the normalised text that starts at {@code start}. */
    static int wordEnd(String normalized, int start) {
        int end = normalized.indexOf(' ', start);
        return end < 0 ? normalized.length() : end;
    }

    /** {@link #prefixWords(String[])} of {@code words(normalized)}. */
    int prefixWords(String normalized) {
        return normalized.isEmpty() ? 0 : longestFrom(normalized, 0);
    }

    /** {@link #occursIn(String[])} of {@code words(normalized)}. */
    boolean occursIn(String normalized) {
        return occursIn(normalized, 1);
    }

    /** {@link #occursIn(String[], int)} of {@code words(normalized)}. */
    boolean occursIn(String normalized, int minWords) {
        if (normalized.isEmpty()) {
            return false;
        }
        for (int start = 0; ; ) {
            if (longestFrom(normalized, start) >= minWords) {
                return true;
            }
            int end = wordEnd(normalized, start);
            if (end >= normalized.length()) {
                return false;
            }
            start = end + 1;
        }
    }

    /**
     * {@link #covers(String[], boolean)} of {@code words(normalized)}; the table of reachable word
     * starts is made only for a line whose first word some phrase (or number) covers.
     */
    boolean covers(String normalized, boolean numbersToo) {
        if (normalized.isEmpty()) {
            return false;
        }
        int firstEnd = wordEnd(normalized, 0);
        if (!(numbersToo && isNumber(normalized, 0, firstEnd)) && first(normalized, 0, firstEnd) == null) {
            return false;
        }
        int length = normalized.length();
        // reach[i]: the words before char i are covered, and a word starts at i (or i is the end)
        boolean[] reach = new boolean[length + 2];
        reach[0] = true;
        for (int start = 0; start < length; ) {
            int end = wordEnd(normalized, start);
            if (reach[start]) {
                if (numbersToo && isNumber(normalized, start, end)) {
                    reach[end + 1] = true;
                }
                Node node = first(normalized, start, end);
                for (int e = end; node != null; ) {
                    if (node.phrase) {
                        reach[e + 1] = true;
                    }
                    if (e >= length) {
                        break;
                    }
                    int next = e + 1;
                    e = wordEnd(normalized, next);
                    node = node.get(normalized, next, e);
                }
            }
            start = end + 1;
        }
        return reach[length + 1];
    }

    // Lookups in a block's PhraseText: as the ones above, with the words' places and hashes found
    // once for the block instead of at every lookup.

    /** {@link #first(String)} of word {@code k}. */
    private @Nullable Node first(PhraseText p, int k) {
        int sig = signature(p.text(), p.start(k), p.end(k));
        return (firstWords[sig >>> 6] & (1L << sig)) == 0 ? null : root.get(p, k);
    }

    /** {@link #longestAt(String[], int)} of the text's words. */
    int longestAt(PhraseText p, int start) {
        int size = p.size();
        if (start >= size) {
            return 0;
        }
        int best = 0;
        Node node = first(p, start);
        for (int k = start; node != null; ) {
            if (node.phrase) {
                best = k - start + 1;
            }
            if (++k >= size) {
                break;
            }
            node = node.get(p, k);
        }
        return best;
    }

    /** {@link #prefixWords(String[])} of the text's words. */
    int prefixWords(PhraseText p) {
        return longestAt(p, 0);
    }

    /** {@link #occursIn(String[])} of the text's words. */
    boolean occursIn(PhraseText p) {
        return occursIn(p, 1);
    }

    /** {@link #occursIn(String[], int)} of the text's words. */
    boolean occursIn(PhraseText p, int minWords) {
        for (int k = 0; k < p.size(); k++) {
            if (longestAt(p, k) >= minWords) {
                return true;
            }
        }
        return false;
    }

    /** {@link #covers(String[], boolean)} of the text's words. */
    boolean covers(PhraseText p, boolean numbersToo) {
        int size = p.size();
        if (size == 0) {
            return false;
        }
        String t = p.text();
        if (!(numbersToo && isNumber(t, 0, p.end(0))) && first(p, 0) == null) {
            return false; // nothing covers the first word: spare the table
        }
        boolean[] reach = new boolean[size + 1];
        reach[0] = true;
        for (int i = 0; i < size; i++) {
            if (!reach[i]) {
                continue;
            }
            if (numbersToo && isNumber(t, p.start(i), p.end(i))) {
                reach[i + 1] = true;
            }
            Node node = first(p, i);
            for (int k = i; node != null; ) {
                if (node.phrase) {
                    reach[k + 1] = true;
                }
                if (++k >= size) {
                    break;
                }
                node = node.get(p, k);
            }
        }
        return reach[size];
    }

    /** {@link #isNumber(String)} of the word {@code text[from, to)}. */
    static boolean isNumber(String text, int from, int to) {
        if (from >= to || !isDigit(text.charAt(from))) {
            return false;
        }
        for (int i = from + 1; i < to; i++) {
            char c = text.charAt(i);
            if (!isDigit(c) && !(i == to - 1 && (c == 'k' || c == 'm'))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Words of the longest phrase that starts at the word beginning at char {@code start} of the
     * (non-empty) normalised text, or 0: {@link #longestAt(String[], int)} in place.
     */
    private int longestFrom(String normalized, int start) {
        int end = wordEnd(normalized, start);
        Node node = first(normalized, start, end);
        int best = 0;
        for (int k = 1; node != null; k++) {
            if (node.phrase) {
                best = k;
            }
            if (end >= normalized.length()) {
                break;
            }
            start = end + 1;
            end = wordEnd(normalized, start);
            node = node.get(normalized, start, end);
        }
        return best;
    }

    private static boolean isDigit(char c) {
        return c <= '9' ? c >= '0' : c >= 0x80 && Character.isDigit(c);
    }

    /** Digits only, optionally with a k/m suffix as in share counts ({@code 84k}). */
    static boolean isNumber(String word) {
        return isNumber(word, 0, word.length());
    }
}
