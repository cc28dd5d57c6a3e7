package io.github.tidings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tidings.model.Article;
import io.github.tidings.model.Hints;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Profiles learned from pages of an invented site (testdata/rules/profile/), applied to another of its pages. */
class SiteProfileTest {
    private static String page(int n) throws IOException {
        return Files.readString(Path.of("testdata/rules/profile/page-" + n + ".txt"), StandardCharsets.UTF_8);
    }

    @Test
    void theTemplateRecurringAcrossPagesIsLearnedWithNumbersMaskedAndCounts() throws IOException {
        SiteProfile p = SiteProfile.learn("harbourgazette", List.of(), List.of(page(1), page(2)));
        assertThat(p.ruleCount()).isEqualTo(6);
        assertThat(p.pageCount()).isEqualTo(2);
        assertThat(p.json()).contains("\"signature\": \"THE HARBOUR GAZETTE\"",
                "{\"name\": \"line-2\", \"count\": 2, \"remove\": {\"exact\": \"Home | News | Sport | Weather | Letters\"}}",
                "{\"name\": \"line-3\", \"count\": 2, \"remove\": {\"pattern\": \"* comments\"}}",
                "\"pattern\": \"© * Harbour Gazette Ltd. All rights reserved.\"")
                .doesNotContain("Ferry", "Lifeboat", "March"); // the articles and the changing date lines
    }

    @Test
    void aProfileAppliesLikeARulesFileToAPageItWasNotLearnedFrom() throws IOException {
        SiteProfile p = SiteProfile.learn("harbourgazette", List.of("harbourgazette.example"), List.of(page(1), page(2)));
        ArticleParser parser = ArticleParser.builder().rules(p.json()).build();
        Article plain = ArticleParser.defaults().parse(page(3));
        Article with = parser.parse(page(3));
        assertThat(plain.text()).contains("Home | News | Sport");
        assertThat(with.text()).doesNotContain("Home | News | Sport").contains("The council will review the trial");
        assertThat(with.removed()).anyMatch(r -> r.cleaner().equals("harbourgazette/line-2"));
        // known by host too: a page from the site's host without the signature line
        Article byHost = parser.parse(page(3).replace("THE HARBOUR GAZETTE\n", ""),
                Hints.ofUrl("https://www.harbourgazette.example/news/3"));
        assertThat(byHost.text()).doesNotContain("Home | News | Sport");
    }

    @Test
    void tooFewPagesOrNothingRecurringIsAnError() throws IOException {
        assertThatThrownBy(() -> SiteProfile.learn("s", List.of(), List.of(page(1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two pages");
        assertThatThrownBy(() -> SiteProfile.learn("s", List.of(), List.of("One page about apples.\n\nIt is short.",
                "Another page about pears.\n\nAlso short.")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no block recurs");
        assertThatThrownBy(() -> SiteProfile.learn("s", List.of(), List.of(page(1), page(2)), 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minPages");
    }

    @Test
    void htmlPagesAreLearnedFromTheBlocksTheParserWouldKeep() {
        String template = "<html><body><div class='content'><h1>%s</h1><p>%s</p><p>Our reporters are on the ground"
                + " in the valley and will update this story.</p><p>%s</p></div></body></html>";
        String a = String.format(template, "Flood warning for the valley", "Rivers in the valley rose overnight after "
                + "three days of rain, and the agency warned of flooding.", "Residents were told to move cars.");
        String b = String.format(template, "Bridge reopens after repairs", "The old stone bridge reopened on Monday "
                + "after six weeks of repairs to its arches and parapet.", "Buses return to their usual route.");
        SiteProfile p = SiteProfile.learn("valley", List.of("valley.example"), List.of(a, b));
        assertThat(p.json()).contains("Our reporters are on the ground in the valley and will update this story.")
                .doesNotContain("Flood", "Bridge");
    }

    @Test
    void theReadmeShowsTheProfileLearnedFromItsPages() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "<!-- profile: testdata/rules/profile/page-1.txt testdata/rules/profile/page-2.txt -->\\s*```json\\n(.*?)```",
                java.util.regex.Pattern.DOTALL).matcher(readme);
        assertThat(m.find()).as("the README's profile example").isTrue();
        assertThat(m.group(1)).isEqualTo(SiteProfile.learn("harbourgazette", List.of(), List.of(page(1), page(2))).json());
    }
}
