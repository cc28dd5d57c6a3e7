package io.github.tidings;

import io.github.tidings.model.Article;
import io.github.tidings.model.Hints;
import io.github.tidings.model.Limits;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Every limit refuses with a message that names it, or reads less as documented. */
class LimitsTest {
    private static ArticleParser with(Limits limits) {
        return ArticleParser.builder().discoverCleaners(false).limits(limits).build();
    }

    @Test
    void defaultsAndBuilder() {
        Limits d = Limits.defaults();
        assertThat(d.maxInputChars()).isEqualTo(Limits.DEFAULT_MAX_INPUT_CHARS).isEqualTo(ArticleParser.DEFAULT_MAX_INPUT_LENGTH);
        assertThat(d.maxBlocks()).isEqualTo(Limits.DEFAULT_MAX_BLOCKS);
        assertThat(d.toBuilder().build()).isEqualTo(d).hasSameHashCodeAs(d);
        assertThat(ArticleParser.builder().build().limits()).isEqualTo(d);
        assertThat(ArticleParser.builder().maxInputLength(10).build().limits().maxInputChars()).isEqualTo(10);
        assertThatThrownBy(() -> Limits.builder().maxBlocks(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxBlocks");
        assertThatThrownBy(() -> ArticleParser.builder().limits(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void inputCharacters() {
        ArticleParser p = with(Limits.builder().maxInputChars(10).build());
        assertThatThrownBy(() -> p.parse("01234567890")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxInputChars");
        assertThatThrownBy(() -> p.parseHtml("<p>0123456789</p>".getBytes(StandardCharsets.UTF_8), Hints.none()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxInputChars");
        assertThat(p.parse("0123456789").text()).isNotNull();
    }

    @Test
    void linesOfTextAndMarkdownCountedBeforeBlocksAreMade() {
        ArticleParser p = with(Limits.builder().maxBlocks(3).build());
        assertThat(p.parse("one\n\n\ntwo\nthree\n\n").text()).isNotNull(); // blank lines do not count
        assertThatThrownBy(() -> p.parse("one\ntwo\nthree\nfour")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxBlocks").hasMessageContaining("4 lines");
        assertThatThrownBy(() -> p.parseMarkdown("# one\n\ntwo\n\n* three\n* four", Hints.none()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxBlocks");
    }

    @Test
    void blocksOfHtml() {
        ArticleParser p = with(Limits.builder().maxBlocks(3).build());
        assertThatThrownBy(() -> p.parseHtml("<p>one</p><p>two</p><p>three</p><p>four</p>"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxBlocks");
    }

    @Test
    void inputsTooShortToHoldMoreStartTagsThanTheLimitNeedNoCount() {
        // the pre-count is skipped when length / 2 <= maxElements: sound because no input holds more
        // start tags than half its length, which every string over '<', letters and others shows
        java.util.Random random = new java.util.Random(7);
        char[] alphabet = {'<', 'a', 'Z', ' ', '/', '>'};
        for (int k = 0; k < 20_000; k++) {
            char[] c = new char[random.nextInt(40)];
            for (int i = 0; i < c.length; i++) {
                c[i] = alphabet[random.nextInt(alphabet.length)];
            }
            String html = new String(c);
            assertThat(ArticleParser.startTags(html)).isLessThanOrEqualTo(html.length() / 2);
        }
        assertThat(ArticleParser.startTags("<a".repeat(50))).isEqualTo(50); // the bound is reached
    }

    @Test
    void elementsOfHtmlCountedBeforeParsingAndOfADocument() {
        ArticleParser p = with(Limits.builder().maxElements(100).build());
        String many = "<p>x</p>".repeat(101);
        assertThatThrownBy(() -> p.parseHtml(many)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxElements");
        assertThatThrownBy(() -> p.parseHtml(many.getBytes(StandardCharsets.UTF_8), Hints.none()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxElements");
        // a document built by code bypasses every input length: its elements are counted
        Document doc = Jsoup.parse("<html><body></body></html>");
        Element body = doc.body();
        for (int i = 0; i < 200; i++) {
            body.appendElement("div").appendElement("span").text("word " + i);
        }
        assertThatThrownBy(() -> p.parse(doc)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxElements");
        assertThat(with(Limits.builder().maxElements(1000).build()).parse(doc).text()).contains("word 199");
        assertThat("<3 and a < b".chars().filter(c -> c == '<').count()).isEqualTo(2); // not start tags
        Article a = with(Limits.builder().maxElements(8).build()).parseHtml("<p>1 <3 and a < b</p>");
        assertThat(a.text() + a.removed()).contains("1 <3 and a < b");
    }

    @Test
    void jsonLdArraysAreReadUpToTheirLimit() {
        StringBuilder ld = new StringBuilder("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"headline\":\"Hi\",\"author\":[");
        for (int i = 0; i < 50; i++) {
            ld.append(i == 0 ? "" : ",").append("\"Name").append((char) ('A' + i % 26)).append(i / 26 == 0 ? "" : "x")
                    .append(" Person\"");
        }
        ld.append("]}</script>");
        String html = "<html><head>" + ld + "</head><body><p>The council met on Tuesday evening to discuss the budget"
                + " and voted to approve it after a long debate.</p></body></html>";
        assertThat(with(Limits.builder().maxJsonArrayLength(5).build()).parseHtml(html).authors()).hasSize(5);
        assertThat(with(Limits.builder().maxJsonLdChars(20).build()).parseHtml(html).authors()).isEmpty();
        assertThat(with(Limits.defaults()).parseHtml(html).authors()).hasSize(50);
    }

    @Test
    void theIssuesOutOfMemoryInputsAreRefusedByTheDefaultsBeforeTheyCostMemory() {
        ArticleParser p = with(Limits.defaults());
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 300_000; i++) {
            lines.append("Item ").append(i % 97).append('\n');
        }
        assertThatThrownBy(() -> p.parse(lines.toString())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxBlocks");
        assertThatThrownBy(() -> p.parseMarkdown(lines.toString(), Hints.none()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxBlocks");
        String paragraphs = "<p>x</p>".repeat(600_000);
        assertThatThrownBy(() -> p.parseHtml(paragraphs)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxElements");
        assertThatThrownBy(() -> p.parseHtml(paragraphs.getBytes(StandardCharsets.UTF_8), Hints.none()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxElements");
        Document doc = Jsoup.parse("<html><body></body></html>");
        Element body = doc.body();
        for (int i = 0; i < Limits.DEFAULT_MAX_ELEMENTS; i++) {
            body.appendElement("p");
        }
        assertThatThrownBy(() -> p.parse(doc)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxElements");
        String tooLong = "a".repeat(Limits.DEFAULT_MAX_INPUT_CHARS + 1);
        assertThatThrownBy(() -> p.parseMarkdown(tooLong, Hints.none())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxInputChars");
        // one line at the maximum length is accepted: it is one block
        assertThat(p.parseMarkdown(tooLong.substring(1).replace("aaaaaaa", "aaaaaa "), Hints.none())).isNotNull();
    }

    @Test
    void startTagsAreCountedAsAPlainScanCountsThem() {
        java.util.Random random = new java.util.Random(7);
        String alphabet = "<<<>aZ/! 1é\n";
        for (int round = 0; round < 2_000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(60); i > 0; i--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String html = sb.toString();
            long plain = 0;
            for (int i = 0; i + 1 < html.length(); i++) {
                char c = html.charAt(i + 1);
                if (html.charAt(i) == '<' && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                    plain++;
                }
            }
            assertThat(ArticleParser.startTags(html)).as(html).isEqualTo(plain);
        }
    }
}
