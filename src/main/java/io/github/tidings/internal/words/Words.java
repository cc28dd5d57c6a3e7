package io.github.tidings.internal.words;

/**
 * Word counting that does not assume spaces between words. Internal: not part of the API.
 */
public final class Words {
    private Words() {
    }

    /**
     * Words in the text: runs of letters and digits (an apostrophe or hyphen inside a run does not
     * split it); in scripts written without spaces (Han, Hiragana, Katakana, Thai) each character
     * counts as one word.
     */
    public static int count(CharSequence s) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); ) {
            int cp = Character.codePointAt(s, i);
            i += Character.charCount(cp);
            if (isUnspaced(cp)) {
                n++;
                inWord = false;
            } else if (Character.isLetterOrDigit(cp)) {
                if (!inWord) {
                    n++;
                    inWord = true;
                }
            } else if (!(inWord && (cp == '\'' || cp == '\u2019' || cp == '-'))) {
                inWord = false;
            }
        }
        return n;
    }

    /** Whether the code point belongs to a script written without spaces between words. */
    public static boolean isUnspaced(int cp) {
        if (cp < 0x0E00) {
            return false; // fast path: Latin, Greek, Cyrillic, Arabic, Hebrew, Indic scripts
        }
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.THAI;
    }
}
