package io.github.tidings.metadata;

import io.github.tidings.Hints;
import io.github.tidings.clean.TextBlock;
import java.util.List;

/**
 * Reads metadata from the blocks of a text input before cleaning: the title, the date line, the
 * byline, the site name. Internal: not part of the API.
 */
public final class TextMetadataReader {
    private TextMetadataReader() {
    }

    /** What the blocks say about the article. */
    public static Found read(List<TextBlock> blocks, Hints hints) {
        Found f = new Found();
        if (!blocks.isEmpty() && blocks.get(0).text().length() <= 300) {
            f.title(blocks.get(0).text());
            f.titleBlocks().add(0);
        }
        return f;
    }
}
