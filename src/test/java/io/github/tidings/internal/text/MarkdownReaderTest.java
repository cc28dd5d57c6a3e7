package io.github.tidings.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tidings.clean.TextBlock;
import io.github.tidings.internal.words.TextNormalizer;
import io.github.tidings.model.BlockType;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownReaderTest {

    @Test
    void textUnderlinedWithEqualsOrDashesIsAHeadingAndADashLineAloneARule() {
        List<TextBlock> blocks = MarkdownReader.read("Council closes the old bridge\n=============================\n\n"
                + "What happens next\n-----------------\n\nThe ferry runs every twenty minutes.\n\n---\n\nFooter text\n");
        assertThat(blocks).extracting(TextBlock::text).containsExactly("Council closes the old bridge",
                "What happens next", "The ferry runs every twenty minutes.", "Footer text");
        assertThat(blocks).extracting(TextBlock::type).containsExactly(BlockType.HEADING, BlockType.HEADING,
                BlockType.PARAGRAPH, BlockType.PARAGRAPH);
    }

    @Test
    void aLongHeadingWrappedByTheDumpToolGoesOnInTheNextLine() {
        List<TextBlock> blocks = MarkdownReader.read("# Council closes the old bridge over the river for a year of repairs to\n"
                + "its Supports\n\nBy Jane Doe\n\n# Short heading\nA paragraph right under it.\n\n"
                + "# Another long heading that the tool did not need to wrap at all here\n\nJane Doe\n");
        assertThat(blocks).extracting(TextBlock::text).containsExactly(
                "Council closes the old bridge over the river for a year of repairs to its Supports", "By Jane Doe",
                "Short heading", "A paragraph right under it.",
                "Another long heading that the tool did not need to wrap at all here", "Jane Doe");
        assertThat(blocks.get(0).type()).isEqualTo(BlockType.HEADING);
    }

    @Test
    void aPageScriptOrALineOfItsSourceIsResidueAsInTextDumps() {
        List<TextBlock> blocks = MarkdownReader.read(DumpReaderTest.SCRIPT_LINE + "\n\n" + DumpReaderTest.MARKUP_LINE
                + "\n\nThe council closed the bridge; repairs take a year.\n");
        assertThat(blocks).extracting(TextBlock::linkDensity).containsExactly(1.0, 1.0, 0.0);
    }

    @Test
    void typesHeadingsListItemsAndQuotes() {
        List<TextBlock> blocks = MarkdownReader.read("# Title #\n\n* one\n- two\n3. three\n\n> quoted\n> still");

        assertThat(blocks).extracting(TextBlock::type).containsExactly(BlockType.HEADING, BlockType.LIST_ITEM,
                BlockType.LIST_ITEM, BlockType.LIST_ITEM, BlockType.QUOTE);
        assertThat(blocks).extracting(TextBlock::text).containsExactly("Title", "one", "two", "three", "quoted still");
    }

    @Test
    void stripsLinksImagesEmphasisAndEscapesAndCountsLinkText() {
        List<TextBlock> blocks = MarkdownReader.read(
                "See ![pic](a.png) [the **report**](http://x/y_(z)) and *more* \\- snake_case <https://e.org>");

        assertThat(blocks).hasSize(1);
        assertThat(blocks.get(0).text()).isEqualTo("See the report and more - snake_case https://e.org");
        assertThat(blocks.get(0).linkChars()).isEqualTo("the report".length() + "https://e.org".length());
    }

    @Test
    void marksLinkOnlyLines() {
        TextBlock b = MarkdownReader.read("[Home](/) [News](/news)").get(0);

        assertThat(b.linkDensity()).isGreaterThan(0.8);
    }

    @Test
    void joinsWrappedLinesWithASpaceExceptBetweenIdeographs() {
        List<TextBlock> blocks = MarkdownReader.read("first half\nsecond half\n\n港町の住民は\n火曜日に");

        assertThat(blocks).extracting(TextBlock::text).containsExactly("first half second half", "港町の住民は火曜日に");
    }

    @Test
    void leavesUnclosedBracketsAsText() {
        String many = "[".repeat(5000) + " text";

        assertThat(MarkdownReader.read(many).get(0).text()).endsWith("text").startsWith("[[[");
        assertThat(MarkdownReader.read("a [b c").get(0).text()).isEqualTo("a [b c");
    }

    /** The blocks as the parser reads Markdown: indentation kept. */
    private static List<TextBlock> indented(String md) {
        return MarkdownReader.read(TextNormalizer.normalizeKeepingIndent(md));
    }

    @Test
    void anIndentedBlockUnderABlankLineIsCodeLineForLineEachPartOneBlock() {
        List<TextBlock> blocks = indented("""
                Die Konfiguration sieht so aus:

                    [server]
                    port = 8080

                    timeout = 30
                Danach startet man den Dienst neu.
                """);
        assertThat(blocks).extracting(TextBlock::text).containsExactly("Die Konfiguration sieht so aus:",
                "[server]\nport = 8080", "timeout = 30", "Danach startet man den Dienst neu.");
        assertThat(blocks).extracting(TextBlock::type).containsExactly(BlockType.PARAGRAPH, BlockType.PREFORMATTED,
                BlockType.PREFORMATTED, BlockType.PARAGRAPH);
    }

    @Test
    void anIndentedLineCannotInterruptAParagraph() {
        // html2text and hand-written Markdown go on a paragraph with indented lines: they are its text
        List<TextBlock> blocks = indented("""
                El ayuntamiento aprobó el presupuesto
                    con los votos de la mayoría
                    y la abstención de la oposición.
                """);
        assertThat(blocks).extracting(TextBlock::text).containsExactly(
                "El ayuntamiento aprobó el presupuesto con los votos de la mayoría y la abstención de la oposición.");
        assertThat(blocks.get(0).type()).isEqualTo(BlockType.PARAGRAPH);
    }

    @Test
    void anIndentedParagraphInsideAListIsTheItemsNotCode() {
        // turndown writes an item's second paragraph indented by four, and nested items deeper
        List<TextBlock> blocks = indented("""
                *   Первый пункт программы.

                    Его обсудят на следующей неделе.

                *   Второй пункт

                        *   вложенный пункт

                Обычный абзац после списка.
                """);
        assertThat(blocks).noneMatch(b -> b.type() == BlockType.PREFORMATTED);
        assertThat(blocks).extracting(TextBlock::text).contains("Его обсудят на следующей неделе.", "вложенный пункт");
    }

    @Test
    void anIndentedListItemOrHeadingWithoutItsParentIsNoCode() {
        // html2text indents the nested items and headings of a list whose parent item it dropped
        List<TextBlock> blocks = indented("""
                #### Related stories

                    * Council closes the bridge

                    ##### Ferry timetable

                    > A quote set in

                    ![map](https://maps.example.org/bridge.png)
                """);
        assertThat(blocks).noneMatch(b -> b.type() == BlockType.PREFORMATTED);
    }

    @Test
    void theFirstLineIsNoCodeWhateverItsIndentation() {
        // turndown writes the page's <title> first, with the page's own indentation
        List<TextBlock> blocks = indented("""
                          Câmara aprova orçamento - Jornal

                Texto do artigo.
                """);
        assertThat(blocks).extracting(TextBlock::type).containsExactly(BlockType.PARAGRAPH, BlockType.PARAGRAPH);
    }

    @Test
    void anIndentedCodeBlockEndsAtTheFirstLineLessIndented() {
        List<TextBlock> blocks = indented("Beispiel:\n\n    x = 1\n    y = 2\n\nz ist dann 3.\n\n    - kein Code\n");
        assertThat(blocks).extracting(TextBlock::text).containsExactly("Beispiel:", "x = 1\ny = 2", "z ist dann 3.",
                "kein Code");
        assertThat(blocks).extracting(TextBlock::type).containsExactly(BlockType.PARAGRAPH, BlockType.PREFORMATTED,
                BlockType.PARAGRAPH, BlockType.LIST_ITEM);
    }

    @Test
    void aFencedCodeBlockIsOneBlockLineForLine() {
        List<TextBlock> blocks = indented("入力例:\n\n```python\ntotal = 0\n\nfor x in xs:\n    total += x\n```\n\n以上です。\n");
        assertThat(blocks).extracting(TextBlock::text).containsExactly("入力例:", "total = 0\n\nfor x in xs:\n    total += x",
                "以上です。");
        assertThat(blocks.get(1).type()).isEqualTo(BlockType.PREFORMATTED);
    }

    @Test
    void codeKeepsItsOwnIndentation() {
        // A fence indented by two: its lines lose those two columns, not their own indentation.
        List<TextBlock> fenced = indented("Ejemplo:\n\n  ```\n  if (x) {\n      y();\n  }\n  ```\n\nFin del ejemplo.\n");
        assertThat(fenced.get(1).text()).isEqualTo("if (x) {\n    y();\n}");
        // An indented block loses the four columns that mark it.
        List<TextBlock> block = indented("Пример:\n\n    if (x) {\n        y();\n    }\n\nКонец примера.\n");
        assertThat(block.get(1).type()).isEqualTo(BlockType.PREFORMATTED);
        assertThat(block.get(1).text()).isEqualTo("if (x) {\n    y();\n}");
    }

    @Test
    void indentedLinesThatReadAsTextAreAParagraph() {
        // html2text indents a definition's description by four; turndown keeps a page's own indentation,
        // escaping the text as text ("31\\."), which no tool does inside code
        List<TextBlock> blocks = indented("""
                Autor:

                    Anna Berg

                Veröffentlicht:

                      31\\. Oktober 2023

                    **Willkommen im Archiv**

                    Voir [la carte](https://carte.example.fr/pont) du pont.
                """);
        assertThat(blocks).noneMatch(b -> b.type() == BlockType.PREFORMATTED);
        assertThat(blocks).extracting(TextBlock::text).containsExactly("Autor:", "Anna Berg", "Veröffentlicht:",
                "31. Oktober 2023", "Willkommen im Archiv", "Voir la carte du pont.");
    }
}
