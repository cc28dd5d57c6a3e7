package io.github.tidings;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tidings.model.Article;
import io.github.tidings.model.Hints;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Profiles learned from HTML pages of invented sites remove the template's elements that sit in or
 * near the article (share bars, "related" boxes, newsletter prompts), and never the article's own
 * element, its headline or an element that holds each page's own text.
 */
class BoilerplateProfileTest {
    /** A German site: a share bar, a related box of other stories and a standing note inside the article. */
    private static String german(String headline, String p1, String p2, String related1, String related2) {
        return "<html><head><title>" + headline + " | Talbote</title></head><body>"
                + "<div id='kopf'><a href='/'>Talbote</a> <a href='/lokales'>Lokales</a> <a href='/sport'>Sport</a></div>"
                + "<div id='artikel'><h1>" + headline + "</h1>"
                + "<div class='teilen'><a href='/fb'>Facebook</a> <a href='/tw'>Twitter</a> <a href='/mail'>E-Mail</a></div>"
                + "<p>" + p1 + "</p><p>" + p2 + "</p>"
                + "<div class='hinweis'><p>Der Talbote erscheint montags bis samstags mit Beilagen aus dem ganzen Landkreis.</p></div>"
                + "<aside class='verwandt'><h3>Mehr zum Thema</h3><ul class='liste'><li><a href='/a'>" + related1 + "</a></li>"
                + "<li><a href='/b'>" + related2 + "</a></li></ul></aside>"
                + "</div><div id='fuss'><p>© Talbote Verlag. Alle Rechte vorbehalten.</p></div></body></html>";
    }

    private static List<String> germanPages() {
        return List.of(
                german("Hochwasser im Tal erwartet", "Nach drei Tagen Regen sind die Flüsse im Tal über Nacht stark "
                        + "gestiegen, und das Landesamt warnt vor Überschwemmungen am Unterlauf.", "Anwohner sollen ihre "
                        + "Autos vor dem nächsten Hochwasser am Dienstag aus der Nähe des Flusses fahren.",
                        "Neue Brücke über die Lahn", "Schulbusse fahren wieder"),
                german("Alte Brücke wieder offen", "Die alte Steinbrücke ist nach sechs Wochen Bauzeit an ihren Bögen "
                        + "und an der Brüstung seit Montag wieder für den Verkehr geöffnet.", "Die Busse fahren ab "
                        + "nächster Woche wieder ihre gewohnte Strecke über die Brücke, teilte der Kreis mit.",
                        "Hochwasser im Tal erwartet", "Markt zieht um"),
                german("Schule bekommt ein neues Dach", "Die Dorfschule bekommt noch vor dem Winter ein neues Dach, "
                        + "nachdem die Eltern beim Herbstfest das letzte Geld gesammelt haben.", "Die Handwerker beginnen "
                        + "in den Herbstferien, damit der Unterricht nicht gestört wird.",
                        "Alte Brücke wieder offen", "Neue Brücke über die Lahn"),
                german("Markt zieht auf den Kirchplatz", "Der Wochenmarkt zieht im Frühjahr vom Rathausplatz auf den "
                        + "Kirchplatz, weil der Rathausplatz neu gepflastert wird.", "Die Händler begrüßen den Umzug, "
                        + "denn auf dem Kirchplatz gibt es mehr Schatten und mehr Parkplätze.",
                        "Schulbusse fahren wieder", "Schule bekommt ein neues Dach"));
    }

    @Test
    void theTemplatesElementsInTheArticleAreLearnedAsRemoveSelectorsWithCounts() {
        String json = SiteProfile.learn("talbote", List.of("talbote.example"), germanPages()).json();
        assertThat(json).contains("\"count\": 4, \"removeSelector\": \"div.teilen\"",
                "\"count\": 4, \"removeSelector\": \"div.hinweis\"",
                "\"count\": 4, \"removeSelector\": \"aside.verwandt\"",
                "\"rootSelector\": \"div#artikel\"")
                // never the article's element, nor an ancestor of it; nor the list inside the related box
                .doesNotContain("\"removeSelector\": \"div#artikel\"", "\"removeSelector\": \"body", "ul.liste");
    }

    @Test
    void aLearnedProfileRemovesTheTemplateFromAnotherPageAndSaysWhichRuleDid() {
        SiteProfile p = SiteProfile.learn("talbote", List.of("talbote.example"), germanPages());
        String page = german("Neuer Radweg am Fluss", "Der neue Radweg am Fluss entlang ist fertig und verbindet die "
                + "beiden Ortsteile auf drei Kilometern ohne eine einzige Steigung.", "Im Sommer sollen entlang des "
                + "Weges noch Bänke und zwei Trinkbrunnen aufgestellt werden.", "Markt zieht um", "Hochwasser im Tal");
        Article plain = ArticleParser.defaults().parse(page, InputFormat.HTML, Hints.ofUrl("https://talbote.example/radweg"));
        Article with = ArticleParser.builder().rules(p.json()).build().parse(page, InputFormat.HTML,
                Hints.ofUrl("https://talbote.example/radweg"));
        assertThat(plain.text()).contains("erscheint montags bis samstags");
        assertThat(with.text()).contains("Der neue Radweg am Fluss", "Bänke und zwei Trinkbrunnen")
                .doesNotContain("erscheint montags bis samstags", "Mehr zum Thema", "Markt zieht um");
        assertThat(with.title()).contains("Neuer Radweg am Fluss");
        assertThat(with.removed()).anyMatch(r -> r.cleaner().startsWith("talbote/boilerplate-")
                && r.text().contains("erscheint montags bis samstags"));
    }

