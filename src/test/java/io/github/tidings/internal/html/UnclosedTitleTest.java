package io.github.tidings.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tidings.ArticleParser;
import io.github.tidings.model.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class UnclosedTitleTest {
    private static final String PARA = "<p>Der Gemeinderat hat am Dienstagabend über den neuen Haushalt beraten, der Mittel "
            + "für Schulen, Straßen und die Bücherei vorsieht, und ihn nach langer Debatte beschlossen.</p>";

    private static String page(String titleEnd) {
        StringBuilder sb = new StringBuilder("<html lang=\"de\"><head><title>Gemeinderat beschließt den Haushalt")
                .append(titleEnd).append("\n<script>function resize(){ var x = 1; }</script></head><body>")
                .append("<h1>Gemeinderat beschließt den Haushalt</h1>");
        for (int i = 0; i < 20; i++) {
            sb.append(PARA);
        }
        return sb.append("</body></html>").toString();
    }

    @Test
    void aTitleNeverClosedNoLongerSwallowsThePage() {
        String broken = page(""); // no </title> anywhere
        Document doc = Jsoup.parse(broken);
        assertThat(doc.body().text()).isEmpty(); // what the parser makes of it, as a browser would

        Article a = ArticleParser.defaults().parse(doc);
        assertThat(a.title()).contains("Gemeinderat beschließt den Haushalt");
        assertThat(a.text()).contains("nach langer Debatte beschlossen");
        // the caller's document is read, not changed
        assertThat(doc.body().text()).isEmpty();
    }

    @Test
    void aClosedTitleAndAPageWithABodyAreLeftAsTheyAre() {
        Document ok = Jsoup.parse(page("</title>"));
        assertThat(UnclosedTitle.repaired(ok)).isSameAs(ok);
        // a long title with markup but a body that has text: the page was read, nothing to repair
        Document withBody = Jsoup.parse("<title>" + "x".repeat(3000) + "<b>y</b></title><p>Body text here.</p>");
        assertThat(UnclosedTitle.repaired(withBody)).isSameAs(withBody);
    }
}
