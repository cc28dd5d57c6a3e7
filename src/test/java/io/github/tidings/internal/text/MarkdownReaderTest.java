package io.github.tidings.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tidings.clean.TextBlock;
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
}
