package io.github.tidings.clean;

import io.github.tidings.internal.words.Words;
import io.github.tidings.model.BlockType;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Removes what a page puts around an article to keep readers on the site: headings of
 * related-content lists ({@code Related articles}, {@code Read more}, {@code More from ...},
 * {@code Most popular}) together with the short link-like lines right after them, inline links
 * ({@code Related: ...}, {@code Read more: ...}), advertisement and sponsor labels
 * ({@code Advertisement}, {@code Sponsored}), newsletter, subscription, cookie and login prompts
 * ({@code Sign up for our newsletter}, {@code We use cookies}), and image credits
 * ({@code Photo: X/Reuters}, {@code (Photo by ...)}, {@code Image credit: ...}, {@code Getty Images}).
 *
 * <p>Phrases come from {@code phrases/related.*}, {@code ads.*}, {@code prompts.*},
 * {@code credits.*} and {@code agencies.txt}. A list after a heading ends at the first line that
 * reads like prose, and at most {@value #MAX_LIST} lines go with one heading.
 */
final class RelatedContentCleaner implements Cleaner {
    /** Most link lines removed after one heading. */
    static final int MAX_LIST = 15;

    /** A cleaner; stateless. */
    RelatedContentCleaner() {
    }

    @Override
    public void clean(Page page) {
        List<TextBlock> kept = page.kept();
        long prose = 0;
        for (TextBlock b : kept) {
            prose += Lines.isProse(b) ? b.chars() : 0;
        }
        long proseSeen = 0;
        boolean afterProse = false;
        for (int k = 0; k < kept.size(); k++) {
            TextBlock b = kept.get(k);
            if (page.isRemoved(b)) {
                continue;
            }
            if (isLongProse(b)) {
                afterProse = true; // what the code below concludes, without making the block's words
                proseSeen += b.chars();
                continue;
            }
            String words = b.phraseText(); // looked up in place: a long block's words are not kept
            if (words.isEmpty()) {
                continue;
            }
            if (isHeading(b)) {
                page.remove(b, "related-content heading");
                removeList(page, kept, k + 1, "related-content link");
                continue;
            }
            boolean isProse = Lines.isProse(b);
            afterProse |= isProse;
            String reason = lineReason(b, afterProse);
            if (reason == null && proseSeen * 5 >= prose * 4 && isTailPrompt(b)) {
                reason = "newsletter, subscription or cookie prompt";
            }
            if (reason != null) {
                page.remove(b, reason);
            }
            proseSeen += isProse ? b.chars() : 0;
        }
    }

    /**
     * A short paragraph after most of the article's prose that asks for a sign-up ("... Sign up for
     * The Daily today to get the newsletter delivered to your inbox."): in the article's last part,
     * a prompt phrase of two words or more is enough, where higher up it must stand alone.
     */
    static boolean isTailPrompt(TextBlock b) {
        PhraseText words = b.phrases();
        return words.size() <= TAIL_PROMPT_WORDS && Phrases.PROMPTS.occursIn(words, 2);
    }

    /** Longest paragraph, in words, taken for a prompt at the article's end. */
    static final int TAIL_PROMPT_WORDS = 40; // longer prose is skipped unread (isLongProse)

    /**
     * A block of prose so long that {@link #clean(Page)} keeps it without looking at its words: it
     * has words (a letter or digit within the scanned length), is no heading (over 12 words), and
     * {@link #lineReason(TextBlock, boolean)} stops at its prose test (over 40 words)
     * unless the block is an advertisement label, which its letters make it too long to be (the
     * normalised text keeps every letter and digit). Keep in step with those two methods.
     */
    private static boolean isLongProse(TextBlock b) {
        return b.words() > 40 && Lines.isProse(b) && b.text().length() <= PhraseList.MAX_SCAN
                && b.letters() + b.digits() > Phrases.ADS.longestPhrase();
    }

    /** Removes the link-like lines from position {@code from} of {@code kept}; returns how many. */
    static int removeList(Page page, List<TextBlock> kept, int from, String reason) {
        int n = 0;
        int end = Math.min(kept.size(), from + 2 * MAX_LIST); // bounded, so many headings stay linear
        for (int j = from; j < end && n < MAX_LIST; j++) {
            TextBlock next = kept.get(j);
            if (page.isRemoved(next)) {
                continue;
            }
            if (!isLinkLike(next) || isHeading(next)) {
                break; // another heading starts its own list, which the caller removes in turn
            }
            page.remove(next, reason);
            n++;
        }
        return n;
    }

    /**
     * A headline or a short label: not prose, not long, and not a piece of a hard-wrapped paragraph
     * (which starts in lower case or holds a sentence end inside).
     */
    static boolean isLinkLike(TextBlock b) {
        if (b.words() > 25) {
            return isUnspacedHeadline(b);
        }
        return !(b.endsLikeSentence() && b.words() >= 10) && !Lines.isProse(b) && !Lines.looksWrapped(b);
    }

    /** Most characters of a headline in a script written without spaces. */
    static final int UNSPACED_HEADLINE_CHARS = 60;

    /**
     * A headline in Japanese or Chinese, whose every character counts as a word: short, no
     * sentence, and written mostly in such characters.
     */
    private static boolean isUnspacedHeadline(TextBlock b) {
        if (b.endsLikeSentence() || b.chars() > UNSPACED_HEADLINE_CHARS) {
            return false;
        }
        String t = b.text();
        int unspaced = 0;
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            i += Character.charCount(cp);
            unspaced += Words.isUnspaced(cp) ? 1 : 0;
        }
        return unspaced * 2 >= b.chars();
    }

    /** "Related articles", "More from Sportsnet", "Most popular:" alone on a line. */
    static boolean isHeading(TextBlock b) {
        if (b.words() > 12) {
            return false;
        }
        PhraseText words = b.phrases();
        int p = Phrases.RELATED.prefixWords(words);
        if (p == 0) {
            return false;
        }
        int n = words.size();
        if (p == n) {
            return true; // "You may also like..." ends with dots but is a heading all the same
        }
        if (b.endsLikeSentence()) {
            return false;
        }
        // a heading naming the site or section: "More from Sportsnet", "Next up in Tech"
        char after = Lines.charAfterWords(b.text(), p);
        return p >= 2 && n - p <= 4 && after != ':' && !b.endsLikeSentence();
    }

    /**
     * First words of the long prompts that are always boilerplate ("By signing up, you agree ...",
     * "We use cookies ...", "This site is protected by reCAPTCHA ..."), unlike an imperative such as
     * "Sign up for ..." that a shopping article may use in its own sentences.
     */
    private static final PhraseList LEGAL_OPENERS = PhraseList.of("by", "we", "this", "our", "you", "already",
            "to", "en", "al", "ao", "mit", "durch", "в", "bu", "kami", "situs", "questo", "este", "ce", "diese",
            "nous", "utilizziamo", "utilizamos", "usamos", "wir", "мы", "этот", "сайт");

    /** Why a single line is removed, or null. */
    static @Nullable String lineReason(TextBlock b) {
        return lineReason(b, true);
    }

    /** Why a single line is removed, or null; {@code afterProse} tells whether the article has begun. */
    static @Nullable String lineReason(TextBlock b, boolean afterProse) {
        PhraseText phrases = b.phrases();
        String words = phrases.text();
        if (Phrases.ADS.matches(words)) {
            return "advertisement label";
        }
        if (Lines.isProse(b) && b.words() > 40) {
            return null;
        }
        int n = phrases.size();
        int p = Phrases.RELATED.prefixWords(phrases);
        if (p > 0 && p < n && n <= 30) {
            char after = Lines.charAfterWords(b.text(), p);
            if (after == ':' || after == '»' || after == '›' || after == '|' || after == '>') {
                return "related-content link";
            }
        }
        if (startsWithBracketedRelated(b)) {
            return "related-content link";
        }
        int q = Phrases.PROMPTS.prefixWords(phrases);
        if (q > 0 && n <= (q >= 2 ? 10 : 6) || q >= 2 && n <= 40 && LEGAL_OPENERS.matches(wordAt(words, 0))
                || (n <= 12 && !b.endsLikeSentence() || n <= 25 && mentionsInbox(words))
                && Phrases.PROMPTS.occursIn(phrases, 3)) {
            return "newsletter, subscription or cookie prompt";
        }
        if (isBareLink(b) && (b.text().indexOf('@') > 0 || !afterProse)) {
            return "bare link";
        }
        if (isGalleryResidue(b)) {
            return "gallery residue";
        }
        if (n <= 6 && !isNumbers(words) && Phrases.AGO.covers(phrases, true)) {
            return "relative time of a teaser";
        }
        if (isClockTime(b)) {
            return "video length or time of a teaser";
        }
        // A figure's caption that the caller keeps (keepCaptions) stays, though it ends in its credit.
        if (b.type() != BlockType.CAPTION && isCredit(b)) {
            return "image credit";
        }
        return null;
    }

    /**
     * Whether the words name a newsletter or subscribing: what makes a longer "delivered to your
     * inbox" line a prompt rather than a sentence about e-mail.
     */
    private static boolean mentionsInbox(String normalized) {
        for (int start = 0; start < normalized.length(); ) {
            int end = PhraseList.wordEnd(normalized, start);
            int length = end - start;
            if (normalized.startsWith("subscrib", start) // holds no space, so it lies in this word
                    || (length == 10 || length == 11) && normalized.startsWith("newsletter", start)
                    && (length == 10 || normalized.charAt(start + 10) == 's')) {
                return true;
            }
            start = end + 1;
        }
        return false;
    }

    /** Whether every word of the normalised text is a number (true for none). */
    private static boolean isNumbers(String normalized) {
        for (int start = 0; start < normalized.length(); ) {
            int end = PhraseList.wordEnd(normalized, start);
            if (!PhraseList.isNumber(normalized, start, end)) {
                return false;
            }
            start = end + 1;
        }
        return true;
    }

    /** Word {@code i} of the normalised text, or "" past its end: for the few words a rule reads one by one. */
    static String wordAt(String normalized, int i) {
        int start = 0;
        for (int k = 0; k < i; k++) {
            int end = PhraseList.wordEnd(normalized, start);
            if (end >= normalized.length()) {
                return "";
            }
            start = end + 1;
        }
        return normalized.substring(start, PhraseList.wordEnd(normalized, start));
    }

    /** A line that is only a URL, a host path or an e-mail address. */
    static boolean isBareLink(TextBlock b) {
        String t = b.text().strip();
        if (t.length() > 300 || t.indexOf(' ') >= 0) {
            return false;
        }
        return t.contains("://") || t.startsWith("www.") || t.indexOf('@') > 0 && t.indexOf('.') > 0
                || t.indexOf('/') > 0 && (t.contains(".com/") || t.contains(".org/") || t.contains(".net/"));
    }

    /** "Image 1 of 23", "1 / 23", "Caption", "3 of 4 A shopper looks at ..." of a photo gallery. */
    static boolean isGalleryResidue(TextBlock b) {
        String words = b.phraseText();
        int n = b.phrases().size();
        // Every rule below wants a single word, or a number as the first or second word: only then
        // are the words cut out.
        if (n != 1 && !startsWithDigit(words, 0) && !startsWithDigit(words, PhraseList.wordEnd(words, 0) + 1)) {
            return false;
        }
        String[] w = Lines.words(b);
        if (w.length == 1 && (w[0].equals("caption") || w[0].equals("close") || w[0].equals("expand")
                || w[0].equals("fullscreen"))) {
            return true;
        }
        int i = 0;
        if (w.length > 0 && (w[0].equals("image") || w[0].equals("photo") || w[0].equals("slide")
                || w[0].equals("picture") || w[0].equals("foto") || w[0].equals("bild"))) {
            i = 1;
        }
        String t = b.text();
        if (w.length >= i + 2 && PhraseList.isNumber(w[i])) {
            if (w.length >= i + 3 && (w[i + 1].equals("of") || w[i + 1].equals("von") || w[i + 1].equals("de")
                    || w[i + 1].equals("di") || w[i + 1].equals("из")) && PhraseList.isNumber(w[i + 2])) {
                return true;
            }
            return w.length == i + 2 && PhraseList.isNumber(w[i + 1]) && t.indexOf('/') > 0;
        }
        return false;
    }

    /** Whether a digit is at {@code i} of the text, as a number ({@link PhraseList#isNumber(String)}) starts. */
    private static boolean startsWithDigit(String normalized, int i) {
        return i < normalized.length() && PhraseList.isNumber(normalized, i, i + 1);
    }

    /** "01:45", "1:02:33": a clock time or video length alone on a line. */
    static boolean isClockTime(TextBlock b) {
        String t = b.text().strip();
        if (t.length() > 10 || t.indexOf(':') < 0) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!Character.isDigit(c) && c != ':') {
                return false;
            }
        }
        return true;
    }

    /** "[Related: ...]" and "(Read more: ...)". */
    private static boolean startsWithBracketedRelated(TextBlock b) {
        String t = b.text();
        if (t.isEmpty() || "[(".indexOf(t.charAt(0)) < 0 || b.words() > 30) {
            return false;
        }
        int p = Phrases.RELATED.prefixWords(b.phrases());
        return p > 0 && Lines.charAfterWords(t, p) == ':';
    }

    /** Image and video credits, and captions that end with one. */
    static boolean isCredit(TextBlock b) {
        String t = b.text();
        // "Photo: X", "Image credit: X", "(Photo by X)", "Image copyright Getty Images"
        boolean bracketed = t.startsWith("(") || t.startsWith("[");
        String inner = bracketed ? t.substring(1) : t;
        // A leading bracket normalises away, so the block's normalised text serves unless it is cut at MAX_SCAN.
        PhraseText words = b.phrases();
        PhraseText iw = !bracketed || t.length() <= PhraseList.MAX_SCAN ? words
                : PhraseText.of(PhraseList.normalize(inner));
        int c = Phrases.CREDITS.prefixWords(iw);
        int iwn = c > 0 ? iw.size() : 0;
        if (c > 0 && iwn <= 20 && !Lines.isProse(b)) {
            char after = Lines.charAfterWords(inner, c);
            String next = c < iwn ? iw.word(c) : "";
            if (after == ':' || after == '/' || after == '|' || after == '©' || after == '-' || after == '–'
                    || c < iwn && (next.equals("by") || next.equals("copyright") || next.equals("credit")
                    || next.equals("courtesy") || next.equals("via") || next.equals("von") || next.equals("de")
                    || next.equals("di") || next.equals("por"))) {
                return true;
            }
            if (c == iwn) {
                return false; // a bare "Photos" is a label, not a credit
            }
        }
        // a caption ending with its credit: "... (Image: GETTY)", "... Credit... Name/Agency"
        int open = t.endsWith(")") ? t.lastIndexOf('(') : -1;
        if (open > 0 && t.length() - open < 80 && b.words() <= 25) {
            String tail = t.substring(open + 1, t.length() - 1);
            String tw = PhraseList.normalize(tail);
            int tc = Phrases.CREDITS.prefixWords(tw);
            if (tc > 0 && tc < PhraseList.wordCount(tw)) {
                char after = Lines.charAfterWords(tail, tc);
                if (after == ':' || wordAt(tw, tc).equals("by") || after == '©') {
                    return true;
                }
            }
        }
        // "... Credit... Doug Mills/The New York Times", "... Credit: Getty Images"
        // (the last occurrence lies in the last 80 characters iff some occurrence starts there)
        int tail80 = Math.max(1, t.length() - 79);
        if (b.words() <= 45 && (t.indexOf("Credit...", tail80) >= 0 || t.indexOf("Credit:", tail80) >= 0
                || t.indexOf("Photo:", tail80) >= 0)) {
            return true;
        }
        // "Name/Agency", "Sanjeev Verma/Hindustan Times/Getty Images", "Photo Name, AP"
        if (!b.endsLikeSentence() && words.size() <= 10) {
            int n = words.size(); // ten at most
            for (int i = 0; i < n; i++) {
                int a = Phrases.AGENCIES.longestAt(words, i);
                if (a > 0 && (i + a == n || i == 0) && (t.indexOf('/') >= 0 || t.indexOf(',') >= 0
                        || t.indexOf('|') >= 0 || n == a || t.indexOf('©') >= 0)) {
                    return true;
                }
            }
            if (isNameSlashName(t) && n <= 8 && b.digits() == 0) {
                return true;
            }
        }
        return false;
    }

    /** "Jason Cipriani/ZDNet": capitalised words on both sides of a slash, nothing else. */
    static boolean isNameSlashName(String t) {
        if (t.indexOf(':') >= 0 || t.indexOf('*') >= 0) {
            return false;
        }
        int slash = t.indexOf('/');
        if (slash <= 0 || slash >= t.length() - 1) {
            return false;
        }
        char before = t.charAt(slash - 1);
        char after = t.charAt(slash + 1);
        if (!Character.isLetter(before) || !Character.isUpperCase(after) && !Character.isDigit(after)) {
            return false;
        }
        char first = t.charAt(0);
        return Character.isUpperCase(first) && t.indexOf("://") < 0;
    }
}
