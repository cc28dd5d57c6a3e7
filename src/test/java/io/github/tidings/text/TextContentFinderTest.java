package io.github.tidings.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tidings.Article;
import io.github.tidings.ArticleParser;
import io.github.tidings.Hints;
import io.github.tidings.InputFormat;
import io.github.tidings.Removal;
import io.github.tidings.clean.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextContentFinderTest {
    private static final ArticleParser PARSER = ArticleParser.defaults();

    private static String read(String name) throws IOException {
        return Files.readString(Path.of("testdata", "finder", name), StandardCharsets.UTF_8);
    }

    private static Optional<String> reason(Article a, String text) {
        return a.removed().stream().filter(r -> r.text().equals(text)).map(Removal::reason).findFirst();
    }

    @Test
    void keepsTheEnglishArticleAndDropsMenusTeasersRelatedLinksAndFooter() throws IOException {
        Article a = PARSER.parse(read("en-news.txt"), InputFormat.TEXT, Hints.none());

        assertThat(a.text()).startsWith("Residents of the small harbour town voted")
                .contains("The council said the work would begin in the spring")
                .contains("A group of shop owners warned")
                .endsWith("would be done in the autumn and winter months.");
        assertThat(a.text()).doesNotContain("Ferry timetable", "Subscribe", "Storm damage closes", "Related articles",
                "All rights reserved", "Mara Quinn");
        assertThat(reason(a, "Home")).hasValue("menu line, before the article");
        assertThat(reason(a, "Ferry timetable changes for the winter season")).hasValue("outside the article region");
        // The metadata reader finds the headline first; its line is dropped as the title.
        assertThat(reason(a, "Harbour town votes to rebuild its old sea wall")).hasValue("title, read as metadata");
        assertThat(reason(a, "Related articles")).hasValue("end of the article: related links, comments or footer");
        assertThat(reason(a, "Storm damage closes coastal path for a month"))
                .hasValue("after the article (related links, teasers, comments or footer)");
        assertThat(reason(a, "© 2024 The Coastal Ledger. All rights reserved.")).hasValue("copyright footer");
        assertThat(a.removed()).allMatch(r -> !r.text().startsWith("Residents"));
    }

    @Test
    void keepsTheJapaneseArticle() throws IOException {
        Article a = PARSER.parse(read("ja-news.txt"), InputFormat.TEXT, Hints.none());

        assertThat(a.blocks()).hasSize(4);
        assertThat(a.text()).startsWith("港町の住民は火曜日").endsWith("心配している。");
        assertThat(reason(a, "関連記事")).hasValue("end of the article: related links, comments or footer");
        assertThat(reason(a, "海岸の遊歩道が一か月閉鎖")).isPresent();
        assertThat(reason(a, "ニュース")).isPresent();
        assertThat(reason(a, "© 2024 海辺新聞")).isPresent();
    }

    @Test
    void keepsTheGermanMarkdownArticleAndDropsLinkLists() throws IOException {
        Article a = PARSER.parse(read("de-news.md"), InputFormat.MARKDOWN, Hints.none());

        assertThat(a.blocks()).hasSizeBetween(3, 4); // the headline may stay: the title is read elsewhere
        assertThat(a.text()).contains("Die Bewohner der kleinen Hafenstadt haben am Dienstag beschlossen, die alte Hafenmauer")
                .contains("aus einem regionalen Fonds")
                .doesNotContain("Startseite", "Mehr zum Thema", "Küstenweg", "bild.jpg", "**");
        assertThat(reason(a, "Startseite")).isPresent();
        assertThat(reason(a, "Mehr zum Thema")).hasValue("end of the article: related links, comments or footer");
    }

    @Test
    void keepsEveryParagraphOfACleanArticle() {
        String text = """
                The river rose by two metres overnight after three days of heavy rain in the hills.
                Emergency services moved about forty families from the lowest streets to the school hall.
                Short update.
                By the morning the water had started to fall, and the main bridge was opened again to traffic.
                """;
        Article a = PARSER.parse(text, InputFormat.TEXT, Hints.none());

        assertThat(a.blocks()).hasSize(3); // the first line is read as the title
        assertThat(a.text()).contains("Emergency services", "Short update.", "main bridge was opened");
    }

    @Test
    void leavesPagesWithoutProseAlone() {
        Page page = Page.of("Home", "News", "Contact");
        page.apply(TextContentFinder.defaults());

        assertThat(page.kept()).hasSize(3);
    }

    @Test
    void noContentFinderKeepsTheMenus() throws IOException {
        Article a = ArticleParser.builder().noContentFinder().build()
                .parse(read("en-news.txt"), InputFormat.TEXT, Hints.none());

        assertThat(a.text()).contains("Ferry timetable", "Related articles");
    }

    @Test
    void builderChecksItsSettings() {
        assertThatThrownBy(() -> TextContentFinder.builder().shortLength(200).goodLength(100).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TextContentFinder.builder().goodStopShare(1.5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(TextContentFinder.builder().shortLength(30).endPenalty(100).build()).isNotNull();
    }
}
