package io.github.tidings.text;

import io.github.tidings.clean.TextBlock;
import java.util.List;

/**
 * Turns a normalised Markdown dump into blocks: headings typed, link and image syntax and
 * emphasis stripped, link text measured. Internal: not part of the API.
 */
public final class MarkdownReader {
    private MarkdownReader() {
    }

    /** The blocks of normalised Markdown, in order. */
    public static List<TextBlock> read(String normalized) {
        return LineSplitter.split(normalized);
    }
}
