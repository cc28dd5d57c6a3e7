package io.github.tidings.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseSettings;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.junit.jupiter.api.Test;

/**
 * The block walk gathers the body's byline marks from the attributes it reads anyway, and matches
 * only the elements whose keys or class text can mark one; {@link MarkupByline} found them by a
 * selector scan of the body. Both must give the same elements in the same order, on generated
 * pages that mix spellings, cases, post term classes and elements the walk skips.
 */
class BylineWalkTest {
    private static final Evaluator BYLINE = QueryParser.parse(
            "[rel=author], [itemprop=author], .fn, .author, .byline, .autor");
    private static final List<String> TAGS = List.of("div", "ul", "li", "a", "span", "nav", "p", "section",
            "script", "noscript", "svg", "button", "template", "select", "iframe", "table", "td", "h2", "form",
            "address", "em");
    private static final List<String> KEYS = List.of("class", "class", "rel", "itemprop", "id", "CLASS", "Rel",
            "ItemProp", "href", "title", "Class");
    private static final List<String> VALUES = List.of("author", "Author", "AUTHOR ", " byline", "by-line",
            "post-author", "vcard fn", "FN", "fn n", "autor", "Autorin", "bylıne", "ſtory", "fn\u001Fx",
            "x\u001Fauthor", "hentry tag-author", "hentry tag-x\u001Fauthor", "type-post category-byline autor",
            "story", "menu", "", "  ", "authors", "AuThOr", "byline meta");

    @Test
    void theWalkFindsTheMarksTheSelectorScanFinds() {
        Random r = new Random(20261204);
        Parser plain = Parser.htmlParser();
        Parser keepCase = Parser.htmlParser().settings(ParseSettings.preserveCase);
        int found = 0;
        int full = 0;
        for (int i = 0; i < 3000; i++) {
            String html = page(r);
            for (Parser p : List.of(plain, keepCase)) {
                Document doc = Jsoup.parse(html, "https://example.org/a", p);
                List<Element> all = doc.body().select(BYLINE);
                List<Element> expected = all.subList(0, Math.min(all.size(), MarkupByline.MAX_ELEMENTS));
                BlockCollector c = BlockCollector.collect(doc.body());
                assertThat(c.bylineMarks).as(html).hasSameSizeAs(expected);
                for (int k = 0; k < expected.size(); k++) {
                    assertThat(c.bylineMarks.get(k)).as(html).isSameAs(expected.get(k));
                }
                found += expected.size();
                full += all.size() > MarkupByline.MAX_ELEMENTS ? 1 : 0;
            }
        }
        assertThat(found).isGreaterThan(3000);
        assertThat(full).isGreaterThan(10); // pages with more marks than are looked at occur too
    }

    @Test
    void aClassTextWithoutAByLineWordNeedsNoMatching() {
        assertThat(MarkupByline.holdsClassWord("post-AUTHOR")).isTrue();
        assertThat(MarkupByline.holdsClassWord("bylıne")).isTrue(); // dotless i upper-cases to I, as jsoup compares
        assertThat(MarkupByline.holdsClassWord("vcard fn")).isTrue();
        assertThat(MarkupByline.holdsClassWord("story meta")).isFalse();
        assertThat(MarkupByline.holdsClassWord("f")).isFalse();
        // the quick test skips places whose first two characters are not a word's first two
        // letters in either case: no other character folds to one of them
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            int folded = c | 0x20;
            for (String w : MarkupByline.CLASS_WORDS) {
                if (folded != w.charAt(0)) {
                    assertThat((c + w.substring(1)).regionMatches(true, 0, w, 0, w.length())).as("U+%04X", (int) c)
                            .isFalse();
                }
                if (folded != w.charAt(1)) {
                    assertThat((w.charAt(0) + "" + c + w.substring(2)).regionMatches(true, 0, w, 0, w.length()))
                            .as("U+%04X", (int) c).isFalse();
                }
            }
        }
    }

    /** A page of nested elements drawn from the pools, some with attributes that may mark a byline. */
    static String page(Random r) {
        StringBuilder b = new StringBuilder("<html><head><title>t</title></head><body");
        attributes(b, r);
        b.append('>');
        int top = 1 + r.nextInt(4);
        for (int i = 0; i < top; i++) {
            element(b, r, 0);
        }
        return b.append("</body></html>").toString();
    }

    private static void element(StringBuilder b, Random r, int depth) {
        String tag = TAGS.get(r.nextInt(TAGS.size()));
        b.append('<').append(tag);
        attributes(b, r);
        b.append('>');
        int children = depth > 4 ? 0 : r.nextInt(5);
        for (int i = 0; i < children; i++) {
            if (r.nextInt(3) == 0) {
                b.append("text ").append(i).append(' ');
            }
            element(b, r, depth + 1);
        }
        b.append("</").append(tag).append('>');
    }

    private static void attributes(StringBuilder b, Random r) {
        int n = r.nextInt(3) == 0 ? 1 + r.nextInt(3) : 0;
        for (int i = 0; i < n; i++) {
            b.append(' ').append(KEYS.get(r.nextInt(KEYS.size()))).append("=\"")
                    .append(VALUES.get(r.nextInt(VALUES.size()))).append('"');
        }
    }
}
