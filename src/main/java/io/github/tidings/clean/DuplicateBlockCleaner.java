package io.github.tidings.clean;

import java.util.HashMap;
import java.util.Map;

/**
 * Removes blocks that a page prints again within a few blocks: photo captions that a gallery
 * repeats, teasers listed twice in a row. Article text does not repeat itself at such a short
 * distance, while a question repeated far apart (an interview's recurring question) may be real, so
 * only copies at most {@value #NEAR} blocks apart count. The first copy stays (it may be a paragraph
 * the scrape printed twice) and the later ones go. Blocks of fewer than {@value #MIN_WORDS} words are left to
 * the other cleaners.
 */
public final class DuplicateBlockCleaner implements Cleaner {
    /** Shortest block, in words, that counts as a repeat. */
    static final int MIN_WORDS = 8;
    /** Largest distance, in blocks, between two copies. */
    static final int NEAR = 4;

    /** A cleaner; stateless. */
    public DuplicateBlockCleaner() {
    }

    @Override
    public void clean(Page page) {
        Map<String, Integer> last = new HashMap<>();
        for (TextBlock b : page.blocks()) {
            if (b.words() < MIN_WORDS) {
                continue;
            }
            String key = b.text().strip();
            Integer previous = last.put(key, b.index());
            if (previous != null && b.index() - previous <= NEAR && !page.isRemoved(b)) {
                page.remove(b, "block repeated nearby");
            }
        }
    }
}
