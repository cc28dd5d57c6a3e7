package io.github.tidings.clean;

import java.util.List;

/**
 * Removes blocks that a page prints again within a few blocks: photo captions that a gallery
 * repeats, teasers listed twice in a row. Article text does not repeat itself at such a short
 * distance, while a question repeated far apart (an interview's recurring question) may be real, so
 * only copies at most {@value #NEAR} blocks apart count. The first copy stays (it may be a paragraph
 * the scrape printed twice) and the later ones go. Blocks of fewer than {@value #MIN_WORDS} words are left to
 * the other cleaners.
 *
 * <p>It also removes a block that says the same words twice in a row, perhaps followed by a credit
 * ("Firemen load a helicopter Firemen load a helicopter", "… Cámara de Diputados… Cámara de
 * DiputadosIgnacio Sánchez"): a text dump prints a picture's alternative text and then its caption,
 * or a teaser's image and then its link, as one line; a writer does not repeat a sentence of at
 * least {@value #MIN_HALF_WORDS} words at once.
 */
final class DuplicateBlockCleaner implements Cleaner {
    /** Shortest block, in words, that counts as a repeat. */
    static final int MIN_WORDS = 8;
    /** Largest distance, in blocks, between two copies. */
    static final int NEAR = 4;
    /** Fewest words of each copy in a block that says its words twice. */
    static final int MIN_HALF_WORDS = 4;
    /** Longest block, in characters, looked at for a doubled text: captions and teaser lines are short. */
    static final int MAX_DOUBLED_CHARS = 400;

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
            if (saysItTwice(b.text())) {
                page.remove(b, "text printed twice in one block (a picture's text and its caption)");
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

    /**
     * Whether the text opens with some words (at least {@value #MIN_HALF_WORDS}, at least 20
     * characters) that it repeats right away, with at most a few words after the copy (a credit).
     */
    static boolean saysItTwice(String text) {
        String t = text.strip();
        if (t.length() > MAX_DOUBLED_CHARS) {
            return false;
        }
        int words = 0;
        for (int i = 1; i <= t.length() / 2; i++) {
            if (!Character.isWhitespace(t.charAt(i)) || Character.isWhitespace(t.charAt(i - 1))) {
                continue;
            }
            words++; // a word ends before i
            int next = i;
            while (next < t.length() && Character.isWhitespace(t.charAt(next))) {
                next++;
            }
            if (words >= MIN_HALF_WORDS && i >= 20 && t.startsWith(t.substring(0, i), next)
                    && wordsIn(t, next + i) <= 4) {
                return true;
            }
        }
        return false;
    }

    /** Words in the text from {@code from} on. */
    private static int wordsIn(String t, int from) {
        int n = 0;
        boolean inWord = false;
        for (int i = from; i < t.length(); i++) {
            boolean space = Character.isWhitespace(t.charAt(i));
            n += !space && !inWord ? 1 : 0;
            inWord = !space;
        }
        return n;
    }
}
