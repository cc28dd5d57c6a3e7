package io.github.tidings.internal.metadata;

import io.github.tidings.internal.words.MonthNames;
import io.github.tidings.model.Hints;
import io.github.tidings.model.Published;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds publication dates in any string: a text line, a {@code <meta>} value, a JSON-LD field.
 * Reads ISO 8601; numeric day-first, month-first and year-first dates (ambiguity resolved by the
 * language); month names and abbreviations in the languages java.time has CLDR data for (built
 * once); times with am/pm and zone abbreviations or offsets; labels that tell a publication date
 * from an update; relative dates ({@code 2 hours ago}) when the hints give a reference time.
 *
 * <p>Nothing is invented: the result has the precision the source stated, and an offset only when
 * the source stated one or {@link Hints#zone()} supplies it. Implausible dates are rejected: before
 * 1990 unless labelled, or more than a day after {@link Hints#referenceTime()}.
 *
 * <p>Stateless and thread-safe; input longer than {@value #MAX_LENGTH} characters is read only up
 * to that length, so each call takes bounded time. Internal: not part of the API.
 */
public final class DateParser {
    /** Longest prefix of a string that is searched for dates. */
    public static final int MAX_LENGTH = 400;

    /** What the words before a date said it was. */
    public enum Kind {
        /** Labelled as the publication date ({@code Published:}, {@code Yayın tarihi:}). */
        PUBLISHED,
        /** Labelled as a revision ({@code Updated:}, {@code Aktualisiert}). */
        UPDATED,
        /** No label. */
        UNLABELLED
    }

    /**
     * One date found in a string.
     *
     * @param value the date as stated
     * @param start where it starts in the string, label excluded
     * @param end where it ends, time and zone included
     * @param labelStart where its label starts, or {@code start} when it has none
     * @param kind what its label said
     */
    public record Match(Published value, int start, int end, int labelStart, Kind kind) {
    }

    private static final int MIN_YEAR = 1990;

    private static final Map<String, ZoneId> ZONES = zones();
    private static final List<String> PUBLISHED_LABELS = longestFirst(WordLists.all("published"));
    private static final List<String> UPDATED_LABELS = longestFirst(WordLists.all("updated"));

    /**
     * Where the year of a date with a month name ends: before a non-digit, or before a time glued
     * to it ("Nov 15, 20195:45 AM"), as tools that render a page as text write a date and a time
     * set in elements of their own without a space between them.
     */
    private static final String YEAR_END = "(?:(?!\\d)|(?=(?:[01]?\\d|2[0-3]):[0-5]\\d(?!\\d)))";
    private static final Pattern ISO = Pattern.compile("(?<![\\d.])(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})"
            + "(?::(\\d{2})(?:[.,]\\d{1,9})?)?\\s?(Z|[+-]\\d{2}:?\\d{2})?)?(?![\\d])");
    private static final Pattern YMD = Pattern.compile("(?<![\\d.])(\\d{4})[./](\\d{1,2})[./](\\d{1,2})(?![\\d])");
    private static final Pattern CJK = Pattern.compile("(\\d{4})\\s?[年년]\\s?(\\d{1,2})\\s?[月월]\\s?(\\d{1,2})\\s?[日일]?");
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d.:/-])(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d]|[./-]\\d)");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<![\\d\\p{L}])(\\d{1,2})(?:st|nd|rd|th|er|\\.)?\\s{0,2}(?:de\\s|of\\s)?\\s?(\\p{L}{3,12})\\.?,?\\s{1,2}"
                    + "(?:de\\s|del\\s)?\\s?(\\d{4})" + YEAR_END);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<![\\p{L}])(\\p{L}{3,12})\\.?\\s{1,2}(\\d{1,2})(?:st|nd|rd|th)?,?\\s{1,2}"
                    + "(?:(\\d{1,2}):(\\d{2})\\s)?(\\d{4})" + YEAR_END);
    private static final Pattern TIME = Pattern.compile(
            "(?<![\\d:.])(\\d{1,2})(?::|\\s?h\\s?)(\\d{2})(?::(\\d{2}))?(?![\\d])"
                    + "(?:\\s?([aApP])\\.?[mM]\\.?(?![\\p{L}]))?"
                    + "(?:\\s?\\(?((?:GMT|UTC)[+-]\\d{1,2}(?::?\\d{2})?|[+-]\\d{2}:?\\d{2}|[A-Za-z]{1,5})(?![\\p{L}]))?");
    private static final Pattern RELATIVE = Pattern.compile(
            "(?<![\\p{L}\\d])(\\d{1,3}|an?|one)\\s(minute|min|hour|hr|day|week)s?\\sago(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);

    private DateParser() {
    }

    /**
     * The publication date a string states: the first date labelled as published, else the first
     * unlabelled one, else the first update date.
     */
    public static Optional<Published> parse(String s, Hints hints) {
        return best(findAll(s, hints));
    }

    /** The preferred date of a list of matches: published, then unlabelled, then updated; earliest first within each. */
    public static Optional<Published> best(List<Match> matches) {
        return matches.stream().min(Comparator.comparingInt(DateParser::rank).thenComparingInt(Match::start))
                .map(Match::value);
    }

    /** Published first, updates last. */
    static int rank(Match m) {
        return switch (m.kind()) {
            case PUBLISHED -> 0;
            case UNLABELLED -> 1;
            case UPDATED -> 2;
        };
    }

    /** Every plausible date in the string, in order of position. */
    public static List<Match> findAll(String s, Hints hints) {
        String text = s.length() > MAX_LENGTH ? s.substring(0, MAX_LENGTH) : s;
        String lang = hints.language().map(l -> l.split("-")[0]).orElse("");
        // One pass tells which patterns can match at all: every form but the relative one has a
        // digit, all but the two-digit-year numeric form a run of four.
        int run = 0;
        int longestRun = 0;
        boolean dash = false;
        boolean dotOrSlash = false;
        boolean cjk = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                longestRun = Math.max(longestRun, ++run);
                continue;
            }
            run = 0;
            dash |= c == '-';
            dotOrSlash |= c == '.' || c == '/';
            cjk |= c == '年' || c == '년';
        }
        List<Raw> raws = new ArrayList<>();
        if (longestRun >= 4) {
            if (dash) {
                findIso(text, raws);
            }
            if (dotOrSlash) {
                findYmd(text, YMD, raws);
            }
            if (cjk) {
                findYmd(text, CJK, raws);
            }
            findNamed(text, raws);
        }
        if (longestRun >= 1 && (dash || dotOrSlash)) {
            findNumeric(text, lang, raws);
        }
        findRelative(text, hints, raws);
        if (raws.isEmpty()) {
            return List.of();
        }
        raws.sort(Comparator.comparingInt((Raw r) -> r.start).thenComparingInt(r -> -(r.end - r.start)));
        List<Raw> kept = new ArrayList<>();
        int lastEnd = -1;
        for (Raw r : raws) {
            if (r.start >= lastEnd) {
                kept.add(r);
                lastEnd = r.end;
            }
        }
        List<Match> out = new ArrayList<>();
        boolean[] timeUsed = new boolean[text.length() + 1];
        int prevEnd = 0;
        for (int i = 0; i < kept.size(); i++) {
            Raw r = kept.get(i);
            int nextStart = i + 1 < kept.size() ? kept.get(i + 1).start : text.length();
            Published p = r.value;
            int end = r.end;
            int start = r.start;
            if (r.date != null) {
                TimeFound t = findTime(text, prevEnd, start, end, nextStart, timeUsed);
                if (t != null) {
                    p = withTime(r.date, t);
                    end = Math.max(end, t.end);
                    start = Math.min(start, t.start);
                }
            }
            if (p == null) {
                prevEnd = end;
                continue;
            }
            int[] label = new int[] {start};
            Kind kind = label(text, prevEnd, start, label);
            if (p.precision() != Published.Precision.YEAR && plausible(p, kind, hints)) {
                if (p.offset().isEmpty() && hints.zone().isPresent()) {
                    p = p.withZone(hints.zone().get());
                }
                out.add(new Match(p, start, end, label[0], kind));
            }
            prevEnd = end;
        }
        return out;
    }

    /** The number of the month a name or abbreviation means in any supported language, if any. */
    static Optional<Integer> month(String word) {
        return MonthNames.number(word);
    }

    private static boolean plausible(Published p, Kind kind, Hints hints) {
        if (p.date().getYear() < MIN_YEAR && kind != Kind.PUBLISHED) {
            return false;
        }
        if (p.date().getYear() < 1800) {
            return false;
        }
        if (hints.referenceTime().isPresent()) {
            ZonedDateTime ref = hints.referenceTime().get();
            return !p.toInstant(ref.getZone()).isAfter(ref.toInstant().plus(1, ChronoUnit.DAYS));
        }
        return true;
    }

    private static Kind label(String text, int from, int start, int[] labelStart) {
        int lo = Math.max(from, start - 40);
        String head = stripEnd(text.substring(lo, start).toLowerCase(Locale.ROOT));
        // A weekday or a connector ("on", "le", "am") may stand between the label and the date.
        for (int tries = 0; tries < 2 && !head.isEmpty(); tries++) {
            for (String l : UPDATED_LABELS) {
                if (endsWithWord(head, l)) {
                    labelStart[0] = lo + head.length() - l.length();
                    return Kind.UPDATED;
                }
            }
            for (String l : PUBLISHED_LABELS) {
                if (endsWithWord(head, l)) {
                    labelStart[0] = lo + head.length() - l.length();
                    return Kind.PUBLISHED;
                }
            }
            int cut = head.length();
            while (cut > 0 && Character.isLetter(head.charAt(cut - 1))) {
                cut--;
            }
            if (head.length() - cut > 10) {
                break;
            }
            head = stripEnd(head.substring(0, cut));
        }
        return Kind.UNLABELLED;
    }

    private static String stripEnd(String s) {
        int e = s.length();
        while (e > 0) {
            char c = s.charAt(e - 1);
            if (Character.isLetterOrDigit(c)) {
                break;
            }
            e--;
        }
        return s.substring(0, e);
    }

    private static boolean endsWithWord(String s, String word) {
        if (!s.endsWith(word)) {
            return false;
        }
        int b = s.length() - word.length();
        return b == 0 || !Character.isLetter(s.charAt(b - 1));
    }

    // ---- finders -------------------------------------------------------------------------

    private static final class Raw {
        final int start;
        final int end;
        final @Nullable LocalDate date; // null when value is complete already
        final Published value;

        Raw(int start, int end, @Nullable LocalDate date, Published value) {
            this.start = start;
            this.end = end;
            this.date = date;
            this.value = value;
        }
    }

    private static void findIso(String text, List<Raw> out) {
        Matcher m = ISO.matcher(text);
        for (int from = 0; find(m, text, from, false); from = m.end()) {
            try {
                if (m.group(4) == null) {
                    LocalDate d = LocalDate.of(num(m.group(1)), num(m.group(2)), num(m.group(3)));
                    out.add(new Raw(m.start(), m.end(), d, Published.of(d)));
                } else {
                    String normal = m.group(1) + "-" + m.group(2) + "-" + m.group(3) + "T" + m.group(4) + ":" + m.group(5)
                            + (m.group(6) == null ? "" : ":" + m.group(6)) + (m.group(7) == null ? "" : m.group(7));
                    out.add(new Raw(m.start(), m.end(), null, Published.parse(normal)));
                }
            } catch (DateTimeException e) {
                // not a date after all (month 13 and the like)
            }
        }
    }

    private static void findYmd(String text, Pattern p, List<Raw> out) {
        Matcher m = p.matcher(text);
        // Only YMD refuses a digit before its year; a CJK date may start inside a run of digits.
        boolean atNumbers = p == YMD;
        for (int from = 0; atNumbers ? find(m, text, from, false) : m.find(from); from = m.end()) {
            addDate(out, m.start(), m.end(), num(m.group(1)), num(m.group(2)), num(m.group(3)));
        }
    }

    private static void findNumeric(String text, String lang, List<Raw> out) {
        Matcher m = NUMERIC.matcher(text);
        for (int from = 0; find(m, text, from, false); from = m.end()) {
            int a = num(m.group(1));
            int b = num(m.group(3));
            int y = year(m.group(4));
            boolean monthFirst;
            if (a > 12 && b <= 12) {
                monthFirst = false;
            } else if (b > 12 && a <= 12) {
                monthFirst = true;
            } else if (a > 12) {
                continue;
            } else {
                // Only (US) English writes the month first, and then with slashes; "en" alone cannot tell
                // US from British usage, so a slash reads month first there and where no language is known.
                monthFirst = (lang.isEmpty() || lang.equals("en")) && m.group(2).equals("/");
            }
            addDate(out, m.start(), m.end(), y, monthFirst ? a : b, monthFirst ? b : a);
        }
    }

    private static void findNamed(String text, List<Raw> out) {
        Matcher m = DAY_MONTH_YEAR.matcher(text);
        int from = 0;
        while (from < text.length() && find(m, text, from, false)) {
            Integer month = MonthNames.number(m.group(2)).orElse(null);
            if (month != null) {
                addDate(out, m.start(), m.end(), num(m.group(3)), month, num(m.group(1)));
                from = m.end();
            } else {
                from = m.start() + 1;
            }
        }
        m = MONTH_DAY_YEAR.matcher(text);
        from = 0;
        while (from < text.length() && find(m, text, from, true)) {
            Integer month = MonthNames.number(m.group(1)).orElse(null);
            if (month != null) {
                int before = out.size();
                addDate(out, m.start(), m.end(), num(m.group(5)), month, num(m.group(2)));
                if (m.group(3) != null && out.size() > before) {
                    // "November 20 15:23 2019": the time sits between day and year.
                    Raw r = out.remove(out.size() - 1);
                    try {
                        LocalDateTime dt = r.date.atTime(num(m.group(3)), num(m.group(4)));
                        out.add(new Raw(r.start, r.end, null, Published.of(dt, Published.Precision.MINUTE)));
                    } catch (DateTimeException e) {
                        out.add(r);
                    }
                }
                from = m.end();
            } else {
                from = m.start() + 1;
            }
        }
    }

    /**
     * {@code m.find(from)} for a pattern that starts with a look-behind refusing a digit (or, with
     * {@code atWords}, a letter) and then a digit (a letter): the same match, with the pattern
     * tried only where a number (a word) begins. Trying it at every position, look-behind first,
     * cost more than all the rest of reading the dates of a line.
     */
    private static boolean find(Matcher m, String text, int from, boolean atWords) {
        int n = text.length();
        m.useTransparentBounds(true).useAnchoringBounds(false); // the look-behind sees before the region
        for (int p = from; p < n; p++) {
            boolean starts;
            if (atWords) {
                starts = Character.isLetter(text.codePointAt(p)) && (p == 0 || !Character.isLetter(text.codePointBefore(p)));
            } else {
                starts = isAsciiDigit(text.charAt(p)) && (p == 0 || !isAsciiDigit(text.charAt(p - 1)));
            }
            if (starts && m.region(p, n).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9'; // what the patterns' \d matches
    }

    private static void findRelative(String text, Hints hints, List<Raw> out) {
        if (hints.referenceTime().isEmpty()) {
            return;
        }
        ZonedDateTime ref = hints.referenceTime().get();
        Matcher m = RELATIVE.matcher(text);
        while (m.find()) {
            String n = m.group(1).toLowerCase(Locale.ROOT);
            int amount = Character.isDigit(n.charAt(0)) ? num(n) : 1;
            String unit = m.group(2).toLowerCase(Locale.ROOT);
            Published p = switch (unit) {
                case "minute", "min" -> Published.of(ref.minusMinutes(amount).toOffsetDateTime(), Published.Precision.MINUTE);
                case "hour", "hr" -> Published.of(ref.minusHours(amount).toOffsetDateTime(), Published.Precision.MINUTE);
                case "day" -> Published.of(ref.minusDays(amount).toLocalDate());
                default -> Published.of(ref.minusWeeks(amount).toLocalDate());
            };
            out.add(new Raw(m.start(), m.end(), null, p));
        }
    }

    private static void addDate(List<Raw> out, int start, int end, int y, int mo, int d) {
        try {
            LocalDate date = LocalDate.of(y, mo, d);
            out.add(new Raw(start, end, date, Published.of(date)));
        } catch (DateTimeException e) {
            // impossible day or month: not a date
        }
    }

    private static int num(String s) {
        return Integer.parseInt(s);
    }

    private static int year(String s) {
        int y = num(s);
        return s.length() == 2 ? 2000 + y : y;
    }

    // ---- time of day ---------------------------------------------------------------------

    private record TimeFound(int start, int end, LocalTime time, boolean seconds, @Nullable ZoneId zone) {
    }

    /** The time nearest to the date, within a short gap, not crossing another date. */
    private static @Nullable TimeFound findTime(String text, int from, int dStart, int dEnd, int to, boolean[] used) {
        Matcher m = TIME.matcher(text);
        m.region(from, to);
        TimeFound best = null;
        int bestGap = Integer.MAX_VALUE;
        while (m.find()) {
            if (m.end() > dStart && m.start() < dEnd) {
                continue;
            }
            int gap = m.start() >= dEnd ? m.start() - dEnd : dStart - m.end();
            if (gap > 30 || gap >= bestGap || used[m.start()]) {
                continue;
            }
            int h = num(m.group(1));
            int min = num(m.group(2));
            int sec = m.group(3) == null ? 0 : num(m.group(3));
            String ampm = m.group(4);
            if (ampm != null && h <= 12) {
                boolean pm = ampm.equalsIgnoreCase("p");
                h = h % 12 + (pm ? 12 : 0);
            }
            if (h > 23 || min > 59 || sec > 59) {
                continue;
            }
            String hm = text.substring(m.start(), m.end(2));
            if (!hm.contains(":") && (hm.contains(" ") || m.group(4) != null)) {
                continue; // "15h30" is a time; "15 h 30" is too weak a sign
            }
            ZoneId zone = null;
            int end = m.end();
            if (m.group(5) != null) {
                zone = zone(m.group(5));
                if (zone == null) {
                    end = m.start(5);
                }
            }
            best = new TimeFound(m.start(), trimEnd(text, m.start(), end), LocalTime.of(h, min, sec), m.group(3) != null,
                    zone);
            bestGap = gap;
        }
        if (best != null) {
            used[best.start] = true;
        }
        return best;
    }

    private static int trimEnd(String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static Published withTime(LocalDate date, TimeFound t) {
        LocalDateTime dt = date.atTime(t.time);
        Published.Precision p = t.seconds ? Published.Precision.SECOND : Published.Precision.MINUTE;
        if (t.zone == null) {
            return Published.of(dt, p);
        }
        return Published.of(dt.atZone(t.zone).toOffsetDateTime(), p);
    }

    private static @Nullable ZoneId zone(String s) {
        String u = s.toUpperCase(Locale.ROOT);
        ZoneId z = ZONES.get(u);
        if (z != null) {
            return z;
        }
        try {
            if (u.startsWith("GMT") || u.startsWith("UTC")) {
                u = u.substring(3);
            }
            if (u.startsWith("+") || u.startsWith("-")) {
                String digits = u.replace(":", "");
                int h = num(digits.substring(1, Math.min(3, digits.length())).replaceAll("\\D", ""));
                if (digits.length() == 2) {
                    h = num(digits.substring(1, 2));
                }
                int m = digits.length() >= 5 ? num(digits.substring(digits.length() - 2)) : 0;
                int sign = u.charAt(0) == '-' ? -1 : 1;
                return ZoneOffset.ofHoursMinutes(sign * h, sign * m);
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }

    // ---- data ----------------------------------------------------------------------------

    private static Map<String, ZoneId> zones() {
        Map<String, ZoneId> map = new HashMap<>();
        for (String line : WordLists.load("zones.txt")) {
            String[] parts = line.split("\\s+");
            if (parts.length == 2) {
                String v = parts[1];
                ZoneId z = v.startsWith("+") || v.startsWith("-") ? ZoneOffset.of(v) : ZoneId.of(fixCase(v));
                map.put(parts[0].toUpperCase(Locale.ROOT), z);
            }
        }
        return Collections.unmodifiableMap(map);
    }

    /** Region ids are case-sensitive; the list loader lower-cases every line. */
    private static String fixCase(String id) {
        StringBuilder sb = new StringBuilder(id.length());
        boolean up = true;
        for (char c : id.toCharArray()) {
            sb.append(up ? Character.toUpperCase(c) : c);
            up = c == '/' || c == '_';
        }
        return sb.toString();
    }

    private static List<String> longestFirst(List<String> labels) {
        List<String> l = new ArrayList<>(labels);
        l.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(l);
    }
}
