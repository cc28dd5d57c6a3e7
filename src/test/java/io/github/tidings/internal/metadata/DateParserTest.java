package io.github.tidings.internal.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tidings.model.Hints;
import io.github.tidings.model.Published;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateParserTest {

    private static String parse(String s) {
        return DateParser.parse(s, Hints.none()).map(Published::toString).orElse("none");
    }

    private static String parse(String s, String lang) {
        return DateParser.parse(s, Hints.builder().language(lang).build()).map(Published::toString).orElse("none");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Date: 25.10.2017 15:00 | 2017-10-25T15:00",
        "2019-11-19T13:03:00Z | 2019-11-19T13:03:00Z",
        "2019-11-19T13:03:00.000+05:30 | 2019-11-19T13:03:00+05:30",
        "2018-08-25 15:24 | 2018-08-25T15:24",
        "By Tess Bonn - 11/19/19 06:56 AM EST | 2019-11-19T06:56-05:00",
        "Nov. 19, 2019 8:03 am ET | 2019-11-19T08:03-05:00",
        "Chris Davies - Nov 19, 2019, 10:31 pm CST | 2019-11-19T22:31-06:00",
        "Published 10:02 AM EST Nov 19, 2019 | 2019-11-19T10:02-05:00",
        "Wednesday 20 November 2019 9:22 am | 2019-11-20T09:22",
        "Nov 20 2019, 11:06am ist | 2019-11-20T11:06+05:30",
        "19 Nov 2019 05:44 GMT | 2019-11-19T05:44Z",
        "Published November 20th, 2019 - 07:29 GMT | 2019-11-20T07:29Z",
        "sexta-feira, 22 de outubro de 2010 às 20:13 | 2010-10-22T20:13",
        "Von Moritz Bachmann publiziert am 25. September 2018 | 2018-09-25",
        "Текст: Венера Ерофеева · 24 сентября 2018 | 2018-09-24",
        "Posted on Maret 30, 2015 by Admin | 2015-03-30",
        "Yayın tarihi: 12 Kasım 2019 14:05 | 2019-11-12T14:05",
        "Publié le 3 décembre 2019 à 10h30 | 2019-12-03T10:30",
        "Publicado el 5 de marzo de 2019 | 2019-03-05",
        "Pubblicato il 7 gennaio 2020 | 2020-01-07",
        "nashr: 15 نوفمبر 2019 | 2019-11-15",
        "by ライトハウス国際特許事務所 ／ 2016.12.01 | 2016-12-01",
        "2019年11月19日 | 2019-11-19",
        "November 20 15:23 2019 | 2019-11-20T15:23",
        "5:45 AM PST 11/19/2019 by Patrick Shanley | 2019-11-19T05:45-08:00",
        "Carlos Nadalim 27/09/2018 Comente! | 2018-09-27",
        "21:17 18.11.2019 Get short URL | 2019-11-18T21:17",
        "Nov 18, 2019 at 9:24 pm ET | 2019-11-18T21:24-05:00",
        "Updated on: 19 Nov 2019 | 2019-11-19",
        "Last Updated : Nov 20, 2019 01:41 PM IST | 2019-11-20T13:41+05:30",
        "No date here, just 12 words and 2019 | none",
        "Match 3-1 today | none",
    })
    void readsFormats(String input, String expected) {
        assertThat(parse(input.strip())).isEqualTo(expected.strip());
    }

    @Test
    void prefersPublishedOverUpdated() {
        assertThat(parse("Updated: 18 Nov 2019 9:38 pm Posted: 18 Nov 2019 8:11 pm")).isEqualTo("2019-11-18T20:11");
        assertThat(parse("PUBLISHED: November 19, 2019 at 8:59 pm | UPDATED: November 19, 2019 at 10:16 pm"))
                .isEqualTo("2019-11-19T20:59");
    }

    @Test
    void labelsMatches() {
        List<DateParser.Match> ms = DateParser.findAll("Updated Nov 13, 2019, 10:28am EST", Hints.none());
        assertThat(ms).singleElement().extracting(DateParser.Match::kind).isEqualTo(DateParser.Kind.UPDATED);
    }

    @Test
    void ambiguousNumericDatesFollowTheLanguage() {
        assertThat(parse("04/05/2019", "en")).isEqualTo("2019-04-05");
        assertThat(parse("04/05/2019", "fr")).isEqualTo("2019-05-04");
        assertThat(parse("04.05.2019", "de")).isEqualTo("2019-05-04");
    }

    @Test
    void rejectsImplausibleDates() {
        Hints ref = Hints.builder().referenceTime(ZonedDateTime.of(2019, 11, 20, 12, 0, 0, 0, ZoneId.of("UTC"))).build();
        assertThat(DateParser.parse("Match on 25 December 2019", ref)).isEmpty();
        assertThat(DateParser.parse("Founded 12 March 1885", Hints.none())).isEmpty();
        assertThat(DateParser.parse("Published: 12 March 1985", Hints.none())).isPresent();
    }

    @Test
    void readsRelativeDatesOnlyWithAReferenceTime() {
        Hints ref = Hints.builder().referenceTime(ZonedDateTime.of(2019, 11, 20, 12, 0, 0, 0, ZoneId.of("UTC"))).build();
        assertThat(DateParser.parse("Published 22 hours ago", ref).map(Published::toString))
                .contains("2019-11-19T14:00Z");
        assertThat(DateParser.parse("Published 22 hours ago", Hints.none())).isEmpty();
    }

    @Test
    void appliesTheHintedZoneOnlyWithoutAStatedOffset() {
        Hints istanbul = Hints.builder().zone(ZoneId.of("Europe/Istanbul")).build();
        assertThat(DateParser.parse("25.10.2017 15:00", istanbul).map(Published::toString))
                .contains("2017-10-25T15:00+03:00");
        assertThat(DateParser.parse("25.10.2017 15:00 GMT", istanbul).map(Published::toString))
                .contains("2017-10-25T15:00Z");
        assertThat(DateParser.parse("25.10.2017", istanbul).map(Published::toString)).contains("2017-10-25");
    }

    @Test
    void numericDatesWithoutALanguageAndWithDots() {
        assertThat(DateParser.parse("12/05/2022", Hints.none())).contains(io.github.tidings.model.Published.parse("2022-12-05"));
        assertThat(parse("12/05/2022", "pt")).isEqualTo("2022-05-12");
        // Dots are day-first even in English; an impossible month settles it whatever the language.
        assertThat(parse("05.11.2019", "en")).isEqualTo("2019-11-05");
        assertThat(parse("11/25/2019", "pt")).isEqualTo("2019-11-25");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "ref12019-05-03 | none",           // a year is no year inside a longer number
        "ref 2019-05-03 | 2019-05-03",
        "x1.2.2019 | 2019-02-01",          // a letter may stand before a numeric date
        "v2.1.2.2019 | none",              // a dot may not
        "No. 12019年5月3日 | 2019-05-03",   // a CJK date may start inside a run of digits
        "Am5 March 2019 | none",           // nor a letter before a day
        "March 5, 2019 | 2019-03-05",      // the month-first form starts at the letters
        "Remarch 5, 2019 | none",          // and only at a word's first letter
        "on 3rd of March, 2020 | 2020-03-03"
    })
    void datesStartOnlyWhereTheirNumbersOrWordsDo(String line, String expected) {
        assertThat(parse(line, "en")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Published Wed, Nov 20 20194:29 AM EST | 2019-11-20",
        "Nov 15, 201910:45 PM | 2019-11-15",
        "Aktualisiert 15. März 20199:30 Uhr | 2019-03-15",
        "Publié le 20 novembre 201910:15 | 2019-11-20",
        "Publicado el 5 de marzo de 20198:00 | 2019-03-05",
        "Nov 15, 20195 readers | none",       // a longer number is no year with something after it
        "Nov 15, 201945:10 | none"            // nor is one with more than an hour's digits glued to it
    })
    void readsAYearWithATimeGluedToIt(String line, String expected) {
        // Text renderings of pages put a date and a time set in elements of their own side by side.
        assertThat(parse(line)).isEqualTo(expected);
    }
}
