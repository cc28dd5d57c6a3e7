package io.github.tidings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tidings.model.Article;
import io.github.tidings.model.Block;
import io.github.tidings.model.BlockType;
import io.github.tidings.model.Provenance;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The structure and metadata issue #17 asks for, on pages written for these tests in several languages. */
class StructureTest {
    private static final ArticleParser PARSER = ArticleParser.defaults();

    private static final String GERMAN = """
            <html lang="de"><head><title>Stadtrat beschließt Haushalt</title>
            <meta property="og:image" content="/img/rat.jpg">
            <meta name="description" content="Der Stadtrat hat den Haushalt beschlossen.">
            <meta property="article:modified_time" content="2027-01-12T09:30:00+01:00">
            <meta property="article:tag" content="Haushalt"><meta property="article:tag" content="Stadtrat">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Stadtrat beschließt Haushalt",
             "datePublished":"2027-01-11T18:00:00+01:00","publisher":{"@type":"Organization","name":"Musterverlag GmbH"},
             "isAccessibleForFree":false,"description":"Mehrheit für den Etat 2027."}</script>
            </head><body><article><h1>Stadtrat beschließt Haushalt</h1>
            <p>Der Stadtrat hat am Montag den <a href="/haushalt">Haushalt für 2027</a> mit großer Mehrheit beschlossen,
            wie die <a href="https://example.org/x">Verwaltung</a> mitteilte. <a href="javascript:void(0)">Teilen</a></p>
            <figure><img src="/img/rat.jpg" alt="Sitzungssaal"><figcaption>Der Sitzungssaal am Montag.
            <span class="credit">Foto: Anna Berg</span></figcaption></figure>
            <p>Nach einer langen Debatte, in der fast alle Fraktionen ihre Positionen noch einmal ausführlich darlegten,
            fiel die Entscheidung am späten Abend. Die Bürgermeisterin sprach von einem guten Tag für die Stadt.</p>
            <p>Der Kämmerer erinnerte daran, dass die Einnahmen aus der Gewerbesteuer im vergangenen Jahr deutlich
            gestiegen seien und die Stadt deshalb mehr investieren könne als in den Jahren zuvor geplant.</p>
            <h2>Die wichtigsten Posten</h2>
            <ul><li>Schulen: 12 Millionen Euro für neue Gebäude und Ausstattung</li><li>Straßen: 8 Millionen Euro
            <ol><li>Brücke am Fluss</li><li>Ortsumgehung Nord</li></ol></li></ul>
            <table><thead><tr><th>Bereich</th><th>2026</th><th>2027</th></tr></thead>
            <tbody><tr><td>Schulen</td><td>10</td><td>12</td></tr><tr><td>Straßen</td><td>7</td><td>8</td></tr></tbody></table>
            <p>Die Opposition stimmte gegen den Entwurf und kritisierte die hohe Neuverschuldung der Stadt scharf.
            Sie kündigte an, weiter Widerstand zu leisten.</p>
            <pre><code>summe = 12 + 8</code></pre>
            </article></body></html>""";

    private static Article german() {
        return PARSER.parseHtml(GERMAN, "https://news.example.de/politik/haushalt");
    }

    private static Block first(Article a, BlockType type) {
        return a.blocks().stream().filter(b -> b.type() == type).findFirst().orElseThrow();
    }

    @Test
    void headingsHaveTheirLevel() {
        assertThat(first(german(), BlockType.HEADING).level()).hasValue(2);
    }

    @Test
    void listItemsHaveTheirDepthAndNumbering() {
        List<Block> items = german().blocks().stream().filter(b -> b.type() == BlockType.LIST_ITEM).toList();
        assertThat(items).extracting(Block::listDepth).containsExactly(1, 1, 2, 2);
        assertThat(items).extracting(Block::ordered).containsExactly(false, false, true, true);
        assertThat(items.get(2).text()).isEqualTo("Brücke am Fluss");
    }

    @Test
    void linksAreAbsoluteSpansOfTheText() {
        Block p = first(german(), BlockType.PARAGRAPH);
        assertThat(p.links()).hasSize(2); // the javascript: link is no link
        Block.Link l = p.links().get(0);
        assertThat(p.text().substring(l.start(), l.end())).isEqualTo("Haushalt für 2027");
        assertThat(l.url()).isEqualTo("https://news.example.de/haushalt");
    }

