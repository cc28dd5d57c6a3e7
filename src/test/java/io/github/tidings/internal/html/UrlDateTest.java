package io.github.tidings.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tidings.ArticleParser;
import io.github.tidings.model.Article;
import io.github.tidings.model.Published;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class UrlDateTest {
    @Test
    void aDayFiledAsPathStepsIsRead() {
        assertThat(UrlDate.of("https://news.example.org/2021/10/20/feuerwehr-zentrum-eroeffnet/"))
                .contains(LocalDate.of(2021, 10, 20));
        assertThat(UrlDate.of("https://blog.example.pl/2019/3/7/wybory")).contains(LocalDate.of(2019, 3, 7));
        assertThat(UrlDate.of("https://example.es/noticias/2022-05-03-el-gobierno-anuncia.html"))
                .contains(LocalDate.of(2022, 5, 3));
        assertThat(UrlDate.of("https://example.fr/2020/01/05")).contains(LocalDate.of(2020, 1, 5));
    }

    @Test
    void numbersThatAreNoDayAreNotRead() {
        assertThat(UrlDate.of("https://example.com/2021/10/")).isEmpty(); // a month's archive
        assertThat(UrlDate.of("https://example.com/item/2021/10/2045678")).isEmpty(); // an id after the month
        assertThat(UrlDate.of("https://example.com/2021/02/30/slug")).isEmpty(); // no such day
        assertThat(UrlDate.of("https://example.com/a?from=/2021/10/20/")).isEmpty(); // the query is no path
        assertThat(UrlDate.of("https://2021.example.com/")).isEmpty();
        assertThat(UrlDate.of("")).isEmpty();
    }

    private static final String PARA = "<p>Der Gemeinderat hat am Dienstagabend über den neuen Haushalt beraten, "
            + "der Mittel für Schulen, Straßen und die Bibliothek vorsieht, und ihn mit großer Mehrheit beschlossen.</p>";

    private static Article parse(String url, String head) {
        return ArticleParser.defaults().parseHtml("<html><head>" + head + "</head><body><h1>Haushalt beschlossen</h1>"
                + PARA + PARA + "</body></html>", url);
    }

    @Test
    void theAddressGivesTheDayWhereTheMetadataStatesNone() {
        Article a = parse("https://example.de/2021/10/20/haushalt-beschlossen/", "<title>Haushalt beschlossen</title>");
        assertThat(a.published()).contains(Published.of(LocalDate.of(2021, 10, 20)));
    }

    @Test
    void theAddressWinsOverAMetadataDateOfAnotherDay() {
        // a template's stamp two years on, and a UTC time already on the next day
        Article later = parse("https://example.de/2017/07/12/haushalt/",
                "<meta property=\"article:published_time\" content=\"2019-06-17T18:28:00+02:00\">");
        assertThat(later.published()).contains(Published.of(LocalDate.of(2017, 7, 12)));
        Article utc = parse("https://example.com/2023/11/08/budget/",
                "<meta property=\"article:published_time\" content=\"2023-11-09T05:30:59Z\">");
        assertThat(utc.published().map(Published::date)).contains(LocalDate.of(2023, 11, 8));
    }

    @Test
    void aMetadataDateOfTheSameDayKeepsItsTime() {
        Article a = parse("https://example.pt/2022/05/03/orcamento/",
                "<meta property=\"article:published_time\" content=\"2022-05-03T14:03:00-03:00\">");
        assertThat(a.published()).contains(Published.parse("2022-05-03T14:03:00-03:00"));
    }
}
