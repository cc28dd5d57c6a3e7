package io.github.tidings.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.ParseSettings;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * The metadata reader tells the head's first {@code title} and canonical link on its one pass over
 * the head's elements; it asked a selector scan of the head for each. Both must name the same
 * elements, on generated heads with several titles and links of every spelling.
 */
class HeadScanTest {
    private static final List<String> ELEMENTS = List.of("<title>A</title>", "<TITLE>B</TITLE>",
            "<link rel=canonical href=/a>", "<link rel=Canonical href=/b>", "<link rel=canonical>",
            "<link REL=\"canonical \" HREF=/c>", "<link rel=\"canonical alternate\" href=/d>", "<link href=/e>",
            "<meta name=x content=y>", "<script>var t = '<title>no</title>';</script>", "<style>title{}</style>",
            "<noscript><link rel=canonical href=/f></noscript>", "<base href=/g>", "<svg><title>icon</title></svg>");

    @Test
    void theOnePassFindsWhatTheSelectorsFind() {
        Random r = new Random(12);
        Parser keepCase = Parser.htmlParser().settings(ParseSettings.preserveCase);
        int titles = 0;
        int links = 0;
        for (int i = 0; i < 2000; i++) {
            StringBuilder head = new StringBuilder();
            int n = r.nextInt(6);
            for (int k = 0; k < n; k++) {
                head.append(ELEMENTS.get(r.nextInt(ELEMENTS.size())));
            }
            String html = "<html><head>" + head + "</head><body><p>text</p></body></html>";
            for (Parser p : List.of(Parser.htmlParser(), keepCase)) {
                Document doc = Jsoup.parse(html, "https://example.org/x/", p);
                HtmlMetadata m = HtmlMetadata.read(doc, List.of());
                assertThat(m.headTitle).as(html).isSameAs(doc.head().selectFirst("title"));
                assertThat(m.canonical).as(html).isSameAs(doc.head().selectFirst("link[rel=canonical][href]"));
                titles += m.headTitle == null ? 0 : 1;
                links += m.canonical == null ? 0 : 1;
            }
        }
        assertThat(titles).isBetween(500, 3500);
        assertThat(links).isBetween(500, 3500);
    }
}
