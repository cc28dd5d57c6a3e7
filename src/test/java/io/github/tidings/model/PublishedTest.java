package io.github.tidings.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublishedTest {

    @ParameterizedTest
    @ValueSource(strings = {"2017", "2017-10", "2017-10-25", "2017-10-25T15:00", "2019-11-19T13:03:00Z",
            "2019-11-20T11:06:00+05:30", "2019-11-19T22:31-06:00"})
    void printsWhatItParsed(String iso) {
        assertThat(Published.parse(iso)).hasToString(iso);
    }

    /** toString is built by hand; it must write what the plain String.format version wrote (in ASCII digits). */
    @Test
    void printsAsStringFormatDoes() {
        int[] years = {-12345, -999, -5, 0, 7, 99, 999, 1000, 1999, 2024, 9999, 10000, 123456};
        for (int y : years) {
            assertThat(Published.ofYear(y)).hasToString(String.format(Locale.ROOT, "%04d", y));
            for (int m : new int[] {1, 9, 10, 12}) {
                assertThat(Published.of(YearMonth.of(y, m)))
                        .hasToString(String.format(Locale.ROOT, "%04d-%02d", y, m));
            }
        }
        for (int h = 0; h < 24; h++) {
            for (int min = 0; min < 60; min += 7) {
                LocalDateTime t = LocalDateTime.of(2019, 11, 19, h, min, (h * 7 + min) % 60);
                assertThat(Published.of(t, Published.Precision.MINUTE)).hasToString(
                        String.format(Locale.ROOT, "%sT%02d:%02d", t.toLocalDate(), h, min));
                assertThat(Published.of(t.atOffset(ZoneOffset.ofHours(-6)), Published.Precision.SECOND)).hasToString(
                        String.format(Locale.ROOT, "%sT%02d:%02d:%02d-06:00", t.toLocalDate(), h, min, t.getSecond()));
            }
        }
    }

    @Test
    void keepsPrecisionAndAbsentOffset() {
        Published p = Published.parse("2017-10-25T15:00");
        assertThat(p.precision()).isEqualTo(Published.Precision.MINUTE);
        assertThat(p.offset()).isEmpty();
        assertThat(p.temporal()).isEqualTo(LocalDateTime.of(2017, 10, 25, 15, 0));
        assertThat(p.time()).isPresent();
    }

    @Test
    void temporalTypeFollowsPrecision() {
        assertThat(Published.parse("2019").temporal()).isEqualTo(Year.of(2019));
        assertThat(Published.parse("2019-11").temporal()).isEqualTo(YearMonth.of(2019, 11));
        assertThat(Published.parse("2019-11-19").temporal()).isEqualTo(LocalDate.of(2019, 11, 19));
        assertThat(Published.parse("2019-11-19T13:03:00Z").temporal())
                .isEqualTo(OffsetDateTime.of(2019, 11, 19, 13, 3, 0, 0, ZoneOffset.UTC));
        assertThat(Published.parse("2019-11-19").time()).isEmpty();
    }

    @Test
    void dropsFractionsAndNormalisesOffsets() {
        assertThat(Published.parse("2019-11-19T13:03:00.123+0100")).hasToString("2019-11-19T13:03:00+01:00");
        assertThat(Published.parse("2019-11-19 13:03")).hasToString("2019-11-19T13:03");
    }

    @Test
    void rejectsImpossibleAndMalformedDates() {
        assertThatThrownBy(() -> Published.parse("2019-02-30")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> Published.parse("19.11.2019")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> Published.parse("2019-11-19T25:00")).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void zoneAppliesOnlyToTimesWithoutOffset() {
        ZoneId istanbul = ZoneId.of("Europe/Istanbul");
        assertThat(Published.parse("2017-10-25T15:00").withZone(istanbul)).hasToString("2017-10-25T15:00+03:00");
        assertThat(Published.parse("2017-10-25").withZone(istanbul)).hasToString("2017-10-25");
        assertThat(Published.parse("2017-10-25T15:00Z").withZone(istanbul)).hasToString("2017-10-25T15:00Z");
    }

    @Test
    void valueEquality() {
        assertThat(Published.parse("2017-10-25T15:00")).isEqualTo(Published.of(LocalDateTime.of(2017, 10, 25, 15, 0),
                Published.Precision.MINUTE));
        assertThat(Published.parse("2017-10-25T15:00")).isNotEqualTo(Published.parse("2017-10-25T15:00:00"));
        assertThat(Published.of(LocalDate.of(2017, 10, 25))).isEqualTo(Published.parse("2017-10-25"));
    }

    @Test
    void timeOfDayNeedsTimePrecision() {
        assertThatThrownBy(() -> Published.of(LocalDateTime.of(2017, 1, 1, 0, 0), Published.Precision.DAY))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
