package io.github.tidings.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tidings.model.Block;
import io.github.tidings.model.BlockType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The article's lists as the assembly makes them: depths relative to the items kept, numbered runs of a dump. */
class ShapeListsTest {

    private static Block item(int depth) {
        return Block.builder(BlockType.LIST_ITEM, "Item at " + depth).listItem(depth, false).build();
    }

    /** Nested deeper than the stack of open depths starts out: it grows, and each item keeps its depth. */
    @Test
    void aListNestedTwentyDeepKeepsEveryDepth() {
        List<Block> blocks = new ArrayList<>();
        for (int d = 1; d <= 20; d++) {
            blocks.add(item(d));
        }
        for (int d = 19; d >= 1; d--) {
            blocks.add(item(d));
        }
        List<Block> nested = Shape.nestLists(blocks);
        assertThat(nested).isSameAs(blocks); // nothing to change: the same list
        // an item whose parent was not kept is one level below the item before it
        List<Block> gaps = new ArrayList<>(List.of(item(1), item(3), item(12), item(12), item(2), item(5)));
        assertThat(Shape.nestLists(gaps)).extracting(Block::listDepth).containsExactly(1, 2, 3, 3, 2, 3);
    }

    @Test
    void aDumpsNumberedParagraphsBecomeANumberedListInPlace() {
        List<Block> blocks = new ArrayList<>(List.of(Block.paragraph("Steps:"), Block.paragraph("1. Mix the flour."),
                Block.paragraph("2. Add water."), Block.of(BlockType.LIST_ITEM, "Salt"), Block.paragraph("3 eggs")));
        List<Block> out = Shape.textLists(blocks);
        assertThat(out).isSameAs(blocks);
        assertThat(out).extracting(Block::type).containsExactly(BlockType.PARAGRAPH, BlockType.LIST_ITEM,
                BlockType.LIST_ITEM, BlockType.LIST_ITEM, BlockType.PARAGRAPH);
        assertThat(out).extracting(Block::ordered).containsExactly(false, true, true, false, false);
        assertThat(out).extracting(Block::listDepth).containsExactly(0, 1, 1, 1, 0);
        assertThat(out.get(1).text()).isEqualTo("1. Mix the flour.");
    }
}
