package io.github.tidings.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tidings.model.BlockType;
import io.github.tidings.clean.TextBlock;
import java.util.List;
import org.junit.jupiter.api.Test;

class DumpReaderTest {

    private static List<String> texts(List<TextBlock> blocks) {
        return blocks.stream().map(TextBlock::text).toList();
    }

    /** A paragraph greedily wrapped at {@code width} columns, as html-to-text and mail tools do. */
    static String wrap(String paragraph, int width, String indent) {
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder(indent);
        for (String word : paragraph.split(" ")) {
            if (line.length() > indent.length() && line.length() + 1 + word.length() > width) {
                out.append(line).append('\n');
                line = new StringBuilder(indent);
            }
            if (line.length() > indent.length()) {
                line.append(' ');
            }
            line.append(word);
        }
        return out.append(line).append('\n').toString();
    }

    private static final String P1 = "The council voted on Tuesday to close the old bridge for repairs that are "
            + "expected to last until the end of next summer, a decision that drew protests from shop owners "
            + "on both banks of the river who say they will lose most of their customers.";
    private static final String P2 = "Engineers found cracks in two of the bridge's supports last year and "
            + "warned that the structure could not carry lorries much longer without the work being done now.";
    private static final String P3 = "A temporary ferry will run every twenty minutes during the day, and "
            + "the council said it would look again at parking charges near the crossing before the spring.";

    @Test
    void unwrapsParagraphsWrappedAtAFixedWidthButKeepsShortLinesApart() {
        String dump = "Home [/]\nNews [/news/]\nSport [/sport/]\n\n"
                + wrap(P1, 80, "") + "\n" + wrap(P2, 80, "") + "\n" + wrap(P3, 80, "")
                + "\nContact us\n12 High Street\nRivertown\n";
        List<TextBlock> blocks = DumpReader.read(dump);
        assertThat(texts(blocks)).containsExactly("Home", "News", "Sport", P1, P2, P3,
                "Contact us", "12 High Street", "Rivertown");
    }

    @Test
    void findsTheWrapWidthFromTheLinesThemselves() {
        String dump = wrap(P1, 60, "") + "\n" + wrap(P2, 60, "") + "\n" + wrap(P3, 60, "") + "\n"
                + wrap(P1 + " " + P2, 60, "");
        assertThat(DumpReader.wrapWidth(lines(dump))).isBetween(55, 60);
        assertThat(texts(DumpReader.read(dump))).containsExactly(P1, P2, P3, P1 + " " + P2);
    }

    @Test
    void linesThatALongUrlOpensDoNotHideTheWidth() {
        String url = " * https://news.example.com/2019/11/19/a-very-long-address-of-another-article-on-the-same-site/";
        String dump = (url + "\n").repeat(5) + wrap(P1, 80, "") + "\n" + wrap(P2, 80, "") + "\n" + wrap(P3, 80, "")
                + " 1. A numbered item in a list of the most read articles that wraps onto a second\n"
                + "    line under its text\n";
        assertThat(texts(DumpReader.read(dump))).contains(P1, P2, P3,
                "1. A numbered item in a list of the most read articles that wraps onto a second line under its text");
    }

    @Test
    void textWithoutWrappingKeepsOneBlockPerLine() {
        String dump = "Title of the page\n" + P1 + "\nShort line\n" + P2 + "\n" + P3 + "\n";
        assertThat(DumpReader.wrapWidth(lines(dump))).isZero();
        assertThat(texts(DumpReader.read(dump))).containsExactly("Title of the page", P1, "Short line", P2, P3);
    }

