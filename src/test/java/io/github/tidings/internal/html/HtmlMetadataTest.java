package io.github.tidings.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tidings.ArticleParser;
import io.github.tidings.model.Article;
import io.github.tidings.model.Published;
import org.junit.jupiter.api.Test;

class HtmlMetadataTest {
    private static final String PARA = "<p>The council met on Tuesday evening to discuss the new budget, which "
            + "includes funding for schools, roads and the library, and voted to approve it.</p>";

    private static Article parse(String head, String body) {
        return ArticleParser.defaults().parseHtml("<html><head>" + head + "</head><body>" + body + PARA + PARA
                + "</body></html>");
    }

    @Test
    void theLocalTimeOfTheSameInstantGivesTheDay() {
        // JSON-LD in UTC (already the next day there), the page's own <time> in its zone
        String ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Council approves budget\","
                + "\"datePublished\":\"2022-05-04T03:37:37+00:00\"}</script>";
        Article a = parse(ld, "<h1>Council approves budget</h1><time datetime=\"2022-05-03T23:37:37-04:00\">May 3</time>");
        assertThat(a.published().map(Published::date)).contains(java.time.LocalDate.of(2022, 5, 3));
        // another instant is another date, not the same one in local time: the first source stays
        Article b = parse(ld, "<h1>Council approves budget</h1><time datetime=\"2022-04-01T10:00:00-04:00\">April 1</time>");
        assertThat(b.published().map(Published::date)).contains(java.time.LocalDate.of(2022, 5, 4));
    }

    @Test
    void aDateMarkedAsPublishedGoesBeforeAMetaThatNamesADateOfNothing() {
        // a content system stamps "date" and "DCTERMS.date" with the document's last edit; the
        // article marks its publication day with itemprop=datePublished
        for (String name : new String[] {"date", "DC.date", "DCTERMS.date"}) {
            Article a = parse("<meta name=\"" + name + "\" content=\"2022-01-21T15:38:44+01:00\">",
                    "<h1>Winterspaziergang mit dem Hund</h1><time itemprop=\"datePublished\" datetime=\"2022-01-27\">"
                    + "27. Januar 2022</time>");
            assertThat(a.published().map(Published::date)).as(name).contains(java.time.LocalDate.of(2022, 1, 27));
        }
        // alone, such a meta still gives the date
        Article b = parse("<meta name=\"date\" content=\"2022-01-21T15:38:44+01:00\">", "<h1>Council approves budget</h1>");
        assertThat(b.published().map(Published::date)).contains(java.time.LocalDate.of(2022, 1, 21));
        // a meta that says it holds the publication day goes first
        Article c = parse("<meta property=\"article:published_time\" content=\"2022-01-21T15:38:44+01:00\">",
                "<h1>Council approves budget</h1><span itemprop=\"datePublished\">2022-01-27</span>");
        assertThat(c.published().map(Published::date)).contains(java.time.LocalDate.of(2022, 1, 21));
    }

    @Test
    void aLabelledBylineOfOtherNamesGivesWayToTheMetadataAuthorsThePageShows() {
        String[][] pages = {
            // {metadata author, labelled line the text reader reads as a byline, expected}
            {"Carla Chevez", "Por Ser Fan Enamorada", "Carla Chevez"},
            {"Anna Berg", "Von Redaktion Sportdesk", "Anna Berg"},
        };
        for (String[] p : pages) {
            String ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Council approves "
                    + "budget\",\"author\":{\"@type\":\"Person\",\"name\":\"" + p[0] + "\"}}</script>";
            Article shown = parse(ld, "<h1>Council approves budget</h1><p>" + p[1] + "</p>" + PARA
                    + "<div class=\"author-box\"><p>" + p[0] + "</p></div>");
            assertThat(shown.authors()).as(p[1]).containsExactly(p[2]);
        }
        String ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Council approves "
                + "budget\",\"author\":{\"@type\":\"Person\",\"name\":\"Carla Chevez\"}}</script>";
        // the metadata's name nowhere on the page: the byline readers see stays
        Article unseen = parse(ld, "<h1>Council approves budget</h1><p>By Jane Roe</p>" + PARA);
        assertThat(unseen.authors()).containsExactly("Jane Roe");
        // an agency's one-word name is no person's: the visible byline stays
        Article agency = parse(ld.replace("Carla Chevez", "Reuters"), "<h1>Council approves budget</h1><p>By Jane Roe</p>"
                + PARA + "<p>Reuters</p>");
        assertThat(agency.authors()).containsExactly("Jane Roe");
    }

