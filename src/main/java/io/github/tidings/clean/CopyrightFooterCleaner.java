package io.github.tidings.clean;

import java.util.List;

/**
 * Removes the site footer: copyright lines ({@code © 2019 ...}, {@code Copyright 2019 ...},
 * {@code All Rights Reserved}, {@code Can not be published without permission}), contact lines
 * ({@code Tel : ...}, {@code Fax : ...}), credits of the site's makers, and the footer menu around
 * them ({@code Privacy Policy}, {@code Contact Us}, ...).
 *
 * <p>A copyright line near the end of the page ends the article: it goes with everything after it
 * and with the run of short menu-like lines just before it. A copyright line elsewhere (an image
 * credit with a {@code ©} mid-page) is not touched here, but one above the page's first paragraph of
 * prose (a header strip) goes; a page without such a paragraph has nothing above its article, and a
 * short post that ends with its picture's credit keeps it. A page without a copyright line still loses
 * a trailing run of footer-menu lines. Phrases come from {@code phrases/footer.*},
 * {@code footerlinks.*} and {@code contact.*}.
 */
final class CopyrightFooterCleaner implements Cleaner {
    /** Most words of a footer line; longer blocks are prose that may mention copyright. */
    static final int MAX_FOOTER_WORDS = 60;

    /** A cleaner; stateless. */
    CopyrightFooterCleaner() {
    }

    @Override
    public void clean(Page page) {
        List<TextBlock> kept = page.kept();
        int n = kept.size();
        long[] charsBefore = new long[n + 1];
        for (int k = 0; k < n; k++) {
            charsBefore[k + 1] = charsBefore[k] + kept.get(k).chars();
        }
        long total = charsBefore[n];
        int firstProse = n;
        for (int k = 0; k < n; k++) {
            if (Lines.isProse(kept.get(k))) {
                firstProse = k;
                break;
            }
        }
        // proseFrom[k]: whether article prose follows at or after position k (one pass, not one per candidate)
        boolean[] proseFrom = new boolean[n + 1];
        for (int k = n - 1; k >= 0; k--) {
            TextBlock b = kept.get(k);
            proseFrom[k] = proseFrom[k + 1] || b.words() >= 30 && b.endsLikeSentence() && !isFooterLine(b);
        }
        int footer = -1;
        for (int k = 0; k < n; k++) {
            TextBlock b = kept.get(k);
            if (!isFooterLine(b)) {
                continue;
            }
            if (k < firstProse && firstProse < n) {
                // a copyright line above the article (a header strip) is never article text; on a
                // page without a paragraph of prose there is no article to be above, and a short
                // post that ends with its picture's credit ("Photos © Name") is no header strip
                page.remove(b, "copyright line above the article");
                continue;
            }
            long after = total - charsBefore[k + 1];
            // a copyright line with no text above it ends no article: a short post that ends with
            // its picture's credit ("Artwork and photos © Name") is all the page has
            if (charsBefore[k] > 0 && after <= charsBefore[k] / 2 && !proseFrom[k + 1]) {
                footer = k;
                break;
            }
        }
        int end = n;
        if (footer >= 0) {
            for (int k = footer; k < n; k++) {
                page.remove(kept.get(k), k == footer ? "copyright footer" : "after the copyright footer");
            }
            end = footer;
        }
        // the footer menu: a run of short non-sentence lines right before the footer or at the end
        int start = end;
        int links = 0;
        while (start > 0 && (isMenuLike(kept.get(start - 1))
                || start > 1 && links > 0 && kept.get(start - 1).words() <= 15 && isFooterLinks(kept.get(start - 2)))) {
            // a short statement between menu entries ("All systems operational") belongs to the menu
            start--;
            if (isFooterLinks(kept.get(start))) {
                links++;
            }
        }
        if (start < end && (footer >= 0 || links >= 2) && start > 0) {
            for (int k = start; k < end; k++) {
                page.remove(kept.get(k), "footer menu");
            }
        }
    }

    /** A copyright, legal or contact line of a footer (not prose that mentions copyright). */
    static boolean isFooterLine(TextBlock b) {
        if (b.words() > MAX_FOOTER_WORDS) {
            return false;
        }
        String t = b.text();
        if (Lines.isProse(b)) {
            // a sentence may mention copyright; a footer sentence has both the mark and a legal phrase
            // or opens with a long legal phrase ("This copy is for your personal, non-commercial use only.")
            return hasCopyrightMark(b) && Phrases.FOOTER.occursIn(b.phrases())
                    || Phrases.FOOTER.prefixWords(Lines.leadingWords(b)) >= 4;
        }
        return hasCopyrightMark(b) || Phrases.FOOTER.occursIn(b.phrases()) || isContactLine(b);
    }

