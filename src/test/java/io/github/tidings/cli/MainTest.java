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
        assertThat(first.fieldNames()).toIterable().containsExactly("source", "url", "fetched", "title",
                "published", "authors", "siteName", "section", "categories", "language", "description", "modified", "tags",
                "leadImage", "canonicalUrl", "declaredLanguage", "publisher", "accessibleForFree", "wordCount", "text",
                "blocks");
        assertThat(first.get("source").asText()).isEqualTo(a.toString());
        assertThat(first.get("text").asText()).contains("The second paragraph closes the article.");
        assertThat(first.get("blocks").get(0).get("type").asText()).isEqualTo("paragraph");
        assertThat(first.get("published").isNull()).isTrue();
        assertThat(first.get("wordCount").asInt()).isPositive();
        assertThat(JSON.readTree(lines.get(1)).get("source").asText()).isEqualTo(b.toString());
        assertThat(JSON.readTree(lines.get(1)).get("text").asText()).contains("The first paragraph");
    }

    @Test
    void jsonHoldsTheMarkupsMetadata(@TempDir Path dir) throws IOException {
        Path page = Files.writeString(dir.resolve("a.html"), "<html lang=\"es\"><head><title>El puerto amplía sus muelles</title>"
                + "<meta property=\"og:description\" content=\"Las obras durarán dos años.\">"
                + "<meta property=\"og:image\" content=\"/fotos/gruas.jpg\">"
                + "<meta property=\"article:modified_time\" content=\"2027-03-02T10:00:00+01:00\">"
                + "<meta property=\"article:tag\" content=\"Puerto\"><meta property=\"article:tag\" content=\"Obras\">"
                + "<link rel=\"canonical\" href=\"https://puerto.example.es/noticias/muelles\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"publisher\":{\"@type\":\"Organization\","
                + "\"name\":\"Diario del Puerto S.L.\"},\"isAccessibleForFree\":false}</script></head><body><article>"
                + "<h1>El puerto amplía sus muelles</h1><p>La autoridad portuaria presentó el lunes el proyecto de ampliación "
                + "de los muelles del sur de la ciudad, que costará cuarenta millones.</p><p>Las obras empezarán en primavera "
                + "y durarán dos años, según el director de la autoridad portuaria.</p></article></body></html>");
        assertThat(run("", "--format", "jsonl", "--url", "https://puerto.example.es/noticias/muelles?ref=home",
                page.toString())).isZero();
        JsonNode rec = JSON.readTree(outLines().get(0));
        assertThat(rec.get("description").asText()).isEqualTo("Las obras durarán dos años.");
        assertThat(rec.get("modified").asText()).isEqualTo("2027-03-02T10:00:00+01:00");
        assertThat(rec.get("tags")).extracting(JsonNode::asText).containsExactly("Puerto", "Obras");
        assertThat(rec.get("leadImage").asText()).isEqualTo("https://puerto.example.es/fotos/gruas.jpg");
        assertThat(rec.get("canonicalUrl").asText()).isEqualTo("https://puerto.example.es/noticias/muelles");
        assertThat(rec.get("declaredLanguage").asText()).isEqualTo("es");
        assertThat(rec.get("publisher").asText()).isEqualTo("Diario del Puerto S.L.");
        assertThat(rec.get("accessibleForFree").asBoolean(true)).isFalse();
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
    void jsonFormatIsAlwaysAnArray(@TempDir Path dir) throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), ARTICLE);
        assertThat(run("", "--format", "json", a.toString())).isZero();
        JsonNode one = JSON.readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(one.isArray()).isTrue();
        assertThat(one.size()).isEqualTo(1);
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

    @Test
    void rulesFilesApplyAndTheReportGoesToStandardError() {
        int status = run("", "--rules", "testdata/rules/milligazete.json", "--rules-report", "--explain",
                "testdata/rules/milligazete-dump.txt");
        assertThat(status).isZero();
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("Site:      Milli Gazete", "[milligazete/ad-slot] matches pattern \"Reklam Alanı *\": "
                + "Reklam Alanı 3").doesNotContain("rule\tpages");
        String report = err.toString(StandardCharsets.UTF_8);
        assertThat(report).startsWith("rule\tpages\tchanges\n").contains("milligazete/menu\t1\t1\n",
                "never fired: milligazete/sponsored");
    }

    @Test
    void aBadRulesFileStopsTheRunWithItsPlace(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"sites\": [{\"site\": \"x\", \"hots\": []}]}");
        Path article = Files.writeString(dir.resolve("a.txt"), ARTICLE);
        assertThat(run("", "--rules", bad.toString(), article.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("tidings: " + bad + ":1:26: unknown key \"hots\"");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        err.reset();
        assertThat(run("", "--rules", dir.resolve("none.json").toString(), article.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot read a rules file", "none.json");
    }

    @Test
    void learnWritesAProfileThatLoadsAsARulesFile(@TempDir Path dir) throws IOException {
        int status = run("", "learn", "--site", "harbourgazette", "testdata/rules/profile/page-1.txt",
                "testdata/rules/profile/page-2.txt");
        assertThat(status).isZero();
        Path profile = Files.writeString(dir.resolve("site.json"), out.toString(StandardCharsets.UTF_8));
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("7 rules from 2 pages");
        out.reset();
        assertThat(run("", "--rules", profile.toString(), "testdata/rules/profile/page-3.txt")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("The council will review the trial")
                .doesNotContain("Home | News | Sport");
        err.reset();
        assertThat(run("", "learn", "testdata/rules/profile/page-1.txt")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("FILE");
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
        assertThat(md).startsWith("---\ntitle: \"El consejo aprueba el presupuesto\"\n")
                .contains("\n---\n\n# El consejo aprueba el presupuesto\n")
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
        // keys in a fixed order, so that two runs write the same bytes
        assertThat(outLines().get(0)).containsPattern("\\{\"start\":\\d+,\"end\":\\d+,\"url\":");
        assertThat(link.get("url").asText()).isEqualTo("https://diario.example.es/presupuesto");
        assertThat(record.get("blocks").get(1).get("level").asInt()).isEqualTo(2);
        assertThat(record.get("provenance").findValuesAsText("field")).contains("title", "language");
    }

    private static final String PARTS = "<html lang=\"it\"><body><article><h1>Il comune approva il bilancio</h1>"
            + "<p>Il consiglio comunale ha approvato ieri sera il <a href=\"/bilancio\">bilancio</a> della città dopo un "
            + "lungo dibattito tra tutti i gruppi politici presenti.</p>"
            + "<figure><img src=\"/foto/aula.jpg\" alt=\"L'aula\"><figcaption>Il consiglio ieri sera, in aula.</figcaption></figure>"
            + "<p>La spesa maggiore riguarda le scuole, che riceveranno dodici milioni di euro il prossimo anno, "
            + "secondo l'assessore.</p><table><tr><th>Voce</th><th>Milioni</th></tr><tr><td>Scuole</td><td>12</td></tr>"
            + "<tr><td>Strade e <a href=\"/ponti\">ponti</a></td><td>8</td></tr></table>"
            + "<p>L'opposizione ha votato contro e ha criticato la mancanza di investimenti nelle case popolari.</p>"
            + "</article></body></html>";

    @Test
    void linksImagesAndTablesAreOnByDefaultAndEachCanBeLeftOut(@TempDir Path dir) throws IOException {
        Path a = Files.writeString(dir.resolve("a.html"), PARTS);
        String url = "https://giornale.example.it/politica/bilancio";
        assertThat(run("", "--format", "markdown", "--url", url, a.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("[bilancio](https://giornale.example.it/bilancio)")
                .contains("![L'aula](https://giornale.example.it/foto/aula.jpg").contains("| Voce | Milioni |")
                .contains("| Strade e [ponti](https://giornale.example.it/ponti) | 8 |");
        out.reset();
        assertThat(run("", "--format", "markdown", "--no-links", "--url", url, a.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(" il bilancio della città").doesNotContain("[bilancio]").doesNotContain("[ponti]")
                .contains("| Strade e ponti | 8 |").contains("![L'aula]"); // the image stays: only links go
        out.reset();
        assertThat(run("", "--format", "html", "--no-images", "--no-tables", "--url", url, a.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("<img").doesNotContain("<table")
                .doesNotContain("Scuole\t12").contains("<a href=\"https://giornale.example.it/bilancio\">");
        out.reset();
        assertThat(run("", "--format", "jsonl", "--no-tables", "--no-images", "--no-links", "--url", url, a.toString()))
                .isZero();
        JsonNode record = JSON.readTree(outLines().get(0));
        assertThat(record.get("blocks").findValues("type")).extracting(JsonNode::asText).containsOnly("paragraph");
        assertThat(record.get("blocks").findValues("links")).isEmpty();
        assertThat(record.get("text").asText()).doesNotContain("Milioni");
    }

    @Test
    void aKeptCaptionIsWrittenOnce(@TempDir Path dir) throws IOException {
        Path a = Files.writeString(dir.resolve("a.html"), PARTS);
        String url = "https://giornale.example.it/politica/bilancio";
        for (String format : List.of("markdown", "html", "jsonl")) {
            out.reset();
            assertThat(run("", "--format", format, "--keep-captions", "--url", url, a.toString())).isZero();
            String written = out.toString(StandardCharsets.UTF_8);
            assertThat(written.split("Il consiglio ieri sera, in aula", -1)).as(format).hasSize(format.equals("jsonl") ? 3 : 2);
        }
        // in JSON once in the text and once in its caption block, and not on the figure
        JsonNode record = JSON.readTree(outLines().get(0));
        assertThat(record.get("blocks").findValues("figure").get(0).get("caption").asText()).isEmpty();
        out.reset();
        assertThat(run("", "--format", "jsonl", "--url", url, a.toString())).isZero();
        JsonNode plain = JSON.readTree(outLines().get(0));
        assertThat(plain.get("blocks").findValues("figure").get(0).get("caption").asText())
                .isEqualTo("Il consiglio ieri sera, in aula.");
        assertThat(plain.get("text").asText()).doesNotContain("Il consiglio ieri sera");
    }
}
