package io.github.tidings.clean;

import static io.github.tidings.clean.CleanerTesting.BODY;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RepeatedTitleCleanerTest {
    private static Page page(String title, String... lines) {
        Page.Builder b = Page.builder().title(title);
        for (String l : lines) {
            b.add(TextBlock.of(l));
        }
        Page p = b.build();
        p.apply(new RepeatedTitleCleaner());
        return p;
    }

    @Test
    void removesTheTitleRepeatedWithOrWithoutItsSiteSegment() {
        Page p = page("Storm closes schools across the region - Example News", "Storm closes schools across the region",
                "STORM CLOSES SCHOOLS ACROSS THE REGION - Example News", BODY);
        assertThat(p.kept()).extracting(TextBlock::text).containsExactly(BODY);
        assertThat(p.removals()).allSatisfy(r -> assertThat(r.reason()).isEqualTo("repeats the title"));
    }

    @Test
    void keepsSentencesThatContainTheHeadline() {
        String s = "Officials said the storm closes schools across the region every few years, and the cost is rising.";
        Page p = page("Storm closes schools across the region | Example", s);
        assertThat(p.removals()).isEmpty();
    }

    @Test
    void doesNothingWithoutATitle() {
        Page p = Page.of("Storm closes schools across the region");
        p.apply(new RepeatedTitleCleaner());
        assertThat(p.removals()).isEmpty();
    }
}
