package io.github.tidings.internal.words;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Month names and their abbreviations in the languages java.time has CLDR data for, read once:
 * the date parser reads dates by them, and the content finder tells a comment's date stamp
 * ("Anna, 07 Nov 12") from a line of words by them. A name two languages give different months
 * is left out.
 */
public final class MonthNames {
    static final List<String> LOCALES = List.of("en", "tr", "de", "fr", "es", "pt", "it", "ru", "id", "ar",
            "nl", "pl", "sv", "da", "nb", "fi", "cs", "ro", "hu", "uk", "ca", "hr", "ms", "vi", "el", "bg", "sr", "fa",
            "he");
    private static final Map<String, Integer> MONTHS = read();

    private MonthNames() {
    }

    /** The number (1–12) of the month a name or abbreviation means in any of the languages, if any; case and a final full stop do not count. */
    public static Optional<Integer> number(String word) {
        return Optional.ofNullable(MONTHS.get(fold(word)));
    }

    static String fold(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    }

    private static Map<String, Integer> read() {
        Map<String, Integer> map = new HashMap<>();
        Set<String> clash = new HashSet<>();
        TextStyle[] styles = {TextStyle.FULL, TextStyle.FULL_STANDALONE, TextStyle.SHORT, TextStyle.SHORT_STANDALONE};
        for (String tag : LOCALES) {
            Locale loc = Locale.forLanguageTag(tag);
            for (Month mo : Month.values()) {
                for (TextStyle st : styles) {
                    String name = fold(mo.getDisplayName(st, loc));
                    if (name.length() < 3 || name.chars().allMatch(Character::isDigit)) {
                        continue;
                    }
                    Integer prev = map.putIfAbsent(name, mo.getValue());
                    if (prev != null && prev != mo.getValue()) {
                        clash.add(name);
                    }
                }
            }
        }
        // Spellings CLDR lacks but pages print: "Sept." and the Indonesian "Agustus" short forms.
        map.putIfAbsent("sept", 9);
        map.putIfAbsent("sep", 9);
        clash.forEach(map::remove);
        return Collections.unmodifiableMap(map);
    }
}
