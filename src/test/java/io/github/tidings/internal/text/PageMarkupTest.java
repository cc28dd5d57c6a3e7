package io.github.tidings.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tidings.ArticleParser;
import io.github.tidings.InputFormat;
import io.github.tidings.model.Article;
import io.github.tidings.model.Hints;
import org.junit.jupiter.api.Test;

class PageMarkupTest {
    private static final String P1 = "Der Stadtrat hat am Dienstagabend mit großer Mehrheit beschlossen, die alte Brücke über"
            + " den Fluss im kommenden Frühjahr für ein ganzes Jahr zu sperren und gründlich zu sanieren.";
    private static final String P2 = "Die Händler in der Altstadt fürchten um ihre Kundschaft und wollen vor dem"
            + " Verwaltungsgericht klagen, sagte ihr Sprecher nach der Sitzung im Rathaus.";

    /** A page as a tool writes it out when an unclosed title swallows the rest: its title's text, then the markup. */
    private static String swallowedPage() {
        StringBuilder menu = new StringBuilder();
        for (String item : new String[] {"Startseite", "Politik", "Sport", "Kultur", "Wetter", "Kontakt"}) {
            menu.append("<li><a href=\"/").append(item.toLowerCase()).append("\">").append(item).append("</a></li>\n");
        }
        return "Brücke wird gesperrt - Stadtbote\n<script type=\"text/javascript\">function zoom() { return 1; }</script>\n"
                + "<div id=\"nav\"><ul>\n" + menu + "</ul></div>\n<div class=\"article\"><h1>Brücke wird gesperrt</h1>\n"
                + "<p>" + P1 + "</p>\n<p>" + P2 + "</p>\n<p>" + P1.replace("Stadtrat", "Gemeinderat") + "</p>\n</div>\n"
                + "<div id=\"footer\"><ul>\n" + menu + "</ul></div>\n";
    }

    @Test
    void textThatIsThePagesMarkupIsReadAsHtml() {
        String page = swallowedPage();
        assertThat(PageMarkup.isPageMarkup(page)).isTrue();
        for (InputFormat format : new InputFormat[] {InputFormat.TEXT, InputFormat.MARKDOWN}) {
            Article a = ArticleParser.defaults().parse(page, format, Hints.none());
            assertThat(a.text()).as(format.name()).contains(P1, P2).doesNotContain("</", "<p>", "function zoom", "Kontakt");
        }
    }

    @Test
    void textWithSomeTagsInItIsText() {
        // An article about HTML quotes a few tags; a dump keeps a stray one: neither is markup.
        String article = (P1 + " Ein Absatz steht zwischen <p> und </p>, ein Link zwischen <a> und </a>.\n\n").repeat(8);
        assertThat(PageMarkup.isPageMarkup(article)).isFalse();
        assertThat(PageMarkup.isPageMarkup("</p></p></p>")).isFalse(); // too few to tell
        assertThat(PageMarkup.isPageMarkup("")).isFalse();
    }

    @Test
    void countsTheClosingTagsAPlainScanOfEveryCharacterCounts() {
        java.util.Random random = new java.util.Random(5);
        String[] pieces = {"<", "/", "</", "p", "div", "h1", ">", "x".repeat(12), "1", " ", "<</", "é", "\n", "</p>",
            "</div>", "</h2>", "</a b>", "</abcdefghijk>", "</-p>"};
        int markup = 0;
        for (int n = 0; n < 5_000; n++) {
            StringBuilder sb = new StringBuilder();
            int count = random.nextInt(400);
            for (int k = 0; k < count; k++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = sb.toString();
            boolean plain = plainIsPageMarkup(s);
            markup += plain ? 1 : 0;
            assertThat(PageMarkup.isPageMarkup(s)).as(s).isEqualTo(plain);
        }
        assertThat(markup).as("texts taken for markup: the comparison must see both answers").isBetween(100, 4_900);
    }

    /** The test of every character that PageMarkup's search for "</" replaced. */
    private static boolean plainIsPageMarkup(String s) {
        int tags = 0;
        int n = s.length();
        for (int i = 0; i + 3 < n; i++) {
            if (s.charAt(i) == '<' && s.charAt(i + 1) == '/' && letter(s.charAt(i + 2))) {
                int end = Math.min(n, i + 13);
                for (int j = i + 3; j < end; j++) {
                    char c = s.charAt(j);
                    if (c == '>') {
                        tags++;
                        break;
                    }
                    if (!letter(c) && !(c >= '0' && c <= '9')) {
                        break;
                    }
                }
            }
        }
        return tags >= 20 && (long) tags * 1000 >= 5L * n;
    }

    private static boolean letter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
