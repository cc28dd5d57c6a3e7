package io.github.tidings.internal.html;

import java.util.List;

/**
 * The page's visible text, {@link HtmlMetadata#fold folded}, for asking whether it contains a
 * folded title or name. It is folded block by block only as far as a question needs: titles and
 * bylines stand near the top, so most pages never fold their whole text, and a page whose
 * questions all find their answer never folds past them.
 *
 * <p>The text is the blocks' folds joined by single spaces, which is the fold of the blocks
 * joined by line breaks: a line break neither composes, cases nor collapses with its neighbours.
 * Only a block with non-ASCII characters pays for the NFKC pass.
 */
final class VisibleText {
    private final List<BlockCollector.Raw> blocks;
    private final StringBuilder folded = new StringBuilder();
    /** How many blocks are folded so far. */
    private int next;

    VisibleText(List<BlockCollector.Raw> blocks) {
        this.blocks = blocks;
    }

    /** Whether the whole folded text contains {@code needle} (itself folded). */
    boolean contains(String needle) {
        if (folded.indexOf(needle) >= 0) {
            return true;
        }
        while (next < blocks.size()) {
            String f = HtmlMetadata.fold(blocks.get(next++));
            if (f.isEmpty()) {
                continue;
            }
            // Only a match ending in the new text is new: search from where it could start.
            int from = Math.max(0, folded.length() - needle.length() + 1);
            if (folded.length() > 0) {
                folded.append(' ');
            }
            folded.append(f);
            if (folded.indexOf(needle, from) >= 0) {
                return true;
            }
        }
        return false;
    }
}
