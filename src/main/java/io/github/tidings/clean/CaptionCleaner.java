package io.github.tidings.clean;

import java.text.DateFormatSymbols;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Removes picture captions that a text scrape carries along with the article. A caption is told by
 * the marks that picture desks put on it, not by its words, which read like any sentence:
 * <ul>
 * <li>a credit at its end: {@code "... (AP Photo/Name, File)"}, {@code "... (Photo by Name/Getty
 * Images)"}, {@code "... REUTERS/Name"}, {@code "... Photograph by Name/AFP"}, {@code "... Name / AP
 * file"}, {@code "... (AP)"};</li>
 * <li>a caption label in front: {@code "Image caption ..."}, {@code "FILE PHOTO: ..."};</li>
 * <li>a gallery counter in front, {@code "1 of 4 ..."}, when the page numbers at least two
 * pictures of the same gallery (a sentence may start with "3 of 10 voters");</li>
 * <li>the agencies' house style: {@code "In this Nov. 10, 2019, photo, ..."}, {@code "This
 * illustration shows ..."}, {@code "An artist's concept of ..."}, or people placed in the picture:
 * {@code "Name, left, and Name, right, ..."}.</li>
 * </ul>
 * Blocks longer than {@value #MAX_WORDS} words are prose, whatever they end with.
 *
 * <p>Phrases come from {@code phrases/captions.*} (labels), {@code captionopeners.*} (house-style
 * openings), {@code positions.*} (left, right, centre), {@code credits.*} and {@code agencies.txt}.
 * {@code ArticleParser.Builder#keepCaptions(boolean)} switches this cleaner off.
 */
final class CaptionCleaner implements Cleaner {
    /** Longest caption, in words. */
    static final int MAX_WORDS = 70;
    /** Longest credit at a caption's end, in words. */
    static final int MAX_CREDIT_WORDS = 8;
    /** Weekday names in the phrase lists' languages, normalised, from the JDK's locale data. */
    private static final Set<String> WEEKDAYS = weekdays();

    /** A cleaner; stateless. */
    CaptionCleaner() {
    }

    @Override
    public void clean(Page page) {
        List<TextBlock> kept = page.kept();
        int[] totals = new int[kept.size()];
        Map<Integer, Integer> galleries = new HashMap<>();
        for (int i = 0; i < totals.length; i++) {
            totals[i] = galleryTotal(kept.get(i).text());
            if (totals[i] > 0) {
                galleries.merge(totals[i], 1, Integer::sum);
            }
        }
        for (int i = 0; i < totals.length; i++) {
            TextBlock b = kept.get(i);
            if (b.words() > MAX_WORDS || b.words() < 3) {
                continue;
            }
            String reason = reason(b);
            int total = totals[i];
            if (reason == null && total > 0 && (galleries.get(total) > 1 || total == 1)) {
                reason = "gallery caption";
            }
            if (reason != null) {
                page.remove(b, reason);
            }
        }
    }

    /** Why the block is a caption, or null. */
    static @Nullable String reason(TextBlock b) {
        if (b.letters() + b.digits() == 0) {
            return null; // no words
        }
        // The opening tests read at most the first LEADING_WORDS words, and only of a block whose
        // first word begins a label, opening or frame; all the words are made only for a block
        // that may date its picture (a year has four digits).
        String[] w = mayOpenCaption(b) ? Lines.leadingWords(b) : null;
        if (w != null && hasLabel(b, w)) {
            return "picture caption (label)";
        }
        if (endsWithCredit(b.text())) {
            return "picture caption (credit)";
        }
        if (w != null && hasHouseOpening(b.text(), w)) {
            return "picture caption (wording)";
        }
        if (placesPeople(b.text())) {
            return "picture caption (who stands where)";
        }
        if (b.digits() >= 4 && mayHoldYear(b.text())) {
            String[] all = Lines.words(b);
            if (all.length >= 12 && datesThePicture(b.text(), all)) {
                return "picture caption (dated)";
            }
        }
        return null;
    }

    /** Whether the block's first word begins a caption label, a house-style opening or a frame. */
    private static boolean mayOpenCaption(TextBlock b) {
        String first = Lines.firstWord(b);
        return first == null || Phrases.CAPTIONS.hasPhraseStartingWith(first)
                || Phrases.CAPTION_OPENERS.hasPhraseStartingWith(first)
                || Phrases.CAPTION_FRAMES.hasPhraseStartingWith(first);
    }

    /** "Image caption ...", "FILE PHOTO: ...": a caption label and text after it. */
    private static boolean hasLabel(TextBlock b, String[] w) {
        int p = Phrases.CAPTIONS.prefixWords(w);
        if (p == 0 || p == w.length) {
            return false;
        }
        return p >= 2 || Lines.charAfterWords(b.text(), p) == ':';
    }

    /**
     * The total M of a leading gallery counter "N of M" or "N/M" (N not above M, both small, a
     * capitalised word after), or 0.
     */
    static int galleryTotal(String t) {
        int i = 0;
        int n = t.length();
        int first = 0;
        int digits = 0;
        while (i < n && isAsciiDigit(t.charAt(i)) && digits < 4) {
            first = first * 10 + t.charAt(i++) - '0';
            digits++;
        }
        if (digits == 0 || digits > 3 || i >= n) {
            return 0;
        }
        // the joining word: "of", "de", "von", "из", or a slash
        if (t.charAt(i) == '/') {
            i++;
        } else {
            if (t.charAt(i) != ' ') {
                return 0;
            }
            int start = ++i;
            while (i < n && Character.isLetter(t.charAt(i)) && i - start <= 4) {
                i++;
            }
            if (i == start || i - start > 4 || i >= n || t.charAt(i) != ' '
                    || !Character.isLowerCase(t.charAt(start))) {
                return 0;
            }
            i++;
        }
        int second = 0;
        digits = 0;
        while (i < n && isAsciiDigit(t.charAt(i)) && digits < 4) {
            second = second * 10 + t.charAt(i++) - '0';
            digits++;
        }
        if (digits == 0 || digits > 3 || first == 0 || first > second || i + 1 >= n || t.charAt(i) != ' ') {
            return 0;
        }
        int next = t.codePointAt(i + 1);
        return Character.isUpperCase(next) || Character.isDigit(next) ? second : 0;
    }

    private static boolean isUpperCase(String s) {
        boolean letters = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Whether the text ends with a picture credit: in parentheses at the end, or as the last few
     * words after the last sentence.
     */
    static boolean endsWithCredit(String t) {
        int end = t.length();
        if (end < 4) {
            return false;
        }
        if (t.charAt(end - 1) == ')') {
            int open = t.lastIndexOf('(');
            if (open <= 0 || end - open > 100) {
                return false;
            }
            String inner = t.substring(open + 1, end - 1);
            // an agency alone in parentheses is a credit after a sentence, "... 2019. (AP)", or in
            // capitals, "Julian Assange (AFP)"; "Patientenakte (ePA)" is an abbreviation
            boolean setOff = t.substring(0, open).stripTrailing().endsWith(".") || isUpperCase(inner);
            return isCredit(inner, setOff);
        }
        // after the last sentence: ". REUTERS/Name", ". Photograph by Name/AFP", ". Reuters"
        int from = Math.max(0, end - 100);
        int cut = -1;
        for (int i = end - 2; i > from; i--) {
            char c = t.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && t.charAt(i + 1) == ' ' && i >= 2
                    && Character.isLowerCase(t.charAt(i - 1)) && Character.isLowerCase(t.charAt(i - 2))) {
                cut = i + 2;
                break;
            }
        }
        return cut > 0 && isCredit(t.substring(cut), true);
    }

    /**
     * Whether the short text is a credit: it starts with a credit label ("Photo by", "AP Photo/"),
     * names an agency with a slash ("REUTERS/Name", "Name / AP file"), or is an agency's name.
     */
    private static boolean isCredit(String tail, boolean setOff) {
        String[] w = PhraseList.words(PhraseList.normalize(tail));
        if (w.length == 0 || w.length > MAX_CREDIT_WORDS) {
            return false;
        }
        int c = Phrases.CREDITS.prefixWords(w);
        if (c > 0 && c < w.length) {
            char after = Lines.charAfterWords(tail, c);
            if (after == ':' || after == '/' || w[c].equals("by")) {
                return true;
            }
        }
        int a = Phrases.AGENCIES.prefixWords(w);
        if (a == w.length) {
            // "(AP)", ". Reuters": the agency alone, set off from the caption
            return setOff;
        }
        if (tail.indexOf('/') < 0) {
            return false;
        }
        for (int i = 0; i < w.length; i++) {
            if (Phrases.AGENCIES.prefixWords(w, i) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * "This illustration shows ...", "An artist's concept of ...": an opening only captions use; or
     * "In this Nov. 10, 2019, file photo, ...": a frame ("in this") with a picture word set off by a
     * comma within the first words.
     */
    private static boolean hasHouseOpening(String t, String[] w) {
        if (Phrases.CAPTION_OPENERS.prefixWords(w) > 0) {
            return true;
        }
        int f = Phrases.CAPTION_FRAMES.prefixWords(w);
        if (f == 0) {
            return false;
        }
        for (int i = f; i < w.length && i <= f + 12; i++) {
            int c = Phrases.CREDITS.prefixWords(w, i);
            if (c > 0 && Lines.charAfterWords(t, i + c) == ',') {
                return true;
            }
        }
        return false;
    }

    /**
     * "Name, left, and Name, right, ...", "(left)": a place in the picture set off by commas or
     * parentheses.
     */
    static boolean placesPeople(String t) {
        int n = Math.min(t.length(), PhraseList.MAX_SCAN);
        // The marks in order, found by the JDK's indexOf (far faster than a loop over every
        // character): the next comma, opening and closing parenthesis, each searched again once
        // passed.
        int comma = nextMark(t, ',', 0, n);
        int open = nextMark(t, '(', 0, n);
        int close = nextMark(t, ')', 0, n);
        int prev = -1;
        char prevMark = 0;
        while (true) {
            int i = Math.min(comma, Math.min(open, close));
            if (i >= n) {
                return false;
            }
            char c = t.charAt(i);
            if (prev >= 0 && i - prev <= 30 && (prevMark == ',' && c == ',' || prevMark == '(' && c == ')')
                    && isPosition(t, prev + 1, i)) {
                return true;
            }
            prev = i;
            prevMark = c;
            if (c == ',') {
                comma = nextMark(t, ',', i + 1, n);
            } else if (c == '(') {
                open = nextMark(t, '(', i + 1, n);
            } else {
                close = nextMark(t, ')', i + 1, n);
            }
        }
    }

    /** The index of {@code mark} in {@code t} from {@code from}, or {@code limit} when there is none before it. */
    private static int nextMark(String t, char mark, int from, int limit) {
        int i = t.indexOf(mark, from);
        return i < 0 || i >= limit ? limit : i;
    }

    /**
     * "... at the Statehouse, Tuesday, Nov. 19, 2019, ...": a weekday set off by a comma and followed
     * by a full date with its year. Agencies date each picture so; articles name the day alone ("on
     * Tuesday"), or set a full date with a colon after it over a note ("Update on Wednesday, March 6,
     * 2024: ..."), which dates no picture. Weekday names come from the JDK's locale data.
     */
    static boolean datesThePicture(String t, String[] w) {
        // From the year back to the weekday: years are rare among a caption's words, and a word
        // is looked up among the weekdays only when one follows within reach.
        for (int k = 2; k < w.length; k++) {
            if (!isYear(w[k]) || Lines.charAfterWords(t, k + 1) == ':') {
                // a date with a colon after it labels the text that follows ("Update on Wednesday,
                // March 6, 2024: ..."), as a post's update note does; a picture's date runs on
                continue;
            }
            for (int i = Math.max(0, k - 4); i <= k - 2; i++) {
                if (WEEKDAYS.contains(w[i]) && Lines.charAfterWords(t, i + 1) == ',') {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the text may hold a year as a word of its own: "19" or "20" and two more digits, no
     * letter or digit on either side. Every text whose words hold a year passes; most paragraphs
     * with digits do not, and are spared making all their words.
     */
    static boolean mayHoldYear(String t) {
        int n = t.length();
        for (int i = 0; i + 4 <= n; i++) {
            char c = t.charAt(i);
            if ((c == '1' && t.charAt(i + 1) == '9' || c == '2' && t.charAt(i + 1) == '0')
                    && Character.isDigit(t.charAt(i + 2)) && Character.isDigit(t.charAt(i + 3))
                    && (i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1)))
                    && (i + 4 == n || !Character.isLetterOrDigit(t.charAt(i + 4)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isYear(String y) {
        return y.length() == 4 && (y.startsWith("19") || y.startsWith("20")) && PhraseList.isNumber(y);
    }

    private static Set<String> weekdays() {
        Set<String> out = new HashSet<>();
        for (String lang : PhraseList.LANGUAGES) {
            for (String d : DateFormatSymbols.getInstance(Locale.forLanguageTag(lang)).getWeekdays()) {
                String n = PhraseList.normalize(d);
                if (n.length() >= 4 && n.indexOf(' ') < 0) {
                    out.add(n);
                }
            }
        }
        return Set.copyOf(out);
    }

    /** Whether {@code t[from, to)} is a place in the picture ("left", "second from right"). */
    private static boolean isPosition(String t, int from, int to) {
        // Normalising keeps every letter and digit: a segment with more than the longest phrase's
        // length cannot match, and most commas of a sentence set off such segments.
        // Counted for ASCII only; other text is normalised and looked up as it is.
        int letters = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c >= 0x80) {
                letters = 0;
                break;
            }
            if (Character.isLetterOrDigit(c)) {
                letters++;
            }
        }
        if (letters > Phrases.POSITIONS.longestPhrase()) {
            return false;
        }
        String norm = PhraseList.normalize(t.substring(from, to));
        return !norm.isEmpty() && Phrases.POSITIONS.matches(norm);
    }
}
