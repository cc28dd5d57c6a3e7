package io.github.tidings.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The compact list an article keeps its blocks in gives what a plain list of the same blocks gives. */
class BlockListTest {

    /** Blocks of every kind: plain ones of each type, and ones with each kind of structure. */
    private static List<Block> mixed() {
        List<Block> out = new ArrayList<>();
        for (BlockType t : BlockType.values()) {
            if (t != BlockType.FIGURE && t != BlockType.TABLE) { // those two have their structure below
                out.add(Block.of(t, "Ein Absatz über " + t + "."));
            }
        }
        out.add(Block.builder(BlockType.HEADING, "Principais despesas").level(2).build());
        out.add(Block.builder(BlockType.LIST_ITEM, "Escolas: 12 milhões").listItem(2, true).build());
        out.add(Block.builder(BlockType.PARAGRAPH, "Read the report here.")
                .addLink(Block.Link.of(16, 20, "https://example.org/report")).build());
        out.add(Block.builder(BlockType.FIGURE, "")
                .figure(Block.Figure.of("https://example.org/a.jpg", "Le port", "Le port au matin.", "Photo: A. Berg"))
                .build());
        out.add(Block.builder(BlockType.TABLE, "").table(Block.Table.of(List.of(
                List.of(Block.paragraph("Stadt"), Block.paragraph("Einwohner")),
                List.of(Block.paragraph("Graz"), Block.paragraph("291 000"))), true)).build());
        out.add(Block.paragraph("中文段落。"));
        return out;
    }

    /**
     * A block without structure holds its type and text alone, however it was made: a builder's
     * block without any equals the plain one (and hashes alike), and one with structure keeps all
     * of it through its builder, each field on its own.
     */
    @Test
    void aBlockBuiltWithoutStructureIsThePlainOneAndStructureSurvivesItsBuilder() {
        Block built = Block.builder(BlockType.PARAGRAPH, "Ein Absatz.").build();
        Block plain = Block.of(BlockType.PARAGRAPH, "Ein Absatz.");
        assertThat(built).isEqualTo(plain).hasSameHashCodeAs(plain).hasToString(plain.toString());
        assertThat(built.isPlain()).isTrue();
        assertThat(List.of(built.level().isPresent(), built.listDepth(), built.ordered(), built.links(),
                built.table().isPresent(), built.figure().isPresent())).isEqualTo(List.of(false, 0, false, List.of(),
                false, false));
        for (Block b : mixed()) {
            Block again = b.toBuilder().build();
            assertThat(again).isEqualTo(b).hasSameHashCodeAs(b).hasToString(b.toString());
            assertThat(again.isPlain()).isEqualTo(b.isPlain());
        }
        Block item = Block.builder(BlockType.LIST_ITEM, "Escolas").listItem(2, true).build();
        assertThat(item).isNotEqualTo(Block.builder(BlockType.LIST_ITEM, "Escolas").listItem(2, false).build())
                .isNotEqualTo(Block.of(BlockType.LIST_ITEM, "Escolas")).hasToString("LIST_ITEM ordered 2: Escolas");
        assertThat(Block.builder(BlockType.HEADING, "Titel").level(3).build()).hasToString("HEADING 3: Titel");
    }

    @Test
    void anArticleGivesTheBlocksItWasBuiltWithAsAPlainListDoes() {
        List<Block> plain = mixed();
        Article a = Article.builder().blocks(plain).build();
        assertThat(a.blocks()).isEqualTo(plain).hasSameHashCodeAs(plain).containsExactlyElementsOf(plain);
        for (int i = 0; i < plain.size(); i++) {
            Block b = a.blocks().get(i);
            assertThat(b).isEqualTo(plain.get(i));
            assertThat(b.type()).isEqualTo(plain.get(i).type());
            assertThat(b.text()).isEqualTo(plain.get(i).text());
            assertThat(b.level()).isEqualTo(plain.get(i).level());
            assertThat(b.listDepth()).isEqualTo(plain.get(i).listDepth());
            assertThat(b.ordered()).isEqualTo(plain.get(i).ordered());
            assertThat(b.links()).isEqualTo(plain.get(i).links());
            assertThat(b.table()).isEqualTo(plain.get(i).table());
            assertThat(b.figure()).isEqualTo(plain.get(i).figure());
        }
        Article same = Article.builder().blocks(List.copyOf(plain)).build();
        assertThat(a).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(a.text()).isEqualTo(plainText(plain));
        assertThat(a.toMarkdown()).isEqualTo(same.toMarkdown());
        assertThat(a.toHtml()).isEqualTo(same.toHtml());
        assertThat(a.toBuilder().build()).isEqualTo(a);
        assertThat(Article.builder().blocks(a.blocks()).build().blocks()).isEqualTo(plain);
    }

    @Test
    void addBlockAndBlocksAppendAndReplaceAsBefore() {
        List<Block> plain = mixed();
        Article.Builder b = Article.builder().addBlock(Block.paragraph("dropped"));
        b.blocks(plain.subList(0, 3));
        plain.subList(3, plain.size()).forEach(b::addBlock);
        assertThat(b.build().blocks()).isEqualTo(plain);
        assertThat(Article.builder().blocks(List.of()).build().blocks()).isEmpty();
    }

    @Test
    void theBlocksAreUnmodifiableAndIndexesAreChecked() {
        Article a = Article.builder().blocks(mixed()).build();
        assertThatThrownBy(() -> a.blocks().add(Block.paragraph("x"))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> a.blocks().set(0, Block.paragraph("x"))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> a.blocks().remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> a.blocks().get(a.blocks().size())).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> a.blocks().get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> Article.builder().addBlock(null)).isInstanceOf(NullPointerException.class);
    }

    private static String plainText(List<Block> blocks) {
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks) {
            if (!b.text().isEmpty()) {
                sb.append(sb.isEmpty() ? "" : "\n\n").append(b.text());
            }
        }
        return sb.toString();
    }
}
