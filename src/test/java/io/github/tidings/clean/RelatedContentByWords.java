package io.github.tidings.clean;

import io.github.tidings.model.BlockType;
import org.jspecify.annotations.Nullable;

/**
 * The word-array version of {@link RelatedContentCleaner}'s line tests, as it was before they read
 * the block's normalised text in place: the plain oracle that {@code RelatedContentCleanerTextTest}
 * compares them with.
 */
final class RelatedContentByWords {
    private RelatedContentByWords() {
    }

    /**
     * A short paragraph after most of the article's prose that asks for a sign-up ("... Sign up for
     * The Daily today to get the newsletter delivered to your inbox."): in the article's last part,
     * a prompt phrase of two words or more is enough, where higher up it must stand alone.
     */
    static boolean isTailPrompt(TextBlock b, String[] w) {
        return w.length <= TAIL_PROMPT_WORDS && Phrases.PROMPTS.occursIn(w, 2);
    }

    /** Longest paragraph, in words, taken for a prompt at the article's end. */
    static final int TAIL_PROMPT_WORDS = 40;

    /** "Related articles", "More from Sportsnet", "Most popular:" alone on a line. */
    static boolean isHeading(TextBlock b, String[] w) {
        if (b.words() > 12) {
            return false;
        }
        int p = Phrases.RELATED.prefixWords(w);
        if (p == 0) {
            return false;
        }
        if (p == w.length) {
            return true; // "You may also like..." ends with dots but is a heading all the same
        }
        if (b.endsLikeSentence()) {
            return false;
        }
        // a heading naming the site or section: "More from Sportsnet", "Next up in Tech"
        char after = Lines.charAfterWords(b.text(), p);
        return p >= 2 && w.length - p <= 4 && after != ':' && !b.endsLikeSentence();
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
    static @Nullable String lineReason(TextBlock b, String[] w) {
        return lineReason(b, w, true);
    }

    /** Why a single line is removed, or null; {@code afterProse} tells whether the article has begun. */
    static @Nullable String lineReason(TextBlock b, String[] w, boolean afterProse) {
        if (Phrases.ADS.matches(w)) {
            return "advertisement label";
        }
        if (Lines.isProse(b) && b.words() > 40) {
            return null;
        }
        int p = Phrases.RELATED.prefixWords(w);
        if (p > 0 && p < w.length && w.length <= 30) {
            char after = Lines.charAfterWords(b.text(), p);
            if (after == ':' || after == '»' || after == '›' || after == '|' || after == '>') {
                return "related-content link";
            }
        }
        if (startsWithBracketedRelated(b)) {
            return "related-content link";
        }
        int q = Phrases.PROMPTS.prefixWords(w);
        if (q > 0 && w.length <= (q >= 2 ? 10 : 6) || q >= 2 && w.length <= 40 && LEGAL_OPENERS.matches(w[0])
                || (w.length <= 12 && !b.endsLikeSentence() || w.length <= 25 && mentionsInbox(w))
                && Phrases.PROMPTS.occursIn(w, 3)) {
            return "newsletter, subscription or cookie prompt";
        }
        if (isBareLink(b) && (b.text().indexOf('@') > 0 || !afterProse)) {
            return "bare link";
        }
        if (isGalleryResidue(b, w)) {
            return "gallery residue";
        }
        if (w.length <= 6 && !isNumbers(w) && Phrases.AGO.covers(w, true)) {
            return "relative time of a teaser";
        }
        if (isClockTime(b)) {
            return "video length or time of a teaser";
        }
        // A figure's caption that the caller keeps (keepCaptions) stays, though it ends in its credit.
        if (b.type() != BlockType.CAPTION && isCredit(b, w)) {
            return "image credit";
        }
        return null;
    }

    /**
     * Whether the words name a newsletter or subscribing: what makes a longer "delivered to your
     * inbox" line a prompt rather than a sentence about e-mail.
     */
    private static boolean mentionsInbox(String[] w) {
        for (String x : w) {
            if (x.equals("newsletter") || x.equals("newsletters") || x.startsWith("subscrib")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNumbers(String[] w) {
        for (String x : w) {
            if (!PhraseList.isNumber(x)) {
                return false;
            }
        }
        return true;
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
    static boolean isGalleryResidue(TextBlock b, String[] w) {
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
        String[] w = Lines.words(b);
        int p = Phrases.RELATED.prefixWords(w);
        return p > 0 && Lines.charAfterWords(t, p) == ':';
    }

    /** Image and video credits, and captions that end with one. */
    static boolean isCredit(TextBlock b, String[] w) {
        String t = b.text();
        // "Photo: X", "Image credit: X", "(Photo by X)", "Image copyright Getty Images"
        boolean bracketed = t.startsWith("(") || t.startsWith("[");
        String inner = bracketed ? t.substring(1) : t;
        // A leading bracket normalises away, so the block's cached words serve unless the text is cut at MAX_SCAN.
        String[] iw = !bracketed ? w : t.length() <= PhraseList.MAX_SCAN ? Lines.words(b)
                : PhraseList.words(PhraseList.normalize(inner));
        int c = Phrases.CREDITS.prefixWords(iw);
        if (c > 0 && iw.length <= 20 && !Lines.isProse(b)) {
            char after = Lines.charAfterWords(inner, c);
            if (after == ':' || after == '/' || after == '|' || after == '©' || after == '-' || after == '–'
                    || c < iw.length && (iw[c].equals("by") || iw[c].equals("copyright") || iw[c].equals("credit")
                    || iw[c].equals("courtesy") || iw[c].equals("via") || iw[c].equals("von") || iw[c].equals("de")
                    || iw[c].equals("di") || iw[c].equals("por"))) {
                return true;
            }
            if (c == iw.length) {
                return false; // a bare "Photos" is a label, not a credit
            }
        }
        // a caption ending with its credit: "... (Image: GETTY)", "... Credit... Name/Agency"
        int open = t.endsWith(")") ? t.lastIndexOf('(') : -1;
        if (open > 0 && t.length() - open < 80 && b.words() <= 25) {
            String tail = t.substring(open + 1, t.length() - 1);
            String[] tw = PhraseList.words(PhraseList.normalize(tail));
            int tc = Phrases.CREDITS.prefixWords(tw);
            if (tc > 0 && tc < tw.length) {
                char after = Lines.charAfterWords(tail, tc);
                if (after == ':' || tw[tc].equals("by") || after == '©') {
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
        if (w.length <= 10 && !b.endsLikeSentence()) {
            for (int i = 0; i < w.length; i++) {
                int a = Phrases.AGENCIES.longestAt(w, i); // the word-array lookup; the cleaner reads its PhraseText
                if (a > 0 && (i + a == w.length || i == 0) && (t.indexOf('/') >= 0 || t.indexOf(',') >= 0
                        || t.indexOf('|') >= 0 || w.length == a || t.indexOf('©') >= 0)) {
                    return true;
                }
            }
            if (RelatedContentCleaner.isNameSlashName(t) && w.length <= 8 && b.digits() == 0) {
                return true;
            }
        }
        return false;
    }
}
