package io.github.tidings.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tidings.ArticleParser;
import io.github.tidings.model.Article;
import org.junit.jupiter.api.Test;

/** The content finder's choice of the article's element, on small invented pages. */
class ContentFinderTest {

    private static String page(String body) {
        return "<html lang=\"en\"><head><title>Harbour reopens after storm | Coast Post</title></head><body>"
                + "<h1>Harbour reopens after storm</h1>" + body + "</body></html>";
    }

    private static String paragraphs(String topic, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append("<p>").append(topic).append(' ').append(i)
                    .append(": the harbour master said on Monday that the piers, the fuel dock and the ferry ramp")
                    .append(" were inspected by divers, and that boats may sail again from noon.</p>");
        }
        return b.toString();
    }

    /**
     * Each part of the story in a section of its own, each section in a wrapper of one class beside
     * an advert: the parts are cousins of the best one, and all join it.
     */
    @Test
    void partsInWrappersOfOneClassAllJoin() {
        String ad = "<div class=\"slot\"><a href=\"/ads\">Advertisement</a></div>";
        String html = page("<div class=\"story\">"
                + "<div class=\"part\"><section class=\"text\">" + paragraphs("First part", 3) + "</section>" + ad + "</div>"
                + "<div class=\"part\"><section class=\"text\">" + paragraphs("Second part", 5) + "</section>" + ad + "</div>"
                + "<div class=\"part\"><section class=\"text\">" + paragraphs("Third part", 2) + "</section>" + ad + "</div>"
                + "</div>");

        Article a = ArticleParser.defaults().parseHtml(html);

        assertThat(a.text()).contains("First part 0:", "Second part 4:", "Third part 1:");
    }

    /**
     * A page that gives all its regions one wrapper class: the fine print in a wrapper like the
     * article's scores far below it and stays out.
     */
    @Test
    void aWrapperClassForEveryRegionBringsInNoWeakCousin() {
        String html = page("<div class=\"box\"><div class=\"text\">" + paragraphs("Story", 6)
                + "</div><p>Related: <a href=\"/a\">Tides this week</a></p></div>"
                + "<div class=\"box\"><div class=\"fine\"><p>All reports are checked by our desk, and corrections"
                + " are printed on page two within a day.</p></div><p><a href=\"/c\">Contact</a></p></div>");

        Article a = ArticleParser.defaults().parseHtml(html);

        assertThat(a.text()).contains("Story 0:", "Story 5:").doesNotContain("corrections are printed");
    }

    /**
     * A post filed under "promo videos" and tagged "social media" carries those terms as classes
     * beside the post's markers: they name no promo box and no sharing bar, so the class words the
     * finder judges the post by leave them out.
     */
    @Test
    void aPostsCategoryAndTagClassesAreNotItsClassWords() {
        org.jsoup.nodes.Element post = org.jsoup.Jsoup.parse("<div id=\"post-7\" class=\"post type-post hentry"
                + " category-promo-videos tag-social-media\"><p>Text</p></div>").selectFirst("div");

        assertThat(BlockCollector.classAndId(post)).isEqualTo("post type-post hentry post-7");
        assertThat(new ClassHints.Facts(BlockCollector.classAndId(post)).match(ClassHints.Facts.FURNITURE_LIST)).isNull();
        assertThat(new ClassHints.Facts("post hentry promo-box").match(ClassHints.Facts.FURNITURE_LIST)).isEqualTo("promo");
    }

    @Test
    void termClassesAreLeftOutOnlyBesideAPostsMarkers() {
        assertThat(TaxonomyClasses.withoutTerms("post hentry category-promo tag-share-this"))
                .isEqualTo("post hentry");
        assertThat(TaxonomyClasses.withoutTerms("article type-post category-social")).isEqualTo("article type-post");
        // without a post's markers a category- or tag- class is the element's own: a tag cloud, a category menu
        assertThat(TaxonomyClasses.withoutTerms("tag-cloud")).isEqualTo("tag-cloud");
        assertThat(TaxonomyClasses.withoutTerms("widget category-menu")).isEqualTo("widget category-menu");
        assertThat(TaxonomyClasses.withoutTerms("story-body")).isEqualTo("story-body");
    }

    /**
     * An old page laid out with tables: each paragraph in a row of its own, the longest one the
     * winner. Its sibling rows that hold one run of paragraph text join it; a row of links does not.
     */
    @Test
    void tableRowsThatHoldOneParagraphEachJoin() {
        String html = page("<table><tr><td class=\"nav\"><a href=\"/\">Home</a> <a href=\"/s\">Sport</a></td><td>"
                + "<table><tr><td class=\"copy\">Ferries leave again at noon, the port said.</td></tr>"
                + "<tr><td class=\"copy\">The storm closed the harbour for three days, and divers, engineers and"
                + " the coast guard spent Sunday and Monday on the piers, the fuel dock and the ferry ramp, which"
                + " were found sound, said the harbour master, who thanked the crews for working through the"
                + " night.</td></tr>"
                + "<tr><td><center><a href=\"/ad\">Advertisement</a></center></td></tr>"
                + "<tr><td class=\"copy\">Fishing boats were first out, before dawn.</td></tr>"
                + "<tr><td><a href=\"/a\">More local news</a> | <a href=\"/b\">Weather for the coast</a></td></tr>"
                + "</table></td></tr></table>");

        Article a = ArticleParser.defaults().parseHtml(html);

        assertThat(a.text()).contains("Ferries leave again at noon", "The storm closed the harbour",
                "Fishing boats were first out").doesNotContain("More local news", "Advertisement");
    }

    /**
     * A theme that wraps the article's text in its sticky share bar's element: the element's class
     * names sharing, but it holds all the page's running text, in an element that says it is the
     * content. It is the article's wrapper, not a share bar.
     */
    @Test
    void aShareBarsElementThatWrapsTheWholeTextIsNoFurniture() {
        String html = page("<div class=\"share-sticky\"><ul><li><a href=\"/s\">Share</a></li></ul>"
                + "<div class=\"entry-content\">" + paragraphs("Wrapped", 4) + "</div></div>"
                + "<div class=\"footer-links\"><a href=\"/i\">Imprint</a></div>");

        Article a = ArticleParser.defaults().parseHtml(html);

        assertThat(a.text()).contains("Wrapped 0:", "Wrapped 3:");
    }

    /** A sidebar's text widget with paragraphs of its own beside a short post stays a sidebar. */
    @Test
    void aSidebarWithParagraphsBesideAShortPostStaysOut() {
        String html = page("<div class=\"post\"><p>The ferry ramp was found sound by the divers on Monday, and"
                + " boats may sail again from noon, the port said.</p></div>"
                + "<div class=\"sidebar\"><div class=\"widget widget_text\">" + paragraphs("Widget", 3) + "</div></div>");

        Article a = ArticleParser.defaults().parseHtml(html);

        assertThat(a.text()).contains("ferry ramp was found sound").doesNotContain("Widget 0:");
    }
}
