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
        assertThat(p.ruleCount()).isEqualTo(7);
        assertThat(p.pageCount()).isEqualTo(2);
        assertThat(p.json()).contains("\"signature\": \"THE HARBOUR GAZETTE\"",
                "{\"name\": \"line-2\", \"count\": 2, \"remove\": {\"exact\": \"Home | News | Sport | Weather | Letters\"}}",
                "{\"name\": \"line-3\", \"count\": 2, \"remove\": {\"pattern\": \"# comments\"}}",
                "\"pattern\": \"© # Harbour Gazette Ltd. All rights reserved.\"")
                // the date lines change in more than their numbers: a pattern of what they share
                .contains("{\"name\": \"line-7\", \"count\": 2, \"remove\": {\"pattern\": \"* # March # | Updated #\"}}")
                .doesNotContain("Ferry", "Lifeboat", "Monday"); // the articles' own lines
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

    private static String markerPage(int n) throws IOException {
        return Files.readString(Path.of("testdata/rules/markers/page-" + n + ".txt"), StandardCharsets.UTF_8);
    }

    @Test
    void theLinesArticlesStartAfterAndEndAtAreLearnedFromWhatTheParserKeptOnEachPage() throws IOException {
        SiteProfile p = SiteProfile.learn("courier", List.of(), List.of(markerPage(1), markerPage(2), markerPage(3)));
        assertThat(p.json()).contains(
                "{\"name\": \"start-1\", \"count\": 3, \"removeUntil\": {\"exact\": \"Today's top stories\"}}",
                "{\"name\": \"end-1\", \"count\": 3, \"removeFrom\": {\"exact\": \"More from the Courier\"}}")
                // a story's title recurs in the lists of other pages, but it is one page's headline: no marker
                .doesNotContain("\"removeUntil\": {\"exact\": \"Drainage board", "\"removeFrom\": {\"exact\": \"Sugar beet");
        Article plain = ArticleParser.defaults().parse(markerPage(4));
        Article with = ArticleParser.builder().rules(p.json()).build().parse(markerPage(4));
        String teaser = "The county show returns to the showground next month";
        assertThat(plain.text()).contains(teaser);
        assertThat(with.text()).doesNotContain(teaser).contains("The library in the market square will open",
                "Council officers said", "Readers started a petition");
        assertThat(with.removed()).anyMatch(r -> r.cleaner().equals("courier/end-1") && r.text().startsWith(teaser));
    }

    @Test
    void aMarkerIsNeverThePagesOwnHeadline() {
        String rules = """
                {"sites": [{"site": "s", "signature": "Pier Post", "rules": [
                  {"name": "end", "removeFrom": {"exact": "Storm closes the coast road"}}]}]}""";
        String page = "Storm closes the coast road | Pier Post\n\nStorm closes the coast road\n\n"
                + "The coast road was closed on Friday night after waves threw shingle across both lanes near the pier.\n\n"
                + "Police said it would stay shut until the tide turned and the council had cleared the stones.\n\n"
                + "Most read\n\nStorm closes the coast road\n\nNew benches for the promenade";
        Article a = ArticleParser.builder().rules(rules).build().parse(page);
        assertThat(a.text()).contains("The coast road was closed", "Police said").doesNotContain("New benches");
    }

    @Test
    void aMarkerOnTheWrongSideOfThePagesHeadlineDoesNotBoundItsArticle() {
        String rules = """
                {"sites": [{"site": "s", "signature": "Pier Post", "rules": [
                  {"name": "start", "removeUntil": {"exact": "Election desk"}}]}]}""";
        String page = "Lifeboat crew rescue two walkers | Pier Post\n\nLifeboat crew rescue two walkers\n\n"
                + "Two walkers cut off by the tide below the cliffs were brought ashore by the lifeboat on Sunday afternoon.\n\n"
                + "The crew said both were cold but unhurt, and reminded visitors to check the tide tables.\n\n"
                + "Election desk\n\nCandidates for the harbour ward";
        Article a = ArticleParser.builder().rules(rules).build().parse(page);
        assertThat(a.text()).contains("Two walkers cut off by the tide", "The crew said both were cold");
        assertThat(a.removed()).noneMatch(r -> r.cleaner().equals("s/start"));
        // above the headline, the same marker bounds the article as written
        Article b = ArticleParser.builder().rules(rules).build().parse(page.replace("Election desk\n\n", "")
                .replace("Pier Post\n\n", "Pier Post\n\nMostly sunny on the seafront today, with a light breeze\n\nElection desk\n\n"));
        assertThat(b.removed()).anyMatch(r -> r.cleaner().equals("s/start") && r.text().startsWith("Mostly sunny"));
    }

    @Test
    void htmlPagesTeachTheElementHoldingTheArticleAndTheSiteName() {
        String template = "<html><head><title>%s | Valley Post</title></head><body><div class='masthead'><a href='/'>Valley "
                + "Post</a> <a href='/news'>News</a></div><div id='story'><h1>%s</h1><p>%s</p><p>%s</p></div>"
                + "<div class='promo'><p>Read the Valley Post in print every Thursday.</p></div></body></html>";
        List<String> pages = List.of(
                String.format(template, "Flood warning", "Flood warning", "Rivers in the valley rose overnight after three "
                        + "days of rain, and the agency warned of flooding along the lower reaches.", "Residents were told "
                        + "to move their cars away from the river before the next high water on Tuesday."),
                String.format(template, "Bridge reopens", "Bridge reopens", "The old stone bridge reopened on Monday after "
                        + "six weeks of repairs to its arches and to the parapet on its eastern side.", "Buses return to "
                        + "their usual route over the bridge from next week, the county council said."),
                String.format(template, "School gets a new roof", "School gets a new roof", "The village school will have a "
                        + "new roof before winter, after parents raised the last of the money at the autumn fair.",
                        "Builders start work in the half-term holiday so that lessons are not disturbed."));
        SiteProfile p = SiteProfile.learn("valley", List.of("valley.example"), pages);
        assertThat(p.json()).contains("{\"name\": \"article\", \"count\": 3, \"rootSelector\": \"div#story\"}",
                "{\"name\": \"site-name\", \"count\": 3, \"siteName\": \"Valley Post\"}");
        // a page whose title does not name the site is named by the profile
        String page = String.format(template, "Fair returns", "Fair returns", "The autumn fair returns to the green on "
                + "Saturday with more stalls than ever and a brass band from the town.", "Parking will be in the field "
                + "behind the church, and the road past the green will be closed.").replace(" | Valley Post</title>", "</title>");
        Article a = ArticleParser.builder().rules(p.json()).build().parse(page, InputFormat.HTML,
                Hints.ofUrl("https://valley.example/fair"));
        assertThat(a.siteName()).contains("Valley Post");
        assertThat(a.text()).contains("The autumn fair returns", "Parking will be").doesNotContain("in print every Thursday");
        assertThat(a.removed()).anyMatch(r -> r.cleaner().equals("valley/site-name"));
        // without a host, a template line the reader removes (here the promo) is the signature
        assertThat(SiteProfile.learn("valley", List.of(), pages).json())
                .contains("\"signature\": \"Read the Valley Post in print every Thursday.\"");
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
