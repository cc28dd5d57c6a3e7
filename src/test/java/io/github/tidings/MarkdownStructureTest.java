package io.github.tidings;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tidings.model.Article;
import io.github.tidings.model.Block;
import io.github.tidings.model.BlockType;
import io.github.tidings.model.Hints;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Markdown input's nested lists and images (issue #17), on pages written for these tests. */
class MarkdownStructureTest {
    /** The round trip is the writer's and the reader's: no content finder judging a page as a whole dump. */
    private static final ArticleParser PARSER = ArticleParser.builder().noContentFinder().build();

    private static List<Block> items(Article a) {
        return a.blocks().stream().filter(b -> b.type() == BlockType.LIST_ITEM).toList();
    }

    private static List<Block.Figure> figures(Article a) {
        return a.blocks().stream().flatMap(b -> b.figure().stream()).toList();
    }

    @Test
    void nestedListsTakeTheirDepthFromTheIndentation() {
        Article a = PARSER.parseMarkdown("""
                # Le budget de la ville

                Le conseil municipal a présenté hier soir les grandes lignes du budget pour l'année prochaine.

                - Écoles
                  - rénovation des toits
                  - nouvelles cantines
                    1. quartier nord
                    2. quartier sud
                - Transports
                \t* pistes cyclables

                Le vote aura lieu le mois prochain, après une consultation des habitants de chaque quartier.
                """, Hints.none());
        List<Block> items = items(a);
        assertThat(items).extracting(Block::text).containsExactly("Écoles", "rénovation des toits", "nouvelles cantines",
                "quartier nord", "quartier sud", "Transports", "pistes cyclables");
        assertThat(items).extracting(Block::listDepth).containsExactly(1, 2, 2, 3, 3, 1, 2);
        assertThat(items).extracting(Block::ordered).containsExactly(false, false, false, true, true, false, false);
    }

    @Test
    void dumpToolListStylesNest() {
        // html2text indents even a top-level list; turndown pads the marker; both nest by indentation
        Article a = PARSER.parseMarkdown("""
                # Die Pläne der Stadtwerke

                Die Stadtwerke haben am Dienstag ihre Pläne für die kommenden fünf Jahre vorgestellt.

                  * Wasser
                    * neue Leitungen im Osten
                  * Strom

                1.  Erster Schritt
                    *   Planung im Frühjahr
                2.  Zweiter Schritt
                """, Hints.none());
        assertThat(items(a)).extracting(Block::listDepth).containsExactly(1, 2, 1, 1, 2, 1);
        assertThat(items(a)).extracting(Block::text).containsExactly("Wasser", "neue Leitungen im Osten", "Strom",
                "Erster Schritt", "Planung im Frühjahr", "Zweiter Schritt");
        assertThat(items(a)).extracting(Block::ordered).containsExactly(false, false, false, true, false, true);
    }

    @Test
    void imagesAreFiguresResolvedAgainstThePageUrl() {
        Article a = PARSER.parseMarkdown("""
                # El puerto amplía sus muelles

                ![Grúas en el muelle](/fotos/gruas.jpg "Las nuevas grúas, el lunes")

                La autoridad portuaria presentó el lunes el proyecto de ampliación de los muelles del sur de la ciudad.

                [![Mapa del proyecto](https://cdn.example.es/mapa.png)](https://puerto.example.es/proyecto)

                Las obras empezarán en primavera y durarán dos años, según el director de la autoridad portuaria.

                ![](data:image/gif;base64,R0lGOD) ![Logo](javascript:alert(1))

                ![Vista aérea](vista.jpg){width=80%}
                """, Hints.ofUrl("https://puerto.example.es/noticias/muelles"));
        assertThat(figures(a)).containsExactly(
                Block.Figure.of("https://puerto.example.es/fotos/gruas.jpg", "Grúas en el muelle", "Las nuevas grúas, el lunes", ""),
                Block.Figure.of("https://cdn.example.es/mapa.png", "Mapa del proyecto", "", ""),
                // alone in its paragraph with pandoc's attributes: pandoc's figure, its bracketed text the caption
                Block.Figure.of("https://puerto.example.es/noticias/vista.jpg", "Vista aérea", "Vista aérea", ""));
        // each stands where it stood: before the paragraph that followed it, the last after the last block
        assertThat(a.title()).hasValue("El puerto amplía sus muelles");
        assertThat(a.blocks()).extracting(Block::type).containsExactly(BlockType.FIGURE,
                BlockType.PARAGRAPH, BlockType.FIGURE, BlockType.PARAGRAPH, BlockType.FIGURE);
        assertThat(a.text()).doesNotContain("Grúas").doesNotContain("width").doesNotContain("Mapa");
    }

