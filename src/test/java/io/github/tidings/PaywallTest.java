package io.github.tidings;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tidings.model.Article;
import io.github.tidings.model.Removal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The paywall signal (issue #17): markup, and a body cut short by an invitation to subscribe, on pages written here. */
class PaywallTest {
    private static final ArticleParser PARSER = ArticleParser.defaults();

    /** Two paragraphs of a teaser in each language, and the invitation a paywall puts after them. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | The city council voted on Tuesday night to rebuild the old bridge over the river next year, after months of debate. | Engineers say the work will take eighteen months and that traffic will be diverted through the northern district. | Subscribe to continue reading this article. | Already a subscriber? Log in
            de | Der Gemeinderat hat am Dienstagabend beschlossen, die alte Brücke über den Fluss im kommenden Jahr neu zu bauen. | Die Ingenieure rechnen mit achtzehn Monaten Bauzeit, der Verkehr soll durch den Norden der Stadt geleitet werden. | Dieser Artikel ist nur für Abonnenten verfügbar. Jetzt weiterlesen mit dem Digitalabo. | Sie sind bereits Abonnent? Hier anmelden
            fr | Le conseil municipal a voté mardi soir la reconstruction du vieux pont sur la rivière l'an prochain, après des mois de débat. | Les ingénieurs estiment que les travaux dureront dix-huit mois et que la circulation sera déviée par le quartier nord. | La suite de cet article est réservée aux abonnés. | Déjà abonné ? Connectez-vous
            es | El ayuntamiento votó el martes por la noche reconstruir el viejo puente sobre el río el próximo año, tras meses de debate. | Los ingenieros calculan que las obras durarán dieciocho meses y que el tráfico se desviará por el barrio norte. | Suscríbete para seguir leyendo. | ¿Ya eres suscriptor? Inicia sesión
            pt | A câmara municipal votou na terça-feira à noite a reconstrução da velha ponte sobre o rio no próximo ano, após meses de debate. | Os engenheiros estimam que as obras vão durar dezoito meses e que o trânsito será desviado pelo bairro norte. | Este conteúdo é exclusivo para assinantes. Assine para continuar lendo. | Já é assinante? Faça login
            pl | Rada miasta zagłosowała we wtorek wieczorem za odbudową starego mostu na rzece w przyszłym roku, po miesiącach debaty. | Inżynierowie szacują, że prace potrwają osiemnaście miesięcy, a ruch zostanie skierowany przez dzielnicę północną. | Zaloguj się lub wykup subskrypcję, aby czytać dalej. | Masz już subskrypcję? Zaloguj się
            it | Il consiglio comunale ha votato martedì sera la ricostruzione del vecchio ponte sul fiume l'anno prossimo, dopo mesi di dibattito. | Gli ingegneri stimano che i lavori dureranno diciotto mesi e che il traffico sarà deviato nel quartiere nord. | Abbonati per continuare a leggere questo articolo. | Sei già abbonato? Accedi
            """)
    void aTeaserCutShortByAnInvitationIsNotFreeAndTheInvitationGoes(String lang, String p1, String p2, String invitation,
            String access) {
        String html = "<html lang=\"" + lang + "\"><head><title>Bridge</title></head><body><article><h1>Bridge</h1><p>" + p1
                + "</p><p>" + p2 + "</p><p>" + invitation + "</p><p>" + access + "</p></article></body></html>";
        List<Article> both = List.of(PARSER.parseHtml(html, "https://news.example.org/a"),
                PARSER.parse("Bridge\n\n" + p1 + "\n\n" + p2 + "\n\n" + invitation + "\n\n" + access + "\n"));
        for (int i = 0; i < both.size(); i++) {
            Article a = both.get(i);
            lang = (i == 0 ? "html " : "text ") + lang.strip();
            assertThat(a.accessibleForFree()).as(lang + " " + a.removed()).hasValue(false);
            assertThat(a.provenance("accessibleForFree").orElseThrow().source()).isEqualTo("cleaner:PaywallCleaner");
            assertThat(a.text()).as(lang).contains(p2).doesNotContain(invitation).doesNotContain(access);
            assertThat(a.removed()).filteredOn(r -> r.cleaner().equals("PaywallCleaner")).extracting(Removal::text)
                    .contains(invitation).allSatisfy(t -> assertThat(t).isIn(invitation, access));
            assertThat(a.removed()).filteredOn(r -> r.text().equals(invitation)).extracting(Removal::reason)
                    .containsExactly("paywall: the body ends in an invitation to subscribe or log in");
        }
    }

    @Test
    void aPromptWithTheArticleGoingOnAfterItIsNoCut() {
        Article a = PARSER.parse("""
                Bridge to be rebuilt

                The city council voted on Tuesday night to rebuild the old bridge over the river next year, after months of debate.

                Subscribe to continue reading our best stories every morning.

                Engineers say the work will take eighteen months and that traffic will be diverted through the northern district,
                which shop owners there fear will keep customers away for most of the year.
                """);
        assertThat(a.accessibleForFree()).isEmpty();
        assertThat(a.removed()).noneMatch(r -> r.cleaner().equals("PaywallCleaner"));
    }

    @Test
    void anArticleAboutSubscriptionsIsNoPaywall() {
        Article a = PARSER.parse("""
                Streaming prices rise again

                The largest streaming services raised their prices this spring, and analysts expect more increases next year.

                Many subscribers say they will cancel at least one subscription, a survey published on Monday found.
                """);
        assertThat(a.accessibleForFree()).isEmpty();
        assertThat(a.text()).contains("Many subscribers say");
    }

    @Test
    void paywallMarkupAndTheContentTierMetaSayItToo() {
        String body = "<article><h1>Vertrag</h1><p>Die beiden Unternehmen haben am Dienstag einen Rahmenvertrag "
                + "unterzeichnet, der eine engere Zusammenarbeit in der Forschung vorsieht.</p>";
        Article regwall = PARSER.parseHtml("<html><body>" + body + "<div id=\"regwall-overlay\"><p>Kostenlos registrieren."
                + "</p></div></article></body></html>", "https://zeitung.example.de/a");
        assertThat(regwall.accessibleForFree()).hasValue(false);
        Article attribute = PARSER.parseHtml("<html><body>" + body + "<section data-paywall-type=\"hard\"></section>"
                + "</article></body></html>", "https://zeitung.example.de/d");
        assertThat(attribute.accessibleForFree()).hasValue(false);
        assertThat(attribute.provenance("accessibleForFree").orElseThrow().source()).isEqualTo("html:attribute data-paywall");
        Article none = PARSER.parseHtml("<html><body>" + body + "</article></body></html>", "https://zeitung.example.de/e");
        assertThat(none.accessibleForFree()).isEmpty();
        Article locked = PARSER.parseHtml("<html><head><meta property=\"article:content_tier\" content=\"locked\"></head>"
                + "<body>" + body + "</article></body></html>", "https://zeitung.example.de/b");
        assertThat(locked.accessibleForFree()).hasValue(false);
        assertThat(locked.provenance("accessibleForFree").orElseThrow().source()).isEqualTo("meta:article:content_tier");
        Article free = PARSER.parseHtml("<html><head><meta property=\"article:content_tier\" content=\"free\"></head>"
                + "<body>" + body + "</article></body></html>", "https://zeitung.example.de/c");
        assertThat(free.accessibleForFree()).hasValue(true);
    }

    /** A text dump whose invitation stands above the teaser, before any of the article's prose. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Bridge to be rebuilt next year | Subscribe to read | The city council voted on Tuesday night to rebuild the old bridge over the river next year, after months of debate in which engineers, shop owners and residents of the northern district argued over the cost and the detours. | Engineers say the work will take eighteen months.
            de | Alte Brücke wird neu gebaut | Jetzt abonnieren und weiterlesen | Der Gemeinderat hat am Dienstagabend nach monatelanger Debatte beschlossen, die alte Brücke über den Fluss im kommenden Jahr neu zu bauen, obwohl Ladenbesitzer und Anwohner im Norden der Stadt vor den Umleitungen gewarnt hatten. | Die Ingenieure rechnen mit achtzehn Monaten Bauzeit.
            fr | Le vieux pont sera reconstruit | Cet article est réservé aux abonnés | Le conseil municipal a voté mardi soir la reconstruction du vieux pont sur la rivière l'an prochain, après des mois de débat entre les ingénieurs, les commerçants et les habitants du quartier nord inquiets des déviations. | Les travaux dureront dix-huit mois.
            es | El viejo puente será reconstruido | Suscríbete para seguir leyendo | El ayuntamiento votó el martes por la noche reconstruir el viejo puente sobre el río el próximo año, tras meses de debate entre ingenieros, comerciantes y vecinos del barrio norte preocupados por los desvíos del tráfico. | Las obras durarán dieciocho meses.
            it | Il vecchio ponte sarà ricostruito | Abbonati per continuare a leggere | Il consiglio comunale ha votato martedì sera la ricostruzione del vecchio ponte sul fiume l'anno prossimo, dopo mesi di dibattito tra ingegneri, commercianti e abitanti del quartiere nord preoccupati per le deviazioni del traffico. | I lavori dureranno diciotto mesi.
            pl | Stary most zostanie odbudowany | Zaloguj się lub wykup subskrypcję, aby czytać dalej | Rada miasta zagłosowała we wtorek wieczorem za odbudową starego mostu na rzece w przyszłym roku, po miesiącach debaty inżynierów, kupców i mieszkańców dzielnicy północnej zaniepokojonych objazdami dla samochodów. | Prace potrwają osiemnaście miesięcy.
            """)
    void anInvitationAboveALongTeaserInADumpIsACutAndTheTeaserStays(String lang, String headline, String invitation,
            String teaser, String more) {
        String dump = headline + " | Stadtblatt\n\nStadtblatt\n\nNews  Sport  Kultur  Wetter\n\n" + headline + "\n\n"
                + invitation + "\n\n" + teaser + "\n\n" + more + "\n\n© 2024 Stadtblatt\n";
        Article a = PARSER.parse(dump);
        assertThat(a.accessibleForFree()).as(lang + " " + a.removed()).hasValue(false);
        assertThat(a.provenance("accessibleForFree").orElseThrow().source()).isEqualTo("cleaner:PaywallCleaner");
        assertThat(a.text()).as(lang).contains(teaser).doesNotContain(invitation);
        assertThat(a.removed()).filteredOn(r -> r.text().equals(invitation)).extracting(Removal::cleaner, Removal::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PaywallCleaner",
                        "paywall: an invitation to subscribe or log in stands above the teaser"));
    }

    @Test
    void anInvitationAboveAWholeArticleIsNoCut() {
        String paragraph = "The city council voted on Tuesday night to rebuild the old bridge over the river next year, after "
                + "months of debate in which engineers, shop owners and residents argued over the cost and the detours.";
        StringBuilder dump = new StringBuilder("Bridge to be rebuilt\n\nSubscribe to continue reading our best stories every morning.\n\n");
        for (int i = 0; i < 8; i++) {
            dump.append(paragraph.replace("Tuesday", "day " + i)).append("\n\n");
        }
        Article a = PARSER.parse(dump.toString());
        assertThat(a.accessibleForFree()).isEmpty();
        assertThat(a.removed()).noneMatch(r -> r.cleaner().equals("PaywallCleaner"));
    }
}
