package io.github.tidings.text;

import java.util.Arrays;
import java.util.Map;

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

    private final long[] keys; // sorted
    private final int[][] values;
    private final int longestWord;

    WordHashes(Map<String, int[]> words) {
        long[][] pairs = new long[words.size()][];
        String[] order = words.keySet().toArray(new String[0]);
        int longest = 0;
        for (int i = 0; i < order.length; i++) {
            pairs[i] = new long[] {hash(order[i]), i};
            longest = Math.max(longest, order[i].codePointCount(0, order[i].length()));
        }
        Arrays.sort(pairs, (a, b) -> Long.compare(a[0], b[0]));
        keys = new long[pairs.length];
        values = new int[pairs.length][];
        for (int i = 0; i < pairs.length; i++) {
            keys[i] = pairs[i][0];
            values[i] = words.get(order[(int) pairs[i][1]]).clone();
        }
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
    int[] get(long hash) {
        int i = Arrays.binarySearch(keys, hash);
        return i < 0 ? null : values[i];
    }

    /** The length, in code points, of the longest word. */
    int longestWord() {
        return longestWord;
    }
}