    @Test
    void withoutAPageUrlOnlyAbsoluteImagesAreFigures() {
        Article a = PARSER.parseMarkdown("""
                # Nowy most na rzece

                Zdjęcie przedstawia nowy most na rzece, otwarty w sobotę po trzech latach budowy i remontów.

                ![Most](most.jpg) ![Most nocą](https://foto.example.pl/most-noca.jpg 'Most nocą, w sobotę')
                """, Hints.none());
        assertThat(figures(a)).containsExactly(
                Block.Figure.of("https://foto.example.pl/most-noca.jpg", "Most nocą", "Most nocą, w sobotę", ""));
    }

    @Test
    void toMarkdownOfNestedListsAndFiguresReadsBack() {
        Article a = Article.builder().title("Nowy most")
                .addBlock(Block.paragraph("Most otwarto w sobotę po trzech latach budowy, mówi burmistrz miasta."))
                .addBlock(Block.builder(BlockType.PARAGRAPH, "Zdjęcia z otwarcia mostu w sobotę, galeria na stronie miasta.")
                        .addLink(Block.Link.of(0, 7, "https://foto.example.pl/galeria_(sobota)")).build())
                .addBlock(Block.builder(BlockType.FIGURE, "").figure(Block.Figure.of("https://foto.example.pl/most_(noc).jpg",
                        "Most [nocą]", "Otwarcie (sobota) \"na żywo\"", "")).build())
                .addBlock(Block.builder(BlockType.LIST_ITEM, "Koszty").listItem(1, false).build())
                .addBlock(Block.builder(BlockType.LIST_ITEM, "budowa").listItem(2, true).build())
                .addBlock(Block.builder(BlockType.LIST_ITEM, "remont *starego* mostu").listItem(3, false).build())
                .addBlock(Block.builder(BlockType.LIST_ITEM, "projekt").listItem(2, true).build())
                .addBlock(Block.builder(BlockType.LIST_ITEM, "Terminy").listItem(1, false).build())
                .addBlock(Block.paragraph("Ruch na moście będzie ograniczony do końca miesiąca, dodał burmistrz."))
                .build();
        Article back = PARSER.parseMarkdown(a.toMarkdown(), Hints.none());
        assertThat(back.blocks()).isEqualTo(a.blocks());
    }

    @Test
    void referenceLinksAndImagesReadTheirDefinitions() {
        // html2text's and turndown's reference style: the definitions under the text, in any order
        Article a = PARSER.parseMarkdown("""
                # Le port agrandit ses quais

                ![Grues sur le quai][grues]

                Le port a présenté lundi son [projet d'extension][1] des quais du sud, selon le [directeur][].
                Les travaux suivent le [plan de la ville] adopté en mars par le conseil municipal de la ville.

                ![Vue aérienne] ![Logo][absent]

                  [1]: /projets/quais "Le projet"
                  [directeur]: https://port.example.fr/equipe/directeur
                [Plan de la ville]: <https://ville.example.fr/plan>
                [grues]: /photos/grues.jpg "Les nouvelles grues, lundi"
                [vue aérienne]: https://cdn.example.fr/vue.jpg
                """, Hints.ofUrl("https://port.example.fr/actualites/quais"));
        Block p = a.blocks().stream().filter(b -> b.type() == BlockType.PARAGRAPH).findFirst().orElseThrow();
        assertThat(p.text()).isEqualTo("Le port a présenté lundi son projet d'extension des quais du sud, selon le "
                + "directeur. Les travaux suivent le plan de la ville adopté en mars par le conseil municipal de la ville.");
        assertThat(p.links()).extracting(l -> p.text().substring(l.start(), l.end()), Block.Link::url).containsExactly(
                org.assertj.core.groups.Tuple.tuple("projet d'extension", "https://port.example.fr/projets/quais"),
                org.assertj.core.groups.Tuple.tuple("directeur", "https://port.example.fr/equipe/directeur"),
                org.assertj.core.groups.Tuple.tuple("plan de la ville", "https://ville.example.fr/plan"));
        assertThat(figures(a)).containsExactly(
                Block.Figure.of("https://port.example.fr/photos/grues.jpg", "Grues sur le quai", "Les nouvelles grues, lundi", ""),
                Block.Figure.of("https://cdn.example.fr/vue.jpg", "Vue aérienne", "", ""));
        // the definitions are no text, an undefined reference image leaves none either
        assertThat(a.text()).doesNotContain("[").doesNotContain("http").doesNotContain("Logo");
    }

