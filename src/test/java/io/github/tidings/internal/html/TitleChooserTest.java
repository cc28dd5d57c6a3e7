package io.github.tidings.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tidings.ArticleParser;
import io.github.tidings.model.Article;
import org.junit.jupiter.api.Test;

class TitleChooserTest {
    private static final String PARA = "<p>The council met on Tuesday evening to discuss the new budget, which "
            + "includes funding for schools, roads and the library, and voted to approve it after a long debate.</p>";
    private static final String PARA_DE = "<p>Der Gemeinderat hat am Dienstagabend über den neuen Haushalt beraten, "
            + "der Mittel für Schulen, Straßen und die Bücherei vorsieht, und ihn nach langer Debatte beschlossen.</p>";

    private static Article parse(String html) {
        return ArticleParser.defaults().parseHtml(html);
    }

    @Test
    void oneScanFindsWhatEachPassFindsAlone() {
        String[] bodies = {
            "<header><h1>Lakeside Courier</h1><a href=\"/x\">Ferry service resumes after the storm</a></header>"
                    + "<h2>Ferry service resumes after the storm</h2><div class=\"story\">" + PARA
                    + "<p>Ferry service resumes after the storm</p><h1>Ferry service resumes after the storm</h1></div>",
            "<div style=\"display:none\"><h1>Region</h1></div><p>Region</p><h3>Ferry service resumes</h3>" + PARA,
            "<nav><p>Lakeside Courier</p></nav><span class=\"headline\">Region</span>" + PARA + "<h1>Region</h1>",
        };
        int shown = 0;
        for (String body : bodies) {
            org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse("<html><head><title>Region | Ferry service resumes "
                    + "after the storm - Lakeside Courier</title><meta property=\"og:title\" content=\"Ferry service "
                    + "resumes\"></head><body>" + body + "</body></html>");
            BlockCollector c = BlockCollector.collect(doc.body());
            HtmlMetadata meta = HtmlMetadata.read(doc, c.metaElements);
            TitleChooser chooser = new TitleChooser(meta, c.blocks, new VisibleText(c.blocks));
            for (TitleChooser.Option o : chooser.options()) {
                int[] at = chooser.shownAt(o);
                for (int pass = 0; pass < 3; pass++) {
                    assertThat(at[pass]).as(o + " pass " + pass).isEqualTo(chooser.shownAt(o, pass));
                    shown += at[pass] >= 0 ? 1 : 0;
                }
            }
        }
        assertThat(shown).isGreaterThan(5); // the pages do show their options
    }

    @Test
    void everySeparatorStartsWithASpaceAsTheSegmentSearchAssumes() {
        assertThat(TitleChooser.SEPARATORS).allMatch(sep -> sep.startsWith(" "));
    }

    @Test
    void runsOfTitleSegmentsAreCandidatesInAnyOrder() {
        assertThat(TitleChooser.runs("Site | Section | Headline here")).containsExactly(
                "Section | Headline here", "Site | Section", "Headline here", "Section", "Site");
        assertThat(TitleChooser.runs("Cole: Winning the cup")).isEmpty(); // a colon without spaces is no separator
    }

    @Test
    void theHeadlineIsTheSegmentThePageShowsAsAHeading() {
        // the title puts site and section first; the page shows the headline as an h2
        Article a = parse("<html><head><title>Lakeside Courier | Region | Council approves new harbour budget"
                + "</title></head><body><div class=\"masthead\">Lakeside Courier</div>"
                + "<h2>Council approves new harbour budget</h2>" + PARA + PARA + "</body></html>");
        assertThat(a.title()).contains("Council approves new harbour budget");
    }

    @Test
    void aMiddleSegmentMatchesTheH1() {
        Article a = parse("<html lang=\"de\"><head><title>Startseite - Gemeinderat beschließt neuen Hafenhaushalt "
                + "- Lokales - Seebote</title></head><body><h1>Gemeinderat beschließt neuen Hafenhaushalt</h1>"
                + PARA_DE + PARA_DE + "</body></html>");
        assertThat(a.title()).contains("Gemeinderat beschließt neuen Hafenhaushalt");
    }