    @Test
    void joinsAWrappedListItemsContinuationAndStripsTheMarker() {
        String item = "Subscribe to the morning newsletter for the headlines of the day delivered straight to your inbox";
        String dump = wrap(P1, 80, "") + "\n" + wrap(P2, 80, "") + "\n" + wrap(P3, 80, "") + "\n"
                + " * Subscribe to the morning newsletter for the headlines of the day delivered\n"
                + "   straight to your inbox\n * Sign in\n";
        List<TextBlock> blocks = DumpReader.read(dump);
        assertThat(texts(blocks)).endsWith(item, "Sign in");
        assertThat(blocks.get(blocks.size() - 1).type()).isEqualTo(BlockType.LIST_ITEM);
    }

    @Test
    void nestedItemsOfTerminalBrowsersAreListItems() {
        List<TextBlock> blocks = DumpReader.read("     * News\n          o Local\n          + Weather\n   o presidente disse\n");
        assertThat(texts(blocks)).containsExactly("News", "Local", "Weather", "presidente disse");
        assertThat(blocks).allMatch(b -> b.type() == BlockType.LIST_ITEM);
        // At the margin the letter o is a word (Portuguese, Spanish), not a bullet.
        assertThat(texts(DumpReader.read("o presidente disse que sim\n"))).containsExactly("o presidente disse que sim");
    }

    @Test
    void aLineSetLeftOfTheIndentedProseIsAHeading() {
        String dump = "Council closes the old bridge\n\n   " + P1 + "\n\n   " + P2 + "\n\n   " + P3
                + "\n\nMore from the city\n\n   Short line\n";
        List<TextBlock> blocks = DumpReader.read(dump);
        assertThat(blocks.get(0).type()).isEqualTo(BlockType.HEADING);
        assertThat(blocks.get(4).type()).isEqualTo(BlockType.HEADING);
        assertThat(blocks.get(5).type()).isEqualTo(BlockType.PARAGRAPH);
        // Without indented prose the margin says nothing.
        assertThat(DumpReader.read("Council closes the old bridge\n" + P1 + "\n").get(0).type())
                .isEqualTo(BlockType.PARAGRAPH);
    }

    @Test
    void captionsSetFurtherInThanTheProseDoNotMoveTheProseIndent() {
        // A gallery's captions, listed more often than the article has paragraphs, are set
        // further in than the prose; the byline and date, indented like the prose, stay text.
        String caption = "       The old bridge over the river seen from the north bank on a grey morning in November last year";
        StringBuilder dump = new StringBuilder("Council closes the old bridge\n\n   By Jane Doe\n   19 November 2019\n\n");
        for (int i = 0; i < 6; i++) {
            dump.append(caption).append("\n\n");
        }
        dump.append("   ").append(P1).append("\n\n   ").append(P2).append("\n\n   ").append(P3).append("\n");
        List<TextBlock> blocks = DumpReader.read(dump.toString());
        assertThat(blocks.get(0).type()).isEqualTo(BlockType.HEADING);
        assertThat(blocks.get(1).text()).isEqualTo("By Jane Doe");
        assertThat(blocks.get(1).type()).isEqualTo(BlockType.PARAGRAPH);
        assertThat(blocks.get(2).type()).isEqualTo(BlockType.PARAGRAPH);
    }

    @Test
    void aDumpWrappedAtAFixedWidthOrWithItsProseIndentedIsARenderedPage() {
        assertThat(DumpReader.readDump("Council closes the old bridge - City Herald\n" + P1 + "\n" + P2 + "\n").rendered())
                .isFalse();
        assertThat(DumpReader.readDump(wrap(P1, 80, "") + "\n" + wrap(P2, 80, "") + "\n" + wrap(P3, 80, "")).rendered())
                .isTrue();
        assertThat(DumpReader.readDump("Council closes the old bridge\n\n   " + P1 + "\n\n   " + P2 + "\n\n   " + P3 + "\n")
                .rendered()).isTrue();
    }