    @Test
    void bracketsThatNoDefinitionNamesStayText() {
        Article a = PARSER.parseMarkdown("""
                # Wybory w mieście

                Wyniki [według komisji] ogłoszono w niedzielę wieczorem, a frekwencja wyniosła [1] ponad połowę.

                [2]: https://wybory.example.pl/wyniki
                """, Hints.none());
        assertThat(a.text()).contains("Wyniki [według komisji] ogłoszono", "wyniosła [1] ponad").doesNotContain("wybory.example");
        assertThat(a.blocks()).allMatch(b -> b.links().isEmpty());
    }

    @Test
    void pandocFiguresTakeTheirCaptionFromTheBracketedText() {
        Article a = PARSER.parseMarkdown("""
                # Die neue Brücke

                ![Die Brücke am Abend der Eröffnung](brücke.jpg){width=80%}

                Die Stadt hat am Samstag die neue Brücke über den Fluss eröffnet, nach drei Jahren Bauzeit.

                ![Der Bürgermeister beim Eröffnungsband](band.jpg "fig:")

                Hunderte Menschen kamen zur Eröffnung, die mit einem Fest am Ufer gefeiert wurde.

                ![Luftbild der Brücke](luft.jpg){#fig:luft fig-alt="Die Brücke von oben, mit dem Fluss"}

                Der Verkehr fließt ab Montag über die Brücke, zunächst nur in eine Richtung, sagte die Stadt.

                Im Text: ![Symbol](symbol.png){width=12px} ein kleines Symbol, und ein Bild ohne Zeichen:

                ![Das alte Ufer](ufer.jpg)
                """, Hints.ofUrl("https://stadt.example.de/nachrichten/bruecke"));
        assertThat(figures(a)).containsExactly(
                Block.Figure.of("https://stadt.example.de/nachrichten/br%C3%BCcke.jpg".replace("%C3%BC", "ü"),
                        "Die Brücke am Abend der Eröffnung", "Die Brücke am Abend der Eröffnung", ""),
                Block.Figure.of("https://stadt.example.de/nachrichten/band.jpg", "Der Bürgermeister beim Eröffnungsband",
                        "Der Bürgermeister beim Eröffnungsband", ""),
                Block.Figure.of("https://stadt.example.de/nachrichten/luft.jpg", "Die Brücke von oben, mit dem Fluss",
                        "Luftbild der Brücke", ""),
                // inline in a sentence: an image, not a figure with a caption
                Block.Figure.of("https://stadt.example.de/nachrichten/symbol.png", "Symbol", "", ""),
                // alone without pandoc's marks (turndown and html2text write every image so): the alt stays alt only
                Block.Figure.of("https://stadt.example.de/nachrichten/ufer.jpg", "Das alte Ufer", "", ""));
    }

    @Test
    void aFiguresCreditSurvivesTheRoundTrip() {
        Article a = Article.builder().title("Council passes the budget")
                .addBlock(Block.paragraph("The council passed next year's budget on Monday after a long debate."))
                .addBlock(Block.builder(BlockType.FIGURE, "").figure(Block.Figure.of("https://news.example.com/rat.jpg",
                        "Chamber", "The council chamber (left) on Monday.", "Photo: Anna Berg (Reuters)")).build())
                .addBlock(Block.paragraph("Spending on schools and roads was at the heart of the debate, she said."))
                .addBlock(Block.builder(BlockType.FIGURE, "").figure(Block.Figure.of("https://news.example.com/b.jpg",
                        "", "", "Foto: Jonas Keller")).build())
                .addBlock(Block.paragraph("El presupuesto se votará de nuevo en primavera, dijo la tesorera."))
                .addBlock(Block.builder(BlockType.FIGURE, "").figure(Block.Figure.of("https://news.example.com/c.jpg",
                        "Sala", "La sala del pleno (archivo)", "")).build())
                .build();
        for (ArticleParser parser : new ArticleParser[] {PARSER, ArticleParser.builder().build()}) {
            Article back = parser.parseMarkdown(a.toMarkdown(), Hints.none());
            assertThat(figures(back)).isEqualTo(figures(a));
            assertThat(back.authors()).isEmpty();
        }
    }