    @Test
    void aShortSegmentThatOnlyTheHeaderShowsIsNotTheTitle() {
        // "Lakeside Courier" is an h1 in the page's header: a run of two words there is the site's name
        Article a = parse("<html><head><title>Ferry service resumes after the storm - Lakeside Courier</title>"
                + "</head><body><header><h1>Lakeside Courier</h1></header><div class=\"story\">"
                + "<h2>Ferry service resumes after the storm</h2>" + PARA + PARA + "</div></body></html>");
        assertThat(a.title()).contains("Ferry service resumes after the storm");
    }

    @Test
    void withoutAUsefulTitleTheHeadlineIsTheHeadingWhereTheContentBegins() {
        // an old table layout: the <title> names only the site, no h1, the headline is a span
        // whose class says so, just above the article's text
        Article a = parse("<html><head><title>Lakeside Courier</title></head><body><table><tr>"
                + "<td><ul><li><a href=\"/a\">Most read</a></li><li><a href=\"/b\">Weather</a></li></ul>"
                + "</td>"
                + "<td><p><span class=\"headline\">Ferry service resumes after the storm</span></p>"
                + PARA + PARA + PARA + "</td></tr></table></body></html>");
        assertThat(a.title()).contains("Ferry service resumes after the storm");
    }

    @Test
    void aDateOrALabelNearTheContentIsNoHeadline() {
        Article a = parse("<html><head><title>Lakeside Courier</title></head><body>"
                + "<div class=\"story\"><h3>January 18, 2008</h3>"
                + "<h3>Share this story:</h3>" + PARA + PARA + PARA + "</div></body></html>");
        assertThat(a.title()).isNotEqualTo(java.util.Optional.of("January 18, 2008"))
                .isNotEqualTo(java.util.Optional.of("Share this story:"));
    }

    @Test
    void aLastResortTitleLosesAShortLastSegment() {
        // nothing on the page shows the title, no metadata names the site: "| homeplan" is taken for it
        Article a = parse("<html lang=\"de\"><head><title>Wie man eine runde Tischdecke in nur sieben Schritten näht "
                + "| homeplan</title></head><body>" + PARA_DE + PARA_DE + "</body></html>");
        assertThat(a.title()).contains("Wie man eine runde Tischdecke in nur sieben Schritten näht");
        // a title of two halves keeps both
        Article b = parse("<html><head><title>Budget vote - What the council decided</title></head><body>"
                + PARA + PARA + "</body></html>");
        assertThat(b.title()).contains("Budget vote - What the council decided");
    }

    @Test
    void aKickerSetInTheHeadingIsNoPartOfTheHeadline() {
        // the h1 holds a kicker in a span of its own; og:title (less its site segment) the headline
        Article a = parse("<html lang=\"de\"><head><title>Gemeinderat beschließt neuen Hafenhaushalt - Seebote</title>"
                + "<meta property=\"og:site_name\" content=\"Seebote\"></head><body><article><h1>"
                + "<span class=\"topline\">Nach langer Debatte</span> Gemeinderat beschließt neuen Hafenhaushalt</h1>"
                + PARA_DE + PARA_DE + "</article></body></html>");
        assertThat(a.title()).contains("Gemeinderat beschließt neuen Hafenhaushalt");
        Article b = parse("<html lang=\"es\"><head><meta property=\"og:title\" content=\"El ayuntamiento aprueba "
                + "el presupuesto del puerto\"></head><body><h1><time>12 ene</time> El ayuntamiento aprueba el "
                + "presupuesto del puerto</h1><p>El pleno municipal debatió el martes por la tarde el nuevo presupuesto, "
                + "que incluye fondos para escuelas, calles y la biblioteca, y lo aprobó tras un largo debate.</p>"
                + "</body></html>");
        assertThat(b.title()).contains("El ayuntamiento aprueba el presupuesto del puerto");
    }