    @Test
    void capitalsMakeAHeadingOnlyInADumpLaidOutAtAFixedWidth() {
        String wrapped = "COUNCIL CLOSES THE OLD BRIDGE\n\n" + wrap(P1, 80, "") + "\n" + wrap(P2, 80, "") + "\n"
                + wrap(P3, 80, "") + "\nNISSAN SENTRA\n";
        List<TextBlock> blocks = DumpReader.read(wrapped);
        assertThat(blocks.get(0).type()).isEqualTo(BlockType.HEADING);
        assertThat(blocks.get(blocks.size() - 1).type()).isEqualTo(BlockType.HEADING);
        assertThat(DumpReader.read("COUNCIL CLOSES THE OLD BRIDGE\n" + P1 + "\n").get(0).type())
                .isEqualTo(BlockType.PARAGRAPH);
    }

    @Test
    void aHeadingInCapitalsWrappedOverTwoLinesIsStillOneHeading() {
        String headline = "WIE DIE STADTWERKE IN DIESEM WINTER DIE PREISE FÜR STROM UND GAS FÜR ALLE\nHAUSHALTE SENKEN WOLLEN";
        String wrapped = "WIRTSCHAFT\n\n" + headline + "\n\n" + wrap(P1, 80, "") + "\n" + wrap(P2, 80, "") + "\n";
        List<TextBlock> blocks = DumpReader.read(wrapped);
        assertThat(blocks.get(1).type()).isEqualTo(BlockType.HEADING);
        assertThat(blocks.get(1).text()).isEqualTo(headline.replace('\n', ' '));
        // Prose that happens to be wrapped stays prose, and so do capitals ending like a sentence.
        assertThat(blocks.get(2).type()).isEqualTo(BlockType.PARAGRAPH);
        assertThat(DumpReader.read("UN COMUNICADO DEL AYUNTAMIENTO DICE QUE LAS OBRAS DEL PUENTE VIEJO TERMINAN\n"
                + "EN MARZO.\n\n" + wrap(P1, 80, "")).get(0).type()).isEqualTo(BlockType.PARAGRAPH);
    }

    @Test
    void numbersAreNotTakenForListMarkers() {
        assertThat(texts(DumpReader.read("   1. Januar 2023\n"))).containsExactly("1. Januar 2023");
    }

    @Test
    void linkAnnotationsAreCutButCountAsLinkText() {
        TextBlock menu = DumpReader.read("Home [/]\n").get(0);
        assertThat(menu.text()).isEqualTo("Home");
        assertThat(menu.linkDensity()).isEqualTo(1.0);

        TextBlock prose = DumpReader.read("The minister told the committee on Monday that the "
                + "report [https://example.org/report.pdf] would be published within weeks.\n").get(0);
        assertThat(prose.text()).isEqualTo("The minister told the committee on Monday that the report "
                + "would be published within weeks.");
        assertThat(prose.linkDensity()).isBetween(0.01, 0.3);
    }

    @Test
    void aShortLineEndingInATargetIsAllLinkAndAProseLinkIsItsLastWords() {
        TextBlock teaser = DumpReader.read("Used car prices tick up after the storm [/news/108_used-cars]\n").get(0);
        assertThat(teaser.linkDensity()).isEqualTo(1.0);
        TextBlock prose = DumpReader.read("We reviewed the new compact crossover [https://example.org/review] and "
                + "found it to be a real athlete on mountain roads.\n").get(0);
        assertThat(prose.linkChars()).isEqualTo("new compact crossover".length());
    }

    @Test
    void bareUrlsAreLinkTargetsOnlyInADumpThatWritesTargets() {
        String annotated = "Home [/]\nNews [/news/]\nSport [/sport/]\n"
                + "Photo [/img/a.jpg]https://example.org/gallery/day /gallery/day Photo of the day [/gallery/day]\n";
        List<TextBlock> blocks = DumpReader.read(annotated);
        assertThat(blocks.get(3).text()).isEqualTo("Photo Photo of the day");
        assertThat(blocks.get(3).linkDensity()).isEqualTo(1.0);
        String plain = "Read the full report at https://example.org/report/2019 before the vote.\n";
        assertThat(DumpReader.read(plain).get(0).text()).isEqualTo(plain.strip());
        assertThat(DumpReader.read(plain).get(0).linkChars()).isZero();
    }

