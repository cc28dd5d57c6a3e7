package io.github.tidings.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.github.tidings.model.Article;
import io.github.tidings.ArticleParser;
import io.github.tidings.model.Hints;
import io.github.tidings.InputFormat;
import io.github.tidings.model.Limits;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Peak heap of one parse, in bytes per input character beyond the input itself, for each input
 * kind at 1, 2 and 16 Mi characters and the default maximum ({@link Limits#DEFAULT_MAX_INPUT_CHARS}),
 * against the target of {@value #TARGET_BYTES_PER_CHAR} bytes per character (issue #14), with a
 * pass or fail per row; an input the default {@link Limits} refuse (many short lines past {@link
 * Limits#maxBlocks()}) is reported as refused, as documented.
 *
 * <p>Each measurement runs in its own JVM with the serial collector, a 4 MB young generation, and
 * full collections that compact the old generation wholly ({@code -XX:MarkSweepDeadRatio=0}: by
 * default the serial collector leaves up to 5% of the generation as uncompacted dead objects, which
 * the heap in use counts as if live).
 * The heap in use before the parse (the input, the parser and its resources, loaded by a parse of
 * a small input first) is the base and is subtracted; the returned {@code Article} is still held
 * when the parse ends, so it counts. Two figures bracket the peak:
 * <ul>
 * <li><b>live</b>, the one judged: while the parse runs, another thread forces a full collection
 *     every {@value #SAMPLE_MS} ms and the heap in use after each is read, the live data at that
 *     moment; the largest of those (and of one right after the parse) is the figure. A peak
 *     shorter than the interval between two collections can be missed, so this is a lower bound;
 *     the parse's stages hold their data for longer than that at the sizes measured.</li>
 * <li><b>upper</b>: the largest heap in use after any collection, young ones included, or right
 *     after the parse, garbage included. Objects promoted early out of the small young generation
 *     stay in the old one after they die until a full collection, so this counts garbage: an upper
 *     bound. (Before, this was the only figure, and for many short lines it was about twice the
 *     live data.)</li>
 * </ul>
 *
 * <pre>
 * mvn -B -q -Pbench test-compile exec:java -Dexec.mainClass=io.github.tidings.bench.MemoryBenchmark
 * mvn -B -q -Pbench test-compile exec:java -Dexec.mainClass=io.github.tidings.bench.MemoryBenchmark \
 *     -Dexec.args="text,lines 1,16"      # kinds, sizes in Mi characters ("max" for the default maximum)
 * </pre>
 */
public final class MemoryBenchmark {
    /** Issue #14's bound on the peak heap of a parse, beyond the input, per input character. */
    static final int TARGET_BYTES_PER_CHAR = 10;
    /** Milliseconds between two forced full collections during a parse. */
    static final int SAMPLE_MS = 20;

    private MemoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--child")) {
            child(args[1], Integer.parseInt(args[2]));
            return;
        }
        String[] kinds = args.length > 0 ? args[0].split(",") : Inputs.MEMORY_KINDS;
        String[] sizes = args.length > 1 ? args[1].split(",") : new String[] {"1", "2", "16", "max"};
        System.out.printf(Locale.ROOT, "%-12s %10s %9s %9s %9s %9s %7s %6s  %s%n", "kind", "chars", "live MB",
                "B/char", "upper MB", "B/char", "s", "<=" + TARGET_BYTES_PER_CHAR, "blocks kept, removed; samples");
        int failed = 0;
        for (String kind : kinds) {
            java.util.Set<Integer> done = new java.util.HashSet<>();
            for (String size : sizes) {
                int chars = size.equals("max") ? Limits.DEFAULT_MAX_INPUT_CHARS : Integer.parseInt(size) << 20;
                if (!done.add(chars)) {
                    continue; // the default maximum is one of the sizes already measured
                }
                String row = runChild(kind, chars);
                failed += row.contains(" FAIL ") || row.contains("failed (exit") ? 1 : 0;
                System.out.println(row);
            }
        }
        System.out.println(failed == 0 ? "every row within " + TARGET_BYTES_PER_CHAR + " bytes per character"
                : failed + " row(s) past " + TARGET_BYTES_PER_CHAR + " bytes per character (live) or failed");
    }

    private static String runChild(String kind, int chars) throws Exception {
        Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
        // MarkSweepDeadRatio=0: a full collection compacts the old generation wholly. By default
        // it leaves up to 5% of the generation's capacity of dead objects in place ("dead wood",
        // kept as filler arrays to spare moving what lies above them), which the heap in use after
        // it counts: for a parse of many short lines 10 to 16 MB of int[] fillers, no object of the parse.
        List<String> cmd = new ArrayList<>(List.of(java.toString(), "-XX:+UseSerialGC", "-XX:MarkSweepDeadRatio=0",
                "-Xmn4m", "-Xmx3g",
                "-cp", classPath(), MemoryBenchmark.class.getName(), "--child", kind, Integer.toString(chars)));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        StringBuilder out = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                out.append(out.length() == 0 ? "" : "\n").append(line);
            }
        }
        int rc = p.waitFor();
        return rc == 0 ? out.toString() : String.format(Locale.ROOT, "%-12s %10d failed (exit %d): %s", kind, chars,
                rc, out);
    }

    /**
     * The class path this class was loaded from: under {@code exec:java} the benchmark runs inside
     * Maven's JVM, whose {@code java.class.path} is Maven's own launcher, so a child JVM given that
     * would not find this class; the exec plugin's class loader holds the project's class path.
     */
    private static String classPath() throws Exception {
        if (MemoryBenchmark.class.getClassLoader() instanceof java.net.URLClassLoader loader) {
            List<String> parts = new ArrayList<>();
            for (java.net.URL url : loader.getURLs()) {
                parts.add(Paths.get(url.toURI()).toString());
            }
            return String.join(java.io.File.pathSeparator, parts);
        }
        return System.getProperty("java.class.path");
    }

    private static long used() {
        long sum = 0;
        for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP) {
                sum += pool.getUsage().getUsed();
            }
        }
        return sum;
    }

    private static void child(String kind, int chars) throws Exception {
        ArticleParser parser = ArticleParser.builder().discoverCleaners(false).build();
        Object input = Inputs.make(kind, chars);
        int length = input instanceof String s ? s.length() : ((byte[]) input).length;
        // warm the parser's lazily loaded resources on a small input, outside the measurement
        parse(parser, kind, Inputs.make(kind, 10_000));
        System.gc();
        System.gc();
        long base = used();
        AtomicLong upper = new AtomicLong(base);
        AtomicLong live = new AtomicLong(base);
        AtomicInteger samples = new AtomicInteger();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((n, h) -> {
                if (n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                    var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                    long after = 0;
                    for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                        if (!e.getKey().contains("Metaspace") && !e.getKey().contains("Code")
                                && !e.getKey().contains("Compressed")) {
                            after += e.getValue().getUsed();
                        }
                    }
                    upper.accumulateAndGet(after, Math::max);
                    if (info.getGcAction().contains("major")) {
                        // a full collection of the serial collector leaves the live data only
                        live.accumulateAndGet(after, Math::max);
                        samples.incrementAndGet();
                    }
                }
            }, null, null);
        }
        AtomicBoolean parsing = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (parsing.get()) {
                System.gc();
                try {
                    Thread.sleep(SAMPLE_MS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "live-sampler");
        sampler.setDaemon(true);
        long t0 = System.nanoTime();
        sampler.start();
        Article a;
        try {
            a = parse(parser, kind, input);
        } catch (IllegalArgumentException refused) {
            parsing.set(false);
            System.out.printf(Locale.ROOT, "%-12s %10d refused as documented: %s%n", kind, length, refused.getMessage());
            return;
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        parsing.set(false);
        sampler.join();
        // large arrays go straight to the old generation, and a parse that makes few small objects
        // may trigger no collection: the heap in use now (garbage included) bounds those from above
        upper.accumulateAndGet(used(), Math::max);
        System.gc(); // and the article, which the caller holds: live
        Thread.sleep(200); // notifications arrive on another thread
        long liveBytes = live.get() - base;
        long upperBytes = Math.max(upper.get(), live.get()) - base;
        double perChar = (double) liveBytes / length;
        System.out.printf(Locale.ROOT, "%-12s %10d %9.1f %9.2f %9.1f %9.2f %7.2f %6s  %d, %d; %d%n", kind, length,
                liveBytes / 1048576.0, perChar, upperBytes / 1048576.0, (double) upperBytes / length, secs,
                perChar <= TARGET_BYTES_PER_CHAR ? "pass" : "FAIL", a.blocks().size(), a.removed().size(),
                samples.get());
    }

    static Article parse(ArticleParser parser, String kind, Object input) {
        return switch (kind) {
            case "markdown", "markdown-one-line" -> parser.parse((String) input, InputFormat.MARKDOWN, Hints.none());
            case "html-bytes" -> parser.parseHtml((byte[]) input, Hints.none());
            case "html", "html-paragraphs", "html-inline", "jsonld-authors", "jsonld-array" -> parser.parseHtml((String) input);
            default -> parser.parse((String) input);
        };
    }
}
