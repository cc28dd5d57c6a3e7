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
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line on batches: inputs, outputs, order under parallel jobs, bad files, options. */
class BatchTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String stdin, String... args) {
        out.reset();
        err.reset();
        return Main.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private List<JsonNode> jsonLines() throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : stdout().lines().toList()) {
            nodes.add(JSON.readTree(line));
        }
        return nodes;
    }

    private List<String> sources() throws IOException {
        return jsonLines().stream().map(n -> n.get("source").asText()).toList();
    }

    /** A short article whose headline and paragraphs carry {@code topic}. */
    static String article(String topic) {
        return "News about " + topic + " today\n\nThe first paragraph about " + topic
                + " tells the reader what happened and why it matters to the town.\n\nA second paragraph about "
                + topic + " adds what officials said later in the afternoon.\n";
    }

    private Path write(String relative, String text) throws IOException {
        return write(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String relative, byte[] bytes) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        return Files.write(p, bytes);
    }

    @Test
    void directoriesAreWalkedRecursivelyInPathOrderAndGlobsChooseTheFiles() throws IOException {
        Path in = dir.resolve("in");
        write("in/b/x.txt", article("bridges"));
        write("in/a.md", "# News about apples\n\n" + article("apples"));
        write("in/c.html", "<html><head><title>Cats</title></head><body><article><p>"
                + article("cats").replace("\n", " ") + "</p></article></body></html>");
        write("in/notes.bin", "not taken by default");

        assertThat(run("", "--format", "jsonl", in.toString())).isZero();
        assertThat(sources()).containsExactly(in.resolve("a.md").toString(), in.resolve("b/x.txt").toString(),
                in.resolve("c.html").toString());

        assertThat(run("", "--format", "jsonl", "--glob", "*.txt", "--glob", "*.bin", in.toString())).isZero();
        assertThat(sources()).containsExactly(in.resolve("b/x.txt").toString(), in.resolve("notes.bin").toString());

        assertThat(run("", "--format", "jsonl", "--glob", "b/*", in.toString())).isZero();
        assertThat(sources()).containsExactly(in.resolve("b/x.txt").toString());
    }

    @Test
    void filesComeFromAListFileOrFromStandardInput() throws IOException {
        Path a = write("a.txt", article("apples"));
        Path b = write("b.txt", article("bridges"));
        Path list = write("list", a + "\n\n" + b + "\n");

        assertThat(run("", "--format", "jsonl", "--files-from", list.toString())).isZero();
        assertThat(sources()).containsExactly(a.toString(), b.toString());

        assertThat(run(b + "\n" + a + "\n", "--format", "jsonl", "--files-from", "-")).isZero();
        assertThat(sources()).containsExactly(b.toString(), a.toString());

        assertThat(run("", "--files-from", "-", "-")).as("standard input twice").isEqualTo(2);
        assertThat(run("", "--files-from", dir.resolve("no-list").toString())).isEqualTo(2);
        assertThat(stderr()).contains("no-list");
    }

    @Test
    void outputDirectoryMirrorsTheInputPaths() throws IOException {
        Path in = dir.resolve("in");
        write("in/a.txt", article("apples"));
        Path gz = dir.resolve("in/deep/b.md.gz");
        Files.createDirectories(gz.getParent());
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
            o.write(article("bridges").getBytes(StandardCharsets.UTF_8));
        }
        Path outDir = dir.resolve("out");

        assertThat(run("", "--format", "json", "--output", outDir.toString(), in.toString())).isZero();
        assertThat(stdout()).isEmpty();
        JsonNode a = JSON.readTree(outDir.resolve("a.txt.json").toFile());
        assertThat(a.isArray()).isTrue();
        assertThat(a.get(0).get("title").asText()).isEqualTo("News about apples today");
        JsonNode b = JSON.readTree(outDir.resolve("deep/b.md.json").toFile());
        assertThat(b.get(0).get("title").asText()).isEqualTo("News about bridges today");

        assertThat(run("", "--output", outDir.toString(), in.resolve("a.txt").toString())).isZero();
        assertThat(Files.readString(outDir.resolve("a.txt.txt"))).startsWith("Title:     News about apples today");
    }

    @Test
    void parallelJobsWriteTheSameBytesInInputOrder() throws IOException {
        List<String> args = new ArrayList<>(List.of("--format", "jsonl"));
        for (int i = 0; i < 40; i++) {
            // sizes differ a lot, so that later pages often finish first
            args.add(write(String.format("p%02d.txt", i), article("topic " + i).repeat(1 + (i * 7) % 13)).toString());
        }
        List<String> one = new ArrayList<>(args);
        one.addAll(0, List.of("--jobs", "1"));
        assertThat(run("", one.toArray(String[]::new))).isZero();
        String sequential = stdout();
        List<String> four = new ArrayList<>(args);
        four.addAll(0, List.of("--jobs", "4"));
        assertThat(run("", four.toArray(String[]::new))).isZero();

        assertThat(stdout()).isEqualTo(sequential);
        assertThat(sources()).containsExactlyElementsOf(args.subList(2, args.size()));
        assertThat(stderr()).contains("tidings: 40 pages, 0 errors");
    }

    @Test
    void everyFormatNamesTheFailedFileOnStandardErrorAndGoesOn() throws IOException {
        Path good = write("good.txt", article("apples"));
        Path missing = dir.resolve("missing.txt");
        for (String format : List.of("text", "json", "jsonl")) {
            assertThat(run("", "--format", format, missing.toString(), good.toString())).as(format).isEqualTo(1);
            assertThat(stderr()).as(format).contains("tidings: " + missing + ": no such file")
                    .contains("2 pages, 1 errors");
            assertThat(stdout()).as(format).contains("The first paragraph about apples");
        }
        assertThat(run("", missing.toString(), good.toString())).isEqualTo(1);
        assertThat(stdout()).as("text output holds articles only").doesNotContain("no such file");

        assertThat(run("", "--format", "json", missing.toString(), good.toString())).isEqualTo(1);
        JsonNode array = JSON.readTree(stdout());
        assertThat(array.get(0).get("error").asText()).isEqualTo("no such file");
    }

    @Test
    void aGzipBombStopsAtTheCapAndTheBatchGoesOn() throws IOException {
        Path bomb = dir.resolve("bomb.txt.gz");
        byte[] line = "all work and no play makes a dull article\n".getBytes(StandardCharsets.US_ASCII);
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(bomb))) {
            for (int i = 0; i < 200_000; i++) { // 8.4 MB of text in about 25 KB
                o.write(line);
            }
        }
        Path big = write("big.txt", new String(new char[2 << 20]).replace('\0', 'a'));
        Path good = write("good.txt", article("apples"));

        int status = run("", "--format", "jsonl", "--max-input-length", "1048576", bomb.toString(), big.toString(),
                good.toString());

        assertThat(status).isEqualTo(1);
        List<JsonNode> lines = jsonLines();
        assertThat(lines.get(0).get("error").asText()).contains("decompresses to more than 1048576 bytes");
        assertThat(lines.get(1).get("error").asText()).contains("larger than the maximum of 1048576 bytes");
        assertThat(lines.get(2).get("title").asText()).isEqualTo("News about apples today");
        assertThat(stderr()).contains(bomb.toString()).contains(big.toString()).doesNotContain("\tat ");
    }

    @Test
    void textEncodingsAreDetectedOrNamedNeverGuessedInSilence() throws IOException {
        String german = "Schüler in Köln feiern den Sommer\n\nDie Schüler der Stadt Köln haben am Freitag das Ende"
                + " des Schuljahres mit einem großen Fest gefeiert.\n";
        Path latin1 = write("latin1.txt", german.getBytes(StandardCharsets.ISO_8859_1));
        byte[] utf16 = ("\uFEFF" + german).getBytes(StandardCharsets.UTF_16LE);
        Path withBom = write("utf16.txt", utf16);
        String polish = "Łódź otwiera nowy most na rzece\n\nMieszkańcy Łodzi mogą od piątku przejść nowym mostem,"
                + " który budowano przez dwa lata.\n";
        Path latin2 = write("latin2.txt", polish.getBytes(Charset.forName("ISO-8859-2")));
        Path utf8 = write("utf8.txt", german);

        assertThat(run("", "--format", "jsonl", latin1.toString(), withBom.toString(), utf8.toString())).isZero();
        List<JsonNode> lines = jsonLines();
        assertThat(lines).extracting(n -> n.get("title").asText()).containsOnly("Schüler in Köln feiern den Sommer");
        assertThat(stderr()).contains(latin1 + ": not UTF-8; read as windows-1252").doesNotContain(withBom.toString())
                .doesNotContain(utf8.toString());

        assertThat(run("", "--format", "jsonl", "--encoding", "ISO-8859-2", latin2.toString(), utf8.toString())).isZero();
        assertThat(jsonLines()).extracting(n -> n.get("title").asText())
                .containsExactly("Łódź otwiera nowy most na rzece", "Schüler in Köln feiern den Sommer");
        assertThat(stderr()).doesNotContain("not UTF-8");

        assertThat(run("", "--encoding", "no-such-charset", utf8.toString())).isEqualTo(2);
    }

    @Test
    void binaryFilesAreRejectedOneByOne() throws IOException {
        byte[] elf = new byte[256];
        elf[0] = 0x7F;
        elf[1] = 'E';
        elf[2] = 'L';
        elf[3] = 'F';
        Path exe = write("program", elf);
        byte[] withNul = "A title\n\nText with a \0 in it.\n".getBytes(StandardCharsets.US_ASCII);
        Path nul = write("nul.txt", withNul);
        Path png = write("picture.html", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        Path good = write("good.txt", article("apples"));

        assertThat(run("", "--format", "jsonl", exe.toString(), nul.toString(), png.toString(), good.toString()))
                .isEqualTo(1);
        List<JsonNode> lines = jsonLines();
        assertThat(lines.get(0).get("error").asText()).isEqualTo("binary file (an ELF executable), not text, Markdown or HTML");
        assertThat(lines.get(1).get("error").asText()).contains("a NUL byte at offset 21");
        assertThat(lines.get(2).get("error").asText()).contains("an image");
        assertThat(lines.get(3).get("title").asText()).isEqualTo("News about apples today");
        assertThat(stderr()).contains(exe.toString()).contains(nul.toString()).contains(png.toString());
    }

    @Test
    void theLibrarysHintsAndOptionsAreOnTheCommandLine() throws IOException {
        Path ago = write("ago.txt", "Flood waters rise in the river town\n\n2 hours ago\n\n" + article("floods"));

        assertThat(run("", "--format", "jsonl", "--reference-time", "2024-05-01T12:00Z", ago.toString())).isZero();
        assertThat(jsonLines().get(0).get("published").asText()).isEqualTo("2024-05-01T10:00Z");
        assertThat(run("", "--format", "jsonl", "--reference-time", "2024-05-01T12:00", "--zone", "Europe/Berlin",
                "--url", "https://news.example.com/floods", ago.toString())).isZero();
        JsonNode rec = jsonLines().get(0);
        assertThat(rec.get("published").asText()).isEqualTo("2024-05-01T10:00+02:00");
        assertThat(rec.get("url").asText()).isEqualTo("https://news.example.com/floods");
        assertThat(run("", "--format", "jsonl", ago.toString())).isZero();
        assertThat(jsonLines().get(0).get("published").isNull()).as("no reference time, no relative date").isTrue();

        Path shared = write("shared.txt", article("bridges") + "\nShare on Facebook\n\n" + article("more bridges"));
        assertThat(run("", "--format", "jsonl", "--explain", shared.toString())).isZero();
        assertThat(stdout()).contains("\"cleaner\":\"ShareToolsCleaner\"");
        assertThat(run("", "--format", "jsonl", "--explain", "--disable-cleaner", "ShareToolsCleaner",
                shared.toString())).isZero();
        assertThat(stdout()).doesNotContain("\"cleaner\":\"ShareToolsCleaner\"");

        assertThat(run("", "--disable-cleaner", "NoSuchCleaner", ago.toString())).isEqualTo(2);
        assertThat(stderr()).contains("NoSuchCleaner");
        assertThat(run("", "--zone", "Mars/Olympus", ago.toString())).isEqualTo(2);
        assertThat(run("", "--reference-time", "yesterday", ago.toString())).isEqualTo(2);
        assertThat(run("", "--jobs", "0", ago.toString())).isEqualTo(2);
    }

    @Test
    void progressCanBeForcedAndIsOffOtherwise() throws IOException {
        Path a = write("a.txt", article("apples"));
        Path b = write("b.txt", article("bridges"));
        assertThat(run("", "--format", "jsonl", a.toString(), b.toString())).isZero();
        assertThat(stderr()).doesNotContain("\r").contains("tidings: 2 pages, 0 errors");
        assertThat(run("", "--format", "jsonl", "--progress", a.toString(), b.toString())).isZero();
        assertThat(stderr()).contains("\r[========================] 100% 2 pages, ").contains(" pages/s, 0 errors")
                .contains("\r\033[K").contains("tidings: 2 pages, 0 errors, 0 records skipped");
        assertThat(run("", "--format", "jsonl", "--no-progress", a.toString())).isZero();
        assertThat(stderr()).isEmpty();
    }

    @Test
    void anEmptyDirectoryGivesAnEmptyArray() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThat(run("", "--format", "json", empty.toString())).isZero();
        assertThat(JSON.readTree(stdout()).isArray()).isTrue();
        assertThat(JSON.readTree(stdout()).size()).isZero();
    }
}
