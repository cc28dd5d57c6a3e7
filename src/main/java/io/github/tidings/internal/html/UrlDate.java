package io.github.tidings.internal.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day an article's address states ({@code /2021/10/20/slug}, {@code /2021-10-20-slug}):
 * publishing systems file articles under the day they went out, and that day does not change when
 * the page is edited, re-rendered or re-stamped by a template, as metadata dates often do.
 */
final class UrlDate {
    private UrlDate() {
    }

    /**
     * Year, month and day as path steps, each step whole: a year from 1990, then the month and
     * the day, separated by {@code /} or {@code -}, and followed by a step, a word separator or
     * the path's end (so a long number such as an id is not read as a date).
     */
    private static final Pattern DAY = Pattern.compile(
            "/((?:19|20)\\d\\d)[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\\d|3[01])(?=$|[/._-])");

    /** The first day the URL's path states, if it states one that exists; bounded: only the first 2,000 characters. */
    static Optional<LocalDate> of(String url) {
        String u = url.length() > 2000 ? url.substring(0, 2000) : url;
        int scheme = u.indexOf("://");
        int pathStart = scheme < 0 ? 0 : u.indexOf('/', scheme + 3);
        if (pathStart < 0) {
            return Optional.empty();
        }
        int end = firstOf(u, pathStart, '?', '#');
        Matcher m = DAY.matcher(u).region(pathStart, end);
        if (!m.find()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        if (year < 1990) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty(); // "/2021/02/30/"
        }
    }

    private static int firstOf(String s, int from, char a, char b) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == a || c == b) {
                return i;
            }
        }
        return s.length();
    }
}