    @Test
    void tablesAreRowsOfCellsWithTheirHeaderRow() {
        Block t = first(german(), BlockType.TABLE);
        Block.Table table = t.table().orElseThrow();
        assertThat(table.headerRow()).isTrue();
        assertThat(table.rows()).hasSize(3);
        assertThat(table.rows().get(1)).extracting(Block::text).containsExactly("Schulen", "10", "12");
        assertThat(t.text()).isEqualTo("Bereich\t2026\t2027\nSchulen\t10\t12\nStraßen\t7\t8");
    }

    @Test
    void aTablesFootGoesUnderItsBodyAndACellACleanerTookLeavesItsColumnEmpty() {
        String prose = "<p>Reprezentacja rozegrała w sobotę mecz towarzyski z drużyną gości i wygrała po dobrej grze "
                + "w drugiej połowie, jak podał trener po spotkaniu.</p>";
        String html = "<html lang=pl><head><title>Statystyki meczu</title></head><body><article><h1>Statystyki meczu</h1>"
                + prose + "<table><thead><tr><th>Poz.</th><th>Zawodnik</th><th>Minuty</th></tr></thead>"
                // the markup may give the foot before the body: a long table's header again, and its totals
                + "<tfoot><tr><th>Poz.</th><th>Zawodnik</th><th>Minuty</th></tr><tr><td>Razem</td><td>dwóch</td><td>180</td></tr></tfoot>"
                + "<tbody><tr><td>OBR</td><td>Jan Nowak</td><td>90</td></tr><tr><td>OBR</td><td>Piotr Wiśniewski</td><td>90</td></tr>"
                + "</tbody></table>" + prose.replace("sobotę", "niedzielę") + "</article></body></html>";
        ArticleParser parser = ArticleParser.builder().noContentFinder()
                .addCleaner(io.github.tidings.clean.Cleaners.named("position-label", page -> page.kept().stream()
                        .filter(b -> b.text().equals("OBR")).toList().forEach(b -> page.remove(b, "a repeated label"))))
                .build();
        Block.Table table = first(parser.parseHtml(html, "https://sport.example.pl/mecz"), BlockType.TABLE).table().orElseThrow();
        assertThat(table.headerRow()).isTrue();
        assertThat(table.rows()).map(row -> row.stream().map(Block::text).toList()).containsExactly(
                List.of("Poz.", "Zawodnik", "Minuty"),
                List.of("", "Jan Nowak", "90"),
                List.of("", "Piotr Wiśniewski", "90"),
                List.of("Razem", "dwóch", "180"));
    }

    @Test
    void aLayoutTableStaysParagraphs() {
        String para = "La municipalidad aprobó el presupuesto del año próximo después de un largo debate, con votos "
                + "de casi todos los concejales presentes en la sesión de la noche.";
        Article a = PARSER.parseHtml("<html><body><table><tr><td><h1>Presupuesto aprobado</h1><p>" + para + "</p><p>"
                + para + "</p></td><td><p>" + para + "</p></td></tr></table></body></html>", "https://example.com/a");
        assertThat(a.blocks()).extracting(Block::type).doesNotContain(BlockType.TABLE);
    }

    @Test
    void figuresHaveResolvedUrlAltCaptionAndCredit() {
        Article a = german();
        Block.Figure f = first(a, BlockType.FIGURE).figure().orElseThrow();
        assertThat(f.url()).isEqualTo("https://news.example.de/img/rat.jpg");
        assertThat(f.alt()).isEqualTo("Sitzungssaal");
        assertThat(f.caption()).isEqualTo("Der Sitzungssaal am Montag.");
        assertThat(f.credit()).isEqualTo("Foto: Anna Berg");
        assertThat(a.text()).doesNotContain("Sitzungssaal"); // captions are not body text unless kept
    }

    @Test
    void preformattedTextIsKept() {
        assertThat(first(german(), BlockType.PREFORMATTED).text()).isEqualTo("summe = 12 + 8");
    }

    @Test
    void moreMetadataWithProvenance() {
        Article a = german();
        assertThat(a.description()).hasValue("Mehrheit für den Etat 2027.");
        assertThat(a.published().orElseThrow().toString()).startsWith("2027-01-11");
        assertThat(a.modified().orElseThrow().toString()).startsWith("2027-01-12");
        assertThat(a.tags()).containsExactly("Haushalt", "Stadtrat");
        assertThat(a.leadImage()).hasValue("https://news.example.de/img/rat.jpg");
        assertThat(a.publisher()).hasValue("Musterverlag GmbH");
        assertThat(a.declaredLanguage()).hasValue("de");
        assertThat(a.accessibleForFree()).hasValue(false);
        Provenance d = a.provenance("description").orElseThrow();
        assertThat(d.source()).isEqualTo("json-ld:description");
        assertThat(d.rejected()).extracting(Provenance.Candidate::source).containsExactly("meta:description");
        assertThat(a.provenance("published").orElseThrow().source()).isEqualTo("json-ld:datePublished");
        assertThat(a.provenance("modified").orElseThrow().source()).isEqualTo("meta:article:modified_time");
        assertThat(a.provenance("leadImage").orElseThrow().source()).isEqualTo("meta:og:image");
    }

