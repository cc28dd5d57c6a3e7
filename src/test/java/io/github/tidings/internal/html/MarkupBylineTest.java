package io.github.tidings.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tidings.ArticleParser;
import io.github.tidings.model.Article;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MarkupBylineTest {
    private static final String PARA_DE = "<p>Der Gemeinderat hat am Dienstagabend über den neuen Haushalt beraten, "
            + "der Mittel für Schulen, Straßen und die Bücherei vorsieht, und ihn nach langer Debatte beschlossen.</p>";

    @Test
    void anHCardNameIsTheAuthorWhereNoMetadataNamesOne() {
        Article a = ArticleParser.defaults().parseHtml("<html lang=\"de\"><head><title>Hafenhaushalt beschlossen</title>"
                + "</head><body><article><h1>Hafenhaushalt beschlossen</h1>" + PARA_DE + PARA_DE
                + "<div class=\"info\"><span class=\"vcard\"><b class=\"fn\">Anna Berg</b></span> · 3 Kommentare</div>"
                + "</article></body></html>");
        assertThat(a.authors()).containsExactly("Anna Berg");
    }

    @Test
    void relAuthorAndALabelledBylineClassRead() {
        assertThat(MarkupByline.names(Jsoup.parse("<body><p>Auteur : <a rel=\"author\" href=\"/claire\">Claire "
                + "Martin</a></p></body>"))).containsExactly("Claire Martin");
        assertThat(MarkupByline.names(Jsoup.parse("<body><div class=\"byline\">Por María López y Juan Pérez</div>"
                + "</body>"))).containsExactly("María López", "Juan Pérez");
        assertThat(MarkupByline.names(Jsoup.parse("<body><span itemprop=\"author\" itemscope><span itemprop=\"name\">"
                + "Marek Kowalski</span></span></body>"))).containsExactly("Marek Kowalski");
    }

    @Test
    void aDateOnItsOwnLineOfTheBylineIsNoPartOfTheName() {
        assertThat(MarkupByline.names(Jsoup.parse("<body><h3 class=\"byline\">by Jane Doe<br><span class=\"datetime\">"
                + "Monday, November 18, 2019</span></h3></body>"))).containsExactly("Jane Doe");
        assertThat(MarkupByline.names(Jsoup.parse("<body><div class=\"autor\"><p>Von Anna Berg</p><p>Dienstag, 19. November"
                + " 2019</p></div></body>"))).containsExactly("Anna Berg");
    }

    @Test
    void bylinesOfOtherArticlesAndNonNamesAreNotRead() {
        // a sidebar's teasers carry their own bylines; a box about the author is no byline
        assertThat(MarkupByline.names(Jsoup.parse("<body><aside><div class=\"author\">Von Jörn Mecher</div></aside>"
                + "</body>"))).isEmpty();
        assertThat(MarkupByline.names(Jsoup.parse("<body><div class=\"author\">Anna Berg schreibt seit zwanzig Jahren "
                + "über Kommunalpolitik, Häfen und den Verkehr in der Region am See.</div></body>"))).isEmpty();
        assertThat(MarkupByline.names(Jsoup.parse("<body><p>By Anna Berg</p></body>"))).isEmpty();
    }
}
