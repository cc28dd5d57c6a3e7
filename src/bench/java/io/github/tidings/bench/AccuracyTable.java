package io.github.tidings.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.tidings.ArticleParser;
import io.github.tidings.InputFormat;
import io.github.tidings.cli.Main;
import io.github.tidings.model.Article;
import io.github.tidings.model.Hints;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Scores every set and input style of the benchmark data in one run and prints one row per set and
 * style: body F1 (snippet F1 on the trafilatura set, whose gold is snippets), precision, recall,
 * and the metadata scores, with the time spent parsing.
 *
 * <pre>
 * mvn -B -ntp -q -Pbench test-compile exec:java -Dexec.mainClass=io.github.tidings.bench.AccuracyTable \
 *     -Dexec.args="../shared/bench /tmp/acc [SETS] [STYLES] [--targets] [--threads N]"
 * </pre>
 *
 * <p>{@code SETS} and {@code STYLES} are comma-separated lists ({@code all} for every one); by
 * default every set of {@link #SETS} and every style folder of {@link #STYLES} that exists. Each
 * file is parsed in this JVM by one parser with the built-in cleaners only (no discovered ones), its format chosen as the
 * command-line tool chooses it ({@code .md} Markdown, {@code .txt} text, {@code .html} and {@code
 * .html.gz} HTML bytes); HTML pages get the URL that {@code gold.json} gives for them, if any, as
 * a hint (a text dump carries no URL). Each set and style is written to {@code
 * OUT/<set>-<style>.jsonl} with the fields the tool's {@code jsonl} format writes (without the
 * blocks), scored by {@code score.py} ({@code python3}; its JSON to {@code
 * OUT/<set>-<style>.score.json}), and the table is printed and written to {@code OUT/table.md}.
 *
 * <p>{@code --targets} puts issue #11's targets ({@link #BODY_TARGETS}, {@link #META_TARGETS},
 * {@link #REGION_RECALL_TARGET}) next to the cells that have one, marked ✓ (met) or ✗.
 *
 * <p>Sets and styles are parsed in {@code --threads} threads (default: the number of processors);
 * the parser is thread-safe. The parse time column is the parsing thread's CPU time (reading,
 * decompressing and writing are not counted), which other processes on a shared machine hardly
 * stretch; it includes the JIT's warm-up, so it is an order of magnitude, not a throughput
 * measurement (that is {@link ParseBenchmark}'s job).
 */
public final class AccuracyTable {
    private AccuracyTable() {
    }

    /** The sets, in the table's order. */
    static final List<String> SETS = List.of("scrapinghub", "dragnet", "l3s-gn1", "trafilatura");

    /** The input styles (one folder each), in the table's order. */
    static final List<String> STYLES = List.of("region", "text", "markdown", "lynx", "htmltotext", "turndown", "html");

    // ---- Issue #11's targets (dev data). One place: change them here. ----

    /**
     * Body F1 minimum per {@code set/style} (snippet F1 for trafilatura). A set and style not
     * listed has no body target.
     */
    static final Map<String, Double> BODY_TARGETS = Map.ofEntries(
            Map.entry("scrapinghub/lynx", 0.93), Map.entry("scrapinghub/htmltotext", 0.91),
            Map.entry("scrapinghub/turndown", 0.91), Map.entry("scrapinghub/text", 0.92),
            Map.entry("scrapinghub/markdown", 0.91), Map.entry("scrapinghub/region", 0.965),
            Map.entry("dragnet/lynx", 0.87), Map.entry("dragnet/htmltotext", 0.85),
            Map.entry("dragnet/turndown", 0.85), Map.entry("dragnet/region", 0.92),
            Map.entry("l3s-gn1/lynx", 0.94), Map.entry("l3s-gn1/htmltotext", 0.92),
            Map.entry("l3s-gn1/turndown", 0.92), Map.entry("l3s-gn1/region", 0.955),
            Map.entry("trafilatura/lynx", 0.87), Map.entry("trafilatura/htmltotext", 0.85),
            Map.entry("trafilatura/turndown", 0.85));

    /**
     * Metadata minimums per set, in every style of that set: {@code set -> (score.py meta key ->
     * minimum)}. The set {@code "*"} applies to every set.
     */
    static final Map<String, Map<String, Double>> META_TARGETS = Map.of(
            "scrapinghub", Map.of("title_exact", 0.85, "published_day", 0.75),
            "trafilatura", Map.of("title_exact", 0.70, "published_day", 0.70),
            "l3s-gn1", Map.of("title_exact", 0.55),
            "*", Map.of("language", 0.97));

    /** Recall minimum of every set's {@code region} style (region scrapes keep the article). */
    static final double REGION_RECALL_TARGET = 0.96;

    // ----

    /** score.py's meta keys, in the order of the table's metadata columns. */
    private static final String[] META_KEYS = {"title_exact", "published_day", "authors_set_f1", "siteName", "language"};
    private static final String[] HEADERS = {"set", "style", "pages", "body F1", "P", "R", "title exact",
        "published day", "authors", "site", "language", "parse s"};

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One set and style: what was parsed and what score.py made of it. */
    private record Row(String set, String style, int pages, int failed, int missing, double parseCpuSeconds,
            boolean snippets, double f1, double precision, double recall, Map<String, Double> meta) {
    }

    public static void main(String[] args) throws Exception {
        List<String> positional = new ArrayList<>();
        boolean targets = false;
        int threads = Runtime.getRuntime().availableProcessors();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--targets" -> targets = true;
                case "--threads" -> {
                    if (i + 1 == args.length) {
                        usage("--threads needs a number");
                    }
                    try {
                        threads = Integer.parseInt(args[++i]);
                    } catch (NumberFormatException e) {
                        usage("--threads needs a number");
                    }
                }
                default -> {
                    if (args[i].startsWith("--")) {
                        usage("unknown option " + args[i]);
                    }
                    positional.add(args[i]);
                }
            }
        }
        if (positional.size() < 2 || positional.size() > 4 || threads < 1) {
            usage(null);
        }
        Path bench = Path.of(positional.get(0));
        Path out = Path.of(positional.get(1));
        List<String> sets = list(positional.size() > 2 ? positional.get(2) : "all", SETS);
        String styleArg = positional.size() > 3 ? positional.get(3) : "all";
        List<String> styles = list(styleArg, STYLES);

        Path scorer = bench.resolve("score.py");
        if (!Files.isRegularFile(scorer)) {
            fail("no score.py in " + bench.toAbsolutePath() + " (the first argument is the benchmark data's folder)");
        }
        checkPython();
        Files.createDirectories(out);

        List<String[]> jobs = new ArrayList<>();
        for (String set : sets) {
            if (!Files.isRegularFile(bench.resolve(set).resolve("gold.json"))) {
                fail("no " + set + "/gold.json in " + bench.toAbsolutePath());
            }
            for (String style : styles) {
                if (Files.isDirectory(bench.resolve(set).resolve(style))) {
                    jobs.add(new String[] {set, style});
                }
            }
        }
        if (jobs.isEmpty()) {
            fail("no set and style folder found in " + bench.toAbsolutePath());
        }
        for (String style : styles) {
            if (!styleArg.equals("all") && jobs.stream().noneMatch(j -> j[1].equals(style))) {
                fail("no set has a " + style + "/ folder (styles: " + String.join(", ", STYLES) + ")");
            }
        }

        long t0 = System.nanoTime();
        ArticleParser parser = ArticleParser.builder().discoverCleaners(false).build(); // built-ins only: the test classes on this class path hold an example cleaner
        Map<String, Map<String, String>> urls = new HashMap<>();
        for (String set : sets) {
            urls.put(set, urls(bench.resolve(set).resolve("gold.json")));
        }
        // Largest first, so that the threads finish together; the table keeps the canonical order.
        List<String[]> bySize = new ArrayList<>(jobs);
        Map<String, Integer> sizes = new HashMap<>();
        for (String[] j : jobs) {
            try (Stream<Path> s = Files.list(bench.resolve(j[0]).resolve(j[1]))) {
                sizes.put(j[0] + "/" + j[1], (int) s.count());
            }
        }
        bySize.sort(Comparator.comparing((String[] j) -> sizes.get(j[0] + "/" + j[1])).reversed());
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, jobs.size()));
        Map<String, Future<Row>> futures = new HashMap<>();
        try {
            for (String[] j : bySize) {
                futures.put(j[0] + "/" + j[1], pool.submit(() -> run(parser, bench, out, j[0], j[1],
                        urls.get(j[0]))));
            }
            List<Row> rows = new ArrayList<>();
            for (String[] j : jobs) {
                try {
                    rows.add(futures.get(j[0] + "/" + j[1]).get());
                } catch (ExecutionException e) {
                    Throwable c = e.getCause();
                    fail(j[0] + "/" + j[1] + ": " + (c.getMessage() != null ? c.getMessage() : c.toString()));
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            String text = render(rows, targets, false);
            String md = render(rows, targets, true);
            System.out.print(text);
            Files.writeString(out.resolve("table.md"), md, StandardCharsets.UTF_8);
            System.out.printf(Locale.ROOT, "%d sets and styles, %d pages in %.0f s (%d threads); table in %s%n",
                    rows.size(), rows.stream().mapToInt(Row::pages).sum(), seconds,
                    Math.min(threads, jobs.size()), out.resolve("table.md").toAbsolutePath());
        } finally {
            pool.shutdownNow();
        }
    }

    private static void usage(String problem) {
        if (problem != null) {
            System.err.println("AccuracyTable: " + problem);
        }
        System.err.println("usage: AccuracyTable BENCH_DIR OUT_DIR [SETS|all] [STYLES|all] [--targets] [--threads N]");
        System.err.println("  SETS, STYLES: comma-separated, e.g. scrapinghub,dragnet lynx,html");
        System.exit(2);
    }

    private static void fail(String message) {
        System.err.println("AccuracyTable: " + message);
        System.exit(1);
    }

    private static List<String> list(String arg, List<String> all) {
        return arg.equals("all") ? all : List.of(arg.split(","));
    }

    private static void checkPython() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            if (p.waitFor() != 0) {
                fail("python3 --version failed (exit " + p.exitValue() + "); score.py needs Python 3");
            }
        } catch (IOException e) {
            fail("python3 not found on the PATH; score.py needs Python 3 (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted");
        }
    }

    /** gold.json's {@code url} per document id, where it gives one. */
    private static Map<String, String> urls(Path gold) throws IOException {
        Map<String, String> urls = new HashMap<>();
        JsonNode root = JSON.readTree(gold.toFile());
        root.fields().forEachRemaining(e -> {
            JsonNode u = e.getValue().get("url");
            if (u != null && u.isTextual() && !u.asText().isBlank()) {
                urls.put(e.getKey(), u.asText());
            }
        });
        return urls;
    }

    /** Parses one set and style into its JSON Lines file and scores it. */
    private static Row run(ArticleParser parser, Path bench, Path out, String set, String style,
            Map<String, String> urls) throws IOException, InterruptedException {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        Path dir = bench.resolve(set).resolve(style);
        Path pred = out.resolve(set + "-" + style + ".jsonl");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        long parseNanos = 0;
        int failed = 0;
        try (Writer w = Files.newBufferedWriter(pred, StandardCharsets.UTF_8)) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                String source = set + "/" + style + "/" + name;
                byte[] bytes = PageFiles.read(f);
                Map<String, Object> record;
                long c0 = cpu.getCurrentThreadCpuTime();
                try {
                    Article a = parse(parser, name, bytes, urls.get(id(name)));
                    parseNanos += cpu.getCurrentThreadCpuTime() - c0;
                    record = Main.record(source, a, false);
                    record.remove("blocks");
                } catch (RuntimeException | StackOverflowError e) {
                    parseNanos += cpu.getCurrentThreadCpuTime() - c0;
                    failed++;
                    record = new LinkedHashMap<>();
                    record.put("source", source);
                    record.put("error", e.toString());
                    System.err.println("AccuracyTable: " + source + ": " + e);
                }
                w.write(JSON.writeValueAsString(record));
                w.write('\n');
            }
        }
        JsonNode score = score(bench, set, pred, out.resolve(set + "-" + style + ".score.json"));
        JsonNode snippets = score.get("snippets");
        boolean isSnippets = snippets != null && !snippets.isNull();
        JsonNode body = isSnippets ? snippets : score.path("body");
        Map<String, Double> meta = new LinkedHashMap<>();
        JsonNode m = score.path("meta");
        for (String k : META_KEYS) {
            JsonNode v = m.path(k).path("value");
            meta.put(k, v.isNumber() ? v.asDouble() : null);
        }
        int missing = score.path("documents").path("missing").asInt();
        Row row = new Row(set, style, files.size(), failed, missing, parseNanos / 1e9, isSnippets,
                body.path("f1").asDouble(Double.NaN), body.path("precision").asDouble(Double.NaN),
                body.path("recall").asDouble(Double.NaN), meta);
        System.err.printf(Locale.ROOT, "%s/%s: %d pages, %s F1 %.3f, parse %.1f s%n", set, style, row.pages(),
                isSnippets ? "snippet" : "body", row.f1(), row.parseCpuSeconds());
        return row;
    }

    /** The format as the command-line tool's {@code --input auto} chooses it, and the parse. */
    private static Article parse(ArticleParser parser, String fileName, byte[] bytes, String url) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        InputFormat fmt = name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")
                ? InputFormat.HTML
                : name.endsWith(".md") || name.endsWith(".markdown") ? InputFormat.MARKDOWN
                : name.endsWith(".txt") ? InputFormat.TEXT
                : InputFormat.detect(new String(bytes, 0, Math.min(bytes.length, 65536), StandardCharsets.UTF_8));
        if (fmt == InputFormat.HTML) {
            Hints hints = url != null ? Hints.ofUrl(url) : Hints.builder().build();
            return parser.parseHtml(bytes, hints);
        }
        return parser.parse(new String(bytes, StandardCharsets.UTF_8), fmt, Hints.builder().build());
    }

    /** The document id score.py derives from a file name: the name without its extensions. */
    private static String id(String fileName) {
        int dot = fileName.indexOf('.');
        return dot < 0 ? fileName : fileName.substring(0, dot);
    }


    /** Runs score.py on one prediction file, keeps its JSON next to it, and returns it. */
    private static JsonNode score(Path bench, String set, Path pred, Path json)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("python3", bench.resolve("score.py").toString(),
                "--gold", bench.resolve(set).resolve("gold.json").toString()));
        Path metaGold = bench.resolve(set).resolve("meta-gold.json");
        if (Files.isRegularFile(metaGold)) {
            cmd.addAll(List.of("--meta-gold", metaGold.toString()));
        }
        cmd.addAll(List.of("--pred", pred.toString(), "--json", "--n-bootstrap", "1", "--worst", "0"));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] stdout = p.getInputStream().readAllBytes();
        int status = p.waitFor();
        if (status != 0) {
            throw new IOException("score.py exited with " + status + ": " + String.join(" ", cmd));
        }
        Files.write(json, stdout);
        try {
            return JSON.readTree(stdout);
        } catch (IOException e) {
            throw new UncheckedIOException("score.py printed no JSON: " + String.join(" ", cmd), e);
        }
    }

    // ---- The table ----

    private static String render(List<Row> rows, boolean targets, boolean markdown) {
        List<String[]> cells = new ArrayList<>();
        cells.add(HEADERS);
        int met = 0;
        int total = 0;
        List<String> notes = new ArrayList<>();
        for (Row r : rows) {
            String key = r.set() + "/" + r.style();
            String[] c = new String[HEADERS.length];
            c[0] = r.set();
            c[1] = r.style();
            c[2] = Integer.toString(r.pages());
            if (r.missing() > 0) {
                notes.add(key + ": " + r.missing() + " gold page(s) without an input file, scored as empty");
            }
            if (r.failed() > 0) {
                notes.add(key + ": " + r.failed() + " files failed to parse (scored as empty)");
            }
            Double[] values = {r.f1(), r.precision(), r.recall()};
            Double[] mins = {BODY_TARGETS.get(key), null,
                r.style().equals("region") && !r.snippets() ? REGION_RECALL_TARGET : null};
            for (int i = 0; i < 3; i++) {
                c[3 + i] = cell(values[i], targets ? mins[i] : null);
            }
            for (int i = 0; i < META_KEYS.length; i++) {
                Double min = null;
                if (targets) {
                    min = META_TARGETS.getOrDefault(r.set(), Map.of()).get(META_KEYS[i]);
                    if (min == null) {
                        min = META_TARGETS.get("*").get(META_KEYS[i]);
                    }
                }
                c[6 + i] = cell(r.meta().get(META_KEYS[i]), min);
            }
            c[11] = String.format(Locale.ROOT, "%.1f", r.parseCpuSeconds());
            for (String s : c) {
                if (s.contains("✓")) {
                    met++;
                    total++;
                } else if (s.contains("✗")) {
                    total++;
                }
            }
            cells.add(c);
        }
        StringBuilder b = new StringBuilder();
        if (markdown) {
            for (int i = 0; i < cells.size(); i++) {
                b.append("| ").append(String.join(" | ", cells.get(i))).append(" |\n");
                if (i == 0) {
                    b.append("|---|---|").append("---:|".repeat(HEADERS.length - 2)).append('\n');
                }
            }
            b.append('\n');
        } else {
            int[] width = new int[HEADERS.length];
            for (String[] c : cells) {
                for (int i = 0; i < c.length; i++) {
                    width[i] = Math.max(width[i], c[i].codePointCount(0, c[i].length()));
                }
            }
            for (String[] c : cells) {
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < c.length; i++) {
                    String pad = " ".repeat(width[i] - c[i].codePointCount(0, c[i].length()));
                    line.append(i < 2 ? c[i] + pad : pad + c[i]).append(i < c.length - 1 ? "  " : "");
                }
                b.append(line.toString().stripTrailing()).append('\n');
            }
        }
        String bullet = markdown ? "- " : "";
        if (rows.stream().anyMatch(Row::snippets)) {
            b.append(bullet).append("trafilatura: snippet F1, P, R (its gold is snippets, not bodies)\n");
        }
        b.append(bullet).append("title exact, published day, authors (set F1), site, language: score.py's meta scores;"
                + " - where the gold has no such field\n");
        b.append(bullet).append("parse s: CPU seconds of the parsing thread, JIT warm-up included\n");
        for (String n : notes) {
            b.append(bullet).append(n).append('\n');
        }
        if (targets) {
            b.append(bullet).append(String.format(Locale.ROOT, "targets (issue #11): %d of %d met%n", met, total));
        }
        return b.toString();
    }

    private static String cell(Double value, Double min) {
        if (value == null || value.isNaN()) {
            return "-";
        }
        String v = String.format(Locale.ROOT, "%.3f", value);
        if (min == null) {
            return v;
        }
        return v + (value >= min ? " ✓" : " ✗") + String.format(Locale.ROOT, "%.3f", min).replaceFirst("0+$", "")
                .replaceFirst("\\.$", "");
    }
}