    @Test
    void aKeptCaptionAndItsCreditReadBackAsACaption() {
        String html = "<html lang=de><head><title>Neuer Haushalt</title></head><body><article><h1>Neuer Haushalt</h1>"
                + "<p>Der Stadtrat hat am Montag nach langer Debatte den Haushalt für das kommende Jahr beschlossen.</p>"
                + "<figure><img src=\"https://news.example.de/rat.jpg\" alt=\"Saal\"><figcaption>Der Sitzungssaal am Montag. "
                + "<span class=\"credit\">Foto: Anna Berg</span></figcaption></figure>"
                + "<p>Im Mittelpunkt standen die Ausgaben für Schulen und Straßen, sagte die Kämmerin.</p>"
                + "<p>Die Kämmerin sprach von einem soliden Plan ohne neue Schulden für die Stadt.</p></article></body></html>";
        ArticleParser keeping = ArticleParser.builder().noContentFinder().keepCaptions(true).build();
        Article kept = keeping.parseHtml(html, "https://news.example.de/haushalt");
        assertThat(kept.blocks()).extracting(Block::type).contains(BlockType.FIGURE, BlockType.CAPTION);
        Article back = keeping.parseMarkdown(kept.toMarkdown(), Hints.none());
        assertThat(back.blocks()).isEqualTo(kept.blocks());
        assertThat(back.authors()).isEmpty();
        // without keepCaptions the caption is set aside and its figure holds it, as a figcaption
        Article aside = PARSER.parseMarkdown(kept.toMarkdown(), Hints.none());
        assertThat(figures(aside)).extracting(Block.Figure::caption).containsExactly("Der Sitzungssaal am Montag. Foto: Anna Berg");
        assertThat(aside.text()).doesNotContain("Anna Berg");
        assertThat(aside.authors()).isEmpty();
    }

    @Test
    void anItemWhoseParentIsMissingIsWrittenAsAnItemOfItsList() {
        Article a = Article.builder().title("Le budget de la ville")
                .addBlock(Block.paragraph("Le conseil a voté le budget lundi soir après un long débat public."))
                .addBlock(Block.builder(BlockType.LIST_ITEM, "écoles").listItem(2, false).build())
                .addBlock(Block.builder(BlockType.LIST_ITEM, "toits").listItem(4, true).build())
                .addBlock(Block.builder(BlockType.LIST_ITEM, "cantines").listItem(3, true).build())
                .addBlock(Block.builder(BlockType.LIST_ITEM, "routes").listItem(1, false).build())
                .addBlock(Block.paragraph("Le vote final aura lieu le mois prochain, a dit le maire."))
                .addBlock(Block.builder(BlockType.LIST_ITEM, "ponts").listItem(3, false).build())
                .build();
        String md = a.toMarkdown();
        // never indented four spaces or more below a paragraph: that would be code
        assertThat(md).contains("-  écoles\n   1. toits\n   1. cantines\n-  routes").contains("\n\n-  ponts\n");
        Article back = PARSER.parseMarkdown(md, Hints.none());
        assertThat(items(back)).extracting(Block::text).containsExactly("écoles", "toits", "cantines", "routes", "ponts");
        assertThat(items(back)).extracting(Block::listDepth).containsExactly(1, 2, 2, 1, 1);
        assertThat(a.toHtml()).contains("<ul>\n<li>écoles<ol>\n<li>toits</li>\n<li>cantines</li>\n</ol>\n</li>\n<li>routes")
                .doesNotContain("<ul>\n<ul>").doesNotContain("<ol>\n<ol>");
    }

    @Test
    void aListThatStartsIndentedIsAList() {
        Article a = PARSER.parseMarkdown("""
                # Budżet miasta

                Rada miasta przyjęła w poniedziałek budżet na przyszły rok po długiej debacie.

                      - szkoły
                          - dachy
                      - drogi

                Głosowanie końcowe odbędzie się w przyszłym miesiącu, powiedział burmistrz.
                """, Hints.none());
        assertThat(items(a)).extracting(Block::text).containsExactly("szkoły", "dachy", "drogi");
        assertThat(items(a)).extracting(Block::listDepth).containsExactly(1, 2, 1);
        assertThat(a.blocks()).noneMatch(b -> b.type() == BlockType.PREFORMATTED);
    }

