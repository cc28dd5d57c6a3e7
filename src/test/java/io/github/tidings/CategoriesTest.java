package io.github.tidings;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tidings.model.Article;
import io.github.tidings.model.Hints;
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
        "Inicio › Economía › Empresas#Economía,Empresas#La fábrica de coches cierra dos semanas#La fábrica de coches de la ciudad parará su producción durante dos semanas por la falta de piezas, según informó la empresa el lunes.#Los trabajadores seguirán cobrando su sueldo completo durante el cierre, acordado con los sindicatos el viernes.",
        // bars, and slashes not from the home page, right above the headline
        "News | Politics#News,Politics#Parliament backs the new housing bill#Parliament voted on Tuesday to back the new housing bill, which caps rent increases for the next five years in the largest cities.#Landlords' groups said they would challenge the law in court, while tenants' groups welcomed the vote.",
        "Wirtschaft / Unternehmen#Wirtschaft,Unternehmen#Die Werft stellt zweihundert Leute ein#Die Werft am Hafen will im kommenden Jahr zweihundert neue Mitarbeiter einstellen, weil die Aufträge für Fähren stark gestiegen sind.#Der Betriebsrat begrüßte die Pläne und forderte zugleich feste Verträge für die Leiharbeiter der Werft.",
        "Monde | Europe | Le sommet de Bruxelles s'achève sans accord#Monde,Europe#Le sommet de Bruxelles s'achève sans accord#Les dirigeants européens se sont quittés vendredi soir sans accord sur le budget commun, après deux jours de discussions.#Une nouvelle réunion est prévue le mois prochain, a annoncé le président du Conseil européen devant la presse.",
        "Jornal.example.pt | Desporto#Desporto#O clube vence o dérbi no prolongamento#O clube da casa venceu o dérbi por dois golos a um no prolongamento de domingo, depois de um empate no último minuto.#O golo da vitória surgiu de um canto quatro minutos antes do fim, de cabeça ao segundo poste.",
        "Deportes / Fútbol / Liga#Deportes,Fútbol,Liga#El equipo gana el derbi en la prórroga#El equipo local ganó el derbi por dos goles a uno en la prórroga del domingo, tras un empate en el último minuto.#El gol de la victoria llegó de un córner cuatro minutos antes del final, de cabeza en el segundo palo."})
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
        "Startseite > Startseite",
        "Nachrichten / Sport / Kultur / Wetter / Reisen",
        "Login / Registrieren / Abo / Hilfe",
        "Hilfe / FAQ",
        "Startseite | Über uns | Kontakt",
        "Sport / 19. Juli 2012",
        "Anna Berg @annaberg / vor 2 Tagen",
        // a byline, a picture credit or a date set with slashes or bars is no breadcrumb
        "Von Anna Berg / dpa",
        "Anna Berg / Reuters",
        "Foto: Anna Berg / Getty Images",
        "Anna Berg | Jonas Keller",
        "Sport | 19. Juli 2012",
        "Montag / 19.07.2012 / 14:30 Uhr",
        // nor utility links
        "Vorheriges | Nächstes",
        "Drucken | Teilen",
        "Advertise | AdChoices",
        "Entries RSS | Comments RSS",
        "Olá | Sair",
        "Kommentarfeed | Trackback-URL"})
    void aMenuLineIsNoBreadcrumb(String menu) {
        Article a = PARSER.parse(dump(menu, "Die Regierung plant neue Regeln für Mieten",
                "Die Bundesregierung hat am Mittwoch einen Entwurf für neue Regeln bei Mieterhöhungen vorgelegt, der im "
                        + "Herbst beraten werden soll.",
                "Mieterverbände begrüßten den Entwurf, Vermieter kritisierten ihn als zu streng und kündigten Widerstand an."));
        assertThat(a.categories()).isEmpty();
        assertThat(a.section()).isEmpty();
    }

    @Test
    void aLineOfBarsFarAboveTheHeadlineIsAMenu() {
        Article a = PARSER.parse("Die Regierung plant neue Regeln für Mieten - Stadtanzeiger Online\n\nPolitik | Wirtschaft\n\n"
                + "Anmelden\n\nStadtanzeiger Online\n\nDas Wetter heute\n\nDie Regierung plant neue Regeln für Mieten\n\n"
                + "Die Bundesregierung hat am Mittwoch einen Entwurf für neue Regeln bei Mieterhöhungen vorgelegt, der im "
                + "Herbst beraten werden soll.\n\nMieterverbände begrüßten den Entwurf, Vermieter kritisierten ihn als zu "
                + "streng und kündigten Widerstand an.\n");
        assertThat(a.title()).hasValue("Die Regierung plant neue Regeln für Mieten");
        assertThat(a.categories()).isEmpty();
    }

    @Test
    void aMarkdownDumpsBreadcrumbOfLinksGivesItsSteps() {
        Article a = PARSER.parseMarkdown("""
                [Notícias](https://jornal.example.pt/noticias) | [Política](https://jornal.example.pt/noticias/politica)

                # Câmara aprova orçamento para o próximo ano

                A câmara municipal aprovou ontem o orçamento para o próximo ano, depois de um longo debate em que quase todos os vereadores falaram.

                O presidente da câmara disse que o documento reforça o investimento nas escolas e nos transportes da cidade.
                """, Hints.ofUrl("https://jornal.example.pt/noticias/politica/orcamento"));
        assertThat(a.categories()).containsExactly("Notícias", "Política");
        assertThat(a.section()).hasValue("Política");
    }

    @Test
    void aTrailsFirstStepNamingTheSiteIsItsHomeStep() {
        Article a = PARSER.parse("Die Werft stellt zweihundert Leute ein - Stadtanzeiger\n\nStadtanzeiger | Wirtschaft\n\n"
                + "Die Werft stellt zweihundert Leute ein\n\nDie Werft am Hafen will im kommenden Jahr zweihundert neue "
                + "Mitarbeiter einstellen, weil die Aufträge für Fähren stark gestiegen sind.\n\nDer Betriebsrat begrüßte "
                + "die Pläne und forderte zugleich feste Verträge für die Leiharbeiter der Werft.\n",
                Hints.ofUrl("https://www.stadtanzeiger.example/wirtschaft/werft"));
        assertThat(a.categories()).containsExactly("Wirtschaft");
        assertThat(a.section()).hasValue("Wirtschaft");
    }

    @Test
    void aTrailsFirstStepNamingTheSiteInTheTitleIsItsHomeStep() {
        Article a = PARSER.parse("Stollen backen wie bei Oma | Backstube Nord\n\nBackstube Nord | Rezepte\n\n"
                + "Stollen backen wie bei Oma\n\nDer Teig für den Stollen braucht Zeit: Er ruht über Nacht, bevor Rosinen, "
                + "Mandeln und Zitronat hineingeknetet werden.\n\nNach dem Backen wird der Stollen mit Butter bestrichen und "
                + "dick mit Puderzucker bestäubt, dann ruht er drei Wochen.\n");
        assertThat(a.siteName()).hasValue("Backstube Nord");
        assertThat(a.categories()).containsExactly("Rezepte");
    }
}
