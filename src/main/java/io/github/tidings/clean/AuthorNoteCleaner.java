package io.github.tidings.clean;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Removes the notes about who wrote the article that follow its text: contributor credits
 * ({@code Reporting by X; Editing by Y}, {@code X contributed to this report.}), and, for the
 * authors the metadata readers found ({@link Page#authors()}), their biography ({@code Jane Doe is a
 * freelance writer based in ...}), an {@code About Jane Doe} heading with the paragraph after it,
 * and contact lines ({@code Email Jane Doe at jane@example.com}).
 *
 * <p>Only the second half of the page counts, after its first paragraph of prose: the same words
 * at the top are the byline, which the metadata cleaner handles. A biography may open with the
 * author's first name alone ({@code Jane joined the paper in 2017}) only among the last
 * {@value #LAST_BLOCKS} blocks.
 *
 * <p>Phrases come from {@code phrases/contributors.*} (openings of credits),
 * {@code contributed.*} (endings of credits) and {@code aboutauthor.*} ({@code About},
 * {@code Sobre}).
 */
final class AuthorNoteCleaner implements Cleaner {
    /** Longest note, in words. */
    static final int MAX_WORDS = 80;
    /** Blocks at the end of the page where a first name alone opens a biography. */
    static final int LAST_BLOCKS = 3;

    /** A cleaner; stateless. */
    AuthorNoteCleaner() {
    }

    @Override
    public void clean(Page page) {
        List<TextBlock> kept = page.kept();
        int firstProse = -1;
        for (int i = 0; i < kept.size() && firstProse < 0; i++) {
            if (Lines.isProse(kept.get(i))) {
                firstProse = i;
            }
        }
        if (firstProse < 0) {
            return;
        }
        List<String[]> names = names(page.authors());
        int from = Math.max(firstProse + 1, kept.size() / 2);
        for (int i = from; i < kept.size(); i++) {
            TextBlock b = kept.get(i);
            if (page.isRemoved(b) || b.words() > MAX_WORDS) {
                continue;
            }
            PhraseText phrases = b.phrases();
            String words = phrases.text();
            if (isCredit(phrases)) {
                page.remove(b, "contributor credit");
                continue;
            }
            String[] w = null; // cut out only for a block that holds a name's first word
            for (String[] name : names) {
                if (words.indexOf(name[0]) < 0) {
                    continue; // every test below wants the name's words among the block's
                }
                if (w == null) {
                    w = Lines.words(b);
                }
                if (isAboutHeading(w, name)) {
                    page.remove(b, "about the author");
                    if (i + 1 < kept.size() && mentions(Lines.words(kept.get(i + 1)), name)) {
                        page.remove(kept.get(i + 1), "about the author");
                    }
                    break;
                }
                String note = startsWith(w, name) ? afterName(b, name.length)
                        : kept.size() - i <= LAST_BLOCKS && opensWithFirstName(b, w, name) ? "author's biography"
                        : null;
                if (note != null) {
                    page.remove(b, note);
                    break;
                }
                if (b.words() <= 50 && b.text().indexOf('@') >= 0 && mentions(w, name)) {
                    page.remove(b, "author's contact");
                    break;
                }
            }
        }
    }

    /**
     * {@link #isCredit(String[])} of the normalised text's words, which it cuts out only when a
     * "contributed" phrase occurs in the text.
     */
    static boolean isCredit(PhraseText normalized) {
        int n = normalized.size();
        if (n < 2) {
            return false;
        }
        int p = Phrases.CONTRIBUTORS.prefixWords(normalized);
        if (p > 0 && p < n) {
            return true;
        }
        return Phrases.CONTRIBUTED.occursIn(normalized) && isCredit(normalized.words());
    }

    /** "Reporting by X; Editing by Y", "(Reporting by X)", "X and Y contributed to this report." */
    static boolean isCredit(String[] w) {
        if (w.length < 2) {
            return false;
        }
        int p = Phrases.CONTRIBUTORS.prefixWords(w);
        if (p > 0 && p < w.length) {
            return true;
        }
        for (int i = Math.max(1, w.length - 8); i < w.length; i++) {
            if (Phrases.CONTRIBUTED.prefixWords(w, i) == w.length - i) {
                return true;
            }
        }
        return false;
    }

    /** "About Jane Doe", "Sobre Jane Doe": a heading of the author's note. */
    private static boolean isAboutHeading(String[] w, String[] name) {
        int p = Phrases.ABOUT_AUTHOR.prefixWords(w);
        return p > 0 && p + name.length == w.length && mentions(w, name);
    }

    /**
     * What a block that opens with the author's name is, judged by what follows the name: a word
     * in lower case, as a verb follows its subject ("Jane Doe is a writer ..."), a possessive in a
     * sentence ("Jane Doe's new book ... is out now."), or a comma and a short title ("Jane Doe,
     * Political Writer"); null for anything else (a headline, a list item, a comment's author line).
     */
    private static @Nullable String afterName(TextBlock b, int nameWords) {
        char c = Lines.charAfterWords(b.text(), nameWords);
        if (Character.isLowerCase(c)) {
            return "author's biography";
        }
        if ((c == '\'' || c == '\u2019') && b.words() >= 10 && b.endsLikeSentence()) {
            return "author's biography";
        }
        if (c == ',' && b.words() <= nameWords + 6 && !b.endsLikeSentence()) {
            return "author's byline";
        }
        return null;
    }

    /** "Jane joined ...": the first name, then a word in lower case, as a verb follows a subject. */
    private static boolean opensWithFirstName(TextBlock b, String[] w, String[] name) {
        if (name.length < 2 || name.length > 3 || name[0].length() < 3 || w.length < 4 || !w[0].equals(name[0])) {
            return false;
        }
        String t = b.text();
        int space = t.indexOf(' ');
        return space > 0 && space + 1 < t.length() && Character.isLowerCase(t.charAt(space + 1));
    }

    /** Whether the block opens with the name and has words after it. */
    private static boolean startsWith(String[] w, String[] name) {
        return w.length >= name.length + 2 && matchesAt(w, name, 0);
    }

    private static boolean mentions(String[] w, String[] name) {
        for (int i = 0; i + name.length <= w.length; i++) {
            if (matchesAt(w, name, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesAt(String[] w, String[] name, int at) {
        for (int k = 0; k < name.length; k++) {
            if (!w[at + k].equals(name[k])) {
                return false;
            }
        }
        return name.length > 0;
    }

    /** The authors' names as normalised words; names of one short word are too common to use. */
    private static List<String[]> names(List<String> authors) {
        List<String[]> out = new ArrayList<>();
        for (String a : authors) {
            String[] w = PhraseList.words(PhraseList.normalize(a));
            if (w.length >= 2 || w.length == 1 && w[0].length() >= 4) {
                out.add(w);
            }
        }
        return out;
    }
}