    @Test
    void aModifiedDateIsNeverTakenForThePublishedOne() {
        Article a = PARSER.parseHtml("<html><head><meta property=\"article:modified_time\" content=\"2026-05-02\">"
                + "</head><body><p>Une phrase assez longue pour être un article, avec des mots et encore des mots "
                + "pour que le lecteur la garde.</p></body></html>", "https://example.fr/a");
        assertThat(a.published()).isEmpty();
        assertThat(a.modified().orElseThrow().toString()).isEqualTo("2026-05-02");
    }

    @Test
    void textProvenanceNamesTheLine() {
        Article a = PARSER.parse("""
                Ufa ya kura wazi kwa wananchi
                Na Amina Juma
                Mwandishi wetu anaripoti kwamba wananchi wengi walijitokeza kupiga kura mapema asubuhi katika vituo vyote.
                Matokeo yanatarajiwa kutangazwa kesho jioni baada ya kuhesabu kura zote kwa uangalifu mkubwa sana.
                """);
        a.provenance("authors").ifPresent(p -> assertThat(p.source()).startsWith("text:byline line "));
        assertThat(a.provenance()).extracting(Provenance::field).contains("title");
    }

    @Test
    void markdownAndHtmlOutput() {
        Article a = german();
        String md = a.toMarkdown();
        assertThat(md).startsWith("---\ntitle: \"Stadtrat beschließt Haushalt\"\n")
                .contains("\n---\n\n# Stadtrat beschließt Haushalt\n\n")
                .contains("[Haushalt für 2027](https://news.example.de/haushalt)")
                .contains("## Die wichtigsten Posten")
                .contains("-  Straßen: 8 Millionen Euro\n   1. Brücke am Fluss")
                .contains("| Bereich | 2026 | 2027 |\n| --- | --- | --- |\n| Schulen | 10 | 12 |")
                .contains("![Sitzungssaal](https://news.example.de/img/rat.jpg \"Der Sitzungssaal am Montag. (Foto: Anna Berg)\")")
                .contains("```\nsumme = 12 + 8\n```");
        String html = a.toHtml();
        assertThat(html).contains("<a href=\"https://news.example.de/haushalt\">Haushalt für 2027</a>")
                .contains("<li>Straßen: 8 Millionen Euro<ol>\n<li>Brücke am Fluss</li>")
                .contains("<thead><tr><th>Bereich</th>").doesNotContain("javascript");
    }

    @Test
    void aKeptCaptionIsNotRepeatedOnItsFigure() {
        ArticleParser keeping = ArticleParser.builder().keepCaptions(true).build();
        Article kept = keeping.parseHtml(GERMAN.replace("Der Sitzungssaal am Montag.\n<span class=\"credit\">Foto: Anna Berg</span>",
                "Die Abgeordneten im vollen Sitzungssaal kurz vor der Abstimmung über den Haushalt am Montag."),
                "https://news.example.de/politik/haushalt");
        Block.Figure f = first(kept, BlockType.FIGURE).figure().orElseThrow();
        assertThat(f.url()).isEqualTo("https://news.example.de/img/rat.jpg");
        assertThat(f.caption()).isEmpty();
        assertThat(kept.text()).contains("Die Abgeordneten im vollen Sitzungssaal");
        assertThat(kept.toMarkdown().split("im vollen Sitzungssaal", -1)).hasSize(2);
        assertThat(kept.toHtml().split("im vollen Sitzungssaal", -1)).hasSize(2);
        // without keepCaptions the figure holds them, and the body does not
        assertThat(first(german(), BlockType.FIGURE).figure().orElseThrow().caption()).isEqualTo("Der Sitzungssaal am Montag.");
        // a short kept caption with its credit stays in the body (its credit is no byline), once
        Article credited = keeping.parseHtml(GERMAN, "https://news.example.de/politik/haushalt");
        assertThat(credited.text()).contains("Der Sitzungssaal am Montag.").contains("Foto: Anna Berg");
        assertThat(credited.toMarkdown().split("Foto: Anna Berg", -1)).hasSize(2);
        assertThat(first(credited, BlockType.FIGURE).figure().orElseThrow().credit()).isEmpty();
    }

