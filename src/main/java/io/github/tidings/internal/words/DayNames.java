package io.github.tidings.internal.words;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Weekday names and their abbreviations in the languages {@link MonthNames} reads, from the JDK's
 * locale data, read once: a line that gives a day ("Saturday, October 20, 2012") names no one,
 * where a post's stamp names who posted ("Anna Weber, October 20, 2012").
 */
public final class DayNames {
    private static final Set<String> DAYS = read();

    private DayNames() {
    }

    /** Whether the word is a weekday's name or abbreviation in any of the languages; case and a final full stop do not count. */
    public static boolean isDay(String word) {
        return DAYS.contains(MonthNames.fold(word));
    }

    private static Set<String> read() {
        Set<String> out = new HashSet<>();
        TextStyle[] styles = {TextStyle.FULL, TextStyle.FULL_STANDALONE, TextStyle.SHORT, TextStyle.SHORT_STANDALONE};
        for (String tag : MonthNames.LOCALES) {
            Locale loc = Locale.forLanguageTag(tag);
            for (DayOfWeek d : DayOfWeek.values()) {
                for (TextStyle st : styles) {
                    String name = MonthNames.fold(d.getDisplayName(st, loc));
                    // Two letters ("Sa", "Di") are too often something else: initials, a word.
                    if (name.length() >= 3 && name.indexOf(' ') < 0) {
                        out.add(name);
                    }
                }
            }
        }
        return Set.copyOf(out);
    }
}