    /**
     * A Spanish site whose paragraphs are each wrapped in a classed element, whose headline box holds
     * a standing note, and with a share bar between the paragraphs.
     */
    private static String spanish(String headline, String lede, String body) {
        return "<html><head><title>" + headline + " - El Faro</title></head><body><div class='nota'>"
                + "<div class='cabecera'><p>Edición digital de El Faro, diario independiente de la costa, "
                + "con noticias locales actualizadas cada mañana por nuestra redacción.</p><h1>" + headline + "</h1></div>"
                + "<div class='texto'><p>" + lede + "</p></div><div class='texto'><p>" + body + "</p></div>"
                + "<div class='compartir'><a href='/f'>Facebook</a> <a href='/t'>Twitter</a> <a href='/w'>WhatsApp</a></div>"
                + "<div class='texto'><p>" + body + " " + lede + "</p></div>"
                + "</div><div class='pie'><p>El Faro, calle del Puerto, teléfono de la redacción</p></div></body></html>";
    }

    @Test
    void anElementHoldingEachPagesOwnTextOrItsHeadlineIsNeverLearned() {
        List<String> pages = new ArrayList<>();
        String[][] stories = {
            {"Reabre el puerto", "El puerto reabrió el lunes tras la tormenta que cerró la bocana durante tres días.",
                "Los pescadores volvieron a faenar al amanecer y la lonja recuperó su actividad habitual por la tarde."},
            {"Nueva línea de autobús", "Una nueva línea de autobús unirá el centro con la playa desde el mes que viene.",
                "El ayuntamiento calcula que cada día la usarán unas dos mil personas durante los meses de verano."},
            {"Fiestas del barrio alto", "Las fiestas del barrio alto empiezan el viernes con un concierto en la plaza.",
                "Habrá talleres para niños por la mañana y una verbena con orquesta el sábado por la noche."},
            {"Cierra la biblioteca", "La biblioteca municipal cerrará dos semanas en agosto para cambiar el tejado.",
                "Los préstamos se podrán devolver en el buzón de la entrada, que seguirá abierto todo el mes."}};
        for (String[] s : stories) {
            pages.add(spanish(s[0], s[1], s[2]));
        }
        String json = SiteProfile.learn("elfaro", List.of(), pages).json();
        assertThat(json).contains("\"removeSelector\": \"div.compartir\"")
                // the paragraphs differ from page to page; the box with the standing note holds the headline
                .doesNotContain("div.texto", "div.cabecera", "\"removeSelector\": \"div.nota\"");
    }

    @Test
    void twoPagesAreTooFewToLearnAnElement() {
        String json = SiteProfile.learn("talbote", List.of("talbote.example"), germanPages().subList(0, 2)).json();
        assertThat(json).doesNotContain("removeSelector");
    }

    @Test
    void theArticlesRootDoesNotBringBackWhatTheSiteRemoves() throws java.io.IOException {
        // on this Turkish page the HTML finder keeps the story's first part alone; the root brings
        // the rest of the story's element back, but not an element the site's rules remove, whether
        // that rule comes before the root or after it
        String html = java.nio.file.Files.readString(java.nio.file.Path.of("testdata/rules/milligazete-page.html"));
        Hints hints = Hints.ofUrl("https://www.milligazete.com.tr/haber/1");
        String root = "{\"name\": \"article\", \"rootSelector\": \"article.haber-govde\"}";
        String remove = "{\"name\": \"more\", \"removeSelector\": \"div.devami\"}";
        String rules = "{\"sites\": [{\"site\": \"mg\", \"hosts\": [\"www.milligazete.com.tr\"], \"rules\": [%s]}]}";
        Article rootOnly = ArticleParser.builder().rules(String.format(rules, root)).build()
                .parse(html, InputFormat.HTML, hints);
        assertThat(rootOnly.text()).contains("Esnaf temsilcileri", "Belediye ekipleri");
        for (String both : List.of(root + ", " + remove, remove + ", " + root)) {
            Article a = ArticleParser.builder().rules(String.format(rules, both)).build().parse(html, InputFormat.HTML, hints);
            assertThat(a.text()).contains("Belediye ekipleri").doesNotContain("Esnaf temsilcileri", "Kaynak: İHA");
        }
    }
}
