package io.github.tidings.clean;

import java.util.List;

/**
 * Removes the invitation a paywalled page puts where its teaser stops: a short paragraph after the
 * article's prose, with no prose of the article after it, that says the rest is for subscribers
 * ({@code This article is for subscribers only}, {@code Réservé aux abonnés}) or asks the reader to
 * subscribe or log in to read on ({@code Subscribe to continue reading}, {@code Jetzt weiterlesen mit
 * Abo}, {@code Zaloguj się, aby czytać dalej}), and the short access lines right after it
 * ({@code Already a subscriber? Log in}). The same phrases in the middle of an article, with its
 * prose going on after them, are no cut and stay for the other cleaners.
 *
 * <p>Phrases come from {@code phrases/paywallonly.*} (enough alone), {@code paywallcontinue.*} and
 * {@code paywallaccess.*} (an invitation to read on needs an access word beside it). The parser
 * reads a removal by this cleaner as the signal that the article is not free to read
 * ({@code Article#accessibleForFree()}).
 */
final class PaywallCleaner implements Cleaner {
    /** The reason given for each removal; the parser recognises the cut by it. */
    static final String REASON = "paywall: the body ends in an invitation to subscribe or log in";
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

    @Override
    public void clean(Page page) {
        List<TextBlock> kept = page.kept();
        int teaser = 0;
        for (int k = 0; k < kept.size(); k++) {
            TextBlock b = kept.get(k);
            if (teaser >= MIN_TEASER_WORDS && b.words() <= MAX_WORDS && isInvitation(b.phraseText())
                    && !proseAfter(kept, k + 1)) {
                page.remove(b, REASON);
                int end = Math.min(kept.size(), k + 1 + MAX_TRAILING);
                for (int j = k + 1; j < end; j++) {
                    TextBlock t = kept.get(j);
                    String n = t.phraseText();
                    if (t.words() <= MAX_WORDS && isInvitation(n) || t.words() <= MAX_ACCESS_WORDS && ACCESS.occursIn(n)) {
                        page.remove(t, REASON);
                    }
                }
                return;
            }
            if (Lines.isProse(b)) {
                teaser += b.words();
            }
        }
    }

    /**
     * Whether the normalised text says the rest is for subscribers, or invites the reader to
     * subscribe or log in to read on. Asked of nearly every block once the teaser is long enough,
     * so it looks the phrases up in the text, not in words cut out of it.
     */
    static boolean isInvitation(String normalized) {
        return ONLY.occursIn(normalized) || CONTINUE.occursIn(normalized) && ACCESS.occursIn(normalized);
    }

    /** Whether the article's prose goes on from block {@code from}: a long sentence that is no invitation itself. */
    private static boolean proseAfter(List<TextBlock> kept, int from) {
        for (int j = from; j < kept.size(); j++) {
            TextBlock t = kept.get(j);
            if (t.words() >= PROSE_WORDS && t.endsLikeSentence() && !(t.words() <= MAX_WORDS && isInvitation(t.phraseText()))) {
                return true;
            }
        }
        return false;
    }
}