    @Test
    void manyOpeningBracketsTakeLinearTime() {
        String s = "[".repeat(200_000) + "x]";
        long t0 = System.nanoTime();
        assertThat(DumpReader.read(s)).hasSize(1);
        assertThat(System.nanoTime() - t0).isLessThan(10_000_000_000L); // quadratic would take minutes; 10 s leaves room for a loaded machine
    }

    @Test
    void aTargetWithAQueryMayHoldSpaces() {
        TextBlock b = DumpReader.read("Put your paper on pause [desk@example.org?subject=Put your paper on pause"
                + "&Body=If you are going away]\n").get(0);
        assertThat(b.text()).isEqualTo("Put your paper on pause");
        assertThat(b.linkDensity()).isEqualTo(1.0);
        // Without a query, words in brackets are text even after a URL.
        assertThat(DumpReader.read("See [https://example.org for the full list]\n").get(0).text())
                .isEqualTo("See [https://example.org for the full list]");
    }

    @Test
    void bracketsThatAreTextStay() {
        for (String s : List.of("He said [the plan] was dead.", "See note [1] below.", "Quoted [sic] here.",
                "[ The Guardian ]")) {
            assertThat(DumpReader.read(s).get(0).text()).isEqualTo(s);
            assertThat(DumpReader.read(s).get(0).linkChars()).isZero();
        }
    }

    @Test
    void annotationTargetsAreUrlsPathsAnchorsAddressesAndFileNames() {
        for (String t : List.of("https://a.example/x", "http://a", "/news/", "#top", "?page=2", "./a", "../img/x.gif",
                "www.example.com", "mailto:a@b.c", "javascript:void(0)", "data:image/gif;base64,R0l", "a@example.com",
                "images/spacer.gif", "logo.png", " https://a.example/x ")) {
            assertThat(DumpReader.isAnnotation("[" + t + "]", 1, t.length() + 1)).as(t).isTrue();
        }
        for (String t : List.of("1", "sic", "i", "...", "Reuters", "the plan", "U.S.", "v2.0", "e.V.")) {
            assertThat(DumpReader.isAnnotation("[" + t + "]", 1, t.length() + 1)).as(t).isFalse();
        }
    }

    @Test
    void markupResidueLinesCountAsLinks() {
        for (String s : List.of("#alternate", "#Example News RSS feed", "IFRAME: https://ads.example/frame",
                "____________________ Go (BUTTON)", "[spacer.gif] [logo]")) {
            TextBlock b = DumpReader.read(s).get(0);
            assertThat(b.linkDensity()).as(s).isEqualTo(1.0);
        }
        // A hashtag opening a sentence is prose.
        assertThat(DumpReader.read("#MeToo changed how the company handles complaints, its chief said.").get(0)
                .linkChars()).isZero();
    }

    /** Minified script as a dump tool prints it when it does not know {@code <script>}. */
    static final String SCRIPT_LINE = "var t=window.dataLayer||[];function r(e){if(e.ready){t.push({event:\"load\",id:e.id});"
            + "return true}return false};r({ready:1,id:7});";
    /** A page's embed code showing through as text. */
    static final String MARKUP_LINE = "<blockquote class=\"embed\" data-lang=\"de\"><p>Ein Beitrag der Stadtwerke</p></blockquote>";

