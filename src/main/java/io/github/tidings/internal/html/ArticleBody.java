package io.github.tidings.internal.html;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A JSON-LD {@code articleBody}, as a set of word 4-gram shingles to compare blocks against. Pages
 * often truncate it or fill it with a teaser, so it only ever confirms DOM text: a block counts
 * as article text when most of its shingles occur in it.
 */
final class ArticleBody {
    private static final int N = 4;
    /** A body shorter than this many shingles is a teaser and says nothing. */
    private static final int MIN_SHINGLES = 30;

    private final LongSet shingles;

    private ArticleBody(LongSet shingles) {
        this.shingles = shingles;
    }

    static ArticleBody of(String text) {
        return new ArticleBody(shingles(text));
    }

    boolean usable() {
        return shingles.size() >= MIN_SHINGLES;
    }

    /** For each block, whether it is (mostly) part of the body; all false when the body is unusable. */
    boolean[] matches(List<BlockCollector.Raw> blocks) {
        boolean[] out = new boolean[blocks.size()];
        if (!usable()) {
            return out;
        }
        LongSet s = new LongSet(); // one set, emptied for each block
        for (int i = 0; i < out.length; i++) {
            s.clear();
            shingles(blocks.get(i).text, s);
            if (s.size() < 3) {
                continue;
            }
            int hit = 0;
            long[] values = s.values();
            for (int k = 0; k < s.size(); k++) {
                if (shingles.contains(values[k])) {
                    hit++;
                }
            }
            out[i] = hit * 10 >= s.size() * 7;
        }
        return out;
    }

    /**
     * Whether the DOM agrees with this body: the blocks that match it hold at least half of it. A
     * body that only a stray block echoes (a teaser repeated in a promo box) guides nothing.
     */
    boolean agrees(List<BlockCollector.Raw> blocks, boolean[] matches) {
        if (!usable()) {
            return false;
        }
        LongSet seen = new LongSet();
        for (int i = 0; i < matches.length; i++) {
            if (matches[i]) {
                shingles(blocks.get(i).text, seen);
            }
        }
        int hit = 0;
        long[] values = shingles.values();
        for (int k = 0; k < shingles.size(); k++) {
            if (seen.contains(values[k])) {
                hit++;
            }
        }
        return hit * 2 >= shingles.size();
    }

    static LongSet shingles(String text) {
        LongSet out = new LongSet();
        shingles(text, out);
        return out;
    }

    /** Adds the text's shingles to {@code out}. */
    static void shingles(String text, LongSet out) {
        long[] window = new long[N];
        int count = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            if (i == start) {
                break;
            }
            window[count % N] = wordHash(text, start, i);
            count++;
            if (count >= N) {
                long h = 17;
                for (int k = count - N; k < count; k++) {
                    h = h * 1_000_003L + window[k % N];
                }
                out.add(h);
            }
        }
    }

    /**
     * The hash code of the word's lower-case form, as {@code substring(...).toLowerCase(ROOT).hashCode()}
     * gives it, computed in place for ASCII words (most words of most pages).
     */
    private static int wordHash(String text, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return text.substring(start, end).toLowerCase(Locale.ROOT).hashCode();
            }
            h = 31 * h + (c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        return h;
    }

    /** A set of longs without boxing: open addressing, linear probing, insertion order kept for iteration. */
    static final class LongSet {
        private long[] table = new long[16];
        private boolean[] used = new boolean[16];
        private long[] order = new long[8];
        private int size;

        int size() {
            return size;
        }

        boolean contains(long x) {
            int mask = table.length - 1;
            for (int i = slot(x, mask); used[i]; i = (i + 1) & mask) {
                if (table[i] == x) {
                    return true;
                }
            }
            return false;
        }

        void add(long x) {
            int mask = table.length - 1;
            int i = slot(x, mask);
            for (; used[i]; i = (i + 1) & mask) {
                if (table[i] == x) {
                    return;
                }
            }
            used[i] = true;
            table[i] = x;
            if (size == order.length) {
                order = Arrays.copyOf(order, size * 2);
            }
            order[size++] = x;
            if (size * 2 > table.length) {
                grow();
            }
        }

        /** The values in the order first added, in the first {@link #size()} places of the array (not a copy). */
        long[] values() {
            return order;
        }

        void clear() {
            if (size > 0) {
                Arrays.fill(used, false);
                size = 0;
            }
        }

        private void grow() {
            table = new long[table.length * 2];
            used = new boolean[table.length];
            int mask = table.length - 1;
            for (int k = 0; k < size; k++) {
                int i = slot(order[k], mask);
                while (used[i]) {
                    i = (i + 1) & mask;
                }
                used[i] = true;
                table[i] = order[k];
            }
        }

        private static int slot(long x, int mask) {
            long h = x * 0x9E3779B97F4A7C15L;
            return (int) (h >>> 40) & mask;
        }
    }
}
