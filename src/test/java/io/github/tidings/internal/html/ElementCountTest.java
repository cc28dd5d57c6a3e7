package io.github.tidings.internal.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tidings.model.Hints;
import io.github.tidings.model.Limits;
import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.ParseSettings;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * The block walk counts the document's elements for {@link Limits#maxElements()} (those in the
 * subtrees it skips, and outside the body, too) instead of a walk of their own: its count must be
 * jsoup's count of every element, and the reader must refuse a document just past the limit and
 * read one at it.
 */
class ElementCountTest {
    @Test
    void theWalkCountsEveryElementOfTheDocument() {
        Random r = new Random(4);
        Parser keepCase = Parser.htmlParser().settings(ParseSettings.preserveCase);
        for (int i = 0; i < 2000; i++) {
            String html = BylineWalkTest.page(r);
            for (Parser p : List.of(Parser.htmlParser(), keepCase)) {
                Document doc = Jsoup.parse(html, "", p);
                int all = doc.getAllElements().size();
                int outside = BlockCollector.elementsIn(doc, doc.body(), Integer.MAX_VALUE);
                assertThat(BlockCollector.collect(doc.body(), outside, Integer.MAX_VALUE).elements()).as(html)
                        .isEqualTo(all);
                assertThat(BlockCollector.elementsIn(doc, null, all - 1)).isEqualTo(all); // stops one past
            }
        }
    }

    @Test
    void theReaderRefusesADocumentPastTheLimitAndReadsOneAtIt() {
        Random r = new Random(5);
        for (int i = 0; i < 300; i++) {
            Document doc = Jsoup.parse(BylineWalkTest.page(r));
            int all = doc.getAllElements().size();
            assertThat(HtmlReader.read(doc, Hints.none(), false, Limits.builder().maxElements(all).build()))
                    .isNotNull();
            assertThatThrownBy(() -> HtmlReader.read(doc, Hints.none(), false,
                    Limits.builder().maxElements(all - 1).build()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxElements");
        }
        // a body-less document built by code: the walk starts at the document itself
        Document bare = new Document("");
        bare.appendElement("div").appendElement("svg").appendElement("g").appendElement("path");
        assertThatThrownBy(() -> HtmlReader.read(bare, Hints.none(), false, Limits.builder().maxElements(4).build()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(HtmlReader.read(bare, Hints.none(), false, Limits.builder().maxElements(5).build())).isNotNull();
        // one without a head: head() would add it, and it is no element the caller gave
        Document noHead = new Document("");
        noHead.appendElement("html").appendElement("body").appendElement("p").text("x");
        assertThatThrownBy(() -> HtmlReader.read(noHead, Hints.none(), false,
                Limits.builder().maxElements(3).build())).isInstanceOf(IllegalArgumentException.class);
        Document noHeadAgain = new Document("");
        noHeadAgain.appendElement("html").appendElement("body").appendElement("p").text("x");
        assertThat(HtmlReader.read(noHeadAgain, Hints.none(), false, Limits.builder().maxElements(4).build()))
                .isNotNull();
    }
}
