package io.github.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ARTICLE = "A headline for the test\n\nThe first paragraph of the article is here, "
            + "and it says something.\n\nThe second paragraph closes the article.";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String stdin, String... args) {
        return Main.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args);
    }

    private List<String> outLines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void jsonLinesHaveExactlyTheDocumentedFieldsInInputOrder(@TempDir Path dir) throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), ARTICLE);
        Path b = dir.resolve("b.txt.gz");
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(b))) {
            gz.write(ARTICLE.replace("headline", "title").getBytes(StandardCharsets.UTF_8));
        }
        int status = run("", "--format", "jsonl", a.toString(), b.toString());

        assertThat(status).isZero();
        List<String> lines = outLines();
        assertThat(lines).hasSize(2);
        JsonNode first = JSON.readTree(lines.get(0));
        assertThat(first.fieldNames()).toIterable().containsExactly("source", "title", "published", "authors",
                "siteName", "language", "text", "blocks");
        assertThat(first.get("source").asText()).isEqualTo(a.toString());
        assertThat(first.get("text").asText()).contains("The second paragraph closes the article.");
        assertThat(first.get("blocks").get(0).get("type").asText()).isEqualTo("paragraph");
        assertThat(first.get("published").isNull()).isTrue();
        assertThat(JSON.readTree(lines.get(1)).get("source").asText()).isEqualTo(b.toString());
        assertThat(JSON.readTree(lines.get(1)).get("text").asText()).contains("The first paragraph");
    }

    @Test
    void explainAddsRemovals(@TempDir Path dir) throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), ARTICLE);
        assertThat(run("", "--format", "jsonl", "--explain", a.toString())).isZero();
        JsonNode rec = JSON.readTree(outLines().get(0));
        assertThat(rec.has("removed")).isTrue();
        assertThat(rec.get("removed").isArray()).isTrue();
    }

    @Test
    void anUnreadableFileIsReportedAndTheOthersAreStillProcessed(@TempDir Path dir) throws IOException {
        Path good = Files.writeString(dir.resolve("good.txt"), ARTICLE);
        Path missing = dir.resolve("missing.txt");
        int status = run("", "--format", "jsonl", missing.toString(), good.toString());

        assertThat(status).isEqualTo(1);
        List<String> lines = outLines();
        assertThat(lines).hasSize(2);
        JsonNode error = JSON.readTree(lines.get(0));
        assertThat(error.fieldNames()).toIterable().containsExactly("source", "error");
        assertThat(error.get("error").asText()).isEqualTo("no such file");
        assertThat(JSON.readTree(lines.get(1)).get("text").asText()).isNotEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("missing.txt").doesNotContain("\tat ");
    }

    @Test
    void readsStandardInputAndPrintsReadableText() {
        assertThat(run(ARTICLE, "-")).isZero();
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("The second paragraph closes the article.");
    }

    @Test
    void jsonFormatIsOneObjectPerFileAndAnArrayForSeveral(@TempDir Path dir) throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), ARTICLE);
        assertThat(run("", "--format", "json", a.toString())).isZero();
        assertThat(JSON.readTree(out.toString(StandardCharsets.UTF_8)).isObject()).isTrue();
        out.reset();
        assertThat(run("", "--format", "json", a.toString(), a.toString())).isZero();
        assertThat(JSON.readTree(out.toString(StandardCharsets.UTF_8)).size()).isEqualTo(2);
    }

    @Test
    void versionIsThePomVersion() {
        // Surefire passes the POM's version; a literal in Main once said 0.1.0 beside 0.1.0-SNAPSHOT.
        String pomVersion = System.getProperty("tidings.pom.version");
        assertThat(pomVersion).isNotBlank();
        assertThat(run("", "--version")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).strip()).isEqualTo("tidings " + pomVersion);
    }

    @Test
    void badUsageExitsWithTwo() {
        assertThat(run("", "--format", "yaml", "x.txt")).isEqualTo(2);
        assertThat(run("")).isEqualTo(2);
    }

    private static final String HTML = "<html lang=\"es\"><body><article><h1>El consejo aprueba el presupuesto</h1>"
            + "<p>El consejo aprobó anoche el <a href=\"/presupuesto\">presupuesto</a> de la ciudad tras un largo debate "
            + "entre todos los grupos.</p><h2>Las cifras</h2><p>La mayor partida es la de las escuelas, que recibirán "
            + "doce millones de euros el año próximo.</p></article></body></html>";

    @Test
    void markdownAndHtmlFormatsPrintTheArticle(@TempDir Path dir) throws IOException {
        Path a = Files.writeString(dir.resolve("a.html"), HTML);
        assertThat(run("", "--format", "markdown", "--url", "https://diario.example.es/a", a.toString())).isZero();
        String md = out.toString(StandardCharsets.UTF_8);
        assertThat(md).startsWith("# El consejo aprueba el presupuesto\n")
                .contains("[presupuesto](https://diario.example.es/presupuesto)").contains("\n## Las cifras\n");
        out.reset();
        assertThat(run("", "--format", "html", a.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("<article>\n<h1>").contains("<h2>Las cifras</h2>");
    }

    @Test
    void jsonBlocksCarryTheirStructureAndExplainTheProvenance(@TempDir Path dir) throws IOException {
        Path a = Files.writeString(dir.resolve("a.html"), HTML);
        assertThat(run("", "--format", "jsonl", "--explain", "--url", "https://diario.example.es/a", a.toString())).isZero();
        JsonNode record = JSON.readTree(outLines().get(0));
        JsonNode link = record.get("blocks").get(0).get("links").get(0);
        assertThat(link.get("url").asText()).isEqualTo("https://diario.example.es/presupuesto");
        assertThat(record.get("blocks").get(1).get("level").asInt()).isEqualTo(2);
        assertThat(record.get("provenance").findValuesAsText("field")).contains("title", "language");
    }
}
