package io.github.tidings.internal.metadata;

import io.github.tidings.clean.TextBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Site-name rules: the name in a copyright footer ({@code © 2019 X}, {@code Copyright X},
 * {@code X Publication Group All Rights Reserved}), cleaned of years and company designators, and
 * the brand in a host name as a last resort.
 */
final class SiteNames {
    private static final List<String> RIGHTS = WordLists.all("rights");
    private static final List<String> DESIGNATORS = WordLists.all("designators");
    /** How many blocks at the end of the page are searched for a footer. */
    private static final int FOOTER_BLOCKS = 40;
    private static final Pattern YEARS = Pattern.compile("\\b(?:19|20)\\d{2}(?:\\s?[-–]\\s?(?:19|20)\\d{2})?\\b");
    private static final Pattern AFTER_MARK = Pattern.compile("(?i)(?:©|\\(c\\)|copyright)\\s*(?:©\\s*)?");
    // Compiled once: String.replaceAll and split compile their pattern on every call.
    private static final Pattern MARK = Pattern.compile("(?i)(?:©|\\(c\\)|copyright)");
    private static final Pattern LEADING_SEPARATORS = Pattern.compile("^[\\s,.|-]+");
    private static final Pattern RIGHTS_CLAUSE_END = Pattern.compile(
            "\\s[|•·–—-]\\s|[.,;!|]\\s|(?i)\\sall\\s|(?i)\\stüm\\s|(?i)\\stodos\\s|(?i)\\stous\\s|(?i)\\salle\\s");
    private static final Pattern CLAUSE_END = Pattern.compile("[.|•·!]\\s|\\s[–—-]\\s");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern OUTER_PUNCTUATION = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}.!)]+$");
    private static final Pattern TRAILING_STOPS = Pattern.compile("[,.]+$");

    private SiteNames() {
    }

    /** The site name a footer states, searching from the last block up. */
    static Optional<String> fromFooter(List<TextBlock> blocks) {
        for (int i = blocks.size() - 1; i >= Math.max(1, blocks.size() - FOOTER_BLOCKS); i--) {
            String t = blocks.get(i).text();
            if (t.length() > 400) {
                continue;
            }
            Optional<String> s = fromRightsLine(t);
            if (s.isPresent()) {
                return s;
            }
        }
        return Optional.empty();
    }

    /** The publisher a copyright line names, if any. */
    static Optional<String> fromRightsLine(String t) {
        String lower = t.toLowerCase(Locale.ROOT);
        // "X Publication Group All Rights Reserved ©": the name stands before the phrase.
        for (String phrase : RIGHTS) {
            int i = lower.indexOf(phrase);
            if (i > 0 && !phrase.equals("copyright")) {
                String before = t.substring(0, i);
                before = MARK.matcher(before).replaceAll(" ");
                Optional<String> s = name(lastClause(YEARS.matcher(before).replaceAll(" ")));
                if (s.isPresent()) {
                    return s;
                }
            }
        }
        // The mark's pattern is tried only where the lower-case copy shows a mark: most lines have none.
        if (lower.indexOf('©') < 0 && !lower.contains("(c)") && !lower.contains("copyright")) {
            return Optional.empty();
        }
        Matcher m = AFTER_MARK.matcher(t);
        if (m.find()) {
            String after = t.substring(m.end());
            after = YEARS.matcher(after).replaceFirst(" ").strip();
            after = LEADING_SEPARATORS.matcher(after).replaceAll("");
            String[] cut = RIGHTS_CLAUSE_END.split(after);
            return name(YEARS.matcher(cut[0]).replaceAll(" "));
        }
        return Optional.empty();
    }

    private static String lastClause(String s) {
        String[] parts = CLAUSE_END.split(s);
        return parts.length == 0 ? s : parts[parts.length - 1];
    }

    private static Optional<String> name(String raw) {
        String r = raw.strip();
        // Many languages write names in sentence case ("Городские вести"): a short name that starts
        // with a capital is taken whole; a longer phrase is cut to its run of capitalised words.
        boolean shortName = !r.isEmpty() && TitleReader.words(r) <= 3 && startsCapital(r);
        String s = clean(shortName ? r : capitalisedRun(r));
        int words = TitleReader.words(s);
        if (s.isEmpty() || words > 5 || s.length() > 50 || !Character.isLetterOrDigit(s.codePointAt(0))) {
            return Optional.empty();
        }
        return Optional.of(s);
    }

    /**
     * The longest run of capitalised words: footers wrap the name in ordinary words ("by X",
     * "X unless otherwise noted", "All contents X"). Connectors such as "of" and "&" may stand inside.
     */
    static String capitalisedRun(String s) {
        String[] ws = SPACES.split(s.strip());
        int bestFrom = 0;
        int bestLen = 0;
        int from = 0;
        for (int i = 0; i <= ws.length; i++) {
            boolean cap = i < ws.length && (startsCapital(ws[i])
                    || i > from && i + 1 < ws.length && CONNECTORS.contains(ws[i].toLowerCase(Locale.ROOT)));
            if (!cap) {
                if (i - from > bestLen) {
                    bestLen = i - from;
                    bestFrom = from;
                }
                from = i + 1;
            }
        }
        if (bestLen == 0) {
            return s;
        }
        String run = String.join(" ", java.util.Arrays.asList(ws).subList(bestFrom, bestFrom + bestLen));
        if (bestLen > 1 && run.toLowerCase(Locale.ROOT).startsWith("all ")) {
            run = run.substring(4); // "All Rights Reserved" never names the site
        }
        return run;
    }

    private static boolean startsCapital(String w) {
        if (w.isEmpty()) {
            return false;
        }
        int cp = w.codePointAt(0);
        return Character.isUpperCase(cp) || Character.isDigit(cp) || Character.isLetter(cp) && !Character.isLowerCase(cp);
    }

    /** Small words that stand inside names ("Journal du Midi", "Gazzetta della Valle"). */
    private static final java.util.Set<String> CONNECTORS = java.util.Set.copyOf(WordLists.all("connectors"));

    /** A site name without surrounding punctuation, years and trailing company designators. */
    static String clean(String raw) {
        String s = SPACES.matcher(raw.strip()).replaceAll(" ");
        s = OUTER_PUNCTUATION.matcher(s).replaceAll("");
        List<String> words = new ArrayList<>(List.of(s.split(" ")));
        while (words.size() > 1 && isDesignator(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        return TRAILING_STOPS.matcher(String.join(" ", words)).replaceAll("").strip();
    }

    /** A company designator; a long one also with one letter mistyped ("Puplication"). */
    private static boolean isDesignator(String word) {
        String w = TRAILING_STOPS.matcher(word.toLowerCase(Locale.ROOT)).replaceAll("");
        for (String d : DESIGNATORS) {
            if (w.equals(d) || d.length() >= 7 && w.length() == d.length() && mismatches(w, d) <= 1) {
                return true;
            }
        }
        return false;
    }

    private static int mismatches(String a, String b) {
        int n = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                n++;
            }
        }
        return n;
    }

    /** The brand in a host name: {@code www.example-news.co.uk} gives {@code example-news}. */
    static Optional<String> fromHost(String host) {
        String[] labels = host.toLowerCase(Locale.ROOT).split("\\.");
        int i = labels.length - 2;
        if (i > 0 && labels[i].length() <= 3 && labels[labels.length - 1].length() == 2) {
            i--; // second-level public suffixes such as co.uk, com.tr
        }
        if (i < 0 || labels[i].isEmpty() || labels[i].equals("www")) {
            return Optional.empty();
        }
        String b = labels[i];
        return Optional.of(Character.toUpperCase(b.charAt(0)) + b.substring(1));
    }
}
