package io.github.tidings.internal.text;

/**
 * An immutable set of 64-bit word hashes in an open-addressing table: a scanner looks each word up
 * in one or two probes, where a binary search over a few thousand hashes takes a dozen. Each key
 * has a slot, so a parallel array can hold values for the keys ({@link WordHashes}).
 */
final class LongHashSet {
    /** Marks an empty slot; the key 0 itself is kept apart in {@link #zeroSlot}. */
    private static final long EMPTY = 0L;

    private final long[] table;
    private final int mask;
    /** The slot reserved for the key 0, or -1 when 0 is not a key. */
    private final int zeroSlot;

    /** A set of the given keys (duplicates allowed). */
    LongHashSet(long[] keys) {
        int size = Integer.highestOneBit(Math.max(4, keys.length * 3)) << 1; // at most a third full
        // one slot past the table for the key 0, which cannot be told from an empty slot
        this.table = new long[size + 1];
        this.mask = size - 1;
        int zero = -1;
        for (long k : keys) {
            if (k == EMPTY) {
                zero = size;
                continue;
            }
            int i = start(k);
            while (table[i] != EMPTY && table[i] != k) {
                i = (i + 1) & mask;
            }
            table[i] = k;
        }
        this.zeroSlot = zero;
    }

    private int start(long key) {
        int h = (int) (key ^ (key >>> 32));
        return (h ^ (h >>> 16)) & mask;
    }

    /** The number of slots: {@link #slot(long)} is below it. */
    int slots() {
        return table.length;
    }

    /** The key's slot, or -1 when it is not in the set. */
    int slot(long key) {
        if (key == EMPTY) {
            return zeroSlot;
        }
        for (int i = start(key); ; i = (i + 1) & mask) {
            long t = table[i];
            if (t == key) {
                return i;
            }
            if (t == EMPTY) {
                return -1;
            }
        }
    }

    /** Whether the key is in the set. */
    boolean contains(long key) {
        return slot(key) >= 0;
    }
}
