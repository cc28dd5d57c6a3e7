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
                Block.Figure.of("https://puerto.example.es/noticias/vista.jpg", "Vista aérea", "", ""));
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
}
