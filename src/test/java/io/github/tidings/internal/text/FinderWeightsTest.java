package io.github.tidings.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tidings.clean.TextBlock;
import org.junit.jupiter.api.Test;

/** The finder keeps its lines' weights in two bytes each, and a heavier line's weight is still exact. */
class FinderWeightsTest {

    @Test
    void aLineIsWeighedByItsCharactersAnIdeographCountingThree() {
        assertThat(TextContentFinder.weightOf(TextBlock.of("Item 12"))).isEqualTo(6);
        assertThat(TextContentFinder.weightOf(TextBlock.of("東京の市議会 2024"))).isEqualTo(10 + 2 * 6);
        assertThat(TextContentFinder.weightOf(TextBlock.of("서울 \uD840\uDC00"))).isEqualTo(3 + 2 * 3);
    }

    @Test
    void weightsAtAndPastTwoBytesAreTheLinesOwn() {
        TextBlock[] blocks = {TextBlock.of("Item 12"), TextBlock.of("a".repeat(65_534)),
            TextBlock.of("a".repeat(65_535)), TextBlock.of("a".repeat(70_000)), TextBlock.of("東".repeat(30_000)),
            TextBlock.of("word ".repeat(20_000).strip())};
        TextContentFinder.Weights weights = new TextContentFinder.Weights(blocks.length);
        for (int i = 0; i < blocks.length; i++) {
            weights.set(i, TextContentFinder.weightOf(blocks[i]));
        }
        assertThat(weights.get(0, blocks[0])).isEqualTo(6);
        assertThat(weights.get(1, blocks[1])).isEqualTo(65_534);
        assertThat(weights.get(2, blocks[2])).isEqualTo(65_535);
        assertThat(weights.get(3, blocks[3])).isEqualTo(70_000);
        assertThat(weights.get(4, blocks[4])).isEqualTo(90_000);
        assertThat(weights.get(5, blocks[5])).isEqualTo(80_000);
    }
}