    @Test
    void aDeckSetInTheHeadingIsNoPartOfTheHeadline() {
        Article a = parse("<html><head><meta property=\"og:title\" content=\"Ferry service resumes after the storm\">"
                + "</head><body><h1><span>Ferry service resumes after the storm</span> <small>Crossings to the "
                + "island run every hour again</small></h1>" + PARA + PARA + "</body></html>");
        assertThat(a.title()).contains("Ferry service resumes after the storm");
    }

    @Test
    void wordsThatContinueTheHeadlineInItsOwnTextStay() {
        // og:title is a shorter form of the headline, not its kicker-free part: the shown headline wins
        Article a = parse("<html lang=\"fr\"><head><meta property=\"og:title\" content=\"Le conseil adopte le "
                + "budget du port\"></head><body><h1>Le conseil adopte le budget du port : un vote serré</h1>"
                + "<p>Le conseil municipal a débattu mardi soir du nouveau budget, qui prévoit des fonds pour les "
                + "écoles, les routes et la bibliothèque, et l'a adopté après un long débat.</p></body></html>");
        assertThat(a.title()).contains("Le conseil adopte le budget du port : un vote serré");
    }

    @Test
    void aShortTitleOnlyTheFurnitureShowsGivesWayToTheHeadline() {
        // the <title> is the paper's name, shown in the masthead; the article's h1 is the headline
        Article a = parse("<html><head><title>Lakeside Courier</title></head><body><div class=\"masthead\">"
                + "<p>Lakeside Courier</p></div><div class=\"story\"><h1 class=\"headline\">Ferry service resumes "
                + "after the storm</h1>" + PARA + PARA + "</div></body></html>");
        assertThat(a.title()).contains("Ferry service resumes after the storm");
        Article b = parse("<html lang=\"pl\"><head><title>Kurier Nadjeziorny</title></head><body><div class=\"top\">"
                + "<p>Kurier Nadjeziorny</p></div><table><tr><td><p><span class=\"article_headline\">Prom znowu pływa "
                + "po burzy</span></p><p>Rada miejska we wtorek wieczorem omówiła nowy budżet, który obejmuje środki na "
                + "szkoły, drogi i bibliotekę, i po długiej debacie go przyjęła.</p><p>Rada miejska we wtorek "
                + "wieczorem omówiła nowy budżet, który obejmuje środki na szkoły, drogi i bibliotekę.</p>"
                + "</td></tr></table></body></html>");
        assertThat(b.title()).contains("Prom znowu pływa po burzy");
    }

    @Test
    void aShortSectionNameSetAsH1GivesWayToTheHeadlineTheTitleAlsoHolds() {
        // the <title> names the site, the headline and the section; the section is the h1 of the
        // page's template, the headline an h2 above the story
        String[][] pages = {
            {"Lakeside Courier - Ferry service resumes after the storm - All The News", "All The News",
                "Ferry service resumes after the storm", PARA},
            {"Seebote | Gemeinderat beschließt neuen Hafenhaushalt | Lokales", "Lokales",
                "Gemeinderat beschließt neuen Hafenhaushalt", PARA_DE},
            {"Courrier: Blog portuaire : Le conseil adopte le budget du port", "Courrier: Blog portuaire",
                "Le conseil adopte le budget du port", PARA},
        };
        for (String[] p : pages) {
            Article a = parse("<html><head><title>" + p[0] + "</title></head><body><h1><a href=\"/\">" + p[1]
                    + "</a></h1><div class=\"story\"><h2>" + p[2] + "</h2>" + p[3] + p[3] + "</div></body></html>");
            assertThat(a.title()).as(p[0]).contains(p[2]);
        }
        // a short h1 that is the title's only part beside the site's name stays
        Article b = parse("<html><head><title>Lakeside Courier - Weather</title></head><body>"
                + "<h1>Weather</h1><h2>Rain and wind until the weekend</h2>" + PARA + PARA + "</body></html>");
        assertThat(b.title()).contains("Weather");
    }

