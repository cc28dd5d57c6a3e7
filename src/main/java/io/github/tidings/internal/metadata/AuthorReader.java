package io.github.tidings.internal.metadata;

import io.github.tidings.clean.TextBlock;
import io.github.tidings.internal.words.TextNormalizer;
import io.github.tidings.internal.words.WordFiles;
import io.github.tidings.model.Hints;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads author names from a byline: {@code By X and Y}, {@code By A, B and C}, {@code Yazar: X},
 * {@code Von X}, {@code Por X}, {@code Oleh X}, {@code Автор: X}, {@code X - Nov 19, 2019}. Drops
 * job titles, e-mail addresses, handles, dates and times glued to the names, and "and
 * contributors". Usable on any string (the HTML reader's author fields too).
 */
final class AuthorReader {
    private static final List<String> LABELS = longestFirst(WordLists.all("byline"));
    private static final Set<String> LABEL_SET = Set.copyOf(LABELS);
    private static final int LONGEST_LABEL = LABELS.isEmpty() ? 0 : LABELS.get(0).length();
    private static final Pattern TRAILING_PUNCT = Pattern.compile("[.:,;\\s]+$");
    /** Runs of spaces; {@link #splitOnSpaces(String)} splits as this pattern's split does. */
    static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Set<String> ROLES = Set.copyOf(WordLists.all("roles"));
    private static final Set<String> ORGANISATIONS = Set.copyOf(WordLists.load("organisations.txt"));
    private static final Set<String> PARTICLES = Set.of("de", "da", "do", "dos", "das", "del", "della", "di", "van", "von",
            "der", "den", "bin", "binti", "al", "el", "la", "le", "du", "ibn", "y", "e");
    /**
     * Where a name list ends: a separator, a handle, or a word that starts the rest of the line. The
     * pattern is the specification; {@link #stopAt(String)} finds its first match by hand, which
     * costs a fraction of the pattern's search (tried at every position of every line).
     */
    static final Pattern STOP = Pattern.compile(
            "\\s[|•·/–—-]\\s|\\s[|•·]|@|\\(|\\s(?i:on|am|le|el|em|il|at|in|for|für|pour|para|per)\\s|\\s(?i:updated|published|posted)\\b"
                    + "|\\s\\d|\\d");
    /** The words of {@link #STOP} that a space must follow. */
    private static final String[] STOP_WORDS = {"on", "am", "le", "el", "em", "il", "at", "in", "for", "für", "pour",
        "para", "per"};
    /** The words of {@link #STOP} that a word boundary must follow. */
    private static final String[] STOP_WORDS_AT_BOUNDARY = {"updated", "published", "posted"};
    /** The words {@link #SPLIT} splits name lists at. */
    private static final Set<String> CONJUNCTIONS = Set.of("and", "und", "et", "y", "e", "dan", "ve", "и");
    /**
     * Separators in a name list, with the spaces around them. The pattern is the specification;
     * {@link #separatorFrom(String, int)} finds its matches by hand, at a fraction of the cost.
     */
    static final Pattern SPLIT = Pattern.compile(
            "\\s*(?:,|;|&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bdan\\b|\\bve\\b|\\bи\\b)\\s*");
    private static final Pattern EMAIL = Pattern.compile("\\S{1,64}@\\S{1,255}");
    /** Compiled once: String.split and replaceAll would compile these on every call. */
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}]");
    private static final Pattern TRAILING_SEPARATORS = Pattern.compile("[\\s|•·/–—,:-]+$");
    /**
     * Picture-credit labels ("Foto", "Photo by", "Crédit photo"): the caption cleaner's lists, read
     * here too because a credit names who took a picture, never who wrote the article.
     */
    private static final List<String> CREDIT_LABELS = creditLabels();
    private static final Set<String> CREDIT_SET = Set.copyOf(CREDIT_LABELS);
    /** Last words of credit labels that a name follows without a colon ("Photo by Anna Berg"). */
    private static final Set<String> CREDIT_PREPOSITIONS = Set.of("by", "von", "de", "di", "oleh", "par");

    private AuthorReader() {
    }

    /** A byline found in a line: where its label starts and the names it gives. */
    record Byline(int start, boolean labelled, List<String> names) {
    }

    /** The byline a line holds, if it has a byline label followed by names; {@code null} otherwise. */
    static @Nullable Byline labelled(String line) {
        if (TextNormalizer.isAscii(line)) {
            return labelledAscii(line);
        }
        String lower = line.toLowerCase(Locale.ROOT);
        long starts = firstCharsAtBoundaries(lower);
        for (String label : LABELS) {
            if (!mayStartAt(starts, label.charAt(0))) {
                continue; // no occurrence can pass the boundary test below
            }
            int from = 0;
            while (from <= lower.length()) {
                int i = lower.indexOf(label, from);
                if (i < 0) {
                    break;
                }
                from = i + 1;
                if (i > 0 && Character.isLetterOrDigit(lower.charAt(i - 1))) {
                    continue;
                }
                Byline b = bylineAt(line, lower, i, label.length());
                if (b != null) {
                    return b;
                }
            }
        }
        return null;
    }

    /**
     * {@link #labelled(String)} of an ASCII line, most lines of most pages: the labels are matched
     * where words start, found by their first letter, instead of searching the line for each label
     * in a lower-case copy. Candidates are tried in the same order: by label, then by position.
     */
    private static @Nullable Byline labelledAscii(String line) {
        long[] found = null; // label index << 32 | position
        int count = 0;
        boolean boundary = true;
        for (int i = 0, n = line.length(); i < n; i++) {
            char c = line.charAt(i);
            boolean alnum = isAsciiLetterOrDigit(c);
            if (boundary) {
                for (int k : ASCII_LABELS_BY_FIRST[lowerAscii(c)]) {
                    if (startsWithIgnoreCase(line, i, LABELS.get(k))) {
                        if (found == null) {
                            found = new long[4];
                        } else if (count == found.length) {
                            found = java.util.Arrays.copyOf(found, count * 2);
                        }
                        found[count++] = (long) k << 32 | i;
                    }
                }
            }
            boundary = !alnum;
        }
        if (found == null) {
            return null;
        }
        java.util.Arrays.sort(found, 0, count);
        for (int k = 0; k < count; k++) {
            int label = (int) (found[k] >>> 32);
            Byline b = bylineAt(line, line, (int) found[k], LABELS.get(label).length());
            if (b != null) {
                return b;
            }
        }
        return null;
    }

    /** The byline whose label stands at {@code i} of the line (at a word start), or null. */
    private static @Nullable Byline bylineAt(String line, String lower, int i, int labelLength) {
        int after = i + labelLength;
        if (after < lower.length() && Character.isLetterOrDigit(lower.charAt(after))) {
            return null;
        }
        // A label in mid-line must follow a separator or a date, not an ordinary word ("stand by me").
        if (i > 0 && !afterBreak(line, i) && !afterKicker(line, i)) {
            return null;
        }
        int p = after;
        while (p < line.length() && (line.charAt(p) == ':' || line.charAt(p) == '\uFF1A' // full-width colon
                || Character.isWhitespace(line.charAt(p)))) {
            p++;
        }
        List<String> names = names(line.substring(p));
        return names.isEmpty() ? null : new Byline(i, true, names);
    }

    /** Indexes into {@link #LABELS} of the all-ASCII labels, by their first character. */
    private static final int[][] ASCII_LABELS_BY_FIRST = asciiLabelsByFirst();

    private static int[][] asciiLabelsByFirst() {
        List<List<Integer>> by = new ArrayList<>();
        for (int c = 0; c < 128; c++) {
            by.add(new ArrayList<>());
        }
        for (int k = 0; k < LABELS.size(); k++) {
            String label = LABELS.get(k);
            if (!label.isEmpty() && TextNormalizer.isAscii(label) && label.equals(label.toLowerCase(Locale.ROOT))) {
                by.get(label.charAt(0)).add(k);
            }
        }
        int[][] out = new int[128][];
        for (int c = 0; c < 128; c++) {
            out[c] = by.get(c).stream().mapToInt(Integer::intValue).toArray();
        }
        return out;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        int lower = c | 0x20;
        return lower >= 'a' && lower <= 'z' || c >= '0' && c <= '9';
    }

    private static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    /** Whether the ASCII line holds the lower-case ASCII word at {@code i}, in any case. */
    private static boolean startsWithIgnoreCase(String line, int i, String word) {
        if (i + word.length() > line.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (lowerAscii(line.charAt(i + k)) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The characters that stand where a label may begin (at the start, or after a character that is
     * not a letter or digit), as bits by {@code char % 64}: a label whose first character's bit is
     * clear occurs nowhere that {@link #labelled(String)} would accept it.
     */
    private static long firstCharsAtBoundaries(String lower) {
        long bits = 0;
        boolean boundary = true;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (boundary) {
                bits |= 1L << (c & 63);
            }
            boundary = c < 0x80 ? !((c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9')
                    : !Character.isLetterOrDigit(c);
        }
        return bits;
    }

    private static boolean mayStartAt(long bits, char first) {
        return (bits & (1L << (first & 63))) != 0;
    }

    /** Whether the line is a byline label alone ("By"), the names following on the next line. */
    static boolean isLabelOnly(String line) {
        if (line.length() > LONGEST_LABEL + 4) {
            return false;
        }
        String l = line.strip().toLowerCase(Locale.ROOT);
        return LABEL_SET.contains(l.endsWith(":") ? l.substring(0, l.length() - 1).strip() : l);
    }

    private static boolean afterBreak(String line, int i) {
        int j = i - 1;
        while (j >= 0 && line.charAt(j) == ' ') {
            j--;
        }
        if (j < 0) {
            return true;
        }
        char c = line.charAt(j);
        return !Character.isLetter(c) || isMetaWord(line, j);
    }

    /** One capitalised word opening the line before the label: "Analysis by", "Opinion by", "Texto de". */
    private static boolean afterKicker(String line, int i) {
        int j = i;
        while (j > 0 && line.charAt(j - 1) == ' ') {
            j--;
        }
        if (j == i || j == 0) {
            return false;
        }
        for (int k = 0; k < j; k++) {
            if (!Character.isLetter(line.charAt(k))) {
                return false;
            }
        }
        // "Photo by Anna Berg" credits a picture: its kicker is a credit label
        return Character.isUpperCase(line.charAt(0)) && j <= 20
                && !CREDIT_SET.contains(line.substring(0, j).toLowerCase(Locale.ROOT));
    }

    /** "Posted by", "Written by", a time zone or am/pm before the label. */
    private static boolean isMetaWord(String line, int end) {
        int s = end;
        while (s > 0 && Character.isLetter(line.charAt(s - 1))) {
            s--;
        }
        String w = line.substring(s, end + 1).toLowerCase(Locale.ROOT);
        return w.equals("posted") || w.equals("written") || w.equals("am") || w.equals("pm") || w.length() <= 4
                && w.equals(w.toUpperCase(Locale.ROOT)) || line.substring(s, end + 1).chars().allMatch(Character::isUpperCase);
    }

    /** Names in the text after a byline label, up to where the byline ends. */
    static List<String> names(String rest) {
        String cut = rest.length() > 200 ? rest.substring(0, 200) : rest;
        String s = cut.indexOf('@') < 0 ? cut : EMAIL.matcher(cut).replaceAll(" "); // no @, no address
        if (isAllCaps(s)) {
            s = titleCase(s); // "BY JANE DOE" is Jane Doe, not an acronym list
        }
        List<DateParser.Match> dates = DateParser.findAll(s, Hints.none());
        if (!dates.isEmpty()) {
            s = s.substring(0, dates.get(0).labelStart());
        }
        int stop = stopAt(s);
        if (stop >= 0) {
            s = s.substring(0, stop);
        }
        List<String> out = new ArrayList<>();
        // "A, B and C" is a list; "A, Org" or "A, Role" is one name and what it works for.
        // The separators are found once and read twice: whether an "and" is among them, then the parts.
        List<int[]> seps = new ArrayList<>();
        boolean hasAnd = false;
        for (int[] sep = separatorFrom(s, 0); sep != null; sep = separatorFrom(s, sep[1])) {
            hasAnd |= sep[2] == 0;
            seps.add(sep);
        }
        int from = 0;
        boolean afterAnd = false;
        int next = 0;
        while (from <= s.length()) {
            boolean found = next < seps.size();
            int[] at = found ? seps.get(next++) : null;
            String part = s.substring(from, found ? at[0] : s.length());
            String p = cleanName(part);
            if (!p.isEmpty()) {
                if (!isName(p)) {
                    if (!out.isEmpty()) {
                        break;
                    }
                    return List.of();
                }
                if (!out.contains(p)) {
                    out.add(p);
                }
            }
            if (!found) {
                break;
            }
            boolean comma = at[2] == 1;
            if (comma && (!hasAnd || afterAnd) && !out.isEmpty()) {
                break;
            }
            afterAnd |= !comma;
            from = at[1];
        }
        return out;
    }

    /** Where {@link #STOP} first matches in {@code s}, or -1: the same answer, without the pattern. */
    static int stopAt(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '@' || c == '(' || isAsciiDigit(c)) {
                return i;
            }
            if (!isPatternSpace(c) || i + 1 >= n) {
                continue;
            }
            char d = s.charAt(i + 1);
            if (isAsciiDigit(d) || d == '|' || d == '•' || d == '·'
                    || (d == '/' || d == '–' || d == '—' || d == '-') && i + 2 < n && isPatternSpace(s.charAt(i + 2))) {
                return i;
            }
            for (String w : STOP_WORDS) {
                int end = i + 1 + w.length();
                if (end < n && isPatternSpace(s.charAt(end)) && regionMatchesAsciiCase(s, i + 1, w)) {
                    return i;
                }
            }
            for (String w : STOP_WORDS_AT_BOUNDARY) {
                int end = i + 1 + w.length();
                if (end <= n && regionMatchesAsciiCase(s, i + 1, w) && (end == n || !isBoundWord(s.codePointAt(end)))) {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * The first match of {@link #SPLIT} in {@code s} from {@code from}, as its start, its end and 1
     * for a comma or semicolon (0 for a conjunction or ampersand); null when there is none.
     */
    static int @Nullable [] separatorFrom(String s, int from) {
        int n = s.length();
        for (int i = from; i < n; i++) {
            int j = i;
            while (j < n && isPatternSpace(s.charAt(j))) {
                j++;
            }
            int length = separatorAt(s, j);
            if (length > 0) {
                int end = j + length;
                while (end < n && isPatternSpace(s.charAt(end))) {
                    end++;
                }
                char c = s.charAt(j);
                return new int[] {i, end, c == ',' || c == ';' ? 1 : 0};
            }
            i = j; // a match starting inside these spaces would reach the same place and fail
        }
        return null;
    }

    /** The length of the separator at {@code j}: a comma, semicolon, ampersand or conjunction as a word; else 0. */
    private static int separatorAt(String s, int j) {
        if (j >= s.length()) {
            return 0;
        }
        char c = s.charAt(j);
        if (c == ',' || c == ';' || c == '&') {
            return 1;
        }
        for (String w : SPLIT_WORDS) {
            int end = j + w.length();
            if (s.startsWith(w, j) && !isWordBefore(s, j) && (end == s.length() || !isBoundWord(s.codePointAt(end)))) {
                return w.length();
            }
        }
        return 0;
    }

    /** The conjunctions of {@link #SPLIT}, in its order. */
    private static final String[] SPLIT_WORDS = {"and", "und", "et", "y", "e", "dan", "ve", "и"};

    /** Whether a pattern's {@code \b} counts what stands before {@code i} as part of a word. */
    private static boolean isWordBefore(String s, int i) {
        if (i == 0) {
            return false;
        }
        int cp = s.codePointBefore(i);
        if (cp == '_' || Character.isLetterOrDigit(cp)) {
            return true;
        }
        if (Character.getType(cp) != Character.NON_SPACING_MARK) {
            return false;
        }
        // a mark belongs to the word of the letter or digit it follows
        for (int x = i - 1; x >= 0; x--) {
            int ch = s.codePointAt(x);
            if (Character.isLetterOrDigit(ch)) {
                return true;
            }
            if (Character.getType(ch) != Character.NON_SPACING_MARK) {
                return false;
            }
        }
        return false;
    }

    /**
     * {@code SPACES.split(s)} without the pattern: the parts between runs of spaces, an empty first
     * part when the text starts with spaces, none at the end.
     */
    static String[] splitOnSpaces(String s) {
        List<String> parts = new ArrayList<>(4);
        int n = s.length();
        int start = 0;
        int i = 0;
        while (i < n) {
            if (!isPatternSpace(s.charAt(i))) {
                i++;
                continue;
            }
            parts.add(s.substring(start, i));
            while (i < n && isPatternSpace(s.charAt(i))) {
                i++;
            }
            start = i;
        }
        if (parts.isEmpty()) {
            return new String[] {s}; // no spaces: the text whole
        }
        parts.add(s.substring(start));
        int size = parts.size();
        while (size > 0 && parts.get(size - 1).isEmpty()) {
            size--;
        }
        return parts.subList(0, size).toArray(new String[0]);
    }

    /** {@code \s} of a pattern without flags. */
    private static boolean isPatternSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** What a pattern's {@code \b} counts as a word character after a word (a mark continues it). */
    private static boolean isBoundWord(int cp) {
        return cp == '_' || Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
    }

    /** Whether {@code s} holds the lower-case word {@code w} at {@code i}, ASCII letters in any case (as {@code (?i)} matches). */
    private static boolean regionMatchesAsciiCase(String s, int i, String w) {
        for (int k = 0; k < w.length(); k++) {
            char a = s.charAt(i + k);
            char b = w.charAt(k);
            if (a != b && !(b >= 'a' && b <= 'z' && a == b - 32)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the text has at least four letters and no lower-case ones. */
    static boolean isAllCaps(String s) {
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 4;
    }

    /** Each word with its first letter upper case and the rest lower case; particles stay lower case. */
    static String titleCase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean start = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                sb.append(start ? c : Character.toLowerCase(c));
                start = false;
            } else {
                sb.append(c);
                start = c != '\'' && c != '’';
            }
        }
        String[] ws = sb.toString().split(" ", -1);
        for (int k = 1; k < ws.length; k++) {
            String w = ws[k].toLowerCase(Locale.ROOT);
            if (PARTICLES.contains(w) || CONJUNCTIONS.contains(w)) {
                ws[k] = ws[k].toLowerCase(Locale.ROOT);
            }
        }
        return String.join(" ", ws);
    }

    /** A name part without its job title, credentials and trailing punctuation; empty if nothing is left. */
    private static String cleanName(String part) {
        String p = stripTrailingPunct(part.strip());
        List<String> ws = new ArrayList<>(List.of(splitOnSpaces(p)));
        for (int i = 0; i < ws.size(); i++) {
            if (isRole(ws.get(i))) {
                // "Michael Hiltzik Business Columnist": a desk name may stand before the role.
                int keep = i == 3 && !isInitial(ws.get(1)) ? 2 : i;
                ws = new ArrayList<>(ws.subList(0, keep));
                break;
            }
        }
        // Credentials and brands glued on: "Rachael Link, MS, RD", "Jonathan Garber FOXBusiness".
        while (ws.size() > 2 && isBrandLike(ws.get(ws.size() - 1))) {
            ws.remove(ws.size() - 1);
        }
        // "Kevin Moe NEWS TODAY": an organisation in capitals after a name in mixed case.
        int mixed = 0;
        while (mixed < ws.size() && !isCapitals(ws.get(mixed))) {
            mixed++;
        }
        if (mixed >= 2 && mixed < ws.size() && ws.subList(mixed, ws.size()).stream().allMatch(AuthorReader::isCapitals)) {
            ws = new ArrayList<>(ws.subList(0, mixed));
        }
        if (ws.size() == 1 && isBrandLike(ws.get(0)) && !isOrganisation(ws.get(0))) {
            return "";
        }
        int n = ws.size();
        if (n >= 2 && n % 2 == 0 && ws.subList(0, n / 2).equals(ws.subList(n / 2, n))) {
            ws = ws.subList(0, n / 2); // "Sean Martin Sean Martin"
        }
        return stripTrailingPunct(String.join(" ", ws)).strip();
    }

    /**
     * {@code TRAILING_PUNCT.matcher(s).replaceAll("")}, skipping the regular expression when it
     * cannot match: a match ends at the end or before a final line terminator, so the last
     * character must be punctuation, a space or a line terminator.
     */
    private static String stripTrailingPunct(String s) {
        if (s.isEmpty()) {
            return s;
        }
        char last = s.charAt(s.length() - 1);
        if (".:,;".indexOf(last) < 0 && !(last <= ' ' || last == '\u0085' || last == '\u2028' || last == '\u2029')) {
            return s;
        }
        return TRAILING_PUNCT.matcher(s).replaceAll("");
    }

    /** Two or more letters, all capitals. */
    private static boolean isCapitals(String w) {
        int letters = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2;
    }

    private static boolean isInitial(String w) {
        return w.length() <= 2 || w.endsWith(".");
    }

    /** All capitals of up to four letters, or capitals inside the word: a credential or a brand. */
    private static boolean isBrandLike(String w) {
        if (w.isEmpty()) {
            return false;
        }
        int upper = 0;
        for (int i = 0; i < w.length(); i++) {
            if (Character.isUpperCase(w.charAt(i))) {
                upper++;
            }
        }
        boolean allCaps = upper == NOT_LETTER.matcher(w).replaceAll("").length();
        return allCaps && w.length() <= 4 || !allCaps && upper >= 2 && !w.contains("-") && !w.contains("'")
                && !w.contains("’") && !w.startsWith("Mc") && !w.startsWith("Mac");
    }

    /** A person's name: one to five words, each capitalised or a particle, no digits. */
    static boolean isName(String p) {
        String[] ws = splitOnSpaces(p);
        if (ws.length > 5 || p.length() > 60) {
            return false;
        }
        int capital = 0;
        for (String w : ws) {
            if (w.isEmpty()) {
                return false;
            }
            int cp = w.codePointAt(0);
            if (Character.isUpperCase(cp) || (Character.isLetter(cp) && !Character.isLowerCase(cp))) {
                capital++;
            } else if (!PARTICLES.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (!Character.isLetter(c) && c != '.' && c != '\'' && c != '’' && c != '-') {
                    return false;
                }
            }
        }
        return capital > 0;
    }

    static boolean isRole(String p) {
        for (String t : TitleReader.tokens(p)) {
            if (ROLES.contains(t)) {
                return true;
            }
        }
        return false;
    }

    static boolean isOrganisation(String name) {
        return ORGANISATIONS.contains(name.toLowerCase(Locale.ROOT).strip());
    }

    /** People first: organisations only where no person is named. */
    static List<String> preferPeople(List<String> names) {
        List<String> people = new ArrayList<>();
        for (String n : names) {
            if (!isOrganisation(n)) {
                people.add(n);
            }
        }
        return people.isEmpty() ? names : people;
    }

    /**
     * A name standing before a date with only separators between ({@code Chris Davies - Nov 19,
     * 2019}); {@code dateStart} is where the date's label or the date starts.
     */
    static List<String> beforeDate(String line, int dateStart, Hints hints) {
        String head = TRAILING_SEPARATORS.matcher(line.substring(0, dateStart)).replaceAll("").strip();
        Byline labelled = labelled(head);
        if (labelled != null) {
            return labelled.names(); // "By Jane Doe · May 3"
        }
        head = unglued(head);
        if (head.isEmpty() || holdsPictureCredit(head) || TitleReader.words(head) < 2 || TitleReader.words(head) > 4) {
            return List.of();
        }
        return isName(head) && !isRole(head) ? List.of(head) : List.of();
    }

    /**
     * A line that is nothing but a byline without label, as printed next to a dateline: {@code
     * Tom Krisher, AP Auto Writer}, {@code Catherine Shu @catherineshu}, {@code A and B, Org}.
     */
    static List<String> nameLine(String line) {
        return nameLine(line, false);
    }

    /**
     * As {@link #nameLine(String)}; a line in capitals is taken only in the form {@code NAME,
     * ORGANISATION} (else it is as likely a kicker or a button) unless {@code capitalsAllowed}
     * because its place (under the headline, over the date) says it is a byline.
     */
    static List<String> nameLine(String line, boolean capitalsAllowed) {
        line = unglued(line);
        if (line.length() > 120 || !capitalsAllowed && isAllCaps(line) && line.indexOf(',') < 0
                || holdsPictureCredit(line)) {
            return List.of(); // a line with a picture credit is a caption, whatever name-like words open it
        }
        List<String> names = names(line);
        if (names.isEmpty()) {
            return List.of();
        }
        String first = names.get(0);
        int words = TitleReader.words(first);
        if ((words < 2 || words > 4) && !isOrganisation(first)) {
            return List.of();
        }
        return names;
    }

    /**
     * A byline label glued to the name it stood beside in separate inline elements ({@code
     * <span>By</span><a>Jane Doe</a>} reads "ByJane Doe"), cut; other text as it is.
     */
    static String unglued(String line) {
        return GLUED_LABEL.matcher(line).replaceFirst("");
    }

    private static final Pattern GLUED_LABEL = Pattern.compile("^(?:By|Von|Par|Por|Door)(?=\\p{Lu})");

    /**
     * Whether the line holds a picture credit: a credit label at its start or after a sentence or a
     * separator, then a colon ({@code "Der Saal am Montag. Foto: Anna Berg"}, {@code "Crédit photo :
     * X"}) or, for a label that ends in a preposition, a capitalised name ({@code "Photo by X"}).
     */
    static boolean holdsPictureCredit(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        boolean sameLength = lower.length() == line.length();
        for (String label : CREDIT_LABELS) {
            for (int i = lower.indexOf(label); i >= 0; i = lower.indexOf(label, i + 1)) {
                int j = i - 1;
                while (j >= 0 && lower.charAt(j) == ' ') {
                    j--;
                }
                int p = i + label.length();
                if (j >= 0 && Character.isLetterOrDigit(lower.charAt(j))
                        || p < lower.length() && Character.isLetterOrDigit(lower.charAt(p))) {
                    continue; // inside a sentence or a word: "the photo shows", "photographer"
                }
                while (p < lower.length() && Character.isWhitespace(lower.charAt(p))) {
                    p++;
                }
                if (p < lower.length() && (lower.charAt(p) == ':' || lower.charAt(p) == '\uFF1A')) {
                    return true;
                }
                int space = label.lastIndexOf(' ');
                if (space > 0 && CREDIT_PREPOSITIONS.contains(label.substring(space + 1)) && sameLength
                        && p < line.length() && Character.isUpperCase(line.charAt(p))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> creditLabels() {
        List<String> out = new ArrayList<>();
        for (String lang : WordLists.LANGUAGES) {
            out.addAll(WordFiles.read(TextBlock.class, "phrases/credits." + lang + ".txt").orElse(List.of()));
        }
        return longestFirst(new ArrayList<>(new java.util.LinkedHashSet<>(out)));
    }

    private static List<String> longestFirst(List<String> l) {
        List<String> out = new ArrayList<>(l);
        out.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(out);
    }
}
