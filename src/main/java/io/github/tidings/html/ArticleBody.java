package io.github.tidings.html;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A JSON-LD {@code articleBody}, as a set of word 4-gram shingles to compare blocks against. Pages
 * often truncate it or fill it with a teaser, so it only ever confirms DOM text: a block counts
 * as article text when most of its shingles occur in it.
 */
final class ArticleBody {
    private static final int N = 4;
    /** A body shorter than this many shingles is a teaser and says nothing. */
    private static final int MIN_SHINGLES = 30;

    private final Set<Long> shingles;

    private ArticleBody(Set<Long> shingles) {
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
        for (int i = 0; i < out.length; i++) {
            Set<Long> s = shingles(blocks.get(i).text);
            if (s.size() < 3) {
                continue;
            }
            int hit = 0;
            for (Long x : s) {
                if (shingles.contains(x)) {
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
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < matches.length; i++) {
            if (matches[i]) {
                seen.addAll(shingles(blocks.get(i).text));
            }
        }
        int hit = 0;
        for (Long x : shingles) {
            if (seen.contains(x)) {
                hit++;
            }
        }
        return hit * 2 >= shingles.size();
    }

    static Set<Long> shingles(String text) {
        Set<Long> out = new HashSet<>();
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
            window[count % N] = text.substring(start, i).toLowerCase(Locale.ROOT).hashCode();
            count++;
            if (count >= N) {
                long h = 17;
                for (int k = count - N; k < count; k++) {
                    h = h * 1_000_003L + window[k % N];
                }
                out.add(h);
            }
        }
        return out;
    }
}
