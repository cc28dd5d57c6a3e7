package io.github.tidings.bench;

import de.l3s.boilerpipe.extractors.ArticleExtractor;
import io.github.tidings.Article;
import io.github.tidings.ArticleParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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
 *     -Dexec.args="../shared/bench/scrapinghub/html /tmp/sbs [rounds]"
 * python3 ../shared/bench/score.py --gold ../shared/bench/scrapinghub/gold.json --pred /tmp/sbs/tidings.jsonl
 * </pre>
 *
 * <p>Timing: one warm-up round, then {@code rounds} (default 5) timed rounds; each round runs every
 * extractor over every page, the extractors' order reversed every other round so that none always
 * runs on a cold or a hot cache; the table shows the median of the rounds' per-page means. Pages
 * are decompressed and decoded (UTF-8) before timing: every extractor gets the same string.
 */
public final class HtmlSideBySide {
    private HtmlSideBySide() {
    }

    /** One extractor under test. */
    private interface Extractor {
        String name();

        /** Text and title of the page. */
        String[] extract(String html);
    }

    private static final String BASE_URL = "http://localhost/article";

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: HtmlSideBySide HTML_DIR OUT_DIR [ROUNDS]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
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
        ArticleParser parser = ArticleParser.defaults();
        List<Extractor> extractors = List.of(
                extractor("jsoup-parse", html -> {
                    Document d = Jsoup.parse(html, BASE_URL);
                    return new String[] {d.body() == null ? "" : d.body().text(), d.title()};
                }),
                extractor("tidings", html -> {
                    Article a = parser.parseHtml(html, BASE_URL);
                    return new String[] {a.text(), a.title().orElse("")};
                }),
                extractor("readability4j", html -> {
                    net.dankito.readability4j.Article a = new Readability4J(BASE_URL, html).parse();
                    return new String[] {orEmpty(a.getTextContent()), orEmpty(a.getTitle())};
                }),
                extractor("boilerpipe", html -> {
                    try {
                        return new String[] {ArticleExtractor.INSTANCE.getText(html), ""};
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }));

        int n = extractors.size();
        String[][][] results = new String[n][pages.size()][];
        double[][] msPerPage = new double[n][rounds];
        System.err.printf(Locale.ROOT, "%d pages, 1 warm-up round, %d timed rounds%n", pages.size(), rounds);
        for (int round = -1; round < rounds; round++) {
            for (int k = 0; k < n; k++) {
                int x = (round & 1) == 0 ? k : n - 1 - k; // alternate the order
                Extractor ex = extractors.get(x);
                long t0 = System.nanoTime();
                for (int i = 0; i < pages.size(); i++) {
                    String[] r;
                    try {
                        r = ex.extract(pages.get(i));
                    } catch (RuntimeException | StackOverflowError e) {
                        r = new String[] {"", ""};
                    }
                    if (round == -1) {
                        results[x][i] = r;
                    }
                }
                long t1 = System.nanoTime();
                if (round >= 0) {
                    msPerPage[x][round] = (t1 - t0) / 1e6 / pages.size();
                }
            }
        }

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
        System.out.printf(Locale.ROOT, "%-14s %12s %10s %10s %10s%n", "extractor", "median ms/pg", "min", "max",
                "x jsoup");
        for (int x = 0; x < n; x++) {
            double[] r = msPerPage[x].clone();
            Arrays.sort(r);
            System.out.printf(Locale.ROOT, "%-14s %12.2f %10.2f %10.2f %10.2f%n", extractors.get(x).name(),
                    median(msPerPage[x]), r[0], r[r.length - 1], median(msPerPage[x]) / floor);
        }
        System.out.println("JSON Lines written to " + out.toAbsolutePath());
    }

    private static Extractor extractor(String name, java.util.function.Function<String, String[]> f) {
        return new Extractor() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String[] extract(String html) {
                return f.apply(html);
            }
        };
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