    @Test
    void markupValuesAreUnescapedOnlyWhereAnEntityMayStart() {
        assertThat(HtmlMetadata.mayHoldEntity("Tom & Jerry")).isFalse();
        assertThat(HtmlMetadata.mayHoldEntity("ends with &")).isFalse();
        assertThat(HtmlMetadata.mayHoldEntity("AT&T")).isTrue();
        assertThat(HtmlMetadata.mayHoldEntity("caf&#233;")).isTrue();
        assertThat(HtmlMetadata.clean("Tom & Jerry &amp; friends")).isEqualTo("Tom & Jerry & friends");
        assertThat(HtmlMetadata.clean("Q&A: caf&amp;eacute; <b>menu</b>")).isEqualTo("Q&A: café menu");
    }

    @Test
    void jsonLdInsideAGraphWithIdReferences() {
        String ld = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
                + "{\"@type\":\"Organization\",\"@id\":\"#org\",\"name\":\"Town Crier\"},"
                + "{\"@type\":\"Person\",\"@id\":\"#p1\",\"name\":\"Ann Lee\"},"
                + "{\"@type\":[\"NewsArticle\"],\"headline\":\"Council approves budget\","
                + "\"datePublished\":\"2024-03-05T18:30:00+01:00\",\"author\":{\"@id\":\"#p1\"},"
                + "\"publisher\":{\"@id\":\"#org\"},\"inLanguage\":\"en-GB\"}]}</script>";
        Article a = parse(ld, "<h1>Council approves budget</h1>");

        assertThat(a.title()).contains("Council approves budget");
        assertThat(a.published()).contains(Published.parse("2024-03-05T18:30:00+01:00"));
        assertThat(a.authors()).containsExactly("Ann Lee");
        assertThat(a.siteName()).contains("Town Crier");
        assertThat(a.language()).contains("en");
    }

    @Test
    void authorsAsArraysStringsAndOrganisations() {
        String ld = "<script type=\"application/ld+json\">{\"@type\":\"BlogPosting\",\"headline\":\"Hi\","
                + "\"author\":[{\"@type\":\"Person\",\"name\":\"Ann Lee\"},\"By BOB STONE, Staff Writer\"],"
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Town Crier\"}}</script>";
        Article a = parse(ld, "");

        assertThat(a.authors()).containsExactly("Ann Lee", "Bob Stone");
    }

    @Test
    void authorsRepeatedInAnotherCaseAreKeptOnce() {
        String ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Hi\","
                + "\"author\":[\"Ann Lee\",\"ANN LEE\",\"Bob Stone\",\"ann lee\",\"Bob Stone\"]}</script>";
        assertThat(parse(ld, "").authors()).containsExactly("Ann Lee", "Bob Stone");
        assertThat(HtmlMetadata.ignoringCase("Ann LEE")).isEqualTo(HtmlMetadata.ignoringCase("ann lee"));
    }

