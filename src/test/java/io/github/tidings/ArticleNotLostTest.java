package io.github.tidings;

import io.github.tidings.model.Article;
import io.github.tidings.model.Hints;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * One broken tag or one block of junk next to the article must not cost the article (issue 14,
 * class 3). Reproducers are made by code; the counts are well past every bound they test.
 */
class ArticleNotLostTest {
    private static final ArticleParser PARSER = ArticleParser.builder().discoverCleaners(false).build();

    private static String paragraph(int i) {
        return "The council met on day " + i + " of the session to discuss the new budget, which includes funding"
                + " for schools, roads and the library, and voted to approve it after a long debate.";
    }

    private static String htmlArticle(String beforeArticle, String afterArticle, String betweenParagraphs) {
        StringBuilder sb = new StringBuilder("<html><body>").append(beforeArticle)
                .append("<article><h1>Council approves budget</h1>");
        for (int i = 0; i < 8; i++) {
            sb.append("<p>").append(paragraph(i)).append("</p>").append(betweenParagraphs);
        }
        return sb.append("</article>").append(afterArticle).append("</body></html>").toString();
    }

    private static void assertArticleKept(Article a, int atLeast) {
        int kept = 0;
        for (int i = 0; i < 8; i++) {
            if (a.text().contains(paragraph(i))) {
                kept++;
            }
        }
        assertThat(kept).as(a.text().length() > 300 ? a.text().substring(0, 300) : a.text()).isGreaterThanOrEqualTo(atLeast);
    }

    @Test
    void anUnclosedLinkBeforeTheArticleDoesNotMakeItLinks() {
        String header = "<header><a href=\"/\"><img src=logo.png></header>";
        // with white space between paragraphs jsoup wraps them in a copy of the link; without, it
        // puts a copy inside each paragraph: both must leave the article
        assertArticleKept(PARSER.parseHtml(htmlArticle(header, "", "\n")), 5);
        assertArticleKept(PARSER.parseHtml(htmlArticle(header, "", "")), 5);
    }

    @Test
    void realLinksStillCountAsLinks() {
        StringBuilder nav = new StringBuilder("<div class=menu>");
        for (int i = 0; i < 30; i++) {
            nav.append("<p><a href=\"/section/").append(i).append("\">A section of the newspaper, number ").append(i)
                    .append("</a></p>");
        }
        Article a = PARSER.parseHtml(htmlArticle("", nav.append("</div>").toString(), "\n"));
        assertArticleKept(a, 8);
        assertThat(a.text()).doesNotContain("A section of the newspaper");
    }

    @Test
    void oneJunkParagraphAfterTheArticleDoesNotDisplaceIt() {
        for (String junk : new String[] {"x" + ",".repeat(1_000_000), "123,".repeat(300_000), ", a".repeat(300_000)}) {
            Article a = PARSER.parseHtml(htmlArticle("", "<div><p>" + junk + "</p></div>", "\n"));
            assertArticleKept(a, 8);
        }
    }

    @Test
    void manyShortBoilerplateParagraphsDoNotDisplaceTheArticle() {
        StringBuilder same = new StringBuilder("<div>");
        StringBuilder distinct = new StringBuilder("<div>");
        for (int i = 0; i < 20_000; i++) {
            same.append("<p>Share this story with your friends now</p>");
            distinct.append("<p>Sponsored link number ").append(i).append(" goes here</p>");
        }
        for (StringBuilder junk : new StringBuilder[] {same, distinct}) {
            Article a = PARSER.parseHtml(htmlArticle("", junk.append("</div>").toString(), "\n"));
            assertArticleKept(a, 8);
            assertThat(a.text()).doesNotContain("goes here").doesNotContain("Share this story");
        }
    }

    @Test
    void textAndMarkdownToo() {
        StringBuilder article = new StringBuilder("Council approves budget\n\n");
        for (int i = 0; i < 8; i++) {
            article.append(paragraph(i)).append("\n\n");
        }
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            lines.append("Sponsored link number ").append(i).append(" goes here\n");
        }
        Function<String, Article> text = PARSER::parse;
        Function<String, Article> markdown = s -> PARSER.parseMarkdown(s, Hints.none());
        for (Function<String, Article> parse : java.util.List.of(text, markdown)) {
            assertArticleKept(parse.apply(article + "x" + ",".repeat(1_000_000) + "\n"), 8);
            assertArticleKept(parse.apply(article + "123,".repeat(300_000) + "\n"), 8);
            assertArticleKept(parse.apply(article.toString() + lines), 8);
            assertArticleKept(parse.apply(lines.toString() + "\n" + article), 8);
        }
    }

    @Test
    void aFormAroundTheWholePageIsThePage() {
        // ASP.NET wraps every page in one <form>; the headline is no h1 and no title names it
        StringBuilder sb = new StringBuilder("<html><head><title>Town Crier</title></head><body>"
                + "<form id=\"aspnetForm\" method=\"post\"><div class=\"top\"><a href=\"/\">Home</a></div>"
                + "<div class=\"story\"><b>Budget approved</b>");
        for (int i = 0; i < 8; i++) {
            sb.append("<p>").append(paragraph(i)).append("</p>");
        }
        sb.append("</div><input type=\"hidden\" name=\"__VIEWSTATE\" value=\"x\"></form></body></html>");
        assertArticleKept(PARSER.parseHtml(sb.toString()), 8);
    }

    @Test
    void aFormAroundTheStoryColumnIsTheArticle() {
        // the framework's form holds the story only, and the menus around it outweigh the story's text
        StringBuilder sb = new StringBuilder("<html><head><title>Town Crier</title></head><body><table><tr><td>");
        for (int i = 0; i < 120; i++) {
            sb.append("<div><a href=\"/s").append(i).append("\">Section number ").append(i).append(" of the site</a></div>");
        }
        sb.append("</td><td><form id=\"aspnetForm\" method=\"post\"><b>Budget approved</b>");
        for (int i = 0; i < 3; i++) {
            sb.append("<p>").append(paragraph(i)).append("</p>");
        }
        sb.append("<input type=\"hidden\" name=\"__VIEWSTATE\" value=\"x\"></form></td></tr></table></body></html>");
        assertArticleKept(PARSER.parseHtml(sb.toString()), 3);
    }

    @Test
    void aFormWithANoteOfTwoSentencesIsStillAForm() {
        String note = "<p>Please be courteous when you comment, and keep to the subject of the post you are reading"
                + " here.</p><p>Comments with links wait for a moderator before they are shown to the other readers.</p>";
        String html = "<html><body><article><h1>Council approves budget</h1><p>" + paragraph(0) + "</p></article>"
                + "<form method=\"post\">" + note + "<textarea name=\"c\"></textarea></form></body></html>";
        Article a = PARSER.parseHtml(html);
        assertThat(a.text()).contains(paragraph(0)).doesNotContain("courteous", "moderator");
    }

    @Test
    void aSmallFormIsStillAForm() {
        Article a = PARSER.parseHtml(htmlArticle("", "<form><p>Sign up for our newsletter to get the news of the "
                + "town in your inbox every morning, with the weather and the events of the day.</p></form>", ""));
        assertArticleKept(a, 8);
        assertThat(a.text()).doesNotContain("newsletter");
    }
}
