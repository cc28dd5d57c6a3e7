package io.github.tidings.clean;

import java.util.List;

/**
 * Removes the invitation a paywalled page puts where its teaser stops: a short paragraph after the
 * article's prose, with no prose of the article after it, that says the rest is for subscribers
 * ({@code This article is for subscribers only}, {@code Réservé aux abonnés}) or asks the reader to
 * subscribe or log in to read on ({@code Subscribe to continue reading}, {@code Jetzt weiterlesen mit
 * Abo}, {@code Zaloguj się, aby czytać dalej}), and the short access lines right after it
 * ({@code Already a subscriber? Log in}). Text dumps of paywalled pages often set the invitation
 * above the teaser instead: an invitation before any of the article's prose, with no more than a
 * teaser's prose after it ({@link #MAX_TEASER_WORDS} words in {@link #MAX_TEASER_BLOCKS}
 * paragraphs at most), is removed the same way and the teaser stays. The same phrases in the middle
 * of an article, with its prose going on after them, are no cut and stay for the other cleaners.
 *
 * <p>Phrases come from {@code phrases/paywallonly.*} (enough alone), {@code paywallcontinue.*} and
 * {@code paywallaccess.*} (an invitation to read on needs an access word beside it). The parser
 * reads a removal by this cleaner as the signal that the article is not free to read
 * ({@code Article#accessibleForFree()}).
 */
final class PaywallCleaner implements Cleaner {
    /** The reason given for each removal; the parser recognises the cut by it. */
    static final String REASON = "paywall: the body ends in an invitation to subscribe or log in";
    /** The reason for an invitation set above the teaser; it starts as {@link #REASON} does. */
    static final String REASON_ABOVE = "paywall: an invitation to subscribe or log in stands above the teaser";
    /** Longest invitation, in words: longer paragraphs are the article's own. */
    static final int MAX_WORDS = 40;
    /** Words of prose the teaser must have before the invitation: a page of invitations alone is no cut teaser. */
    static final int MIN_TEASER_WORDS = 25;
    /** Words from which a sentence after the invitation is the article going on. */
    static final int PROSE_WORDS = 30;
    /** How many kept blocks after the invitation may be taken with it: short access lines. */
    static final int MAX_TRAILING = 4;
    /** Longest access line taken after the invitation ({@code Already a subscriber? Log in}). */
    static final int MAX_ACCESS_WORDS = 10;

    private static final PhraseList ONLY = PhraseList.load("paywallonly");
    private static final PhraseList CONTINUE = PhraseList.load("paywallcontinue");
    private static final PhraseList ACCESS = PhraseList.load("paywallaccess");

    /** A cleaner; stateless. */
    PaywallCleaner() {
    }

    /** Most words of prose a teaser under the invitation may have: more is the article itself. */
    static final int MAX_TEASER_WORDS = 250;
    /** Most paragraphs of prose a teaser under the invitation may have. */
    static final int MAX_TEASER_BLOCKS = 4;

    @Override
    public void clean(Page page) {
        List<TextBlock> kept = page.kept();
        int teaser = 0;
        int[][] after = null; // what follows each block, counted in one pass when first asked for
        for (int k = 0; k < kept.size(); k++) {
            TextBlock b = kept.get(k);
            boolean below = teaser >= MIN_TEASER_WORDS; // an invitation where the teaser ends
            boolean above = teaser == 0; // an invitation above the teaser, before any prose
            if ((below || above) && b.words() <= MAX_WORDS && isInvitation(b.phrases())) {
                after = after == null ? proseAfterEach(kept) : after;
                if (below ? after[2][k + 1] == 0 : isTeaser(after[0][k + 1], after[1][k + 1])) {
                    removeWithTrailing(page, kept, k, below ? REASON : REASON_ABOVE);
                    return;
                }
            }
            if (Lines.isProse(b)) {
                teaser += b.words();
            }
        }
    }

    /** Removes the invitation at {@code k} and the invitations and access prompts right after it. */
    private static void removeWithTrailing(Page page, List<TextBlock> kept, int k, String reason) {
        page.remove(kept.get(k), reason);
        int end = Math.min(kept.size(), k + 1 + MAX_TRAILING);
        for (int j = k + 1; j < end; j++) {
            TextBlock t = kept.get(j);
            PhraseText n = t.phrases();
            if (t.words() <= MAX_WORDS && isInvitation(n) || t.words() <= MAX_ACCESS_WORDS && ACCESS.occursIn(n)) {
                page.remove(t, reason);
            }
        }
    }

    /**
     * Whether the normalised text says the rest is for subscribers, or invites the reader to
     * subscribe or log in to read on. Asked of nearly every block once the teaser is long enough,
     * so it looks the phrases up in the text, not in words cut out of it.
     */
    static boolean isInvitation(PhraseText normalized) {
        return ONLY.occursIn(normalized) || CONTINUE.occursIn(normalized) && ACCESS.occursIn(normalized);
    }

    /**
     * For each index {@code i}, what follows from block {@code i} on, invitations not counted: the
     * words ({@code [0][i]}) and paragraphs ({@code [1][i]}) of prose, and the long sentences that
     * show the article goes on ({@code [2][i]}). One pass from the end, so that asking at every
     * invitation costs linear time in all.
     */
    private static int[][] proseAfterEach(List<TextBlock> kept) {
        int n = kept.size();
        int[][] out = new int[3][n + 1];
        for (int j = n - 1; j >= 0; j--) {
            TextBlock t = kept.get(j);
            boolean invitation = t.words() <= MAX_WORDS && isInvitation(t.phrases());
            boolean prose = Lines.isProse(t) && !invitation;
            // the article's prose goes on: a long sentence that is no invitation itself
            boolean goesOn = t.words() >= PROSE_WORDS && t.endsLikeSentence() && !invitation;
            out[0][j] = out[0][j + 1] + (prose ? t.words() : 0);
            out[1][j] = out[1][j + 1] + (prose ? 1 : 0);
            out[2][j] = out[2][j + 1] + (goesOn ? 1 : 0);
        }
        return out;
    }

    /**
     * Whether prose of {@code words} words in {@code blocks} paragraphs after an invitation is a
     * teaser and no more: {@link #MIN_TEASER_WORDS} to {@link #MAX_TEASER_WORDS} words in at most
     * {@link #MAX_TEASER_BLOCKS} paragraphs. Dumps of paywalled pages often put the invitation
     * ({@code Subscribe to read}) above the teaser, before any of the article's prose.
     */
    private static boolean isTeaser(int words, int blocks) {
        return words >= MIN_TEASER_WORDS && words <= MAX_TEASER_WORDS && blocks <= MAX_TEASER_BLOCKS;
    }
}