    @Test
    void outputIsSafe() {
        Article a = Article.builder().title("<script>alert(1)</script>")
                .addBlock(Block.paragraph("<img src=x onerror=alert(1)> *not emphasis* # no heading"))
                .addBlock(Block.paragraph("# not a heading either")).build();
        assertThat(a.toHtml()).doesNotContain("<script").doesNotContain("<img");
        assertThat(a.toMarkdown()).contains("\\# not a heading either").contains("\\*not emphasis\\*");
        assertThatThrownBy(() -> Block.Link.of(0, 1, "javascript:alert(1)")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Block.builder(BlockType.PARAGRAPH, "x").level(2).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Block.builder(BlockType.PARAGRAPH, "ab").addLink(Block.Link.of(1, 3, "https://a.b/"))
                .build()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void markdownRoundTripKeepsTheBodyText() {
        Article a = german();
        // The text content finder judges a Markdown dump as a whole page; the round trip is the writer's and reader's.
        Article back = ArticleParser.builder().noContentFinder().build()
                .parseMarkdown(a.toMarkdown(), io.github.tidings.model.Hints.none());
        assertThat(words(back.text())).isEqualTo(words(a.text()));
        Block item = back.blocks().stream().filter(b -> b.text().equals("Brücke am Fluss")).findFirst().orElseThrow();
        assertThat(item.ordered()).isTrue();
        assertThat(item.listDepth()).isEqualTo(2); // the indentation that states it is kept for the reader
        Block.Figure f = first(back, BlockType.FIGURE).figure().orElseThrow();
        assertThat(f.url()).isEqualTo("https://news.example.de/img/rat.jpg");
        assertThat(f.alt()).isEqualTo("Sitzungssaal");
        assertThat(f.caption()).isEqualTo("Der Sitzungssaal am Montag.");
        assertThat(f.credit()).isEqualTo("Foto: Anna Berg"); // the credit stays the credit
        assertThat(back.blocks().stream().filter(b -> b.type() == BlockType.HEADING).findFirst().orElseThrow().level())
                .hasValue(2);
        assertThat(back.blocks().get(0).links()).extracting(Block.Link::url)
                .containsExactly("https://news.example.de/haushalt", "https://example.org/x");
    }

    private static List<String> words(String s) {
        return List.of(s.split("[\\s|]+"));
    }

    @Test
    void plainTextKeepsItsListsAndItsText() {
        Article a = PARSER.parse("""
                Hatua tatu za kupanda mti

                Wakulima wengi wanasema kwamba kupanda mti ni rahisi ikiwa unafuata hatua chache zilizo wazi na rahisi.

                1. Chimba shimo lenye kina cha kutosha kwa mizizi ya mti.

                2. Weka mbolea na udongo mzuri ndani ya shimo hilo.

                3. Mwagilia maji kila siku kwa wiki mbili za kwanza.

                Baada ya hapo, mti utaanza kukua vizuri na kutoa kivuli kwa familia nzima kwa miaka mingi ijayo.
                """);
        List<Block> items = a.blocks().stream().filter(b -> b.type() == BlockType.LIST_ITEM).toList();
        assertThat(items).extracting(Block::text).containsExactly(
                "1. Chimba shimo lenye kina cha kutosha kwa mizizi ya mti.",
                "2. Weka mbolea na udongo mzuri ndani ya shimo hilo.",
                "3. Mwagilia maji kila siku kwa wiki mbili za kwanza.");
        assertThat(items).allSatisfy(b -> {
            assertThat(b.ordered()).isTrue();
            assertThat(b.listDepth()).isEqualTo(1);
        });
    }

    @Test
    void aLoneNumberedLineStaysAParagraph() {
        Article a = PARSER.parse("Le conseil a voté le budget hier soir après un long débat entre les élus de la ville.\n\n"
                + "2027. Une année qui sera celle des grands travaux pour la ville, selon le maire et ses adjoints.\n");
        assertThat(a.blocks()).extracting(Block::type).doesNotContain(BlockType.LIST_ITEM);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "en|League results after the eighth round|The eighth round of the county league ended on Sunday with two surprises, as the leaders dropped points at home.|Round|Match|Score|Rovers v United|City v Athletic",
        "es|Resultados de la octava jornada|La octava jornada de la liga provincial terminó el domingo con dos sorpresas, pues el líder perdió puntos en casa.|Jornada|Partido|Resultado|Rovers contra Unión|Ciudad contra Atlético"})
    void aDataTableKeepsItsLinkOnlyCells(String lang, String headline, String prose, String h1, String h2, String h3,
            String match1, String match2) {
        Article a = PARSER.parseHtml("<html lang=\"" + lang + "\"><body><article><h1>" + headline + "</h1><p>" + prose
                + "</p><table><thead><tr><th>" + h1 + "</th><th>" + h2 + "</th><th>" + h3 + "</th></tr></thead><tbody>"
                + "<tr><td>8</td><td><a href=\"/reports/one\">" + match1 + "</a></td><td>2-1</td></tr>"
                + "<tr><td>8</td><td><a href=\"/reports/two\">" + match2 + "</a></td><td>0-0</td></tr>"
                + "</tbody></table><p>" + prose + "</p></article></body></html>", "https://example.com/a");
        Block.Table t = first(a, BlockType.TABLE).table().orElseThrow();
        assertThat(t.rows()).hasSize(3);
        assertThat(t.rows().get(1)).extracting(Block::text).containsExactly("8", match1, "2-1");
        assertThat(t.rows().get(2)).extracting(Block::text).containsExactly("8", match2, "0-0");
        assertThat(t.rows().get(1).get(1).links())
                .containsExactly(Block.Link.of(0, match1.length(), "https://example.com/reports/one"));
        assertThat(a.removed()).extracting(io.github.tidings.model.Removal::text).doesNotContain(match1, match2);
    }

    @Test
    void markdownTablesHeadingsAndLinks() {
        Article a = ArticleParser.builder().noContentFinder().build().parseMarkdown("""
                Utangulizi wa makala hii ni mrefu wa kutosha kuwekwa na msomaji wa habari hizi.

                ### Miji mikuu

                | Nchi | Mji mkuu |
                | --- | --- |
                | Kenya | [Nairobi](https://example.org/nbo) |
                | Peru | Lima \\| Callao |
                """, io.github.tidings.model.Hints.none());
        assertThat(first(a, BlockType.HEADING).level()).hasValue(3);
        Block.Table t = first(a, BlockType.TABLE).table().orElseThrow();
        assertThat(t.headerRow()).isTrue();
        assertThat(t.rows()).hasSize(3);
        assertThat(t.rows().get(1).get(1).links()).containsExactly(Block.Link.of(0, 7, "https://example.org/nbo"));
        assertThat(t.rows().get(2).get(1).text()).isEqualTo("Lima | Callao");
    }

    @Test
    void paywallMarkupSaysTheArticleIsNotFree() {
        Article a = PARSER.parseHtml("<html><body><article><h1>Rahmenvertrag unterzeichnet</h1><p>Die beiden Unternehmen "
                + "haben am Dienstag einen Rahmenvertrag unterzeichnet, der eine engere Zusammenarbeit vorsieht.</p>"
                + "<div class=\"article-paywall\"><p>Lesen Sie weiter mit einem Abonnement.</p></div></article>"
                + "</body></html>", "https://zeitung.example.de/a");
        assertThat(a.accessibleForFree()).hasValue(false);
        assertThat(a.provenance("accessibleForFree").orElseThrow().source()).isEqualTo("html:class paywall");
    }

    @Test
    void htmlProvenanceNamesItsSource() {
        Provenance title = german().provenance("title").orElseThrow();
        assertThat(title.source()).isIn("json-ld:headline", "html:h1", "html:block 1 (title)");
        assertThat(german().provenance("language").orElseThrow().source()).isEqualTo("html:<html lang>");
    }

    @Test
    void aLinkIsFoundWhereItsAnchorStandsAndDotSegmentsAboveTheRootAreDropped() {
        Article a = PARSER.parseHtml("<html><body><article><h1>Studie zu Essgewohnheiten</h1><p>Eine weitere Studie mit 103 "
                + "Frauen fand ein höheres Risiko (<a href=\"https://example.org/s3\">3</a>) bei strengen Diäten, wie die "
                + "Forscher schreiben.</p><p>Die Ergebnisse wurden in einer Fachzeitschrift veröffentlicht und von anderen "
                + "Gruppen bestätigt.</p><img src=\"../bild.jpg\" alt=\"Teller\"><p>Ein dritter Absatz, der lang genug ist, "
                + "um als Teil des Artikels zu gelten, schließt den Text ab.</p></article></body></html>",
                "https://news.example.de/gesundheit/studie");
        Block p = first(a, BlockType.PARAGRAPH);
        Block.Link l = p.links().get(0);
        assertThat(p.text().substring(l.start() - 1, l.end() + 1)).isEqualTo("(3)");
        assertThat(Block.Figure.class.cast(first(a, BlockType.FIGURE).figure().orElseThrow()).url())
                .isEqualTo("https://news.example.de/bild.jpg");
    }
}
