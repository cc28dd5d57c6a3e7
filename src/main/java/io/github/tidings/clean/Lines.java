package io.github.tidings.clean;

/** Small shared judgements about blocks, used by several built-in cleaners. */
final class Lines {
    private Lines() {
    }

    /**
     * Whether the block reads like article prose: a sentence of some length, or a long block. Phrase
     * hits on prose are mentions ("shared on Facebook"), not boilerplate.
     */
    static boolean isProse(TextBlock b) {
        return b.words() >= 12 && b.endsLikeSentence() || b.words() >= 30;
    }

    /** The block's normalised words ({@link PhraseList#normalize(String)}). */
    static String[] words(TextBlock b) {
        return PhraseList.words(PhraseList.normalize(b.text()));
    }

    /**
     * The first non-space character after the first {@code n} words (runs of letters, digits and
     * marks) of the raw text, or 0 if there is none: tells {@code "Related: ..."} from
     * {@code "Related reading"}.
     */
    static char charAfterWords(String raw, int n) {
        int limit = Math.min(raw.length(), PhraseList.MAX_SCAN);
        int seen = 0;
        boolean inWord = false;
        int j = 0;
        while (j < limit) {
            int cp = raw.codePointAt(j);
            int type = Character.getType(cp);
            boolean w = Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK;
            if (w && !inWord) {
                seen++;
            } else if (!w && inWord && seen == n) {
                break;
            }
            inWord = w;
            j += Character.charCount(cp);
        }
        for (; j < limit; j++) {
            char c = raw.charAt(j);
            if (!Character.isWhitespace(c)) {
                return c;
            }
        }
        return 0;
    }
}
