package io.github.tidings.clean;

/**
 * Removes kept blocks that repeat the page's title ({@link Page#title()}): the headline again
 * under the {@code <title>} line, or the title without its site segment ({@code Headline - Site}
 * against {@code Headline}). Comparison ignores case and punctuation. Harmless when the metadata
 * reader already marked the title block with {@link Page.Role#TITLE}.
 */
final class RepeatedTitleCleaner implements Cleaner {
    /** A cleaner; stateless. */
    RepeatedTitleCleaner() {
    }

    @Override
    public void clean(Page page) {
        if (page.title().isEmpty()) {
            return;
        }
        String title = PhraseList.normalize(page.title().get());
        if (title.isEmpty()) {
            return;
        }
        String headline = PhraseList.normalize(longestSegment(page.title().get()));
        String spaceHeadline = " " + headline; // made once, not per block
        String headlineSpace = headline + " ";
        // Every test below needs the normalised text no longer than this; it holds every letter and
        // digit of the text (within the scanned length), so a block with more cannot pass.
        int longest = Math.max(title.length(), headline.length() + 30);
        for (TextBlock b : page.kept()) {
            if (b.words() > 60) {
                continue;
            }
            if (b.letters() + b.digits() > longest && b.text().length() <= PhraseList.MAX_SCAN) {
                continue; // keep in step with the test below
            }
            String n = b.phraseText();
            if (n.equals(title) || n.equals(headline) && headline.length() >= 12
                    || !b.endsLikeSentence() && headline.length() >= 20 && n.length() <= headline.length() + 30
                    && (n.endsWith(spaceHeadline) || n.startsWith(headlineSpace) || startsWithWords(title, n)
                    && n.length() * 2 >= title.length())) {
                page.remove(b, "repeats the title");
            }
        }
    }

    /** Whether {@code s} starts with {@code prefix} and a space: {@code s.startsWith(prefix + " ")} without the copy. */
    private static boolean startsWithWords(String s, String prefix) {
        return s.length() > prefix.length() && s.charAt(prefix.length()) == ' ' && s.startsWith(prefix);
    }

    /** The longest part of a title split at " | ", " - ", " – ", " — ", " :: ", " · ". */
    static String longestSegment(String title) {
        String best = "";
        int start = 0;
        for (int i = 0; i <= title.length(); i++) {
            boolean cut = i == title.length();
            if (!cut && i > 0 && i + 1 < title.length() && title.charAt(i - 1) == ' ' && title.charAt(i + 1) == ' ') {
                char c = title.charAt(i);
                cut = c == '|' || c == '-' || c == '–' || c == '—' || c == '·' || c == '/';
            }
            if (cut) {
                String seg = title.substring(start, i).strip();
                if (seg.length() > best.length()) {
                    best = seg;
                }
                start = i + 1;
            }
        }
        return best;
    }
}
