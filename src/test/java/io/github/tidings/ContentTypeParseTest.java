package io.github.tidings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tidings.model.Article;
import io.github.tidings.model.BlockType;
import io.github.tidings.model.Hints;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@link ArticleParser#parse(byte[], String, Hints)}: the content type decides the format and charset. */
class ContentTypeParseTest {
    private static final ArticleParser PARSER = ArticleParser.defaults();
    private static final String TEXT = "Schüler in Köln feiern den Sommer\n\nDie Schüler der Stadt Köln haben am Freitag"
            + " das Ende des Schuljahres mit einem großen Fest gefeiert.\n\nDie Stadt lud alle Familien ein.\n";

    private static byte[] html(Charset cs) {
        return ("<html><head><title>Schüler in Köln feiern den Sommer</title></head><body><article><p>Die Schüler der"
                + " Stadt Köln haben am Freitag das Ende des Schuljahres mit einem großen Fest gefeiert.</p><p>Die Stadt"
                + " lud alle Familien ein, und viele kamen.</p></article></body></html>").getBytes(cs);
    }

    @Test
    void htmlIsDecodedInTheHeadersCharset() {
        Article a = PARSER.parse(html(Charset.forName("windows-1252")), "text/html; charset=\"windows-1252\"",
                Hints.ofUrl("https://news.example.de/a"));
        assertThat(a.title()).contains("Schüler in Köln feiern den Sommer");
        assertThat(a.text()).contains("großen Fest");
        assertThat(a.url()).contains("https://news.example.de/a");
        assertThat(PARSER.parse(html(StandardCharsets.UTF_8), "application/xhtml+xml", Hints.none()).text())
                .contains("großen Fest");
    }

    @Test
    void textIsDecodedFromItsCharsetElseUtf8AndABomWins() {
        assertThat(PARSER.parse(TEXT.getBytes(StandardCharsets.ISO_8859_1), "text/plain; charset=ISO-8859-1",
                Hints.none()).title()).contains("Schüler in Köln feiern den Sommer");
        assertThat(PARSER.parse(TEXT.getBytes(StandardCharsets.UTF_8), "TEXT/PLAIN", Hints.none()).title())
                .contains("Schüler in Köln feiern den Sommer");
        byte[] bom = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16BE);
        assertThat(PARSER.parse(bom, "text/plain; charset=windows-1252", Hints.none()).title())
                .contains("Schüler in Köln feiern den Sommer");
        assertThat(PARSER.parse(TEXT.getBytes(StandardCharsets.UTF_8), "text/plain; charset=no-such-charset",
                Hints.none()).title()).as("an unknown charset is ignored").contains("Schüler in Köln feiern den Sommer");
    }

    @Test
    void markdownAndUnknownTypes() {
        String md = "# Harbour reopens\n\nThe harbour reopened on Monday after crews cleared the quays of debris.\n\n"
                + "## What comes next\n\nShips return this week, the port authority said in a statement.\n";
        Article a = PARSER.parse(md.getBytes(StandardCharsets.UTF_8), "text/markdown; charset=UTF-8", Hints.none());
        assertThat(a.blocks()).extracting(b -> b.type()).contains(BlockType.HEADING);
        assertThat(PARSER.parse(html(StandardCharsets.UTF_8), "", Hints.none()).title())
                .as("a blank type is detected").contains("Schüler in Köln feiern den Sommer");
        assertThatThrownBy(() -> PARSER.parse(new byte[] {1, 2}, "image/png", Hints.none()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("image/png");
        assertThatThrownBy(() -> ArticleParser.builder().maxInputLength(10).build()
                .parse(TEXT.getBytes(StandardCharsets.UTF_8), "text/plain", Hints.none()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxInputChars");
    }
}
