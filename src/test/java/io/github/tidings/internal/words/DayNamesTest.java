package io.github.tidings.internal.words;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DayNamesTest {
    @ParameterizedTest
    @ValueSource(strings = {"Saturday", "sat", "Sat.", "Samstag", "samedi", "sábado", "Sobota", "суббота", "Cumartesi"})
    void weekdaysInTheLanguagesAreDays(String word) {
        assertThat(DayNames.isDay(word)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Anna", "October", "Sa", "Posted", "2012"})
    void namesMonthsAndTwoLetterFormsAreNot(String word) {
        assertThat(DayNames.isDay(word)).isFalse();
    }

    @Test
    void monthsStayMonths() {
        assertThat(MonthNames.number("Oct.")).contains(10);
    }
}
