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
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Peak heap of one parse, in bytes per input character beyond the input itself, for each input
 * kind at 1, 2 and 16 Mi characters and the default maximum ({@link Limits#DEFAULT_MAX_INPUT_CHARS}); an
 * input the default {@link Limits} refuse (many short lines past {@link Limits#maxBlocks()}) is
 * reported as refused.
 *
 * <p>Each measurement runs in its own JVM with the serial collector and a 4 MB young generation,
 * so that a collection happens every 4 MB allocated; the peak is the largest heap in use after
 * any collection during the parse, or the heap in use right after it, garbage included, whichever
 * is larger (the input and the parser, in use before it, subtracted). That is an upper bound on
 * the live data to within the young generation's 4 MB, which may hold live objects between
 * collections: for 1 Mi characters read the figure as within about 4 bytes per character.
 *
 * <pre>
 * mvn -B -q -Pbench test-compile exec:java -Dexec.mainClass=io.github.tidings.bench.MemoryBenchmark
 * mvn -B -q -Pbench test-compile exec:java -Dexec.mainClass=io.github.tidings.bench.MemoryBenchmark \
 *     -Dexec.args="text,lines 1,16"      # kinds, sizes in Mi characters ("max" for the default maximum)
 * </pre>
 */
public final class MemoryBenchmark {
    private MemoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--child")) {
            child(args[1], Integer.parseInt(args[2]));
            return;
        }
        String[] kinds = args.length > 0 ? args[0].split(",") : Inputs.MEMORY_KINDS;
        String[] sizes = args.length > 1 ? args[1].split(",") : new String[] {"1", "2", "16", "max"};
        System.out.printf(Locale.ROOT, "%-12s %12s %12s %10s %8s%n", "kind", "chars", "peak MB", "B/char", "s");
        for (String kind : kinds) {
            java.util.Set<Integer> done = new java.util.HashSet<>();
            for (String size : sizes) {
                int chars = size.equals("max") ? Limits.DEFAULT_MAX_INPUT_CHARS : Integer.parseInt(size) << 20;
                if (!done.add(chars)) {
                    continue; // the default maximum is one of the sizes already measured
                }
                System.out.println(runChild(kind, chars));
            }
        }
    }

    private static String runChild(String kind, int chars) throws Exception {
        Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
        List<String> cmd = new ArrayList<>(List.of(java.toString(), "-XX:+UseSerialGC", "-Xmn4m", "-Xmx3g",
                "-cp", System.getProperty("java.class.path"), MemoryBenchmark.class.getName(), "--child", kind,
                Integer.toString(chars)));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        StringBuilder out = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                out.append(out.length() == 0 ? "" : "\n").append(line);
            }
        }
        int rc = p.waitFor();
        return rc == 0 ? out.toString() : String.format(Locale.ROOT, "%-12s %12d failed (exit %d): %s", kind, chars,
                rc, out);
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
        AtomicLong peak = new AtomicLong(base);
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
                    peak.accumulateAndGet(after, Math::max);
                }
            }, null, null);
        }
        long t0 = System.nanoTime();
        Article a;
        try {
            a = parse(parser, kind, input);
        } catch (IllegalArgumentException refused) {
            System.out.printf(Locale.ROOT, "%-12s %12d refused as documented: %s%n", kind, length, refused.getMessage());
            return;
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        // large arrays go straight to the old generation, and a parse that makes few small objects
        // may trigger no collection: the heap in use now (garbage included) bounds those from above
        long now = used();
        Thread.sleep(200); // notifications arrive on another thread
        peak.accumulateAndGet(now, Math::max);
        long bytes = peak.get() - base;
        System.out.printf(Locale.ROOT, "%-12s %12d %12.1f %10.2f %8.2f   (%d blocks kept, %d removed)%n", kind, length,
                bytes / 1048576.0, (double) bytes / length, secs, a.blocks().size(), a.removed().size());
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
