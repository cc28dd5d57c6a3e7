package io.github.tidings.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tidings.model.Removal;
import java.util.List;
import java.util.stream.Collectors;

/** Helpers for cleaner tests: run a cleaner on lines and read what it removed and kept. */
final class CleanerTesting {
    /** A long body sentence, so that pages have an article to measure positions against. */
    static final String BODY = "The council voted on Tuesday to expand the program, which officials said would "
            + "reach about four thousand families in the region by the end of next year.";

    private CleanerTesting() {
    }

    static Page run(Cleaner cleaner, String... lines) {
        Page page = Page.of(lines);
        assertThat(page.apply(cleaner)).isTrue();
        return page;
    }

    static List<String> removedTexts(Page page) {
        return page.removals().stream().map(Removal::text).collect(Collectors.toList());
    }

    static List<String> keptTexts(Page page) {
        return page.kept().stream().map(TextBlock::text).collect(Collectors.toList());
    }

    static String reasonOf(Page page, String text) {
        return page.removals().stream().filter(r -> r.text().equals(text)).map(Removal::reason).findFirst()
                .orElseThrow(() -> new AssertionError("not removed: " + text));
    }

    static String cleanerOf(Page page, String text) {
        return page.removals().stream().filter(r -> r.text().equals(text)).map(Removal::cleaner).findFirst()
                .orElseThrow(() -> new AssertionError("not removed: " + text));
    }
}
