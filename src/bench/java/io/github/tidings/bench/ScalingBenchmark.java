package io.github.tidings.bench;

import io.github.tidings.ArticleParser;
import io.github.tidings.model.Limits;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * How parse time grows with input size, per input kind, ordinary and hostile: for sizes doubling
 * from the smallest, the fastest of several timed parses (noise on a shared machine only adds
 * time), by the parsing thread's CPU time (which other processes on the machine do not inflate)
 * and by wall clock (which also counts the collector), then the exponent {@code k} of
 * {@code time ~ size^k} fitted by least squares on the logarithms. Linear time gives about 1; a
 * quadratic step shows as 2 once it dominates; each row says pass or FAIL against issue #14's
 * bound of {@value #MAX_EXPONENT}, by the CPU exponent. Limits are raised so that the largest inputs are
 * parsed rather than refused. Give the JVM a fixed heap with a young generation large enough that
 * no collection falls inside a parse ({@code -XX:+UseParallelGC -Xms8g -Xmx8g -Xmn6g}): otherwise
 * the larger sizes pay for collections the smaller ones did not, and with G1 the collector's work
 * charged to the parsing thread (write barriers, refinement) grows with the live data, so that
 * inputs of many tiny blocks (hundreds of thousands of lines) show an exponent of 1.2 to 1.3 that
 * is the collector's, not the parser's.
 *
 * <pre>
 * MAVEN_OPTS="-XX:+UseParallelGC -Xms8g -Xmx8g -Xmn6g" mvn -B -q -Pbench test-compile exec:java \
 *     -Dexec.mainClass=io.github.tidings.bench.ScalingBenchmark
 * mvn -B -q -Pbench test-compile exec:java -Dexec.mainClass=io.github.tidings.bench.ScalingBenchmark \
 *     -Dexec.args="combining,lines 262144 5 5"   # kinds, smallest size in characters, sizes, runs per size
 * </pre>
 */
public final class ScalingBenchmark {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** Issue #14's bound on the exponent of time against size, for every input kind. */
    static final double MAX_EXPONENT = 1.1;

    private ScalingBenchmark() {
    }

    public static void main(String[] args) {
        String[] kinds = args.length > 0 ? args[0].split(",") : Inputs.TIME_KINDS;
        int smallest = args.length > 1 ? Integer.parseInt(args[1]) : 1 << 18;
        int sizes = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        ArticleParser parser = ArticleParser.builder().discoverCleaners(false)
                .limits(Limits.builder().maxInputChars(Integer.MAX_VALUE).maxBlocks(Integer.MAX_VALUE)
                        .maxElements(Integer.MAX_VALUE).maxJsonLdChars(Integer.MAX_VALUE)
                        .maxJsonArrayLength(Integer.MAX_VALUE).build())
                .build();
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-16s", "kind"));
        for (int s = 0; s < sizes; s++) {
            header.append(String.format(Locale.ROOT, " %9s", (smallest << s >> 10) + "Ki"));
        }
        System.out.println(header.append("  exponent (CPU)  (wall)  <=" + MAX_EXPONENT
                + "   (fastest CPU ms per parse; judged by the CPU exponent)"));
        double worst = 0;
        for (String kind : kinds) {
            // warm-up: the JIT compiles the paths this kind takes
            long warmEnd = System.nanoTime() + 2_000_000_000L;
            Object warm = Inputs.make(kind, smallest);
            while (System.nanoTime() < warmEnd) {
                MemoryBenchmark.parse(parser, kind, warm);
            }
            double[] x = new double[sizes];
            double[] wall = new double[sizes];
            double[] cpu = new double[sizes];
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-16s", kind));
            for (int s = 0; s < sizes; s++) {
                Object input = Inputs.make(kind, smallest << s);
                System.gc(); // a collection left over from the last size is not this size's cost
                long bestWall = Long.MAX_VALUE;
                long bestCpu = Long.MAX_VALUE;
                for (int r = 0; r < runs; r++) {
                    long c0 = THREADS.getCurrentThreadCpuTime();
                    long t0 = System.nanoTime();
                    MemoryBenchmark.parse(parser, kind, input);
                    // the fastest run: on a shared machine, noise only ever adds time
                    bestWall = Math.min(bestWall, System.nanoTime() - t0);
                    bestCpu = Math.min(bestCpu, THREADS.getCurrentThreadCpuTime() - c0);
                }
                x[s] = Math.log(smallest << s);
                wall[s] = Math.log(bestWall / 1e6);
                cpu[s] = Math.log(bestCpu / 1e6);
                row.append(String.format(Locale.ROOT, " %9.1f", bestCpu / 1e6));
            }
            double k = slope(x, cpu);
            double kWall = slope(x, wall);
            worst = Math.max(worst, k);
            System.out.println(row.append(String.format(Locale.ROOT, "  %8.2f %8.2f  %s", k, kWall,
                    k <= MAX_EXPONENT ? "pass" : "FAIL")));
        }
        System.out.printf(Locale.ROOT, "largest exponent (CPU time) %.2f: %s%n", worst,
                worst <= MAX_EXPONENT ? "every kind within " + MAX_EXPONENT : "past " + MAX_EXPONENT);
    }

    /** The least-squares slope of y against x. */
    static double slope(double[] x, double[] y) {
        double mx = Arrays.stream(x).average().orElse(0);
        double my = Arrays.stream(y).average().orElse(0);
        double num = 0;
        double den = 0;
        for (int i = 0; i < x.length; i++) {
            num += (x[i] - mx) * (y[i] - my);
            den += (x[i] - mx) * (x[i] - mx);
        }
        return num / den;
    }
}
