package io.github.tidings.text;

import io.github.tidings.clean.TextBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits normalised plain text into blocks: each non-blank line is one block, because scrapes put
 * one element of the page on a line. Internal: not part of the API.
 */
public final class LineSplitter {
    private LineSplitter() {
    }

    /** The blocks of normalised text, in order. */
    public static List<TextBlock> split(String normalized) {
        List<TextBlock> out = new ArrayList<>();
        int start = 0;
        int n = normalized.length();
        while (start <= n) {
            int end = normalized.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            if (end > start) {
                out.add(TextBlock.of(normalized.substring(start, end)));
            }
            start = end + 1;
        }
        return out;
    }
}
