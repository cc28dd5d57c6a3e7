package io.github.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Web archives on the command line: WARC responses and WET conversions, written here with jwarc. */
class WarcTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant FETCHED = Instant.parse("2024-03-05T08:30:00Z");

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return Main.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(new byte[0]), args);
    }

    private List<JsonNode> jsonLines() throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).lines().toList()) {
            nodes.add(JSON.readTree(line));
        }
        return nodes;
    }

    private static byte[] page(String title, String body, Charset charset) {
        return ("<!DOCTYPE html><html><head><title>" + title + "</title></head><body><article><h1>" + title
                + "</h1><p>" + body + "</p><p>" + body + " Officials said more would follow.</p></article></body></html>")
                .getBytes(charset);
    }

    /** An archive of a crawl: a request, good pages, and responses that are not pages to parse. */
    private Path crawl(String name, boolean gzip) throws IOException {
        Path p = dir.resolve(name);
        try (OutputStream o = Files.newOutputStream(p); Warcs w = new Warcs(o, gzip)) {
            w.request("https://news.example.de/schule", FETCHED)
                    .response("https://news.example.de/schule", FETCHED, 200, "text/html; charset=windows-1252",
                            page("Schüler in Köln feiern", "Die Schüler der Stadt Köln haben das Ende des Schuljahres"
                                    + " mit einem großen Fest gefeiert, vor zwei Stunden.", Charset.forName("windows-1252")))
                    .response("https://news.example.de/gone", FETCHED, 404, "text/html", page("Not found", "Gone.",
                            StandardCharsets.UTF_8))
                    .response("https://news.example.de/logo.png", FETCHED, 200, "image/png", new byte[] {1, 2, 3})
                    .response("https://news.example.com/harbour", FETCHED.plusSeconds(60), 200, "text/html",
                            page("Harbour reopens after the storm", "The harbour reopened on Monday after crews cleared"
                                    + " the debris that the storm had left on the quays.", StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void htmlResponsesAreParsedWithTheirUriDateAndCharsetAndTheRestIsSkippedAndCounted() throws IOException {
        Path warc = crawl("crawl.warc.gz", true);

        assertThat(run("--format", "jsonl", warc.toString())).isZero();
        List<JsonNode> lines = jsonLines();
        assertThat(lines).hasSize(2);
        JsonNode school = lines.get(0);
        assertThat(school.get("source").asText()).isEqualTo(warc.toString());
        assertThat(school.get("url").asText()).isEqualTo("https://news.example.de/schule");
        assertThat(school.get("fetched").asText()).isEqualTo("2024-03-05T08:30:00Z");
        assertThat(school.get("title").asText()).isEqualTo("Schüler in Köln feiern");
        assertThat(school.get("text").asText()).contains("großen Fest");
        assertThat(lines.get(1).get("url").asText()).isEqualTo("https://news.example.com/harbour");
        assertThat(lines.get(1).get("fetched").asText()).isEqualTo("2024-03-05T08:31:00Z");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("tidings: 2 pages, 0 errors, 2 records skipped");
    }

    @Test
    void theRecordDateIsTheReferenceTimeForRelativeDates() throws IOException {
        Path warc = dir.resolve("ago.warc");
        try (OutputStream o = Files.newOutputStream(warc); Warcs w = new Warcs(o, false)) {
            w.response("https://news.example.com/ago", FETCHED, 200, "text/html",
                    ("<html><body><article><h1>Storm reaches the coast</h1><p>3 hours ago</p><p>The storm reached the"
                            + " coast in the early morning and closed the harbour road for hours.</p><p>Crews were out"
                            + " clearing the road before noon, the council said.</p></article></body></html>")
                            .getBytes(StandardCharsets.UTF_8));
        }
        assertThat(run("--format", "jsonl", warc.toString())).isZero();
        assertThat(jsonLines().get(0).get("published").asText()).startsWith("2024-03-05T05:30");
    }

    @Test
    void wetConversionsAreParsedAsText() throws IOException {
        Path wet = dir.resolve("crawl.warc.wet.gz");
        try (OutputStream o = Files.newOutputStream(wet); Warcs w = new Warcs(o, true)) {
            w.conversion("https://news.example.com/bridge", FETCHED, BatchTest.article("the new bridge"));
            w.conversion("https://news.example.org/ferry", FETCHED, BatchTest.article("the ferry"));
        }
        assertThat(run("--format", "jsonl", wet.toString())).isZero();
        List<JsonNode> lines = jsonLines();
        assertThat(lines).extracting(n -> n.get("url").asText())
                .containsExactly("https://news.example.com/bridge", "https://news.example.org/ferry");
        assertThat(lines.get(0).get("title").asText()).isEqualTo("News about the new bridge today");
        assertThat(lines.get(1).get("fetched").asText()).isEqualTo("2024-03-05T08:30:00Z");
    }

    @Test
    void anArchiveIsRecognisedByItsContentAndInTextFormatEachRecordIsHeaded() throws IOException {
        Path warc = crawl("crawl.dat", false);
        assertThat(run(warc.toString())).isZero();
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("==> " + warc + " https://news.example.de/schule <==")
                .contains("Title:     Harbour reopens after the storm");
    }

    @Test
    void inputWarcReadsAnArchiveWhateverItsNameAndFromStandardInput() throws IOException {
        Path warc = crawl("crawl.txt", true);
        assertThat(run("--format", "jsonl", "--input", "warc", warc.toString())).isZero();
        assertThat(jsonLines()).extracting(n -> n.get("url").asText())
                .containsExactly("https://news.example.de/schule", "https://news.example.com/harbour");

        out.reset();
        err.reset();
        int status = Main.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
                StandardCharsets.UTF_8), Files.newInputStream(warc), "--format", "jsonl", "--input", "warc", "-");
        assertThat(status).isZero();
        assertThat(jsonLines()).extracting(n -> n.get("source").asText() + " " + n.get("url").asText())
                .containsExactly("- https://news.example.de/schule", "- https://news.example.com/harbour");
    }

    @Test
    void parallelJobsKeepTheArchivesOrder() throws IOException {
        Path warc = dir.resolve("many.warc.gz");
        try (OutputStream o = Files.newOutputStream(warc); Warcs w = new Warcs(o, true)) {
            for (int i = 0; i < 30; i++) {
                w.response("https://news.example.com/" + i, FETCHED.plusSeconds(i), 200, "text/html",
                        page("Story number " + i, "Paragraph of story " + i + " that says something. ".repeat(1 + i % 9),
                                StandardCharsets.UTF_8));
            }
        }
        assertThat(run("--format", "jsonl", "--jobs", "1", warc.toString())).isZero();
        String one = out.toString(StandardCharsets.UTF_8);
        assertThat(run("--format", "jsonl", "--jobs", "3", warc.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(one);
        assertThat(jsonLines()).extracting(n -> n.get("title").asText()).startsWith("Story number 0", "Story number 1")
                .hasSize(30);
    }

    @Test
    void anOversizedRecordAndABrokenArchiveAreErrorsOfTheirOwn() throws IOException {
        Path warc = dir.resolve("big.warc");
        try (OutputStream o = Files.newOutputStream(warc); Warcs w = new Warcs(o, false)) {
            w.response("https://news.example.com/huge", FETCHED, 200, "text/html",
                    page("Huge", "word ".repeat(100_000), StandardCharsets.UTF_8));
            w.response("https://news.example.com/small", FETCHED, 200, "text/html",
                    page("Small story about the harbour", "The harbour reopened on Monday after the storm.",
                            StandardCharsets.UTF_8));
        }
        Path broken = Files.writeString(dir.resolve("broken.warc"), "WARC/1.0\r\nthis is not a header\r\n\r\n");
        Path good = Files.writeString(dir.resolve("good.txt"), BatchTest.article("apples"));

        assertThat(run("--format", "jsonl", "--max-input-length", "100000", warc.toString(), broken.toString(),
                good.toString())).isEqualTo(1);
        List<JsonNode> lines = jsonLines();
        assertThat(lines.get(0).get("url").asText()).isEqualTo("https://news.example.com/huge");
        assertThat(lines.get(0).get("error").asText()).contains("more than 100000 bytes");
        assertThat(lines.get(1).get("title").asText()).isEqualTo("Small story about the harbour");
        assertThat(lines.get(2).get("source").asText()).isEqualTo(broken.toString());
        assertThat(lines.get(2).get("error").asText()).startsWith("not a readable WARC file");
        assertThat(lines.get(3).get("title").asText()).isEqualTo("News about apples today");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(broken.toString())
                .contains("https://news.example.com/huge");
    }
}
