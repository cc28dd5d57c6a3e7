package io.github.tidings.bench;

import de.l3s.boilerpipe.extractors.ArticleExtractor;
import io.github.tidings.ArticleParser;
import io.github.tidings.model.Article;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Runs tidings, Readability4J, boilerpipe and jsoup's parse alone (the floor every DOM-based
 * extractor pays) over the same HTML pages in one JVM, writes each one's output as JSON Lines for
 * {@code score.py}, and prints the mean time per page.
 *
 * <pre>
 * mvn -q -B -o -Pbench test-compile exec:java -Dexec.mainClass=io.github.tidings.bench.HtmlSideBySide \
 *     -Dexec.args="../shared/bench/scrapinghub/html /tmp/sbs [rounds] [warm-up seconds]"
 * python3 ../shared/bench/score.py --gold ../shared/bench/scrapinghub/gold.json --pred /tmp/sbs/tidings.jsonl
 * </pre>
 *
 * <p>Timing: warm-up rounds for {@code WARMUP_SECONDS} (default 20), then {@code ROUNDS} (default 10)
 * timed rounds; each round runs every extractor over every page, the extractors' order reversed
 * every other round so that none always runs on a cold or a hot cache. The table shows the median
 * of the rounds' per-page means, by wall clock and by the thread's CPU time (which other processes
 * on a shared machine hardly stretch). jsoup's row times {@code Jsoup.parse} alone. Pages are
 * decompressed and decoded (UTF-8) before timing: every extractor gets the same string; the JSON
 * Lines come from one untimed run.
 */
public final class HtmlSideBySide {
    private HtmlSideBySide() {
    }

    /** One extractor under test: the timed work, and its text and title made from the result untimed. */
    private record Extractor(String name, Function<String, Object> run, Function<Object, String[]> output) {
    }

    private static final String BASE_URL = "http://localhost/article";
    private static long sink;

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: HtmlSideBySide HTML_DIR OUT_DIR [ROUNDS] [WARMUP_SECONDS]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        double warmupSeconds = args.length > 3 ? Double.parseDouble(args[3]) : 20;
        Files.createDirectories(out);

        List<String> ids = new ArrayList<>();
        List<String> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(".html.gz") || name.endsWith(".html")) {
                    ids.add(name);
                    pages.add(read(p));
                }
            }
        }
        ArticleParser parser = ArticleParser.builder().discoverCleaners(false).build(); // built-ins only: the test classes on this class path hold an example cleaner
        List<Extractor> extractors = List.of(
                // The floor: jsoup's parse alone. Its text and title are read outside the timing.
                new Extractor("jsoup-parse", html -> Jsoup.parse(html, BASE_URL), d -> {
                    Document doc = (Document) d;
                    return new String[] {doc.body() == null ? "" : doc.body().text(), doc.title()};
                }),
                new Extractor("tidings", html -> parser.parseHtml(html, BASE_URL), r -> {
                    Article a = (Article) r;
                    return new String[] {a.text(), a.title().orElse("")};
                }),
                new Extractor("readability4j", html -> new Readability4J(BASE_URL, html).parse(), r -> {
                    net.dankito.readability4j.Article a = (net.dankito.readability4j.Article) r;
                    return new String[] {orEmpty(a.getTextContent()), orEmpty(a.getTitle())};
                }),
                new Extractor("boilerpipe", html -> {
                    try {
                        return ArticleExtractor.INSTANCE.getText(html);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }, r -> new String[] {(String) r, ""}));

        int n = extractors.size();
        String[][][] results = new String[n][pages.size()][];
        for (int x = 0; x < n; x++) {
            for (int i = 0; i < pages.size(); i++) {
                Extractor ex = extractors.get(x);
                try {
                    results[x][i] = ex.output().apply(ex.run().apply(pages.get(i)));
                } catch (RuntimeException | StackOverflowError e) {
                    results[x][i] = new String[] {"", ""};
                }
            }
        }
        // Warm-up by time, not by rounds: the JIT compiles each extractor's hot paths over seconds,
        // and timings taken before that measure the compiler, not the code.
        double[][] msPerPage = new double[n][rounds];
        double[][] cpuMsPerPage = new double[n][rounds];
        long warmUntil = System.nanoTime() + (long) (warmupSeconds * 1e9);
        int warmRounds = 0;
        do {
            timeRound(extractors, pages, warmRounds++, null, null);
        } while (System.nanoTime() < warmUntil);
        for (int round = 0; round < rounds; round++) {
            timeRound(extractors, pages, round, msPerPage, cpuMsPerPage);
        }
        System.err.printf(Locale.ROOT, "%d pages, %d warm-up rounds (%.0f s), %d timed rounds%n", pages.size(),
                warmRounds, warmupSeconds, rounds);

        for (int x = 0; x < n; x++) {
            Path f = out.resolve(extractors.get(x).name() + ".jsonl");
            try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
                for (int i = 0; i < pages.size(); i++) {
                    w.write("{\"source\": " + json(ids.get(i)) + ", \"text\": " + json(results[x][i][0])
                            + ", \"title\": " + json(results[x][i][1]) + "}\n");
                }
            }
        }

        double floor = median(msPerPage[0]);
        double cpuFloor = median(cpuMsPerPage[0]);
        System.out.printf(Locale.ROOT, "%-14s %12s %8s %8s %8s %14s %8s%n", "extractor", "median ms/pg", "min", "max",
                "x jsoup", "cpu ms/pg", "x jsoup");
        for (int x = 0; x < n; x++) {
            double[] r = msPerPage[x].clone();
            Arrays.sort(r);
            System.out.printf(Locale.ROOT, "%-14s %12.2f %8.2f %8.2f %8.2f %14.2f %8.2f%n", extractors.get(x).name(),
                    median(msPerPage[x]), r[0], r[r.length - 1], median(msPerPage[x]) / floor,
                    median(cpuMsPerPage[x]), median(cpuMsPerPage[x]) / cpuFloor);
        }
        if (sink == 42) {
            System.err.print(""); // keeps the timed work observable
        }
        System.out.println("JSON Lines written to " + out.toAbsolutePath());
    }

    /**
     * Runs every extractor over every page, in reversed order every other round; records each one's
     * wall-clock and CPU milliseconds per page in {@code ms[x][round]} and {@code cpuMs[x][round]}
     * unless they are null (warm-up).
     */
    private static void timeRound(List<Extractor> extractors, List<String> pages, int round, double[][] ms,
            double[][] cpuMs) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int n = extractors.size();
        for (int k = 0; k < n; k++) {
            int x = (round & 1) == 0 ? k : n - 1 - k;
            Extractor ex = extractors.get(x);
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            for (String page : pages) {
                try {
                    sink += System.identityHashCode(ex.run().apply(page)); // cheap for every result type
                } catch (RuntimeException | StackOverflowError e) {
                    sink++;
                }
            }
            long t1 = System.nanoTime();
            long c1 = threads.getCurrentThreadCpuTime();
            if (ms != null) {
                ms[x][round] = (t1 - t0) / 1e6 / pages.size();
                cpuMs[x][round] = (c1 - c0) / 1e6 / pages.size();
            }
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int m = s.length / 2;
        return s.length % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2;
    }

    private static String read(Path p) throws IOException {
        byte[] raw = Files.readAllBytes(p);
        if (p.getFileName().toString().endsWith(".gz")) {
            try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(raw))) {
                ByteArrayOutputStream buf = new ByteArrayOutputStream(raw.length * 4);
                in.transferTo(buf);
                raw = buf.toByteArray();
            }
        }
        return new String(raw, StandardCharsets.UTF_8);
    }

    private static String json(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
