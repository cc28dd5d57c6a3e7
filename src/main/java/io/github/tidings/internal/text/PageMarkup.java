package io.github.tidings.internal.text;

/**
 * Whether a text "dump" is in fact the page's markup: a tool that meets an unclosed {@code <title>}
 * (or a comment around a script) takes the rest of the page for the title's text and writes it out
 * tags and all. Such text is read as HTML. Rendered text, code samples in articles included,
 * holds far fewer closing tags (under two per thousand characters on the dev sets' 10,000 dumps;
 * such pages hold over ten).
 */
public final class PageMarkup {
    /** Closing tags per thousand characters from which text is taken for markup. */
    private static final int PER_THOUSAND = 5;
    /** Fewest closing tags: a short text with a few tags in it is still text. */
    private static final int MIN_TAGS = 20;

    private PageMarkup() {
    }

    /** Whether the text holds at least {@value #MIN_TAGS} closing tags and five per thousand characters. */
    public static boolean isPageMarkup(String s) {
        int tags = 0;
        int n = s.length();
        // String.indexOf finds the "</" far faster than a test of every character: it is asked of
        // every text and Markdown input, most of which hold none.
        for (int i = s.indexOf("</"); i >= 0 && i + 2 < n; i = s.indexOf("</", i + 1)) {
            if (isAsciiLetter(s.charAt(i + 2)) && closes(s, i + 3)) {
                tags++;
            }
        }
        return tags >= MIN_TAGS && (long) tags * 1000 >= (long) PER_THOUSAND * n;
    }

    /** Whether a tag name of up to ten letters or digits, then {@code >}, starts at {@code from}. */
    private static boolean closes(String s, int from) {
        int end = Math.min(s.length(), from + 10);
        for (int i = from; i < end; i++) {
            char c = s.charAt(i);
            if (c == '>') {
                return true;
            }
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9')) {
                return false;
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
