package io.github.tidings.clean;

/**
 * A normalised text ({@link PhraseList#normalize(String)}) with where each of its words ends and
 * each word's {@link String#hashCode()}, found in one pass. A block's is made once
 * ({@link TextBlock#phrases()}) and every built-in cleaner asks its phrase lists about it: looked
 * up in the text alone, each list cut the words out and hashed them again, some twenty times a
 * line. Two small int arrays, not a string per word: the blocks of a page of many short lines hold
 * them all while the built-in cleaners run.
 *
 * <p>Immutable.
 */
final class PhraseText {
    private static final int[] NONE = new int[0];

    private final String text;
    /** The end (exclusive) of each word; the next word starts one past it, after the single space. */
    private final int[] ends;
    /** {@link String#hashCode()} of each word. */
    private final int[] hashes;

    private PhraseText(String text, int[] ends, int[] hashes) {
        this.text = text;
        this.ends = ends;
        this.hashes = hashes;
    }

    /** The words of a normalised text: single spaces between them, none at either end. */
    static PhraseText of(String normalized) {
        int count = PhraseList.wordCount(normalized);
        if (count == 0) {
            return new PhraseText(normalized, NONE, NONE);
        }
        int[] ends = new int[count];
        int[] hashes = new int[count];
        int k = 0;
        int h = 0;
        int n = normalized.length();
        for (int i = 0; i < n; i++) {
            char c = normalized.charAt(i);
            if (c == ' ') {
                ends[k] = i;
                hashes[k++] = h;
                h = 0;
            } else {
                h = 31 * h + c;
            }
        }
        ends[k] = n;
        hashes[k] = h;
        return new PhraseText(normalized, ends, hashes);
    }

    /** The normalised text. */
    String text() {
        return text;
    }

    /** How many words it has. */
    int size() {
        return ends.length;
    }

    /** Where word {@code k} starts in {@link #text()}. */
    int start(int k) {
        return k == 0 ? 0 : ends[k - 1] + 1;
    }

    /** Where word {@code k} ends (exclusive) in {@link #text()}. */
    int end(int k) {
        return ends[k];
    }

    /** {@link String#hashCode()} of word {@code k}. */
    int hash(int k) {
        return hashes[k];
    }

    /** Word {@code k}. */
    String word(int k) {
        return text.substring(start(k), ends[k]);
    }

    /** All the words, as {@link PhraseList#words(String)} cuts them. */
    String[] words() {
        String[] out = new String[ends.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = word(k);
        }
        return out;
    }
}
