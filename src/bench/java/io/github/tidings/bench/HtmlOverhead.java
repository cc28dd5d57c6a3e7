package io.github.tidings.bench;

import io.github.tidings.ArticleParser;
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
import org.jsoup.Jsoup;

/**
 * Issue #12's measure: tidings' time per HTML page as a multiple of jsoup's own parse of the same
 * page, in the same JVM and the same run, over every set's {@code html/} pages.
 *
 * <pre>
 * mvn -B -ntp -o -q -Pbench test-compile exec:java -Dexec.mainClass=io.github.tidings.bench.HtmlOverhead \
 *     -Dexec.args="../shared/bench [rounds] [warm-up seconds] [sets]"
 * </pre>
 *
 * <p>Pages are decompressed and decoded (UTF-8) before timing; both sides get the same strings and
 * URL ({@code ArticleParser.parseHtml(String, String)} against {@code Jsoup.parse(String, String)}).
 * After a warm-up by time (default 20 s) each of {@code rounds} rounds (default 10) times, set by
 * set, jsoup then tidings, in the other order every other round, by the thread's CPU time, which
 * the other processes of a shared machine hardly stretch. Each round gives one ratio per set and
 * one over all pages (the sum of tidings' times over the sum of jsoup's); the table shows the
 * median ratio and the rounds' lowest and highest, the spread a reader should allow for.
 */
public final class HtmlOverhead {
    private HtmlOverhead() {
    }

    private static final String URL = "http://localhost/article";
    private static final List<String> SETS = List.of("scrapinghub", "dragnet", "l3s-gn1", "trafilatura");
    private static long sink;

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: HtmlOverhead BENCH_DIR [ROUNDS] [WARMUP_SECONDS] [SET,...]");
            System.exit(2);
        }
        Path root = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        double warmupSeconds = args.length > 2 ? Double.parseDouble(args[2]) : 20;
        List<String> sets = args.length > 3 ? List.of(args[3].split(",")) : SETS;

        List<List<String>> pages = new ArrayList<>();
        for (String set : sets) {
            pages.add(read(root.resolve(set).resolve("html")));
        }
        ArticleParser parser = ArticleParser.builder().discoverCleaners(false).build(); // built-ins only: the test classes on this class path hold an example cleaner
        int n = sets.size();
        // cpu[set][side][round], side 0 jsoup, 1 tidings; nanoseconds for the whole set
        long[][][] cpu = new long[n][2][rounds];
        long warmUntil = System.nanoTime() + (long) (warmupSeconds * 1e9);
        int warmRounds = 0;
        do {
            round(parser, pages, warmRounds++, null, 0);
        } while (System.nanoTime() < warmUntil);
        for (int r = 0; r < rounds; r++) {
            round(parser, pages, r, cpu, r);
        }
        System.out.printf(Locale.ROOT, "%d warm-up rounds (%.0f s), %d timed rounds; thread CPU time%n", warmRounds,
                warmupSeconds, rounds);
        System.out.printf(Locale.ROOT, "%-12s %6s %10s %12s %8s %8s %8s%n", "set", "pages", "jsoup ms", "tidings ms",
                "ratio", "min", "max");
        double[] totalRatio = new double[rounds];
        long[] totalJsoup = new long[rounds];
        long[] totalTidings = new long[rounds];
        int totalPages = 0;
        for (int s = 0; s < n; s++) {
            double[] ratio = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                ratio[r] = (double) cpu[s][1][r] / cpu[s][0][r];
                totalJsoup[r] += cpu[s][0][r];
                totalTidings[r] += cpu[s][1][r];
            }
            int size = pages.get(s).size();
            totalPages += size;
            row(sets.get(s), size, median(cpu[s][0]) / 1e6 / size, median(cpu[s][1]) / 1e6 / size, ratio);
        }
        for (int r = 0; r < rounds; r++) {
            totalRatio[r] = (double) totalTidings[r] / totalJsoup[r];
        }
        row("all", totalPages, median(totalJsoup) / 1e6 / totalPages, median(totalTidings) / 1e6 / totalPages,
                totalRatio);
        System.out.println("jsoup ms, tidings ms: median CPU ms per page; ratio: median of the rounds' ratios");
        if (sink == 42) {
            System.err.print(""); // keeps the timed work observable
        }
    }

    private static void row(String name, int pages, double jsoupMs, double tidingsMs, double[] ratio) {
        double[] sorted = ratio.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%-12s %6d %10.2f %12.2f %8.2f %8.2f %8.2f%n", name, pages, jsoupMs, tidingsMs,
                median(ratio), sorted[0], sorted[sorted.length - 1]);
    }

    /** Times every set once on both sides, jsoup first in even rounds; records nothing when {@code cpu} is null. */
    private static void round(ArticleParser parser, List<List<String>> pages, int round, long[][][] cpu, int slot) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int s = 0; s < pages.size(); s++) {
            for (int k = 0; k < 2; k++) {
                int side = (round & 1) == 0 ? k : 1 - k;
                long c0 = threads.getCurrentThreadCpuTime();
                for (String page : pages.get(s)) {
                    try {
                        Object result = side == 0 ? Jsoup.parse(page, URL) : parser.parseHtml(page, URL);
                        sink += System.identityHashCode(result);
                    } catch (RuntimeException e) {
                        sink++;
                    }
                }
                long c1 = threads.getCurrentThreadCpuTime();
                if (cpu != null) {
                    cpu[s][side][slot] = c1 - c0;
                }
            }
        }
    }

    /** The decompressed, UTF-8-decoded {@code .html} and {@code .html.gz} pages of a directory, by name. */
    static List<String> read(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(".html.gz") || name.endsWith(".html")) {
                    out.add(new String(PageFiles.read(p), StandardCharsets.UTF_8));
                }
            }
        }
        return out;
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int m = s.length / 2;
        return s.length % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2;
    }

    private static double median(long[] v) {
        return median(Arrays.stream(v).asDoubleStream().toArray());
    }
}
