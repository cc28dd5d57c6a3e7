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

    @Test
    void aUserNameTheMarkupMarksAsTheAuthorIsTheAuthor() {
        // blogs and forums in several languages: "von", "by", "par", "por", "przez", "por"
        String[][] pages = {
            {"<span class=\"byline\">Veröffentlicht von <span class=\"author vcard\"><a class=\"url fn n\" "
                    + "href=\"/author/hg/\" rel=\"author\">hansg</a></span></span>", "hansg"},
            {"<p class=\"meta\">by <a rel=\"author\" href=\"/u/7\">k.berg</a></p>", "k.berg"},
            {"<span class=\"author vcard\">par <a class=\"url fn n\" href=\"/a/\">LucieM</a></span>", "LucieM"},
            {"<span itemprop=\"author\">por <span itemprop=\"name\">TMR</span></span>", "TMR"},
            {"<div class=\"autor\">przez <a rel=\"author\" href=\"/u\">marek_k</a></div>", "marek_k"},
            {"<span class=\"byline\">por <span class=\"fn\">zeca2010</span></span>", "zeca2010"},
        };
        for (String[] p : pages) {
            assertThat(MarkupByline.names(Jsoup.parse("<body>" + p[0] + "</body>"))).as(p[0]).containsExactly(p[1]);
        }
    }

    @Test
    void aRoleOrAnAccountWordIsNoUserName() {
        for (String word : new String[] {"admin", "Redaktion", "Autor", "Rédaction", "Redakcja", "Redação", "staff"}) {
            assertThat(MarkupByline.handle(Jsoup.parse("<body><a rel=\"author\" href=\"/a\">" + word + "</a></body>")
                    .body().child(0))).as(word).isNull();
        }
        // two words are a name, read as names are
        assertThat(MarkupByline.handle(Jsoup.parse("<body><a rel=\"author\">Anna Berg</a></body>").body().child(0)))
                .isNull();
        assertThat(MarkupByline.names(Jsoup.parse("<body><a rel=\"author\">Anna Berg</a></body>")))
                .containsExactly("Anna Berg");
    }

    @Test
    void aCommentersUserNameIsNoAuthor() {
        Article a = ArticleParser.defaults().parseHtml("<html lang=\"de\"><head><title>Hafenhaushalt beschlossen</title>"
                + "</head><body><article><h1>Hafenhaushalt beschlossen</h1>" + PARA_DE + PARA_DE + "</article>"
                + "<ol class=\"commentlist\"><li><cite class=\"fn\">seebaer77</cite> sagt: Endlich!</li></ol>"
                + "</body></html>");
        assertThat(a.authors()).isEmpty();
        assertThat(MarkupByline.handle(Jsoup.parse("<body><div id=\"comments\"><a rel=\"author\">seebaer77</a></div>"
                + "</body>").body().child(0))).isNull();
        assertThat(MarkupByline.handle(Jsoup.parse("<body><a rel=\"author\">Editorial</a></body>").body().child(0)))
                .isNull();
    }
}
