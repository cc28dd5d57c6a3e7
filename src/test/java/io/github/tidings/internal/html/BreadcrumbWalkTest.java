package io.github.tidings.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseSettings;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * The block walk tells the body's first breadcrumb markup from the attributes it reads anyway;
 * {@link Categories#first} finds it by a selector scan of the body. Both must name the same
 * element, on generated pages that mix spellings, cases and elements the walk skips.
 */
class BreadcrumbWalkTest {
    private static final List<String> TAGS = List.of("div", "ul", "ol", "li", "a", "span", "nav", "p", "section",
            "script", "noscript", "svg", "button", "template", "select", "iframe", "table", "td", "h2", "form");
    private static final List<String> KEYS = List.of("class", "id", "itemtype", "typeof", "aria-label", "CLASS", "Id",
            "ItemType", "TYPEOF", "Aria-Label", "href", "data-crumb", "title", "role");
    private static final List<String> VALUES = List.of("breadcrumb", "Breadcrumbs", "site-BREADCRUMB-trail",
            "bread crumb", "https://schema.org/BreadcrumbList", "schema:BreadCrumbList", "BreadcrumbLiſt",
            "breadcrumbLİst", "ſbreadcrumb", "breadcrumb\u212A", "menu", "story", "nav breadcrumb-item", "", "crumbs",
            "Breadcrumb navigation");

    @Test
    void theWalkFindsTheElementTheSelectorScanFinds() {
        Random r = new Random(20261203);
        Parser plain = Parser.htmlParser();
        Parser keepCase = Parser.htmlParser().settings(ParseSettings.preserveCase);
        int found = 0;
        for (int i = 0; i < 3000; i++) {
            String html = page(r);
            for (Parser p : List.of(plain, keepCase)) {
                Document doc = Jsoup.parse(html, "https://example.org/a", p);
                Element expected = Categories.first(doc);
                BlockCollector c = BlockCollector.collect(doc.body());
                assertThat(c.breadcrumb).as(html).isSameAs(expected);
                found += expected == null ? 0 : 1;
            }
        }
        assertThat(found).isBetween(1000, 5000); // both answers occur often
    }

    @Test
    void anElementMarksABreadcrumbAsTheSelectorReadsIt() {
        Random r = new Random(17);
        org.jsoup.select.Evaluator selector = org.jsoup.select.QueryParser.parse(
                "[itemtype*=BreadcrumbList], [typeof*=BreadcrumbList], [class*=breadcrumb], [id*=breadcrumb], "
                        + "[aria-label*=breadcrumb]");
        Parser keepCase = Parser.htmlParser().settings(ParseSettings.preserveCase);
        for (int i = 0; i < 500; i++) {
            Document doc = Jsoup.parse(page(r), "", keepCase);
            for (Element e : doc.getAllElements()) {
                assertThat(Categories.marksBreadcrumb(e)).as(e.outerHtml()).isEqualTo(selector.matches(doc, e));
            }
        }
    }

    @Test
    void oddSpellingsAreReadAsJsoupReadsThem() {
        assertThat(Categories.crumbValue(Categories.CLASS, "main-BreadCrumb")).isTrue();
        assertThat(Categories.crumbValue(Categories.ITEMTYPE, "https://schema.org/BreadcrumbList")).isTrue();
        assertThat(Categories.crumbValue(Categories.ITEMTYPE, "https://schema.org/Breadcrumb")).isFalse();
        // the long s upper-cases to S, yet jsoup's lower case keeps it: no match
        assertThat(Categories.crumbValue(Categories.ITEMTYPE, "BreadcrumbLiſt")).isFalse();
        assertThat(Categories.crumbKey("ARIA-label", false)).isEqualTo(Categories.ARIA_LABEL);
        assertThat(Categories.crumbKey("ARIA-label", true)).isZero();
        assertThat(Categories.crumbKey("href", false)).isZero();
    }

    /** A page of nested elements drawn from the pools, some with a breadcrumb word in some attribute. */
    private static String page(Random r) {
        StringBuilder b = new StringBuilder("<html><head><title>t</title></head><body");
        attributes(b, r);
        b.append('>');
        element(b, r, 0);
        if (r.nextBoolean()) {
            element(b, r, 0);
        }
        return b.append("</body></html>").toString();
    }

    private static void element(StringBuilder b, Random r, int depth) {
        String tag = TAGS.get(r.nextInt(TAGS.size()));
        b.append('<').append(tag);
        attributes(b, r);
        b.append('>');
        int children = depth > 4 ? 0 : r.nextInt(4);
        for (int i = 0; i < children; i++) {
            if (r.nextInt(3) == 0) {
                b.append("text ").append(i).append(' ');
            }
            element(b, r, depth + 1);
        }
        b.append("</").append(tag).append('>');
    }

    private static void attributes(StringBuilder b, Random r) {
        int n = r.nextInt(8) == 0 ? 1 + r.nextInt(3) : 0;
        for (int i = 0; i < n; i++) {
            b.append(' ').append(KEYS.get(r.nextInt(KEYS.size()))).append("=\"")
                    .append(VALUES.get(r.nextInt(VALUES.size()))).append('"');
        }
    }
}
