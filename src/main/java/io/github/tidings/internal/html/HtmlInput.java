package io.github.tidings.internal.html;

import io.github.tidings.clean.TextBlock;
import io.github.tidings.internal.metadata.Found;
import io.github.tidings.internal.text.Shape;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the HTML reader made of a document: its blocks in order, those outside the main content
 * already marked removed, and the metadata the page states. Internal: not part of the API.
 *
 * @param blocks the blocks in document order
 * @param metadata what the page's markup states (JSON-LD, OpenGraph, meta tags, title)
 */
public record HtmlInput(List<Entry> blocks, Found metadata) {

    /**
     * One block, and if the reader already dropped it, by which component and why.
     *
     * @param block the block
     * @param removedBy the component that dropped it, or {@code null} when kept
     * @param reason why it was dropped, or {@code null} when kept
     */
    public record Entry(TextBlock block, @Nullable String removedBy, @Nullable String reason, @Nullable Shape shape) {

        /** An entry without structure. */
        public Entry(TextBlock block, @Nullable String removedBy, @Nullable String reason) {
            this(block, removedBy, reason, null);
        }
    }
}