    /**
     * {@link #hasCopyrightMark(String)} of the block's text. The word forms need a four-digit year,
     * so a block with fewer digits is only searched for the signs (most lines of a page have none).
     */
    private static boolean hasCopyrightMark(TextBlock b) {
        String t = b.text();
        return b.digits() < 4 ? t.indexOf('©') >= 0 || t.indexOf('ⓒ') >= 0 : hasCopyrightMark(t);
    }

    /** ©, ⓒ, "(c) 2019", "Copyright 2019", "Copyright ©": bounded scans, no regular expressions. */
    static boolean hasCopyrightMark(String t) {
        if (t.indexOf('©') >= 0 || t.indexOf('ⓒ') >= 0) {
            return true;
        }
        // Matched in the first MAX_SCAN characters, ignoring ASCII case, without a lower-case copy:
        // no other character lower-cases to one of these letters before a letter of the word.
        int limit = Math.min(t.length(), PhraseList.MAX_SCAN);
        int c = indexOfIgnoreCase(t, "(c)", 0, limit);
        if (c >= 0 && nextIsYear(t, c + 3, limit)) {
            return true;
        }
        for (int i = indexOfIgnoreCase(t, "copyright", 0, limit); i >= 0;
                i = indexOfIgnoreCase(t, "copyright", i + 1, limit)) {
            if (nextIsYear(t, i + 9, limit)) {
                return true;
            }
        }
        return false;
    }

    /** The first index from {@code from} where the lower-case ASCII {@code word} stands in any case, ending by {@code limit}; or -1. */
    private static int indexOfIgnoreCase(String t, String word, int from, int limit) {
        int last = limit - word.length();
        char first = word.charAt(0);
        boolean letter = first >= 'a' && first <= 'z';
        char upper = letter ? (char) (first - 32) : first;
        // candidates from String.indexOf, which scans far faster than a loop over charAt
        int lo = t.indexOf(first, from);
        int up = letter ? t.indexOf(upper, from) : -1;
        while (true) {
            int i = lo < 0 ? up : up < 0 ? lo : Math.min(lo, up);
            if (i < 0 || i > last) {
                return -1;
            }
            int k = 1;
            while (k < word.length()) {
                char y = t.charAt(i + k);
                char w = word.charAt(k);
                if (y != w && ((y | 0x20) != w || w < 'a' || w > 'z')) {
                    break;
                }
                k++;
            }
            if (k == word.length()) {
                return i;
            }
            if (i == lo) {
                lo = t.indexOf(first, i + 1);
            } else {
                up = t.indexOf(upper, i + 1);
            }
        }
    }

    private static boolean nextIsYear(String s, int from, int limit) {
        int i = from;
        while (i < limit && (s.charAt(i) == ' ' || s.charAt(i) == ':')) {
            i++;
        }
        int d = 0;
        while (i + d < limit && Character.isDigit(s.charAt(i + d))) {
            d++;
        }
        return d == 4;
    }

    static boolean isContactLine(TextBlock b) {
        if (b.words() > 30 || b.digits() < 3 && b.text().indexOf('@') < 0) {
            return false;
        }
        int p = Phrases.CONTACT.prefixWords(b.phrases());
        if (p == 0) {
            return false;
        }
        char after = Lines.charAfterWords(b.text(), p);
        if (after != '.') {
            return after == ':';
        }
        String[] w = Lines.words(b); // only for the rare line that opens with a contact phrase
        return w.length > p && PhraseList.isNumber(w[p]);
    }

    /** A footer menu entry or a short label line. */
    static boolean isMenuLike(TextBlock b) {
        if (b.words() == 0) {
            return true;
        }
        if (isFooterLinks(b) || isFooterLine(b)) {
            return true;
        }
        if (b.endsLikeSentence()) {
            return false;
        }
        if (b.words() <= 4) {
            return true;
        }
        String t = b.text();
        return b.words() <= 12 && (t.indexOf('|') >= 0 || t.indexOf('•') >= 0 || t.indexOf('·') >= 0);
    }

    /** A line made only of footer-menu entries ("Privacy Policy", "Terms of Use | Contact"). */
    static boolean isFooterLinks(TextBlock b) {
        if (b.words() > 20 || b.endsLikeSentence() && b.words() > 6) {
            return false;
        }
        return Phrases.FOOTER_LINKS.covers(b.phrases(), false);
    }
}
