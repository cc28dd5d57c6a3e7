package io.github.tidings;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tidings.model.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The categories a page names (issue #17), on pages written for these tests. */
class CategoriesTest {
    private static final ArticleParser PARSER = ArticleParser.defaults();
    private static final String BODY = "<p>Der Gemeinderat hat am Dienstagabend nach einer langen Sitzung beschlossen, die "
            + "alte Brücke über den Fluss im kommenden Jahr vollständig zu erneuern.</p><p>Die Arbeiten sollen im Frühjahr "
            + "beginnen und etwa achtzehn Monate dauern, teilte die Verwaltung am Mittwoch mit.</p>";

    @Test
    void jsonLdSectionsAndSectionMetasAreGatheredEachOnce() {
        Article a = PARSER.parseHtml("<html><head><title>Brücke wird erneuert</title>"
                + "<meta property=\"article:section\" content=\"Lokales\"><meta property=\"article:section\" content=\"Verkehr\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Brücke wird erneuert\","
                + "\"articleSection\":[\"Lokales\",\"Bauen\"]}</script></head><body><article><h1>Brücke wird erneuert</h1>"
                + BODY + "</article></body></html>", "https://zeitung.example.de/lokales/bruecke");
        assertThat(a.categories()).containsExactly("Lokales", "Bauen", "Verkehr");
        assertThat(a.provenance("categories").orElseThrow().source())
                .isEqualTo("json-ld:articleSection + meta:article:section");
    }

    @Test
    void aBreadcrumbGivesItsStepsWithoutHomeAndThePageItself() {
        Article a = PARSER.parseHtml("<html><head><title>El puente será renovado</title></head><body>"
                + "<nav aria-label=\"Breadcrumb\"><ol><li><a href=\"/\">Portada</a></li><li><a href=\"/espana/\">España</a></li>"
                + "<li><a href=\"/espana/madrid/\">Madrid</a></li><li aria-current=\"page\">El puente será renovado</li></ol></nav>"
                + "<article><h1>El puente será renovado</h1><p>El ayuntamiento decidió el martes por la noche renovar por "
                + "completo el viejo puente sobre el río durante el próximo año.</p><p>Las obras empezarán en primavera y "
                + "durarán unos dieciocho meses, según informó el miércoles el consistorio.</p></article></body></html>",
                "https://diario.example.es/espana/madrid/puente");
        assertThat(a.categories()).containsExactly("España", "Madrid");
        assertThat(a.provenance("categories").orElseThrow().source()).isEqualTo("html:breadcrumb");
        assertThat(a.text()).doesNotContain("Portada");
    }

    @Test
    void aJsonLdBreadcrumbListIsReadLikewise() {
        Article a = PARSER.parseHtml("<html><head><title>Nowy most</title><script type=\"application/ld+json\">"
                + "{\"@context\":\"https://schema.org\",\"@type\":\"BreadcrumbList\",\"itemListElement\":["
                + "{\"@type\":\"ListItem\",\"position\":1,\"name\":\"Strona główna\",\"item\":\"https://gazeta.example.pl/\"},"
                + "{\"@type\":\"ListItem\",\"position\":2,\"name\":\"Kraj\",\"item\":\"https://gazeta.example.pl/kraj\"},"
                + "{\"@type\":\"ListItem\",\"position\":3,\"name\":\"Nowy most\",\"item\":\"https://gazeta.example.pl/kraj/most\"}]}"
                + "</script></head><body><article><h1>Nowy most</h1><p>Nowy most na rzece otwarto w sobotę po trzech latach "
                + "budowy, a ruch samochodowy ruszy w poniedziałek rano.</p><p>Koszt budowy wyniósł ponad dwieście milionów "
                + "złotych, podało miasto w komunikacie.</p></article></body></html>", "https://gazeta.example.pl/kraj/most");
        assertThat(a.categories()).containsExactly("Kraj");
        assertThat(a.provenance("categories").orElseThrow().source()).isEqualTo("json-ld:BreadcrumbList");
    }

    @Test
    void aMenuIsNoBreadcrumbAndWithoutOneTheSectionIsTheCategory() {
        StringBuilder menu = new StringBuilder("<ul class=\"breadcrumbs-menu\">");
        for (int i = 0; i < 14; i++) {
            menu.append("<li><a href=\"/r").append(i).append("\">Rubrique ").append(i).append("</a></li>");
        }
        Article a = PARSER.parseHtml("<html><head><title>Le pont</title><script type=\"application/ld+json\">"
                + "{\"@type\":\"NewsArticle\",\"articleSection\":\"Société\"}</script></head><body>" + menu + "</ul>"
                + "<article><h1>Le pont</h1><p>Le conseil municipal a décidé mardi soir de rénover entièrement le vieux pont "
                + "sur la rivière au cours de l'année prochaine.</p></article></body></html>", "https://journal.example.fr/a");
        assertThat(a.categories()).containsExactly("Société");
        assertThat(a.section()).hasValue("Société");
        Article text = PARSER.parse("Le Journal du Matin\n\nAccueil > Société > Transports\n\nLe pont sera rénové\n\nLe conseil municipal a décidé "
                + "mardi soir de rénover entièrement le vieux pont sur la rivière au cours de l'année prochaine, a-t-il annoncé.");
        assertThat(text.section()).hasValue("Transports");
        assertThat(text.categories()).containsExactly("Société", "Transports"); // the trail's steps below the home page
    }

    /** A text dump: the page's title, a line above the headline, the headline, two paragraphs. */
    private static String dump(String above, String headline, String first, String second) {
        return headline + " - Stadtanzeiger Online\n\n" + above + "\n\n" + headline + "\n\n" + first + "\n\n" + second + "\n";
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '#', value = {
        "Home > Politik > Inland#Politik,Inland#Die Regierung plant neue Regeln für Mieten#Die Bundesregierung hat am Mittwoch einen Entwurf für neue Regeln bei Mieterhöhungen vorgelegt, der im Herbst beraten werden soll.#Mieterverbände begrüßten den Entwurf, Vermieter kritisierten ihn als zu streng und kündigten Widerstand an.",
        "Home / News / Sport#News,Sport#United win the derby in extra time#United beat City two goals to one in extra time on Sunday, after a late equaliser had forced the derby into thirty more minutes.#The winning goal came from a corner four minutes before the end, headed in by the captain at the far post.",
        "Accueil › Monde › Europe › Le sommet de Bruxelles s'achève sans accord#Monde,Europe#Le sommet de Bruxelles s'achève sans accord#Les dirigeants européens se sont quittés vendredi soir sans accord sur le budget commun, après deux jours de discussions.#Une nouvelle réunion est prévue le mois prochain, a annoncé le président du Conseil européen devant la presse.",
        "Inicio › Economía › Empresas#Economía,Empresas#La fábrica de coches cierra dos semanas#La fábrica de coches de la ciudad parará su producción durante dos semanas por la falta de piezas, según informó la empresa el lunes.#Los trabajadores seguirán cobrando su sueldo completo durante el cierre, acordado con los sindicatos el viernes."})
    void aBreadcrumbLineInATextDumpGivesItsSteps(String crumbs, String expected, String headline, String first, String second) {
        Article a = PARSER.parse(dump(crumbs, headline, first, second));
        List<String> categories = List.of(expected.split(","));
        assertThat(a.categories()).isEqualTo(categories);
        assertThat(a.section()).hasValue(categories.get(categories.size() - 1));
        assertThat(a.provenance("categories").orElseThrow().source()).isEqualTo("text:breadcrumb");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "News | Sport | Kultur | Wetter",
        "Politik | Wirtschaft",
        "Startseite > Startseite",
        "Nachrichten / Sport / Kultur / Wetter / Reisen",
        "Login / Registrieren / Abo / Hilfe",
        "Hilfe / FAQ",
        "Startseite | Über uns | Kontakt",
        "Sport / 19. Juli 2012",
        "Anna Berg @annaberg / vor 2 Tagen"})
    void aMenuLineIsNoBreadcrumb(String menu) {
        Article a = PARSER.parse(dump(menu, "Die Regierung plant neue Regeln für Mieten",
                "Die Bundesregierung hat am Mittwoch einen Entwurf für neue Regeln bei Mieterhöhungen vorgelegt, der im "
                        + "Herbst beraten werden soll.",
                "Mieterverbände begrüßten den Entwurf, Vermieter kritisierten ihn als zu streng und kündigten Widerstand an."));
        assertThat(a.categories()).isEmpty();
        assertThat(a.section()).isEmpty();
    }
}
