package io.github.tidings.clean;

import org.jspecify.annotations.Nullable;

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

    /** How many leading words {@link #leadingWords(TextBlock)} holds at least. */
    static final int LEADING_WORDS = 24;
    /** The characters of a long block that {@link #leadingWords(TextBlock)} normalises. */
    private static final int LEADING_CHARS = 240;

    /**
     * The block's first normalised words, at least {@value #LEADING_WORDS} of them (all, in a shorter
     * block): what tests of how a block opens need, without normalising a long paragraph whole.
     */
    static String[] leadingWords(TextBlock b) {
        String[] w = wordsOfPrefix(b, LEADING_CHARS, LEADING_WORDS);
        return w != null ? w : words(b);
    }

    /** The characters of a block {@link #firstWord(TextBlock)} normalises to find its first word. */
    private static final int FIRST_WORD_CHARS = 48;

    /**
     * The block's first normalised word, or null when it cannot be told cheaply (a long block that
     * no cleaner has normalised yet, whose first word is longer than the characters read): an
     * opening test whose phrases begin with none of it is spared making the block's words.
     */
    static @Nullable String firstWord(TextBlock b) {
        PhraseText made = b.phrasesIfMade();
        if (made != null || b.text().length() <= FIRST_WORD_CHARS) {
            PhraseText p = made != null ? made : b.phrases();
            return p.size() == 0 ? null : p.word(0);
        }
        // The words of the prefix but its last (which the cut may have split), as wordsOfPrefix
        // gives them, when one is left: the first word is the prefix's text up to its first space,
        // so no array of words is made for it.
        String n = PhraseList.normalize(b.text().substring(0, FIRST_WORD_CHARS));
        int space = n.indexOf(' ');
        return space < 0 ? null : n.substring(0, space);
    }

    /**
     * The normalised words of the block's first {@code chars} characters but the last (which the
     * cut may have split), if at least {@code atLeast} remain; null otherwise, and for a block no
     * longer than that. Normalising runs left to right, so these are the block's own first words.
     */
    private static String @Nullable [] wordsOfPrefix(TextBlock b, int chars, int atLeast) {
        String t = b.text();
        if (t.length() <= chars) {
            return null;
        }
        String[] w = PhraseList.words(PhraseList.normalize(t.substring(0, chars)));
        return w.length - 1 >= atLeast ? java.util.Arrays.copyOf(w, w.length - 1) : null;
    }

    /** The block's normalised words ({@link PhraseList#normalize(String)}). */
    static String[] words(TextBlock b) {
        return b.phraseWords();
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

    /**
     * Whether the block looks like a line of a hard-wrapped paragraph (as Markdown dumps have them)
     * rather than a headline: it starts with a lower-case letter, or a sentence ends inside it
     * ({@code ". The"}) with several words on both sides. A first word with a capital inside
     * ({@code "iPhone"}, {@code "eBay"}) is a name that headlines begin with too.
     */
    static boolean looksWrapped(TextBlock b) {
        String t = b.text();
        if (t.isEmpty()) {
            return false;
        }
        int first = t.codePointAt(0);
        if (Character.isLowerCase(first) && !capitalInFirstWord(t)) {
            return true;
        }
        if (b.words() < 10) {
            return false;
        }
        int limit = Math.min(t.length(), PhraseList.MAX_SCAN) - 2;
        for (int i = 20; i < limit; i++) {
            char c = t.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && t.charAt(i + 1) == ' ' && Character.isUpperCase(t.charAt(i + 2))
                    && Character.isLowerCase(t.charAt(i - 1)) && i < t.length() - 4) {
                return true;
            }
        }
        return false;
    }

    /** Whether the first word (up to 20 characters) holds an upper-case letter after its first. */
    private static boolean capitalInFirstWord(String t) {
        int end = Math.min(t.length(), 20);
        for (int i = 1; i < end; i++) {
            char c = t.charAt(i);
            if (Character.isUpperCase(c)) {
                return true;
            }
            if (!Character.isLetterOrDigit(c)) {
                return false;
            }
        }
        return false;
    }
}
