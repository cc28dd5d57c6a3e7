package io.github.tidings.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.tidings.ArticleParser;
import io.github.tidings.InputFormat;
import io.github.tidings.cli.Main;
import io.github.tidings.model.Article;
import io.github.tidings.model.Hints;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Parses every text ({@code .txt}) and Markdown ({@code .md}) file of a directory with
 * {@link ArticleParser#defaults()}, writes the articles as JSON Lines for {@code score.py}, and
 * reports single-thread throughput: the median of several timed rounds after warm-up rounds, by
 * wall clock and by the thread's CPU time.
 *
 * <pre>
 * mvn -q -B -o -Pbench test-compile exec:java -Dexec.mainClass=io.github.tidings.bench.TextBenchmark \
 *     -Dexec.classpathScope=test -Dexec.args="../shared/bench/scrapinghub/text /tmp/text.jsonl"
 * </pre>
 *
 * Arguments: input directory, output file (optional; {@code -} for standard output), warm-up
 * seconds (default 10), timed rounds (default 20).
 */
public final class TextBenchmark {
    private TextBenchmark() {
    }

    private record Input(String source, String text, InputFormat format) {
    }

    /** Runs the benchmark; see the class comment for the arguments. */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: TextBenchmark INPUT_DIR [OUTPUT.jsonl|-] [WARMUP_SECONDS] [TIMED_ROUNDS]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        String output = args.length > 1 ? args[1] : null;
        double warmupSeconds = args.length > 2 ? Double.parseDouble(args[2]) : 10;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 20;

        List<Input> inputs = new ArrayList<>();
        long bytes = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.sorted().toList()) {
                String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                InputFormat fmt = name.endsWith(".md") || name.endsWith(".markdown") ? InputFormat.MARKDOWN
                        : name.endsWith(".txt") ? InputFormat.TEXT : null;
                if (fmt == null) {
                    continue;
                }
                byte[] raw = Files.readAllBytes(p);
                bytes += raw.length;
                inputs.add(new Input(dir.getFileName() + "/" + p.getFileName(),
                        new String(raw, StandardCharsets.UTF_8), fmt));
            }
        }
        if (inputs.isEmpty()) {
            System.err.println("no .txt or .md files in " + dir);
            System.exit(2);
        }
        ArticleParser parser = ArticleParser.defaults();

        List<Article> articles = new ArrayList<>();
        for (Input in : inputs) {
            articles.add(parser.parse(in.text(), in.format(), Hints.none()));
        }
        if (output != null) {
            write(inputs, articles, output);
        }

        // Warm-up by time, not by rounds: the JIT compiles the hot paths over several seconds, and
        // rounds timed before that measure the compiler, not the code.
        long warmUntil = System.nanoTime() + (long) (warmupSeconds * 1e9);
        int warmup = 0;
        do {
            runOnce(parser, inputs);
            warmup++;
        } while (System.nanoTime() < warmUntil);
        // Wall clock and the thread's CPU time: on a shared machine, other processes stretch the
        // first but hardly the second, which is the "one core" figure.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpuTimed = threads.isCurrentThreadCpuTimeSupported();
        double[] seconds = new double[rounds];
        double[] cpuSeconds = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long c0 = cpuTimed ? threads.getCurrentThreadCpuTime() : 0;
            long t0 = System.nanoTime();
            long sink = runOnce(parser, inputs);
            seconds[r] = (System.nanoTime() - t0) / 1e9;
            cpuSeconds[r] = cpuTimed ? (threads.getCurrentThreadCpuTime() - c0) / 1e9 : Double.NaN;
            if (sink == 42) {
                System.err.print(""); // keeps the work observable
            }
        }
        Arrays.sort(seconds);
        Arrays.sort(cpuSeconds);
        double median = seconds[rounds / 2];
        double cpuMedian = cpuSeconds[rounds / 2];
        int empty = 0;
        for (Article a : articles) {
            if (a.text().isBlank()) {
                empty++;
            }
        }
        PrintStream err = System.err;
        err.printf(Locale.ROOT, "%d files, %.2f MB; empty bodies: %d%n", inputs.size(), bytes / 1e6, empty);
        err.printf(Locale.ROOT, "single thread, median of %d rounds after %d warm-up rounds (%.0f s): %.3f s = %.1f MB/s, %.0f pages/s%n",
                rounds, warmup, warmupSeconds, median, bytes / 1e6 / median, inputs.size() / median);
        if (cpuTimed) {
            err.printf(Locale.ROOT, "thread CPU time, median of the same rounds: %.3f s = %.1f MB/s, %.0f pages/s%n",
                    cpuMedian, bytes / 1e6 / cpuMedian, inputs.size() / cpuMedian);
        }
    }

    private static long runOnce(ArticleParser parser, List<Input> inputs) {
        long chars = 0;
        for (Input in : inputs) {
            chars += parser.parse(in.text(), in.format(), Hints.none()).text().length();
        }
        return chars;
    }

    private static void write(List<Input> inputs, List<Article> articles, String output) throws IOException {
        ObjectMapper json = new ObjectMapper();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < inputs.size(); i++) {
            Map<String, Object> m = Main.record(inputs.get(i).source(), articles.get(i), false);
            sb.append(json.writeValueAsString(m)).append('\n');
        }
        if (output.equals("-")) {
            System.out.print(sb);
            System.out.flush();
        } else {
            try (BufferedWriter w = Files.newBufferedWriter(Path.of(output), StandardCharsets.UTF_8)) {
                w.write(sb.toString());
            }
        }
    }
}