    @Test
    void aPageScriptOrALineOfItsSourceIsResidueNotText() {
        for (String s : List.of(SCRIPT_LINE, MARKUP_LINE, "&lt;span data-mce-type=\"bookmark\" style=\"display: none\"&gt;",
                "</div></div><div id=\"footer\">", "<br/> <br/>")) {
            assertThat(DumpReader.read(s).get(0).linkDensity()).as(s).isEqualTo(1.0);
        }
        // Semicolons in a list, an equals sign in a command, a formula's braces, and words in angle
        // brackets (as Korean and Chinese titles are set) are text.
        for (String s : List.of("The tour visits Avignon, France; Austin, Texas; Munich, Germany; and Phoenix, Arizona.",
                "Type netsh wlan set hostednetwork mode=allow ssid=home key=secret to start the network.",
                "(r - k) {r \\choose k} = r {r-1 \\choose k}", "<The Palace: Tale of Jang Noksu> opens on Friday.",
                "<3 to everyone who came to the bake sale on Saturday = a record!")) {
            assertThat(DumpReader.read(s).get(0).linkChars()).as(s).isZero();
        }
    }

    @Test
    void theLinkElementsATerminalBrowserListsOnTheFirstLineAreLinks() {
        // However many feeds the page names, and after a tracking pixel's placeholder.
        for (String first : List.of("#Der Stadtbote » Feed Der Stadtbote » Kommentar-Feed Brücke gesperrt Kommentar-Feed"
                + " alternate alternate", "[px?id=12&ev=PageView] #Le Journal du Port » Flux alternate alternate publisher",
                "#ニュース速報 Atom Feed ニュース速報 RSS Feed")) {
            List<TextBlock> blocks = DumpReader.read("   " + first + "\n\n" + LYNX_PROSE);
            assertThat(blocks.get(0).linkDensity()).as(first).isEqualTo(1.0);
            assertThat(blocks.get(1).linkChars()).isZero();
        }
        // Further down, such a line is a line of hashtags; and a dump that does not indent its text
        // as terminal browsers do may open with one.
        String tags = "#Stadtrat #Brücke #Verkehr und mehr dazu heute";
        assertThat(DumpReader.read(LYNX_PROSE + "\n   " + tags + "\n").get(3).linkChars()).isZero();
        assertThat(DumpReader.read(tags + "\n\n" + LYNX_PROSE.replace("   ", "")).get(0).linkChars()).isZero();
    }

    /** Three paragraphs indented as a terminal browser indents prose. */
    private static final String LYNX_PROSE = "   The council met on Tuesday to vote on the plan for the old bridge over the river.\n\n"
            + "   Shop owners in the old town said they fear losing customers while the bridge is closed.\n\n"
            + "   The mayor said the work would start in spring and take about twelve months to finish.\n";

    @Test
    void anyLineEndSplitsAndIndentationIsNotText() {
        assertThat(texts(DumpReader.read("one\r\ntwo\rthree\u2028four\n\n   five  \n")))
                .containsExactly("one", "two", "three", "four", "five");
        assertThat(DumpReader.read("")).isEmpty();
        assertThat(DumpReader.read(" \n\t\n")).isEmpty();
    }

    @Test
    void cjkLinesJoinWithoutASpace() {
        String zh = "北京市政府周二宣布将在明年春天之前完成老城区的道路改造工程以缓解交通拥堵问题。";
        StringBuilder dump = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            dump.append(wrap(P1, 80, "")).append('\n');
        }
        dump.append(zh, 0, 20).append('\n').append(zh.substring(20)).append('\n');
        // Unwrapping goes by spaces: a Chinese line holds none, so it is not taken for a wrapped one.
        assertThat(texts(DumpReader.read(dump.toString()))).contains(zh.substring(0, 20), zh.substring(20));
    }

    private static List<DumpReader.Line> lines(String dump) {
        return dump.lines().map(l -> {
            String t = l.stripLeading();
            return new DumpReader.Line(l.length() - t.length(), t);
        }).toList();
    }

    @Test
    void dropsTheMarksOfInsertedAndDeletedTextAndEmptyPairs() {
        String dump = "   [INS: :INS]\n\nDer Stadtrat hat [DEL: gestern :DEL] [INS: am Montag :INS] beschlossen.\n\n[INS: :INS]\n";
        assertThat(texts(DumpReader.read(dump))).containsExactly("Der Stadtrat hat gestern am Montag beschlossen.");
    }
}
