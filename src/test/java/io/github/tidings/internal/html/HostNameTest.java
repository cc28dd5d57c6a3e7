package io.github.tidings.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tidings.ArticleParser;
import io.github.tidings.model.Article;
import org.junit.jupiter.api.Test;

class HostNameTest {
    @Test
    void aNameThatHoldsAHostLabelAndAtMostOneWordMoreIsTheSite() {
        assertThat(HostName.of("https://www.stillwaterdiary.example/2021/05/notes").names("Stillwater Diary")).isTrue();
        assertThat(HostName.of("https://stillwaterdiary.example/").names("Stillwater Diary Online")).isTrue();
        // umlauts as hosts spell them, accents dropped
        assertThat(HostName.of("https://www.baerenhoehle-wandern.example/").names("Bärenhöhle Wandern")).isTrue();
        assertThat(HostName.of("https://cafeperola.example/").names("Café Pérola")).isTrue();
        assertThat(HostName.of("https://blog.zielonysad.example.pl/wpis").names("Zielony Sad")).isTrue();
    }

    @Test
    void aHeadlineThatMentionsTheSiteIsNoName() {
        HostName h = HostName.of("https://www.stillwaterdiary.example/");
        assertThat(h.names("What the Stillwater Diary learned this year")).isFalse();
        assertThat(h.names("Harbour budget approved")).isFalse();
        // labels of three letters or fewer, "www" and the top-level domain tell nothing
        assertThat(HostName.of("https://www.abc.example/").names("Abc")).isFalse();
        assertThat(HostName.of("https://news.example/").names("Example")).isFalse();
        assertThat(HostName.of("").names("Stillwater Diary")).isFalse();
        assertThat(HostName.of("not a url").names("Stillwater Diary")).isFalse();
    }

    @Test
    void aBlogHeaderShowingTheSiteNameAsH1DoesNotGiveTheTitle() {
        // a blog with no site-name metadata: its title is "Blog » Archive » Headline", its header an
        // h1 with the blog's name, the headline an h2
        String para = "<p>Der Gemeinderat hat am Dienstagabend über den neuen Haushalt beraten, der Mittel für "
                + "Schulen, Straßen und die Bücherei vorsieht, und ihn nach langer Debatte beschlossen.</p>";
        String html = "<html lang=\"de\"><head><title>Notizen vom Seeblick » Archiv » Gemeinderat beschließt den "
                + "Hafenhaushalt</title></head><body><div class=\"top\"><h1><a href=\"/\">Notizen vom Seeblick</a></h1>"
                + "</div><div class=\"post\"><h2><a href=\"/2022/03/haushalt\">Gemeinderat beschließt den Hafenhaushalt</a></h2>" + para + para
                + "</div></body></html>";
        Article a = ArticleParser.defaults().parseHtml(html, "https://notizen-vom-seeblick.example/2022/03/haushalt");
        assertThat(a.title()).contains("Gemeinderat beschließt den Hafenhaushalt");
    }
}
