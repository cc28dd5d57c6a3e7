package io.github.tidings.bench;

import io.github.tidings.ArticleParser;
import io.github.tidings.model.Article;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.management.ObjectName;

/**
 * Where a parse's heap peaks: while one parse runs on another thread, this takes a class histogram
 * of the live heap (which forces a full collection) over and over, and prints the largest one, with
 * the parsing thread's stack at that moment, so that the stage holding the peak and what it holds
 * are named. {@link MemoryBenchmark} gives the figure that is judged; this says what makes it.
 * Run it in a JVM of its own with the serial collector and a small young generation, as
 * MemoryBenchmark's children run:
 *
 * <pre>
 * mvn -B -q -o -Pbench test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt
 * java -XX:+UseSerialGC -XX:MarkSweepDeadRatio=0 -Xmn4m -Xmx3g \
 *     -cp target/classes:target/test-classes:$(cat target/bench-cp.txt) \
 *     io.github.tidings.bench.HistoProbe lines 1 [rows]     # kind, Mi characters, histogram rows
 * </pre>
 *
 * <p>The per-class figures include what the heap held before the parse (the input, the parser's
 * resources); the peak's total does not.
 */
public final class HistoProbe {
    private HistoProbe() {
    }

    public static void main(String[] args) throws Exception {
        String kind = args[0];
        int chars = (int) (Double.parseDouble(args[1]) * (1 << 20));
        int rows = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        ArticleParser parser = ArticleParser.builder().discoverCleaners(false).build();
        Object input = Inputs.make(kind, chars);
        int length = input instanceof String s ? s.length() : ((byte[]) input).length;
        MemoryBenchmark.parse(parser, kind, Inputs.make(kind, 10_000));
        long base = total(histogram());
        Article[] out = new Article[1];
        Thread parse = new Thread(() -> out[0] = MemoryBenchmark.parse(parser, kind, input), "parse");
        long peak = base;
        String peakHisto = "";
        String peakStack = "";
        int samples = 0;
        parse.start();
        while (parse.isAlive()) {
            String h = histogram();
            StackTraceElement[] stack = parse.getStackTrace();
            samples++;
            long t = total(h);
            if (t > peak) {
                peak = t;
                peakHisto = h;
                peakStack = stack(stack);
            }
        }
        parse.join();
        String h = histogram();
        if (total(h) > peak) {
            peak = total(h);
            peakHisto = h;
            peakStack = "(after the parse, article held)";
        }
        System.out.printf(Locale.ROOT, "%s %d chars: peak live %.2f B/char beyond the input (%d samples, base %.1f MB)%n",
                kind, length, (double) (peak - base) / length, samples, base / 1048576.0);
        System.out.println("parse thread at the peak:\n" + peakStack);
        String[] lines = peakHisto.split("\n");
        for (int i = 0; i < Math.min(lines.length, rows + 3); i++) {
            String line = lines[i];
            String[] f = line.trim().split("\\s+");
            if (f.length >= 4 && f[0].endsWith(":")) {
                long bytes = Long.parseLong(f[2]);
                System.out.printf(Locale.ROOT, "%s   %6.2f B/char%n", line, (double) bytes / length);
            } else {
                System.out.println(line);
            }
        }
        System.out.println(lines[lines.length - 1]);
        System.out.println(out[0].blocks().size() + " blocks");
    }

    private static String stack(StackTraceElement[] stack) {
        List<String> frames = new ArrayList<>();
        for (StackTraceElement e : stack) {
            if (e.getClassName().startsWith("io.github.tidings") && !e.getClassName().contains(".bench.")) {
                frames.add("  " + e.getClassName().replace("io.github.tidings.", "") + "." + e.getMethodName() + ":"
                        + e.getLineNumber());
            }
            if (frames.size() >= 8) {
                break;
            }
        }
        return String.join("\n", frames);
    }

    private static String histogram() throws Exception {
        return (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
    }

    private static long total(String histogram) {
        String[] lines = histogram.trim().split("\n");
        String[] f = lines[lines.length - 1].trim().split("\\s+");
        return Long.parseLong(f[2]);
    }
}