    @Test
    void theTitleShareLinksCarryIsTheHeadlineWhereThePageShowsIt() {
        // the <title> names only the site; the headline is a plain bold cell that the share links name
        String[][] pages = {
            {"Ferry service resumes after the storm", PARA},
            {"Gemeinderat beschließt neuen Hafenhaushalt", PARA_DE},
        };
        for (String[] p : pages) {
            String q = java.net.URLEncoder.encode(p[0], java.nio.charset.StandardCharsets.UTF_8);
            Article a = parse("<html><head><title>Lakeside Courier Online</title></head><body><table><tr><td>"
                    + "<p class=\"caption\">The harbour on Monday, before the ferry left.</p>"
                    + "<p><b>" + p[0] + "</b></p>" + p[1] + p[1]
                    + "<p><a href=\"http://bookmarks.example/post?url=http%3A%2F%2Fcourier.example%2F1&amp;title=" + q
                    + "\">Bookmark</a> <a href=\"https://social.example/sharer.php?u=http%3A%2F%2Fcourier.example%2F1&t="
                    + q + "\">Share</a></p></td></tr></table></body></html>");
            assertThat(a.title()).as(p[0]).contains(p[0]);
        }
    }

    @Test
    void aShareLinkNeedsAnAddressAndATitleOfTwoWords() {
        assertThat(ShareTitle.titleOf("http://bookmarks.example/post?url=x&title=Ferry+service+resumes"))
                .isEqualTo("Ferry service resumes");
        assertThat(ShareTitle.titleOf("https://social.example/intent?text=Gemeinderat%20tagt&u=x")).isEqualTo("Gemeinderat tagt");
        assertThat(ShareTitle.titleOf("/wiki/index.php?title=Main_Page&action=edit")).isNull(); // no address
        assertThat(ShareTitle.titleOf("http://bookmarks.example/post?url=x&title=Ferry")).isNull(); // one word
        assertThat(ShareTitle.titleOf("http://bookmarks.example/post?url=x&title=%E0%A4%A")).isNull(); // malformed
    }

    @Test
    void aDateSegmentOfTheTitleIsNoPartOfTheHeadline() {
        assertThat(TitleChooser.holdsDateSegment("Ferry service resumes | January 15, 2008 | Courier")).isTrue();
        assertThat(TitleChooser.holdsDateSegment("23.01.2022 - Wierer darf beim Abschluss jubeln")).isTrue();
        assertThat(TitleChooser.holdsDateSegment("15 de enero de 2008 - El consejo aprueba el presupuesto")).isTrue();
        assertThat(TitleChooser.holdsDateSegment("Budget 2008 - What the council decided")).isFalse();
        assertThat(TitleChooser.holdsDateSegment("Ferry service resumes after 3 days")).isFalse(); // no segments
        Article a = parse("<html lang=\"de\"><head><title>23.01.2022 - Gemeinderat beschließt neuen Hafenhaushalt"
                + "</title></head><body><div class=\"story\"><p>Gemeinderat beschließt neuen Hafenhaushalt</p>"
                + PARA_DE + PARA_DE + "</div></body></html>");
        assertThat(a.title()).contains("Gemeinderat beschließt neuen Hafenhaushalt");
    }

    @Test
    void aHeadingThatNamesTheSectionIsNoHeadline() {
        // the template's h1 is the section's name (its id says so), the story's headline an h2
        String[][] pages = {
            {"Courier - Local Sports Wire", "Local Sports Wire", "Harbour rowers win the regional final", PARA},
            {"Seebote - Sport", "Sport", "Ruderer des Hafens gewinnen das Regionalfinale", PARA_DE},
        };
        for (String[] p : pages) {
            Article a = parse("<html><head><title>" + p[0] + "</title></head><body><h1 id=\"main_SectionName\">" + p[1]
                    + "</h1><h2>" + p[2] + "</h2>" + p[3] + p[3] + "</body></html>");
            assertThat(a.title()).as(p[0]).contains(p[2]);
        }
    }

