package io.github.tidings.clean;

import java.util.List;

/**
 * Removes blocks that a page prints again within a few blocks: photo captions that a gallery
 * repeats, teasers listed twice in a row. Article text does not repeat itself at such a short
 * distance, while a question repeated far apart (an interview's recurring question) may be real, so
 * only copies at most {@value #NEAR} blocks apart count. The first copy stays (it may be a paragraph
 * the scrape printed twice) and the later ones go. Blocks of fewer than {@value #MIN_WORDS} words are left to
 * the other cleaners.
 */
final class DuplicateBlockCleaner implements Cleaner {
    /** Shortest block, in words, that counts as a repeat. */
    static final int MIN_WORDS = 8;
    /** Largest distance, in blocks, between two copies. */
    static final int NEAR = 4;

    /** A cleaner; stateless. */
    DuplicateBlockCleaner() {
    }

    @Override
    public void clean(Page page) {
        // Only the blocks up to NEAR before can be a copy that counts: compare with those, which
        // spares hashing every long block's text into a map of the whole page.
        List<TextBlock> blocks = page.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            TextBlock b = blocks.get(i);
            // Removed blocks first: their counts are made only if asked for, and the HTML reader
            // removes most of a page's blocks before any cleaner runs.
            if (page.isRemoved(b) || b.words() < MIN_WORDS) {
                continue;
            }
            String key = b.text().strip();
            for (int j = i - 1; j >= 0 && i - j <= NEAR; j--) {
                TextBlock p = blocks.get(j);
                if (p.text().length() >= key.length() && p.words() >= MIN_WORDS && p.text().strip().equals(key)) {
                    page.remove(b, "block repeated nearby");
                    break;
                }
            }
        }
    }
}
