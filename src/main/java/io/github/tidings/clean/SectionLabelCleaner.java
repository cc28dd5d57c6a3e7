package io.github.tidings.clean;

import java.util.List;

/**
 * Removes section labels, breadcrumbs and tag lists: {@code Home > World > Europe},
 * {@code News » Politics}, {@code Tags: ...}, {@code Topics: ...}, a {@code Tags} heading with the
 * short lines under it, short all-caps labels that are not sentences and head no paragraph
 * ({@code YEREL HABERLER}), and one-to-three-word labels above the article's first paragraph
 * ({@code Opinion}, {@code Sports}). Tag labels come from {@code phrases/tags.*.txt}.
 *
 * <p>An all-caps line directly above a paragraph is a sub-heading of the article and stays.
 */
final class SectionLabelCleaner implements Cleaner {
    /** Most lines removed under one tag heading. */
    static final int MAX_TAGS = 20;

    /** A cleaner; stateless. */
    SectionLabelCleaner() {
    }

    @Override
    public void clean(Page page) {
        List<TextBlock> kept = page.kept();
        int firstProse = -1;
        for (int k = 0; k < kept.size(); k++) {
            if (Lines.isProse(kept.get(k))) {
                firstProse = k;
                break;
            }
        }
        for (int k = 0; k < kept.size(); k++) {
            TextBlock b = kept.get(k);
            if (page.isRemoved(b) || Lines.isProse(b)) {
                continue;
            }
            PhraseText normalized = b.phrases();
            if (normalized.size() == 0) {
                continue;
            }
            if (isBreadcrumb(b)) {
                page.remove(b, "breadcrumb");
                continue;
            }
            int t = Phrases.TAGS.prefixWords(normalized);
            if (t > 0 && b.words() <= 40 && !b.endsLikeSentence()) {
                int words = normalized.size();
                if (t == words) {
                    page.remove(b, "tag list heading");
                    int n = 0;
                    for (int j = k + 1; j < kept.size() && n < MAX_TAGS; j++) {
                        TextBlock tag = kept.get(j);
                        if (n == 0 && isCommaList(tag)) {
                            page.remove(tag, "tag list"); // the tags on one line: "plague, china, health"
                            break;
                        }
                        if (tag.words() > 5 || tag.endsLikeSentence()) {
                            break;
                        }
                        page.remove(tag, "tag");
                        n++;
                    }
                    continue;
                }
                // "Tags: a, b", and multi-word labels without a colon: "Filed under china, plague"
                char after = Lines.charAfterWords(b.text(), t);
                if (after == ':' || t >= 2 && words <= 15 && after != ',' && !Lines.looksWrapped(b)) {
                    page.remove(b, "tag list");
                    continue;
                }
            }
            if (b.isAllCaps() && b.words() <= 6 && !b.endsLikeSentence()
                    && (k + 1 >= kept.size() || !Lines.isProse(kept.get(k + 1)))) {
                page.remove(b, "all-caps section label");
                continue;
            }
            if (k < firstProse && b.words() <= 3 && b.digits() == 0 && !b.endsLikeSentence()) {
                page.remove(b, "section label above the article");
            }
        }
    }

    /** "Home > World > Europe", "News » Politics", "BLOG > Nutrition > Meal Plans". */
    static boolean isBreadcrumb(TextBlock b) {
        if (b.words() > 14 || b.endsLikeSentence()) {
            return false;
        }
        String t = b.text();
        int seps = 0;
        int longest = 0;
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '>' || c == '»' || c == '›' || c == '→') {
                seps++;
                longest = Math.max(longest, words);
                words = 0;
                inWord = false;
            } else if (Character.isLetterOrDigit(c)) {
                if (!inWord) {
                    words++;
                }
                inWord = true;
            } else {
                inWord = false;
            }
        }
        longest = Math.max(longest, words);
        return seps >= 1 && longest <= 4 && b.words() >= 2;
    }

    /** Most words of one item of a line of tags. */
    static final int MAX_TAG_WORDS = 6;

    /**
     * A line of short items between commas, no sentence: "stock car 2018, stock car brasil, ...".
     * At least three items, none over {@value #MAX_TAG_WORDS} words.
     */
    static boolean isCommaList(TextBlock b) {
        String t = b.text();
        if (b.endsLikeSentence() || b.words() > 80 || t.length() > 1000) {
            return false;
        }
        int items = 1;
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ',' || c == '\u060C' || c == '、') {
                if (words == 0) {
                    return false;
                }
                items++;
                words = 0;
                inWord = false;
            } else if (Character.isWhitespace(c)) {
                inWord = false;
            } else if (!inWord) {
                inWord = true;
                if (++words > MAX_TAG_WORDS) {
                    return false;
                }
            }
        }
        return items >= 3 && words > 0;
    }
}
