package io.github.tidings.internal.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.tidings.ArticleParser;
import io.github.tidings.model.Article;
import io.github.tidings.model.BlockType;
import io.github.tidings.model.Hints;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {
    private static final String PARA = "The council met on Tuesday evening to discuss the new budget, which "
            + "includes funding for schools, roads and the library, and after a long debate it voted to approve it.";

    private static String page(String body) {
        return "<html lang=\"en\"><head><title>Council approves budget | Town Crier</title></head><body>" + body
                + "</body></html>";
    }

    private static String article(int paragraphs) {
        StringBuilder b = new StringBuilder("<h1>Council approves budget</h1>");
        for (int i = 0; i < paragraphs; i++) {
            b.append("<p>").append(i).append(' ').append(PARA).append("</p>");
        }
        return b.toString();
    }

    @Test
    void choosesTheArticleOverNavigationSidebarAndComments() {
        String html = page("<nav><ul><li><a href=/a>Home</a></li><li><a href=/b>Sports</a></li></ul></nav>"
                + "<div class=\"layout\"><div class=\"story-body\">" + article(4) + "</div>"
                + "<div class=\"sidebar\"><p>Most read: a long list of other stories that people clicked on today, "
                + "with many words.</p></div>"
                + "<div id=\"comments\"><p>I think this budget is a waste of money, and the council should resign, "
                + "all of them.</p></div></div>"
                + "<footer><p>Copyright 2024 Town Crier, all rights reserved, contact us for licensing.</p></footer>");
        Article a = ArticleParser.defaults().parseHtml(html);

        assertThat(a.text()).contains("0 The council met").contains("3 The council met");
        assertThat(a.text()).doesNotContain("Most read", "waste of money", "Copyright", "Home");
        assertThat(a.removed()).anySatisfy(r -> assertThat(r.reason()).contains("navigation"));
        assertThat(a.removed()).anySatisfy(r -> assertThat(r.text()).startsWith("I think this budget"));
    }

    /**
     * A document built with its attribute names' case kept (jsoup's own parser lower-cases them)
     * gives the text, date and authors of the same page in lower case: class, id, itemprop and
     * datetime are read in any case. (The furniture drop by class or id reads exact keys only.)
     */
    @Test
    void attributeNamesInAnyCaseReadAsInLowerCase() {
        String body = "<div CLASS=\"layout\"><div Class=\"story-body\">" + article(4)
                + "<p>Published <time DateTime=\"2024-03-05T10:00:00Z\">Tuesday</time> by"
                + " <span ItemProp=\"author\">Ana Ruiz</span></p></div>"
                + "<div CLASS=\"sidebar\"><p>Most read: a long list of other stories that people clicked on today,"
                + " with many words.</p></div>"
                + "<div iD=\"comments\"><p>I think this budget is a waste of money, and the council should resign,"
                + " all of them.</p></div></div>";
        org.jsoup.parser.Parser keepCase = org.jsoup.parser.Parser.htmlParser()
                .settings(org.jsoup.parser.ParseSettings.preserveCase);
        Document mixed = Jsoup.parse(page(body), "", keepCase);
        Document lower = Jsoup.parse(page(body));
        assertThat(mixed.selectFirst("div").attributes().asList().get(0).getKey()).isEqualTo("CLASS");

        Article a = ArticleParser.defaults().parse(mixed);
        Article b = ArticleParser.defaults().parse(lower);
        assertThat(a.text()).isEqualTo(b.text());
        assertThat(a.published()).isEqualTo(b.published()).isPresent();
        assertThat(a.authors()).isEqualTo(b.authors());
    }

    @Test
    void blocksOutsideTheContentAreReportedWithTheFinderName() {
        String html = page("<div><div class=\"promo\"><p>Subscribe today and get the first month free of charge, "
                + "then pay monthly, cancel anytime.</p></div></div><article>" + article(5) + "</article>");
        HtmlInput in = HtmlReader.read(Jsoup.parse(html), Hints.none(), false);

        HtmlInput.Entry promo = in.blocks().stream().filter(e -> e.block().text().startsWith("Subscribe"))
                .findFirst().orElseThrow();
        assertThat(promo.removedBy()).isEqualTo(HtmlReader.FINDER);
        assertThat(promo.reason()).isEqualTo("outside the main content");
        assertThat(in.blocks()).filteredOn(e -> e.block().text().contains("The council met"))
                .hasSize(5).allSatisfy(e -> assertThat(e.removedBy()).isNull());
    }

    @Test
    void blockTypesFollowTheMarkup() {
        String html = page("<article>" + article(3) + "<h2>What comes next</h2><ul><li>More hearings in May, "
                + "when the public can speak.</li></ul><blockquote><p>We did our best with what we had, "
                + "said the mayor.</p></blockquote><pre>line one\n  line two</pre>"
                + "<figure><img src=x.jpg><figcaption>The council chamber on Tuesday.</figcaption></figure>"
                + "</article>");
        HtmlInput in = HtmlReader.read(Jsoup.parse(html), Hints.none(), true);

        assertThat(typeOf(in, "What comes next")).isEqualTo(BlockType.HEADING);
        assertThat(typeOf(in, "More hearings")).isEqualTo(BlockType.LIST_ITEM);
        assertThat(typeOf(in, "We did our best")).isEqualTo(BlockType.QUOTE);
        assertThat(typeOf(in, "line one")).isEqualTo(BlockType.PREFORMATTED);
        assertThat(typeOf(in, "The council chamber")).isEqualTo(BlockType.CAPTION);
        HtmlInput.Entry caption = entry(in, "The council chamber");
        assertThat(caption.removedBy()).isNull();

        HtmlInput without = HtmlReader.read(Jsoup.parse(html), Hints.none(), false);
        assertThat(entry(without, "The council chamber").reason()).isEqualTo("caption");
    }

    @Test
    void smallElementsWithACaptionClassAreCaptionsButABigWrapperIsNot() {
        String html = page("<div class=\"gallery-wrapper\"><article>" + article(4)
                + "<div class=\"photo-credit\">Photo: Ann Lee for the Town Crier newspaper</div></article></div>");
        HtmlInput in = HtmlReader.read(Jsoup.parse(html), Hints.none(), false);

        assertThat(entry(in, "Photo: Ann Lee").reason()).isEqualTo("caption");
        assertThat(entry(in, "0 The council met").block().type()).isEqualTo(BlockType.PARAGRAPH);
        assertThat(entry(in, "0 The council met").removedBy()).isNull();
    }

    @Test
    void bylinesInsideTheContentAreDropped() {
        String html = page("<article><h1>Council approves budget</h1>"
                + "<div class=\"article-byline\">By Ann Lee, staff reporter</div>" + article(4) + "</article>");
        HtmlInput in = HtmlReader.read(Jsoup.parse(html), Hints.none(), false);

        assertThat(entry(in, "By Ann Lee").reason()).contains("byline");
    }

    @Test
    void divTextRunsOutsideChildBlocksAreBlocksOfTheirOwn() {
        String html = page("<div class=\"content\">Lead text written straight into the div, long enough to count."
                + "<p>" + PARA + "</p>Tail text after the paragraph, also in the div itself.</div>");
        HtmlInput in = HtmlReader.read(Jsoup.parse(html), Hints.none(), false);

        assertThat(entry(in, "Lead text").block().tag()).contains("div");
        assertThat(entry(in, "Tail text").block().tag()).contains("div");
        assertThat(entry(in, "The council met").block().tag()).contains("p");
    }

    @Test
    void linkTextIsCounted() {
        String html = page("<article>" + article(3) + "<p><a href=/x>Read more about the council</a> here</p>"
                + "</article>");
        HtmlInput in = HtmlReader.read(Jsoup.parse(html), Hints.none(), false);

        HtmlInput.Entry e = entry(in, "Read more");
        assertThat(e.block().linkChars()).isGreaterThan(20);
        assertThat(e.reason()).isEqualTo("mostly link text");
    }

    /**
     * A sentence that is all or mostly a link, and a run of linked list items that read as
     * sentences, stand between kept paragraphs and stay; a "Related:" headline, a linked call to
     * action ending in "!", a teaser cut off with an ellipsis, and a linked sentence after the
     * article's last paragraph are still dropped.
     */
    @Test
    void linkedSentencesBetweenParagraphsStay() {
        String html = page("<article><h1>Council approves budget</h1>"
                + "<p>1 " + PARA + "</p>"
                + "<p><a href=/donate>Again, here is where to go to give to the library fund.</a></p>"
                + "<p>2 " + PARA + "</p>"
                + "<p>Readers can <a href=/report>read the full report on the budget and its schools fund</a>.</p>"
                + "<p>3 " + PARA + "</p>"
                + "<ul><li>The mayor spoke first, and she asked for a vote on the budget that night.</li>"
                + "<li><a href=/a>The library will open on Sundays from the spring on, the council said.</a></li>"
                + "<li><a href=/b>Roads in the north of the town will be repaired over the summer.</a></li>"
                + "<li>The schools get a new fund for books, which the parents had asked for.</li></ul>"
                + "<p>4 " + PARA + "</p>"
                + "<p>Related: <a href=/r>Council budget talks stall over the new library plan</a></p>"
                + "<p>5 " + PARA + "</p>"
                + "<p><a href=/n>Click here for more news about the town council!</a></p>"
                + "<p>6 " + PARA + "</p>"
                + "<p><a href=/t>The budget vote in the hall: Nobody expected twelve…</a></p>"
                + "<p>7 " + PARA + "</p>"
                + "<p><a href=/s>Sign up to our newsletter for the latest town news.</a></p></article>");
        HtmlInput in = HtmlReader.read(Jsoup.parse(html), Hints.none(), false);

        assertThat(entry(in, "Again, here is where").reason()).isNull();
        assertThat(entry(in, "Readers can read").reason()).isNull();
        assertThat(entry(in, "The library will open").reason()).isNull();
        assertThat(entry(in, "Roads in the north").reason()).isNull();
        assertThat(entry(in, "Related:").reason()).isEqualTo("mostly link text");
        assertThat(entry(in, "Click here").reason()).isEqualTo("mostly link text");
        assertThat(entry(in, "The budget vote").reason()).isEqualTo("mostly link text");
        assertThat(entry(in, "Sign up").reason()).isEqualTo("mostly link text");
    }

    /**
     * A sentence whose name link carries a hover card of the person's latest stories, links
     * whose texts run into each other, stays dropped between paragraphs; a sentence with a link
     * on each of its words, spaces between them, stays.
     */
    @Test
    void linksThatRunIntoEachOtherAreNoLinkedSentence() {
        String html = page("<article><h1>Council approves budget</h1>"
                + "<p>1 " + PARA + "</p>"
                + "<p>Mayor <span><a href=/p/ana>Ana Ruiz</a><span class=\"card\"><a href=/p/ana>Ana Ruiz</a>"
                + "<a href=/s/1>Mayor opens the new library in the north of the town</a> "
                + "<a href=/s/2>Budget talks stall over the plan for the roads</a></span></span> said the vote was fair.</p>"
                + "<p>2 " + PARA + "</p>"
                + "<p>The cost <a href=/a>of</a> <a href=/b>the</a> <a href=/c>new</a> <a href=/d>roads</a> "
                + "<a href=/e>rose</a> <a href=/f>again</a>.</p>"
                + "<p>3 " + PARA + "</p></article>");
        HtmlInput in = HtmlReader.read(Jsoup.parse(html), Hints.none(), false);

        assertThat(entry(in, "Mayor Ana Ruiz").reason()).isEqualTo("mostly link text");
        assertThat(entry(in, "The cost of").reason()).isNull();
    }

    /**
     * A photo page whose only running text is the caption under its picture (a credit in brackets
     * at its end) has the caption as its article, not the footer's fine print; on a page with a
     * paragraph of its own the caption stays a caption.
     */
    @Test
    void theCaptionIsTheArticleOfAPhotoPage() {
        String caption = "The mayor cut the ribbon at the new library on Tuesday, watched by two hundred people"
                + " from the town. It opens to readers next week. (Anna Berg/Town Crier)";
        String photo = "<div class=\"story\"><h1>Library opens</h1><div><img src=\"/a.jpg\"></div>"
                + "<div class=\"caption\">" + caption + "</div></div>";
        String footer = "<div class=\"bottom\"><div>External links are provided for reference purposes only, and we"
                + " answer for none of them. Copyright 2024 Town Crier Media Group</div></div>";
        HtmlInput in = HtmlReader.read(Jsoup.parse(page(photo + footer)), Hints.none(), false);

        assertThat(entry(in, "The mayor cut").reason()).isNull();
        assertThat(entry(in, "External links").reason()).isEqualTo(HtmlReader.OUTSIDE);

        String withText = "<div class=\"story\"><h1>Library opens</h1><div><img src=\"/a.jpg\"></div>"
                + "<div class=\"caption\">" + caption + "</div><p>" + PARA + "</p></div>";
        HtmlInput other = HtmlReader.read(Jsoup.parse(page(withText + footer)), Hints.none(), false);
        assertThat(entry(other, "The mayor cut").reason()).isEqualTo("caption");
    }

    @Test
    void hiddenElementsScriptsAndStylesNeverBecomeText() {
        String html = page("<article>" + article(3) + "<div style=\"display: none\">Secret tracking text that "
                + "nobody sees on the page.</div><script>var x = 'script text';</script><style>p{}</style>"
                + "</article>");
        Article a = ArticleParser.defaults().parseHtml(html);

        assertThat(a.text()).doesNotContain("Secret", "script text", "p{}");
    }

    @Test
    void theHeadlineBecomesTheTitleAndLeavesTheBody() {
        Article a = ArticleParser.defaults().parseHtml(page("<article>" + article(3) + "</article>"));

        assertThat(a.title()).contains("Council approves budget");
        assertThat(a.text()).doesNotContain("Council approves budget");
    }

    @Test
    void theCallersDocumentIsNotModified() {
        Document doc = Jsoup.parse(page("<nav>Menu</nav><article>" + article(3) + "</article>"));
        String before = doc.outerHtml();

        ArticleParser.defaults().parse(doc, Hints.none());

        assertThat(doc.outerHtml()).isEqualTo(before);
    }

    @Test
    void aDocumentNestedOneHundredThousandDeepParses() {
        int depth = 100_000;
        StringBuilder b = new StringBuilder("<html><body>");
        b.append("<div>".repeat(depth)).append("<h1>Council approves budget</h1><p>").append(PARA).append("</p>").append("</div>".repeat(depth));
        b.append("</body></html>");
        Document doc = Jsoup.parse(b.toString());

        assertThatCode(() -> {
            Article a = ArticleParser.defaults().parse(doc, Hints.none());
            assertThat(a.text()).contains("The council met");
        }).doesNotThrowAnyException();
    }

    @Test
    void charsetComesFromTheMetaTag() {
        String html = "<html><head><meta charset=\"ISO-8859-1\"><title>Caf\u00e9 news</title></head><body><article>"
                + "<h1>Caf\u00e9 opens today</h1><p>" + PARA + " The caf\u00e9 opened on the square.</p></article></body></html>";
        byte[] bytes = html.getBytes(StandardCharsets.ISO_8859_1);

        Article a = ArticleParser.defaults().parseHtml(bytes, Hints.none());

        assertThat(a.title()).contains("Caf\u00e9 opens today");
        assertThat(a.text()).contains("The caf\u00e9 opened");
    }

    private static HtmlInput.Entry entry(HtmlInput in, String prefix) {
        List<HtmlInput.Entry> found = in.blocks().stream().filter(e -> e.block().text().startsWith(prefix))
                .toList();
        assertThat(found).as("a block starting with %s", prefix).isNotEmpty();
        return found.get(0);
    }

    private static BlockType typeOf(HtmlInput in, String prefix) {
        return entry(in, prefix).block().type();
    }

    @Test
    void aBlockCarriesTheClassAndIdOfItsElementAndThreeAncestorsInLowerCase() {
        String html = page("<div class=\"Layout\"><div class=\" Story-Body \" ID=\"Main\"><section><span class=\"wrap\">"
                + "<p class=\"Lead\">" + PARA + "</p></span></section></div></div>");
        HtmlInput in = HtmlReader.read(Jsoup.parse(html), Hints.none(), false);

        // p, span, section (none), div: the fifth level up, "layout", is not read
        assertThat(in.blocks()).singleElement().satisfies(e -> assertThat(e.block().classAndId())
                .isEqualTo("lead wrap story-body main"));
    }
}
