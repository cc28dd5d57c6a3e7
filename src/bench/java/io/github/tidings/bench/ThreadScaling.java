package io.github.tidings.bench;

import io.github.tidings.ArticleParser;
import io.github.tidings.model.Article;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.Jsoup;

/**
 * Issue #16's question with the JIT out of the way: how the throughput of one shared, warmed
 * {@link ArticleParser} grows with the number of threads, on one set's {@code html/} pages.
 *
 * <pre>
 * mvn -B -ntp -o -q -Pbench test-compile exec:java -Dexec.mainClass=io.github.tidings.bench.ThreadScaling \
 *     -Dexec.args="../shared/bench/dragnet/html [rounds] [max threads]"
 * </pre>
 *
 * <p>The CLI's {@code --jobs} target is measured on a cold JVM, where on a two-core machine the
 * compilers keep the second core busy for the first several thousand pages (README, "Short batches
 * and the JIT"); this benchmark tells that apart from contention inside the library. Pages are
 * decompressed and decoded (UTF-8) before timing. Three untimed passes over all pages warm the code; then each round
 * parses every page once with 1, 2, … threads in turn, and the table shows each thread count's
 * median pages per second and its ratio to one thread's, beside the same for jsoup's own parse of
 * the same pages: what the machine allows a parser that shares nothing (a shared virtual machine's
 * two cores, memory bandwidth, the collector). The same pages give the same articles whatever the
 * thread count: each round checks that.
 */
public final class ThreadScaling {
    private ThreadScaling() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: ThreadScaling HTML_DIR [ROUNDS] [MAX_THREADS]");
            System.exit(2);
        }
        List<String> pages = HtmlOverhead.read(Path.of(args[0]));
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int maxThreads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
        ArticleParser parser = ArticleParser.builder().discoverCleaners(false).build(); // built-ins only, as the other benchmarks
        List<Article> expected = run(parser, pages, 1);
        for (int i = 0; i < 2; i++) {
            run(parser, pages, maxThreads);
        }
        for (int i = 0; i < 2; i++) {
            runJsoup(pages, maxThreads);
        }
        double[][] rates = new double[maxThreads][rounds];
        double[][] jsoupRates = new double[maxThreads][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int t = 1; t <= maxThreads; t++) {
                long t0 = System.nanoTime();
                List<Article> got = run(parser, pages, t);
                rates[t - 1][r] = pages.size() / ((System.nanoTime() - t0) / 1e9);
                if (!got.equals(expected)) {
                    throw new IllegalStateException(t + " threads gave other articles than one thread");
                }
                t0 = System.nanoTime();
                runJsoup(pages, t);
                jsoupRates[t - 1][r] = pages.size() / ((System.nanoTime() - t0) / 1e9);
            }
        }
        System.out.printf(Locale.ROOT, "%d pages, %d rounds (median pages/s; ratio to 1 thread)%n", pages.size(), rounds);
        double one = HtmlOverhead.median(rates[0]);
        double jsoupOne = HtmlOverhead.median(jsoupRates[0]);
        for (int t = 1; t <= maxThreads; t++) {
            double m = HtmlOverhead.median(rates[t - 1]);
            double j = HtmlOverhead.median(jsoupRates[t - 1]);
            System.out.printf(Locale.ROOT, "threads %d: tidings %6.0f pages/s %.2fx   jsoup's parse alone %6.0f pages/s %.2fx%n",
                    t, m, m / one, j, j / jsoupOne);
        }
    }

    /** jsoup's own parse of every page with {@code threads} threads: what the machine allows any parser. */
    private static void runJsoup(List<String> pages, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> futures = new ArrayList<>(pages.size());
            for (String page : pages) {
                futures.add(pool.submit(() -> Jsoup.parse(page, "http://localhost/article").childNodeSize()));
            }
            for (Future<Integer> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    /** Parses every page with {@code threads} threads; the articles in page order. */
    private static List<Article> run(ArticleParser parser, List<String> pages, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Article>> futures = new ArrayList<>(pages.size());
            for (String page : pages) {
                futures.add(pool.submit(() -> parser.parseHtml(page)));
            }
            List<Article> out = new ArrayList<>(pages.size());
            for (Future<Article> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdown();
        }
    }
}
