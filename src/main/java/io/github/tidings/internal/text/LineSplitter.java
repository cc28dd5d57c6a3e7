package io.github.tidings.internal.text;

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

    /**
     * The number of non-blank lines of normalised text, the most blocks {@link #split(String)} or
     * the Markdown reader can make of it: counted before any block is made, so that a limit on
     * blocks is checked without spending the memory it guards.
     */
    public static int countLines(String normalized) {
        int lines = 0;
        int n = normalized.length();
        for (int i = normalized.indexOf('\n'), start = 0; ; i = normalized.indexOf('\n', start)) {
            int end = i < 0 ? n : i;
            if (end > start) {
                lines++;
            }
            if (i < 0) {
                return lines;
            }
            start = i + 1;
        }
    }

    /** The blocks of normalised text, in order. */
    public static List<TextBlock> split(String normalized) {
        int n = normalized.length();
        List<TextBlock> out = new ArrayList<>(Math.max(16, n / 32)); // lines of pages average some 40 characters
        int start = 0;
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
