package io.github.tidings.clean;

import static io.github.tidings.clean.CleanerTesting.BODY;
import static io.github.tidings.clean.CleanerTesting.removedTexts;
import static io.github.tidings.clean.CleanerTesting.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DuplicateBlockCleanerTest {
    private static final String CAPTION = "The mayor speaks to reporters outside city hall on Tuesday morning.";

    @Test
    void removesLaterCopiesNearbyAndKeepsTheFirst() {
        Page page = run(new DuplicateBlockCleaner(), CAPTION, "Image 1 of 3", CAPTION, BODY);
        assertThat(removedTexts(page)).containsExactly(CAPTION);
        assertThat(page.isRemoved(page.blocks().get(0))).isFalse();
        assertThat(page.isRemoved(page.blocks().get(2))).isTrue();
    }

    @Test
    void keepsCopiesFarApartAndShortRepeats() {
        Page page = run(new DuplicateBlockCleaner(), CAPTION, BODY, BODY + " 1", BODY + " 2", BODY + " 3", BODY + " 4",
                CAPTION, "Read more", "Read more");
        assertThat(removedTexts(page)).isEmpty();
    }
}
