package io.github.tidings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.tidings.model.Article;
import io.github.tidings.model.Hints;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Hostile and degenerate inputs: each gives a result, in time roughly linear in its size, without
 * a hang or a stack overflow. The time limits are far above what a linear parse needs, so that only
 * a hang or quadratic behaviour fails them, not a slow machine.
 */
class RobustnessTest {
    private static final ArticleParser PARSER = ArticleParser.defaults();
    private static final Duration LIMIT = Duration.ofSeconds(60);

    @Test
    void oneHugeLine() {
        String line = "word ".repeat(1_000_000) + "end.";
        Article a = assertTimeoutPreemptively(LIMIT, () -> PARSER.parse(line));
        assertThat(a.wordCount() + a.removed().size()).isPositive();
    }

    @Test
    void manyShortLines() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            sb.append("Menu item ").append(i % 50).append('\n');
        }
        Article a = assertTimeoutPreemptively(LIMIT, () -> PARSER.parse(sb.toString()));
        assertThat(a.blocks().size() + a.removed().size()).isPositive();
    }

    @Test
    void manyParagraphsOfProse() {
        String para = "The council met on Tuesday and agreed, after a long debate, to rebuild the old sea wall. ";
        StringBuilder sb = new StringBuilder("A headline about the sea wall\n\n");
        for (int i = 0; i < 50_000; i++) {
            sb.append(para).append(i).append(".\n\n");
        }
        Article a = assertTimeoutPreemptively(LIMIT, () -> PARSER.parse(sb.toString()));
        assertThat(a.blocks()).hasSizeGreaterThan(40_000);
    }

    @Test
    void punctuationAndSymbolSoup() {
        String soup = "(((([[[[{{{{ ---- .... ,,,, :::: ;;;; &&&& #### @@@@ ©©©© |||| >>>> ".repeat(50_000);
        assertTimeoutPreemptively(LIMIT, () -> PARSER.parse(soup));
        String digits = "2019-11-19 12:30 +05:30 19.11.2019 ".repeat(100_000);
        assertTimeoutPreemptively(LIMIT, () -> PARSER.parse(digits));
    }

    @Test
    void markdownWithUnclosedBrackets() {
        String md = "[".repeat(200_000) + "](" .repeat(100_000) + "\n# heading\n" + "![".repeat(100_000);
        assertTimeoutPreemptively(LIMIT, () -> PARSER.parseMarkdown(md, Hints.none()));
    }

    @Test
    void deeplyNestedHtml() {
        int depth = 100_000;
        String html = "<html><body>" + "<div>".repeat(depth) + "<p>Deep inside, a sentence of article text lives here."
                + "</p>" + "</div>".repeat(depth) + "</body></html>";
        Article a = assertTimeoutPreemptively(LIMIT, () -> PARSER.parseHtml(html));
        assertThat(a).isNotNull();
    }

    @Test
    void longRunsOfCombiningMarksInEveryFormat() {
        // the reproducer: "a" and 25,000 groups of four marks of mixed combining classes
        // took 33 to 39 seconds as text, Markdown or HTML while normalisers sorted the run
        String marks = "a" + "\u0301\u0316\u0334\u0345".repeat(25_000);
        Duration limit = Duration.ofSeconds(15);
        assertThat(assertTimeoutPreemptively(limit, () -> PARSER.parse(marks))).isNotNull();
        assertThat(assertTimeoutPreemptively(limit, () -> PARSER.parseMarkdown(marks, Hints.none()))).isNotNull();
        assertThat(assertTimeoutPreemptively(limit, () -> PARSER.parseHtml("<title>" + marks + "</title><p>" + marks
                + "</p>"))).isNotNull();
    }
}