    @Test
    void aLeadInBoldOrALongParagraphInItalicsUnderAnImageIsNoCaption() {
        String lead = "Im Beisein zahlreicher Gäste wurde das neue Zentrum am Berg am Montag offiziell eröffnet und in "
                + "Betrieb genommen, nach drei Jahren Bauzeit und mit Kosten von mehr als zwölf Millionen Euro, wie die "
                + "Betreiber mitteilten, die sich über den großen Andrang der Besucher am ersten Tag freuten.";
        Article a = PARSER.parseMarkdown("# Zentrum eröffnet\n\n![](https://foto.example.at/zentrum.jpg)\n\n**" + lead
                + "**\n\n![](https://foto.example.at/halle.jpg)\n\n*" + lead.replace("Montag", "Dienstag") + "*\n\n"
                + "Die Halle bietet Platz für dreihundert Menschen und soll auch für Konzerte genutzt werden.\n",
                Hints.none());
        assertThat(a.blocks()).noneMatch(b -> b.type() == BlockType.CAPTION);
        assertThat(a.text()).contains(lead, lead.replace("Montag", "Dienstag"));
        assertThat(figures(a)).extracting(Block.Figure::caption).containsExactly("", "");
    }

    @Test
    void aPagesListNestedWithoutAParentItemHasItsItemsAtDepthOne() {
        Article a = PARSER.parseHtml("<html lang=pt><head><title>Orçamento</title></head><body><article><h1>Orçamento</h1>"
                + "<p>A câmara aprovou na segunda-feira o orçamento para o próximo ano depois de um longo debate.</p>"
                + "<ul><li><ul><li>escolas</li><li>estradas<ol><li>pontes</li></ol></li></ul></li></ul>"
                + "<p>A votação final será no próximo mês, disse o presidente da câmara aos jornalistas.</p>"
                + "</article></body></html>", "https://jornal.example.pt/orcamento");
        assertThat(items(a)).extracting(Block::text).containsExactly("escolas", "estradas", "pontes");
        assertThat(items(a)).extracting(Block::listDepth).containsExactly(1, 1, 2);
        assertThat(items(PARSER.parseMarkdown(a.toMarkdown(), Hints.none()))).isEqualTo(items(a));
    }

    @Test
    void aLineInItalicsRightUnderAnImageInItsParagraphIsItsCaption() {
        String lead = "Le conseil municipal a adopté lundi soir le budget de l'année prochaine, après un débat de "
                + "plus de six heures où chaque groupe a présenté ses propositions pour les écoles, les routes et "
                + "les transports, sans parvenir à un accord sur le prix des cantines.";
        Article a = PARSER.parseMarkdown("# Le budget adopté\n\n"
                // in italics on the line under the image: its caption; the alt stays the alt
                + "![Salle du conseil](https://photo.example.fr/salle.jpg)\n*La salle du conseil, lundi soir.*\n\n"
                + "Le maire a salué un budget « responsable » devant la presse à la sortie de la séance.\n\n"
                // in italics under a linked image
                + "[![Le maire](https://photo.example.fr/maire.jpg)](https://photo.example.fr/galerie)\n"
                + "_Le maire devant l'hôtel de ville._\n\n"
                + "L'opposition a voté contre et promet de revenir sur le sujet au printemps prochain.\n\n"
                // a bare image in its own paragraph: the paragraph under it is the article's, the alt only alt
                + "![Une école](https://photo.example.fr/ecole.jpg)\n\n"
                + "Les écoles recevront deux millions d'euros de plus que l'an dernier, a précisé l'adjointe.\n\n"
                // bold under the image is a lead, and plain text (turndown's <img><br>Text) is prose, not a caption
                + "![Cantine](https://photo.example.fr/cantine.jpg)\n**Le prix des cantines reste inchangé.**\n\n"
                + "![Tramway](https://photo.example.fr/tram.jpg)\n" + lead + "\n\n"
                + "![Bus](https://photo.example.fr/bus.jpg)  \nLes bus de nuit circuleront aussi le dimanche.\n", Hints.none());
        assertThat(figures(a)).containsExactly(
                Block.Figure.of("https://photo.example.fr/salle.jpg", "Salle du conseil", "La salle du conseil, lundi soir.", ""),
                Block.Figure.of("https://photo.example.fr/maire.jpg", "Le maire", "Le maire devant l'hôtel de ville.", ""),
                Block.Figure.of("https://photo.example.fr/ecole.jpg", "Une école", "", ""),
                Block.Figure.of("https://photo.example.fr/cantine.jpg", "Cantine", "", ""),
                Block.Figure.of("https://photo.example.fr/tram.jpg", "Tramway", "", ""),
                Block.Figure.of("https://photo.example.fr/bus.jpg", "Bus", "", ""));
        // captions are set aside into their figures; the rest is body
        assertThat(a.text()).doesNotContain("La salle du conseil", "hôtel de ville")
                .contains("Les écoles recevront", "Le prix des cantines reste inchangé.", lead,
                        "Les bus de nuit circuleront aussi le dimanche.");
    }

