package io.github.tidings.bench;

import io.github.tidings.ArticleParser;
import io.github.tidings.InputFormat;
import io.github.tidings.model.Hints;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Issue #11's speed measure: text throughput on one core, in MB of input per second of the parsing
 * thread's CPU time, per text style and over all of them, with the median time per page.
 *
 * <pre>
 * mvn -B -ntp -o -q -Pbench test-compile exec:java -Dexec.mainClass=io.github.tidings.bench.TextBenchmark \
 *     -Dexec.args="../shared/bench [rounds] [warm-up seconds] [sets] [styles]"
 * </pre>
 *
 * <p>Every page of the text styles ({@code text}, {@code region}, {@code lynx}, {@code
 * htmltotext}, {@code turndown}, {@code markdown}; those a set has) of the four sets is read and
 * decoded (UTF-8) before timing, and parsed as {@link AccuracyTable} parses it: {@code .md} files
 * as Markdown, the rest as text, without hints, by one parser with the built-in cleaners only (no discovered ones). After a
 * warm-up by time (default 30 s, at least one round) each of {@code rounds} rounds (default 5)
 * parses every page once and times each page by the thread's CPU time, which the other processes
 * of a shared machine hardly stretch. MB are 10^6 bytes of the pages' UTF-8 input. Each style's
 * MB/s is its bytes over its CPU time in one round; the table gives the median round and the
 * rounds' lowest and highest, the spread a reader should allow for. The median page time is the
 * median over the style's pages of each page's median over the rounds. {@code alloc B/B} is the
 * bytes the parsing thread allocated per byte of input (the median round): unlike CPU time, it
 * hardly moves with the machine's load, so it shows a change in per-line garbage at once.
 */
public final class TextBenchmark {
    private TextBenchmark() {
    }

    private static final List<String> SETS = List.of("scrapinghub", "dragnet", "l3s-gn1", "trafilatura");
    private static final List<String> STYLES = List.of("text", "region", "lynx", "htmltotext", "turndown",
            "markdown");
    private static long sink;

