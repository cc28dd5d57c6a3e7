package io.github.tidings.internal.text;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An immutable table from words to values, looked up by a running 64-bit hash of the word's
 * (already lower-cased) code points, so that a scanner can look words up without building strings.
 * Two different words of a list sharing a 64-bit FNV-1a hash is not a practical concern for lists of
 * a few thousand words.
 */
final class WordHashes {
    /** The hash of the empty word. */
    static final long START = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private final LongHashSet keys;
    /**
     * One bit per value of a hash's top 16 bits, set for the words': most words of a text are none
     * of the list's, and this 8 KB filter turns them away before a probe of the larger table.
     * Filled once, never changed.
     */
    private final long[] filter = new long[1 << 10];
    private final int[][] values; // by the key's slot
    private final int longestWord;

    WordHashes(Map<String, int[]> words) {
        long[] hashes = new long[words.size()];
        int longest = 0;
        int i = 0;
        for (String w : words.keySet()) {
            hashes[i++] = hash(w);
            longest = Math.max(longest, w.codePointCount(0, w.length()));
        }
        keys = new LongHashSet(hashes);
        for (long h : hashes) {
            int bit = (int) (h >>> 48);
            filter[bit >>> 6] |= 1L << bit;
        }
        values = new int[keys.slots()][];
        words.forEach((w, v) -> values[keys.slot(hash(w))] = v.clone());
        longestWord = longest;
    }

    /** One more code point of a word. */
    static long step(long hash, int codePoint) {
        return (hash ^ codePoint) * PRIME;
    }

    /** The hash of a whole word. */
    static long hash(String word) {
        long h = START;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            h = step(h, cp);
            i += Character.charCount(cp);
        }
        return h;
    }

    /** The value stored for the word with this hash, or {@code null}. */
    int @Nullable [] get(long hash) {
        int bit = (int) (hash >>> 48);
        if ((filter[bit >>> 6] & (1L << bit)) == 0) {
            return null;
        }
        int i = keys.slot(hash);
        return i < 0 ? null : values[i];
    }

    /** The length, in code points, of the longest word. */
    int longestWord() {
        return longestWord;
    }
}