    @Test
    void aKeptCaptionOfAnyLengthReadsBackAsACaption() {
        String caption = "La sala consiliare durante la seduta di lunedì sera, quando il consiglio comunale ha approvato "
                + "il bilancio dopo sei ore di discussione, con i consiglieri della maggioranza e dell'opposizione "
                + "seduti ai loro banchi e il pubblico numeroso nelle tribune, mentre il sindaco presentava le "
                + "cifre principali del documento ai cittadini presenti.";
        assertThat(caption.split(" ")).hasSizeGreaterThan(40);
        String html = "<html lang=it><head><title>Approvato il bilancio</title></head><body><article><h1>Approvato il bilancio</h1>"
                + "<p>Il consiglio comunale ha approvato lunedì sera il bilancio per il prossimo anno dopo un lungo dibattito.</p>"
                + "<figure><img src=\"https://foto.example.it/sala.jpg\" alt=\"Sala\"><figcaption>" + caption
                + "</figcaption></figure>"
                + "<p>Al centro del dibattito le spese per le scuole e per le strade, ha detto l'assessora al bilancio.</p>"
                + "<p>L'assessora ha parlato di un piano solido e senza nuovi debiti per la città.</p></article></body></html>";
        ArticleParser keeping = ArticleParser.builder().noContentFinder().keepCaptions(true).build();
        Article kept = keeping.parseHtml(html, "https://giornale.example.it/bilancio");
        assertThat(kept.blocks()).extracting(Block::type).contains(BlockType.FIGURE, BlockType.CAPTION);
        Article back = keeping.parseMarkdown(kept.toMarkdown(), Hints.none());
        assertThat(back.blocks()).isEqualTo(kept.blocks());
        // set aside without keepCaptions, into the figure, as a figcaption
        Article aside = PARSER.parseMarkdown(kept.toMarkdown(), Hints.none());
        assertThat(figures(aside)).extracting(Block.Figure::caption).containsExactly(caption);
        assertThat(aside.text()).doesNotContain("tribune");
    }

    @Test
    void aCaptionAndItsCreditKeptAsTwoBlocksReadBackAsTwoCaptions() {
        Article kept = Article.builder().title("Nowy most")
                .addBlock(Block.paragraph("Most otwarto w sobotę po trzech latach budowy, mówi burmistrz miasta."))
                .addBlock(Block.builder(BlockType.FIGURE, "").figure(Block.Figure.of("https://foto.example.pl/most.jpg",
                        "Most", "", "")).build())
                .addBlock(Block.of(BlockType.CAPTION, "Most nocą, w sobotę."))
                .addBlock(Block.of(BlockType.CAPTION, "Zdjęcie: Anna Nowak"))
                .addBlock(Block.paragraph("Ruch na moście będzie ograniczony do końca miesiąca, dodał burmistrz."))
                .build();
        ArticleParser keeping = ArticleParser.builder().noContentFinder().keepCaptions(true).build();
        assertThat(keeping.parseMarkdown(kept.toMarkdown(), Hints.none()).blocks()).isEqualTo(kept.blocks());
        // in italics under a paragraph, not under a caption or an image: the article's text
        Article text = keeping.parseMarkdown(kept.toMarkdown() + "\n*Aktualizacja: most zamknięto na noc.*\n", Hints.none());
        assertThat(text.blocks().get(text.blocks().size() - 1).type()).isEqualTo(BlockType.PARAGRAPH);
    }
}
