package io.github.tidings.internal.html;

import io.github.tidings.clean.TextBlock;
import io.github.tidings.internal.metadata.Found;
import io.github.tidings.internal.text.Shape;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * What the HTML reader made of a document: its blocks in order, those outside the main content
 * already marked removed, and the metadata the page states. Internal: not part of the API.
 *
 * @param blocks the blocks in document order
 * @param metadata what the page's markup states (JSON-LD, OpenGraph, meta tags, title)
 * @param document the document read, which site rules' selectors query
 */
public record HtmlInput(List<Entry> blocks, Found metadata, Document document) {

    /**
     * One block, and if the reader already dropped it, by which component and why.
     *
     * @param block the block
     * @param removedBy the component that dropped it, or {@code null} when kept
     * @param reason why it was dropped, or {@code null} when kept
     * @param element the element the block was read from, or {@code null} for text input
     * @param shape the block's structure (heading level, list, links, table, figure), or {@code null}
     */
    public record Entry(TextBlock block, @Nullable String removedBy, @Nullable String reason,
            @Nullable Element element, @Nullable Shape shape) {

        /** An entry of text input, which has no element, without structure. */
        public Entry(TextBlock block, @Nullable String removedBy, @Nullable String reason) {
            this(block, removedBy, reason, null, null);
        }

        /** An entry read from an element, without structure. */
        public Entry(TextBlock block, @Nullable String removedBy, @Nullable String reason, @Nullable Element element) {
            this(block, removedBy, reason, element, null);
        }

        /** An entry of text input with its structure. */
        public Entry(TextBlock block, @Nullable String removedBy, @Nullable String reason, @Nullable Shape shape) {
            this(block, removedBy, reason, null, shape);
        }
    }
}
