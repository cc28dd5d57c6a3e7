package io.github.tidings.clean;

import java.util.List;

/**
 * Removes comment prompts and comment sections: {@code Leave a comment}, {@code Leave a Reply},
 * {@code Join the conversation}, {@code Show comments}, the form's field labels, and, when such a
 * heading comes after most of the page's text, or after an article's worth of prose below the
 * headline, everything after it (readers' comments are not the article); never a heading above
 * the article's headline (a jump to the comments under a long menu). Phrases come from
 * {@code phrases/comments.*.txt}.
 */
final class CommentSectionCleaner implements Cleaner {
    /** Share of the kept text that must come before a comment heading for it to end the article. */
    static final double END_SHARE = 0.6;
    /** Prose words below the headline that make an article whose comment heading ends it, however long the comments. */
    static final int ARTICLE_WORDS = 150;

    /** A cleaner; stateless. */
    CommentSectionCleaner() {
    }

    @Override
    public void clean(Page page) {
        List<TextBlock> kept = page.kept();
        long total = 0;
        for (TextBlock b : kept) {
            total += b.chars();
        }
        int headline = page.keptBelowHeadline().orElse(-1);
        long before = 0;
        long articleWords = 0; // prose words between the headline and here
        for (int k = 0; k < kept.size(); k++) {
            TextBlock b = kept.get(k);
            if (!page.isRemoved(b) && isCommentPrompt(b)) {
                page.remove(b, "comment prompt");
                boolean proseNext = k + 1 < kept.size() && kept.get(k + 1).words() >= 30;
                // Readers' comments may outweigh a short article: below a headline, an article's
                // worth of prose before the heading is enough.
                boolean ends = before >= END_SHARE * total || headline >= 0 && articleWords >= ARTICLE_WORDS;
                // Above the article's headline the prompt is page furniture (a jump to the comments,
                // "Comments [#comments]"), however much navigation stands above it.
                boolean aboveHeadline = headline >= 0 && k < headline;
                if (ends && startsSection(b) && !proseNext && !aboveHeadline) {
                    for (int j = k + 1; j < kept.size(); j++) {
                        page.remove(kept.get(j), "comment section");
                    }
                    return;
                }
            }
            before += b.chars();
            if (headline >= 0 && k >= headline && Lines.isProse(b)) {
                articleWords += b.words();
            }
        }
    }

    /** A short line that is one of the comment phrases, or a count of comments. */
    static boolean isCommentPrompt(TextBlock b) {
        if (b.words() > 25 || Lines.isProse(b) && b.words() > 16) {
            return false;
        }
        PhraseText n = b.phrases();
        if (Phrases.COMMENTS.covers(n, true) && !allNumbers(Lines.words(b))) {
            return true;
        }
        // "Your email address will not be published. Required fields are marked *"
        int p = Phrases.COMMENTS.prefixWords(n);
        return p >= 3;
    }

    private static boolean allNumbers(String[] w) {
        for (String x : w) {
            if (!PhraseList.isNumber(x)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the prompt opens the comment section (rather than being a stray counter or link). */
    private static boolean startsSection(TextBlock b) {
        return b.words() >= 1 && b.words() <= 8;
    }
}