    @Test
    void manyJsonLdAuthorsTakeLinearTime() {
        // 100k distinct names (2 MB): the duplicate check compared each with every kept name
        // before, minutes of work; a set makes it a fraction of a second
        StringBuilder ld = new StringBuilder("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"headline\":\"Hi\",\"author\":[");
        for (int i = 0; i < 100_000; i++) {
            ld.append(i == 0 ? "" : ",").append("\"Name").append(i).append(" Person\"");
        }
        ld.append("]}</script>");
        Article a = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> parse(ld.toString(), ""));
        assertThat(a.authors()).isNotEmpty();
    }

    @Test
    void anAuthorThatIsTheSiteItselfIsNoAuthor() {
        String head = "<meta property=\"og:site_name\" content=\"Town Crier\"><meta name=\"author\" content=\"Town Crier\">";

        assertThat(parse(head, "").authors()).isEmpty();
    }

    @Test
    void openGraphAndArticleMetasWhenThereIsNoJsonLd() {
        String head = "<meta property=\"og:title\" content=\"Council approves budget\">"
                + "<meta property=\"og:site_name\" content=\"Town Crier\">"
                + "<meta property=\"article:published_time\" content=\"2024-03-05T17:30:00Z\">"
                + "<meta name=\"author\" content=\"Ann Lee\"><meta http-equiv=\"content-language\" content=\"de-AT\">";
        String de = "<p>Der Gemeinderat hat am Dienstag den Haushalt beschlossen, nachdem die Mitglieder stundenlang "
                + "über die Straßen und die Bibliothek gestritten hatten.</p>";
        Article a = ArticleParser.defaults().parseHtml("<html><head>" + head + "</head><body>"
                + "<h1>Council approves budget</h1>" + de + de + "</body></html>");

        assertThat(a.published()).contains(Published.parse("2024-03-05T17:30:00Z"));
        assertThat(a.authors()).containsExactly("Ann Lee");
        assertThat(a.siteName()).contains("Town Crier");
        assertThat(a.language()).contains("de");
    }

    @Test
    void aWrittenDateInMetadataIsReadToo() {
        String head = "<meta property=\"article:published_time\" content=\"November 19, 2019, 07:47 PM EST\">";
        assertThat(parse(head, "<h1>Council approves budget</h1>").published())
                .contains(Published.parse("2019-11-19T19:47-05:00"));
    }

    @Test
    void jsonLdWinsOverMetasAndMetasOverTimeElements() {
        String head = "<meta property=\"article:published_time\" content=\"2024-03-04\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"Article\",\"datePublished\":\"2024-03-05\"}</script>";
        assertThat(parse(head, "").published()).contains(Published.parse("2024-03-05"));

        Article timeOnly = parse("", "<time datetime=\"2024-03-06T08:00:00+02:00\">6 March</time>");
        assertThat(timeOnly.published()).contains(Published.parse("2024-03-06T08:00:00+02:00"));
    }

    @Test
    void placeholderDatesAreIgnoredAndWrittenDatesRead() {
        assertThat(HtmlMetadata.parseDate("0001-01-01T00:00:00Z")).isNull();
        assertThat(HtmlMetadata.parseDate("not a date")).isNull();
        assertThat(HtmlMetadata.parseDate("November 19, 2019")).isEqualTo(Published.parse("2019-11-19"));
        assertThat(HtmlMetadata.parseDate("2019-11-19 13:03:00+0000")).isEqualTo(
                Published.parse("2019-11-19T13:03:00Z"));
        assertThat(HtmlMetadata.parseDate("2019-11-19T13:03:00.123-05:00")).isEqualTo(
                Published.parse("2019-11-19T13:03:00-05:00"));
    }

    @Test
    void theVisibleHeadlineWinsOverAnSeoTitle() {
        String head = "<title>Budget news: what you need to know about spending | Town Crier</title>"
                + "<meta property=\"og:title\" content=\"Budget news: what you need to know about spending\">";
        Article a = parse(head, "<h1>Council approves budget after long debate</h1>");

        assertThat(a.title()).contains("Council approves budget after long debate");
    }

    @Test
    void theSitePartOfTheTitleIsCutAndNamesTheSite() {
        Article a = parse("<title>Council approves budget | Town Crier</title>", "<h1>Council approves budget</h1>");

        assertThat(a.title()).contains("Council approves budget");
        assertThat(a.siteName()).contains("Town Crier");
    }

    @Test
    void aMetadataTitleThatEqualsTheHeadlineIsTaken() {
        String head = "<meta property=\"og:title\" content=\"Council Approves Budget\">";
        Article a = parse(head, "<h1>Council approves budget</h1>");

        assertThat(a.title()).contains("Council Approves Budget");
    }

    @Test
    void htmlLangGivesTheLanguage() {
        String pt = "<p>A prefeitura anunciou nesta quinta-feira a construção de um parque na zona norte da cidade, "
                + "em uma área que hoje está abandonada, e os moradores comemoraram a notícia.</p>";
        Article a = ArticleParser.defaults().parseHtml("<html lang=\"pt-BR\"><body><h1>Oi</h1>" + pt + "</body></html>");
        assertThat(a.language()).contains("pt");

        // A stated language the text contradicts loses to the text's own.
        Article wrong = ArticleParser.defaults().parseHtml("<html lang=\"de\"><body><h1>Hi</h1>" + PARA + "</body></html>");
        assertThat(wrong.language()).contains("en");
    }

    @Test
    void articleBodyThatAgreesWithTheDomLeadsTheChoice() {
        String body = "Sentence number 0 of the real story tells what the council decided on Tuesday. "
                + "Members argued for hours about roads before the mayor called the vote at midnight. "
                + "Nine voted for the plan and two against, so the library will open longer next year.";
        String ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\""
                + body + "\"}</script>";
        String page = "<body><h1>Council decides</h1>"
                + "<div class=\"teasers\"><p>Other story one, with commas and more, about the weather.</p>"
                + "<p>Other story two, with commas and more, about the weather.</p>"
                + "<p>Other story three, with commas and more, about the weather.</p></div>"
                + "<div class=\"x\"><p>" + body + "</p></div></body></html>";

        Article with = ArticleParser.defaults().parseHtml("<html><head>" + ld + "</head>" + page);
        Article without = ArticleParser.defaults().parseHtml("<html><head></head>" + page);

        assertThat(with.text()).contains("Sentence number 0").doesNotContain("Other story");
        assertThat(without.text()).contains("Other story");
    }
}
