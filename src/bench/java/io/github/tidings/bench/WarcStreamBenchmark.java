package io.github.tidings.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Shows that the CLI streams a large web archive in bounded memory: writes a WARC.gz of about the
 * given size from a directory of HTML pages (the bench data's {@code html/}, cycled, each record
 * with its own URI and date), runs {@code target/tidings-cli.jar} on it in its own JVM with {@code
 * -Xmx512m}, counts the JSON lines it writes, prints the time, and deletes the archive.
 *
 * <pre>{@code
 * mvn -B -ntp -q package -DskipTests
 * mvn -B -ntp -q -Pbench test-compile exec:java -Dexec.mainClass=io.github.tidings.bench.WarcStreamBenchmark \
 *     -Dexec.args="../shared/bench/dragnet/html 1024 /tmp/tidings-bench.warc.gz 2"
 * }</pre>
 * Arguments: the HTML directory, the size in MiB (default 1024), the archive's path (default
 * {@code /tmp/tidings-bench.warc.gz}), {@code --jobs} for the CLI (default 2), and the CLI jar
 * (default {@code target/tidings-cli.jar}).
 */
public final class WarcStreamBenchmark {
    private WarcStreamBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path html = Path.of(args[0]);
        long mib = args.length > 1 ? Long.parseLong(args[1]) : 1024;
        Path warc = Path.of(args.length > 2 ? args[2] : "/tmp/tidings-bench.warc.gz");
        String jobs = args.length > 3 ? args[3] : "2";
        String jar = args.length > 4 ? args[4] : "target/tidings-cli.jar";
        try {
            long t0 = System.nanoTime();
            long records = write(html, mib << 20, warc);
            System.out.printf(Locale.ROOT, "wrote %s: %d records, %.1f MiB gzipped, in %.1f s%n", warc, records,
                    Files.size(warc) / 1048576.0, (System.nanoTime() - t0) / 1e9);
            run(jar, warc, jobs, records);
        } finally {
            Files.deleteIfExists(warc);
        }
    }

    private static long write(Path dir, long bytes, Path warc) throws IOException {
        List<byte[]> pages = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.sorted().toList()) {
                try (InputStream in = Files.newInputStream(p)) {
                    pages.add(p.toString().endsWith(".gz") ? new GZIPInputStream(in).readAllBytes() : in.readAllBytes());
                }
            }
        }
        Instant date = Instant.parse("2024-01-01T00:00:00Z");
        long n = 0;
        try (OutputStream out = Files.newOutputStream(warc);
                WarcWriter w = new WarcWriter(java.nio.channels.Channels.newChannel(out), WarcCompression.GZIP)) {
            while (w.position() < bytes) {
                byte[] body = pages.get((int) (n % pages.size()));
                byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + body.length + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII);
                byte[] http = new byte[head.length + body.length];
                System.arraycopy(head, 0, http, 0, head.length);
                System.arraycopy(body, 0, http, head.length, body.length);
                w.write(new WarcResponse.Builder(URI.create("https://bench.example.com/page/" + n))
                        .date(date.plusSeconds(n)).body(MediaType.HTTP_RESPONSE, http).build());
                n++;
            }
        }
        return n;
    }

    private static void run(String jar, Path warc, String jobs, long records) throws IOException, InterruptedException {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-jar", jar, "--format", "jsonl", "--no-progress", "--jobs", jobs, warc.toString());
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        long lines = 0;
        byte[] buf = new byte[1 << 16];
        try (InputStream in = p.getInputStream()) {
            for (int r = in.read(buf); r >= 0; r = in.read(buf)) {
                for (int i = 0; i < r; i++) {
                    if (buf[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        int status = p.waitFor();
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "%s -> exit %d, %d of %d records written, %.1f s (%.1f pages/s)%n",
                String.join(" ", cmd), status, lines, records, s, lines / s);
    }
}
