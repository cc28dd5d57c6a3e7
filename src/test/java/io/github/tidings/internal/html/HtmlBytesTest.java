package io.github.tidings.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tidings.model.Article;
import io.github.tidings.ArticleParser;
import io.github.tidings.model.Hints;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** HTML bytes are decoded as browsers decode them. */
class HtmlBytesTest {
    private static final ArticleParser PARSER = ArticleParser.builder().discoverCleaners(false).build();
    private static final String PAGE = "<html><head>%s<title>Café news</title></head><body><h1>Café news</h1>"
            + "<p>The council met on Tuesday evening to discuss the new budget, which includes funding for "
            + "schools, roads and the library, and voted to approve it.</p></body></html>";

    private static Article parse(byte[] bytes) {
        return PARSER.parseHtml(bytes, Hints.none());
    }

    @Test
    void aByteOrderMarkAloneIsBlankInput() {
        for (byte[] bom : new byte[][] {{(byte) 0xFF, (byte) 0xFE}, {(byte) 0xFE, (byte) 0xFF},
                {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}}) {
            Article a = parse(bom);
            assertThat(a.title()).isEmpty();
            assertThat(a.blocks()).isEmpty();
            assertThat(a.text()).isEmpty();
        }
        assertThat(parse(new byte[0]).blocks()).isEmpty();
    }

    @Test
    void theByteOrderMarkDecidesTheCharsetAndIsNotText() {
        String page = String.format(PAGE, "");
        for (Charset cs : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            byte[] body = page.getBytes(cs);
            byte[] bytes = new byte[body.length + 2];
            bytes[0] = (byte) (cs == StandardCharsets.UTF_16LE ? 0xFF : 0xFE);
            bytes[1] = (byte) (cs == StandardCharsets.UTF_16LE ? 0xFE : 0xFF);
            System.arraycopy(body, 0, bytes, 2, body.length);
            Article a = parse(bytes);
            assertThat(a.title()).contains("Café news");
            assertThat(a.text()).startsWith("The council met");
            // a BOM overrides a charset the caller names
            assertThat(PARSER.parseHtml(bytes, Optional.of(StandardCharsets.ISO_8859_1), Hints.none()).title())
                    .contains("Café news");
        }
    }

    @Test
    void aWideUnicodeDeclarationInAsciiBytesMeansUtf8() {
        for (String meta : new String[] {"<meta charset=\"utf-16\">", "<meta charset=UTF-16LE>",
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-32\">"}) {
            Article a = parse(String.format(PAGE, meta).getBytes(StandardCharsets.UTF_8));
            assertThat(a.title()).as(meta).contains("Café news");
            assertThat(a.text()).as(meta).startsWith("The council met");
        }
    }

    @Test
    void otherDeclarationsStillHold() {
        Article a = parse(String.format(PAGE, "<meta charset=\"iso-8859-1\">").getBytes(StandardCharsets.ISO_8859_1));
        assertThat(a.title()).contains("Café news");
        assertThat(HtmlBytes.isWideUnicode(StandardCharsets.UTF_8)).isFalse();
        assertThat(HtmlBytes.isWideUnicode(Charset.forName("UTF-32BE"))).isTrue();
    }
}