    @Test
    void aHeadlineClassedSpanBesideALineBreakIsHeadingLike() {
        // an old table layout: the <title> names only the site; the headline is a span with a <br> after it
        String[][] pages = {
            {"Ferry service resumes after the storm", PARA},
            {"Prom znowu pływa po burzy", "<p>Rada miejska we wtorek wieczorem omówiła nowy budżet, który obejmuje "
                + "środki na szkoły, drogi i bibliotekę, i po długiej debacie go przyjęła.</p>"},
        };
        for (String[] p : pages) {
            Article a = parse("<html><head><title>Lakeside Courier</title></head><body><table><tr><td>"
                    + "<ul><li><a href=\"/a\">Most read</a></li></ul></td><td><p><span class=\"article_headline\">" + p[0]
                    + "</span><br></p>" + p[1] + p[1] + p[1] + "</td></tr></table></body></html>");
            assertThat(a.title()).as(p[0]).contains(p[0]);
        }
    }

    @Test
    void aShortHeadlineShownAsH1Stays() {
        Article a = parse("<html lang=\"de\"><head><title>Nachhaltig leben</title></head><body><h2>Unsere Themen</h2>"
                + "<h1>Nachhaltig leben</h1>" + PARA_DE + PARA_DE + "</body></html>");
        assertThat(a.title()).contains("Nachhaltig leben");
    }

    @Test
    void anH1ForScreenReadersOnlyIsNotTheHeadlineReadersSee() {
        // the spoken h1 repeats the page title, site and all; the headline shown is another element
        String[][] pages = {
            {"Haushalt beschlossen", "Rathaus Kurier", PARA_DE},
            {"Council approves the budget", "Lakeside Courier", PARA},
            {"El consejo aprueba el presupuesto", "Diario del Lago", PARA},
            {"Le conseil adopte le budget", "Courrier du Lac", PARA},
            {"Rada przyjęła budżet miasta", "Kurier Jeziorny", PARA},
            {"Câmara aprova o orçamento", "Correio do Lago", PARA},
        };
        for (String cls : new String[] {"visuallyhidden", "sr-only", "visually-hidden"}) {
            for (String[] p : pages) {
                String full = p[0] + " | " + p[1];
                Article a = parse("<html><head><title>" + full + "</title><meta property=\"og:title\" content=\""
                        + p[0] + "\"></head><body><h1 class=\"" + cls + "\">" + full + "</h1><div class=\"story\">"
                        + "<h2 class=\"title\">" + p[0] + "</h2>" + p[2] + p[2] + "</div></body></html>");
                assertThat(a.title()).as(cls + " " + full).contains(p[0]);
            }
        }
    }

    @Test
    void onlyScreenReaderClassesAndHiddenElementsAreUnseen() {
        assertThat(TitleChooser.unseen(new BlockCollectorProbe().first("<div class=\"sr-only\"><p>Skip</p></div>")))
                .isTrue();
        assertThat(TitleChooser.unseen(new BlockCollectorProbe().first("<p hidden>Skip</p>"))).isTrue();
        assertThat(TitleChooser.unseen(new BlockCollectorProbe().first("<div class=\"summary\"><p>Skip</p></div>")))
                .isFalse();
        assertThat(TitleChooser.unseen(new BlockCollectorProbe().first("<div class=\"popup\"><p>Skip</p></div>")))
                .isFalse(); // dropped as furniture, but in sight
    }

    /** The first block of a body, as the walk collects it. */
    private static final class BlockCollectorProbe {
        BlockCollector.Raw first(String body) {
            org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse("<html><body>" + body + "</body></html>");
            return BlockCollector.collect(doc.body()).blocks.get(0);
        }
    }
}
