package io.github.tidings.internal.text;

import org.jspecify.annotations.Nullable;

/**
 * Strings made lately, by hash, so that a text a dump repeats (a menu entry, a label, "Reply"
 * under every comment) is one string for all its lines and blocks rather than one each: for a
 * page of many short lines a line's string is as large as its block. A fixed table of {@value
 * #SLOTS} slots, whatever the input's size; a string that meets another in its slot takes the slot,
 * so a text that comes back after many others may be made again. What it gives is always equal to
 * what was asked for.
 */
final class RecentStrings {
    static final int SLOTS = 1024;
    private final @Nullable String[] slots = new String[SLOTS];

    /** {@code text}, or an equal string given lately. */
    String share(String text) {
        int slot = slot(text.hashCode());
        String seen = slots[slot];
        if (text.equals(seen)) {
            return seen;
        }
        slots[slot] = text;
        return text;
    }

    /**
     * {@code input.substring(from, to)}, or an equal string given lately: an equal one is found
     * without making the substring.
     */
    String share(String input, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + input.charAt(i); // as String.hashCode: share(String) finds the same slot
        }
        int slot = slot(h);
        String seen = slots[slot];
        if (seen != null && seen.length() == to - from && input.regionMatches(from, seen, 0, to - from)) {
            return seen;
        }
        String text = input.substring(from, to);
        slots[slot] = text;
        return text;
    }

    private static int slot(int h) {
        return (h ^ h >>> 16) & (SLOTS - 1);
    }
}