    /** The pages of one style over all the sets asked for. */
    private record Style(String name, List<String> pages, List<InputFormat> formats, long bytes) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: TextBenchmark BENCH_DIR [ROUNDS] [WARMUP_SECONDS] [SET,...|all] [STYLE,...|all]");
            System.exit(2);
        }
        Path root = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        double warmupSeconds = args.length > 2 ? Double.parseDouble(args[2]) : 30;
        List<String> sets = args.length > 3 && !args[3].equals("all") ? List.of(args[3].split(",")) : SETS;
        List<String> styleNames = args.length > 4 && !args[4].equals("all") ? List.of(args[4].split(",")) : STYLES;
        if (rounds < 1) {
            System.err.println("TextBenchmark: ROUNDS must be at least 1");
            System.exit(2);
        }

        List<Style> styles = new ArrayList<>();
        for (String name : styleNames) {
            Style s = read(root, sets, name);
            if (!s.pages().isEmpty()) {
                styles.add(s);
            }
        }
        if (styles.isEmpty()) {
            System.err.println("TextBenchmark: no pages of " + styleNames + " in " + sets + " under " + root);
            System.exit(1);
        }
        ArticleParser parser = ArticleParser.builder().discoverCleaners(false).build(); // built-ins only: the test classes on this class path hold an example cleaner
        // nanos[style][page][round]: the page's thread CPU time
        long[][][] nanos = new long[styles.size()][][];
        // alloc[style][round]: bytes the thread allocated parsing the style's pages
        long[][] alloc = new long[styles.size()][rounds];
        for (int s = 0; s < styles.size(); s++) {
            nanos[s] = new long[styles.get(s).pages().size()][rounds];
        }
        long warmUntil = System.nanoTime() + (long) (warmupSeconds * 1e9);
        int warmRounds = 0;
        do {
            round(parser, styles, null, null, 0);
            warmRounds++;
        } while (System.nanoTime() < warmUntil);
        for (int r = 0; r < rounds; r++) {
            round(parser, styles, nanos, alloc, r);
        }

        System.out.printf(Locale.ROOT, "%d warm-up rounds (%.0f s), %d timed rounds; thread CPU time; sets %s%n",
                warmRounds, warmupSeconds, rounds, String.join(",", sets));
        System.out.printf(Locale.ROOT, "%-11s %6s %8s %8s %8s %8s %12s %10s%n", "style", "pages", "MB", "MB/s", "min",
                "max", "median ms", "alloc B/B");
        long[] allNanos = new long[rounds];
        long[] allAlloc = new long[rounds];
        long allBytes = 0;
        int allPages = 0;
        List<Double> allPageMs = new ArrayList<>();
        for (int s = 0; s < styles.size(); s++) {
            Style style = styles.get(s);
            long[] roundNanos = new long[rounds];
            double[] pageMs = new double[style.pages().size()];
            for (int p = 0; p < pageMs.length; p++) {
                for (int r = 0; r < rounds; r++) {
                    roundNanos[r] += nanos[s][p][r];
                }
                pageMs[p] = median(Arrays.stream(nanos[s][p]).asDoubleStream().toArray()) / 1e6;
                allPageMs.add(pageMs[p]);
            }
            for (int r = 0; r < rounds; r++) {
                allNanos[r] += roundNanos[r];
                allAlloc[r] += alloc[s][r];
            }
            allBytes += style.bytes();
            allPages += pageMs.length;
            row(style.name(), pageMs.length, style.bytes(), roundNanos, median(pageMs), alloc[s]);
        }
        row("all", allPages, allBytes, allNanos,
                median(allPageMs.stream().mapToDouble(Double::doubleValue).toArray()), allAlloc);
        System.out.println("MB/s: median round (min, max: the rounds' lowest and highest); "
                + "median ms: median page's CPU ms; alloc B/B: bytes allocated per input byte");
        if (sink == 42) {
            System.err.print(""); // keeps the timed work observable
        }
    }

    private static void row(String name, int pages, long bytes, long[] roundNanos, double medianPageMs,
            long[] allocated) {
        double[] mbs = new double[roundNanos.length];
        for (int r = 0; r < mbs.length; r++) {
            mbs[r] = bytes / 1e6 / (roundNanos[r] / 1e9);
        }
        double[] sorted = mbs.clone();
        Arrays.sort(sorted);
        double allocPerByte = median(Arrays.stream(allocated).asDoubleStream().toArray()) / bytes;
        System.out.printf(Locale.ROOT, "%-11s %6d %8.1f %8.2f %8.2f %8.2f %12.3f %10.1f%n", name, pages, bytes / 1e6,
                median(mbs), sorted[0], sorted[sorted.length - 1], medianPageMs, allocPerByte);
    }

    /**
     * Parses every page once; records each page's CPU time in {@code nanos[style][page][slot]} and
     * each style's allocated bytes in {@code alloc[style][slot]} unless they are null.
     */
    private static void round(ArticleParser parser, List<Style> styles, long[][][] nanos, long[][] alloc,
            int slot) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.ThreadMXBean memory = (com.sun.management.ThreadMXBean) threads;
        for (int s = 0; s < styles.size(); s++) {
            Style style = styles.get(s);
            long a0 = memory.getCurrentThreadAllocatedBytes();
            for (int p = 0; p < style.pages().size(); p++) {
                long c0 = threads.getCurrentThreadCpuTime();
                try {
                    sink += System.identityHashCode(parser.parse(style.pages().get(p), style.formats().get(p),
                            Hints.none()));
                } catch (RuntimeException e) {
                    sink++;
                }
                long c1 = threads.getCurrentThreadCpuTime();
                if (nanos != null) {
                    nanos[s][p][slot] = c1 - c0;
                }
            }
            if (alloc != null) {
                alloc[s][slot] = memory.getCurrentThreadAllocatedBytes() - a0;
            }
        }
    }

    /** The style's pages over the sets that have it, decoded, with the format AccuracyTable gives each. */
    private static Style read(Path root, List<String> sets, String style) throws IOException {
        List<String> pages = new ArrayList<>();
        List<InputFormat> formats = new ArrayList<>();
        long bytes = 0;
        for (String set : sets) {
            Path dir = root.resolve(set).resolve(style);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                    if (name.endsWith(".gz")) {
                        name = name.substring(0, name.length() - 3);
                    }
                    byte[] raw = PageFiles.read(p);
                    bytes += raw.length;
                    pages.add(new String(raw, StandardCharsets.UTF_8));
                    formats.add(name.endsWith(".md") || name.endsWith(".markdown") ? InputFormat.MARKDOWN
                            : InputFormat.TEXT);
                }
            }
        }
        return new Style(style, pages, formats, bytes);
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int m = s.length / 2;
        return s.length % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2;
    }
}
