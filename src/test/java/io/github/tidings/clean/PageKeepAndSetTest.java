package io.github.tidings.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tidings.ArticleParser;
import io.github.tidings.model.Article;
import io.github.tidings.model.Hints;
import io.github.tidings.model.Published;
import io.github.tidings.model.Removal;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The SPI's powers beyond removal: keeping (rescuing) blocks and setting metadata, all recorded. */
class PageKeepAndSetTest {

    @Test
    void aKeepRescuesARemovedBlockAndHoldsAgainstLaterRemovals() {
        Page page = Page.of("one", "two", "three");
        TextBlock two = page.blocks().get(1);
        page.apply(Cleaners.named("Remover", p -> p.remove(two, "looked like a label")));
        page.apply(Cleaners.named("Rescuer", p -> p.keep(two, "the site's pull quote")));
        page.apply(Cleaners.named("Later", p -> p.remove(two, "removed again")));

        assertThat(page.isRemoved(two)).isFalse();
        assertThat(page.kept()).extracting(TextBlock::text).containsExactly("one", "two", "three");
        assertThat(page.keptBy(two)).hasValue("Rescuer");
        assertThat(page.removedBy(two)).isEmpty();
        assertThat(page.removals()).containsExactly(Removal.of("two", "Rescuer",
                "kept: the site's pull quote (overruling Remover: looked like a label)"));
    }

    @Test
    void aKeepBeforeAnyRemovalIsReportedOnlyWhenItOverrulesOne() {
        Page page = Page.of("one", "two");
        page.apply(Cleaners.named("Keeper", p -> p.keep(p.blocks().get(0), "always")));
        page.apply(Cleaners.named("Keeper2", p -> p.keep(p.blocks().get(1), "also")));
        assertThat(page.removals()).isEmpty();
        page.apply(Cleaners.named("Finder", p -> p.removeRange(0, 2, "outside the region")));
        assertThat(page.kept()).hasSize(2);
        assertThat(page.removals()).extracting(Removal::reason).containsExactly(
                "kept: always (overruling Finder: outside the region)", "kept: also (overruling Finder: outside the region)");
        // the first keep stands
        page.apply(Cleaners.named("Other", p -> p.keep(p.blocks().get(0), "another reason")));
        assertThat(page.keptBy(page.blocks().get(0))).hasValue("Keeper");
    }

    @Test
    void metadataSetByCleanersLastOneWinsAndEverySettingIsRecorded() {
        Page page = Page.builder().add(TextBlock.of("Body text.")).title("Found title").authors(List.of("A Writer"))
                .siteName("found.example").published(Published.parse("2020-01-02")).build();
        assertThat(page.setBy(Page.Field.TITLE)).isEmpty();
        page.apply(Cleaners.named("First", p -> p.setTitle("First title", "from the first")));
        page.apply(Cleaners.named("Second", p -> {
            p.setTitle("  Second title ", "from the second");
            p.setAuthors(List.of("Jane Doe", "John Roe"), "byline box");
            p.setSiteName("Example News", "fixed");
            p.setPublished(Published.parse("2021-03-04T05:06"), "the dateline");
        }));
        assertThat(page.title()).hasValue("Second title");
        assertThat(page.authors()).containsExactly("Jane Doe", "John Roe");
        assertThat(page.siteName()).hasValue("Example News");
        assertThat(page.published()).hasValue(Published.parse("2021-03-04T05:06"));
        assertThat(page.setBy(Page.Field.TITLE)).hasValue("Second");
        assertThat(page.removals()).containsExactly(
                Removal.of("First title", "First", "title set: from the first (replacing \"Found title\")"),
                Removal.of("Second title", "Second", "title set: from the second (replacing \"First title\")"),
                Removal.of("Jane Doe, John Roe", "Second", "authors set: byline box (replacing \"A Writer\")"),
                Removal.of("Example News", "Second", "site name set: fixed (replacing \"found.example\")"),
                Removal.of("2021-03-04T05:06", "Second", "published set: the dateline (replacing \"2020-01-02\")"));
        assertThatThrownBy(() -> page.setTitle(" ", "blank")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> page.setAuthors(List.of("ok", ""), "blank")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theParserAppliesWhatACleanerSetsOverWhatTheReadersFound() {
        Cleaner fixer = Cleaners.named("SiteFixer", p -> {
            p.setSiteName("The Example Times", "the masthead's name");
            p.setAuthors(List.of(), "wire copy names no author");
            for (TextBlock b : p.blocks()) {
                if (b.text().startsWith("Editor's note:")) {
                    p.keep(b, "editor's notes belong to the article");
                }
            }
        });
        String text = "Harbour bridge to close for repairs\n\nBy Jane Doe\n\nThe harbour bridge will close for six weeks "
                + "from Monday while engineers replace its bearings, the city said on Tuesday.\n\nDrivers are asked to use "
                + "the ring road, and ferries will run every ten minutes during the works.\n\nEditor's note: An earlier "
                + "version of this story gave the wrong date.\n\nFollow us on Facebook\n\nCopyright 2024 Example Times";
        Article plain = ArticleParser.builder().build().parse(text, Hints.none());
        Article fixed = ArticleParser.builder().addCleaner(fixer).build().parse(text, Hints.none());
        assertThat(plain.authors()).containsExactly("Jane Doe");
        assertThat(fixed.authors()).isEmpty();
        assertThat(fixed.siteName()).hasValue("The Example Times");
        assertThat(fixed.title()).isEqualTo(plain.title());
        assertThat(fixed.removed()).anyMatch(r -> r.cleaner().equals("SiteFixer") && r.reason().startsWith("site name set"));
        assertThat(fixed.text()).contains("Editor's note");
    }

    @Test
    void htmlCleanersSeeTheElementOfEachBlock() {
        Document doc = Jsoup.parse("<html><head><title>Harbour bridge to close</title></head><body><article>"
                + "<h1>Harbour bridge to close</h1><p>The harbour bridge will close for six weeks from Monday while "
                + "engineers replace its bearings, the city said on Tuesday.</p><p>Drivers are asked to use the ring "
                + "road, and ferries will run every ten minutes during the works.</p><div class='box-x'><p>Watch the "
                + "council debate the closure on our video channel tonight at eight.</p></div><p>The works are the "
                + "first on the bridge since it opened, and will cost the city four million euros.</p></article>"
                + "</body></html>");
        Cleaner promo = Cleaners.named("PromoCleaner", p -> {
            assertThat(p.document()).isPresent();
            for (TextBlock b : p.kept()) {
                if (p.element(b).map(e -> e.closest(".box-x") != null).orElse(false)) {
                    p.remove(b, "promotion box");
                }
            }
        });
        Article a = ArticleParser.builder().addCleaner(promo).build().parse(doc, Hints.none());
        assertThat(a.text()).doesNotContain("Watch the council");
        assertThat(a.removed()).contains(Removal.of("Watch the council debate the closure on our video channel tonight at eight.", "PromoCleaner",
                "promotion box"));
        assertThat(Page.of("text").document()).isEmpty();
        Page text = Page.of("text");
        assertThat(text.element(text.blocks().get(0))).isEmpty();
    }
}
