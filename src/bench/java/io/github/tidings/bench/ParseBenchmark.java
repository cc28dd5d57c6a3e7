package io.github.tidings.bench;

import io.github.tidings.ArticleParser;
import io.github.tidings.InputFormat;
import io.github.tidings.model.Hints;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parse throughput with JMH: one operation parses every page of a corpus once (181 pages for the
 * scrapinghub set), single-threaded, as average time per corpus. The text, Markdown and HTML
 * benchmarks parse the dataset's {@code text/}, {@code markdown/} and {@code html/} directories;
 * {@code jsoupParse} is jsoup's own {@code Jsoup.parse} of the same HTML strings, the floor every
 * DOM-based extractor pays, and {@code htmlFromDocument} is tidings alone on documents jsoup has
 * already parsed (the documents are not modified, so they are reused), so that
 * html ≈ jsoupParse + htmlFromDocument shows where the time goes.
 *
 * <pre>
 * mvn -B -ntp -q -Pbench test-compile exec:exec@jmh -Dbench.args="-p dir=../shared/bench/scrapinghub"
 * </pre>
 *
 * <p>Pages are decompressed and decoded (UTF-8) in setup, untimed; every benchmark gets the same
 * strings. {@code -p dir} names the dataset root; JMH's own options (such as {@code -f}, {@code
 * -wi}, {@code -i}, or a benchmark name pattern) go in {@code bench.args} too.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ParseBenchmark {
    private static final String URL = "http://localhost/article";

    /** The dataset root, holding text/, markdown/ and html/. */
    @Param("../shared/bench/scrapinghub")
    public String dir;

    private final ArticleParser parser = ArticleParser.builder().discoverCleaners(false).build();
    private final Hints hints = Hints.ofUrl(URL);
    private List<String> text;
    private List<String> markdown;
    private List<String> html;
    private List<Document> documents;

    /** Reads the corpora once per fork. */
    @Setup
    public void read() throws IOException {
        Path root = Path.of(dir);
        text = read(root.resolve("text"), ".txt");
        markdown = read(root.resolve("markdown"), ".md");
        html = read(root.resolve("html"), ".html.gz");
        documents = new ArrayList<>(html.size());
        for (String h : html) {
            documents.add(Jsoup.parse(h, URL));
        }
    }

    private static List<String> read(Path dir, String suffix) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IOException("no *" + suffix + " in " + dir + " (pass the dataset root with -p dir=...)");
        }
        List<String> out = new ArrayList<>(files.size());
        for (Path f : files) {
            try (InputStream in = f.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(f))
                    : Files.newInputStream(f)) {
                out.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    /** Full-page text dumps. */
    @Benchmark
    public void text(Blackhole bh) {
        for (String t : text) {
            bh.consume(parser.parse(t, InputFormat.TEXT, hints));
        }
    }

    /** Markdown dumps of the same pages. */
    @Benchmark
    public void markdown(Blackhole bh) {
        for (String m : markdown) {
            bh.consume(parser.parse(m, InputFormat.MARKDOWN, hints));
        }
    }

    /** HTML strings: jsoup's parse and tidings together, as users call it. */
    @Benchmark
    public void html(Blackhole bh) {
        for (String h : html) {
            bh.consume(parser.parseHtml(h, URL));
        }
    }

    /** The baseline: jsoup's own parse of the same HTML strings. */
    @Benchmark
    public void jsoupParse(Blackhole bh) {
        for (String h : html) {
            bh.consume(Jsoup.parse(h, URL));
        }
    }

    /** tidings alone, on documents jsoup has parsed. */
    @Benchmark
    public void htmlFromDocument(Blackhole bh) {
        for (Document d : documents) {
            bh.consume(parser.parse(d, hints));
        }
    }
}
