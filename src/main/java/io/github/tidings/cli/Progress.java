package io.github.tidings.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A batch's counts, its progress bar and its summary on standard error. The bar (pages, pages per
 * second, errors, skipped records, and the share of input bytes read with an estimate of the time
 * left) is redrawn on one line a few times a second; messages clear it first, so lines never mix.
 */
final class Progress {
    private final PrintStream err;
    private final boolean bar;
    private final long totalBytes;
    private final long start = System.nanoTime();
    private final AtomicLong pages = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final ScheduledExecutorService ticker;
    private boolean drawn;

    /**
     * @param bar whether to draw the bar
     * @param totalBytes the inputs' sizes on disk, or a negative number when unknown (standard input)
     */
    Progress(PrintStream err, boolean bar, long totalBytes) {
        this.err = err;
        this.bar = bar;
        this.totalBytes = totalBytes;
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "tidings-progress");
            t.setDaemon(true);
            return t;
        });
        if (bar) {
            ticker.scheduleAtFixedRate(this::draw, 200, 250, TimeUnit.MILLISECONDS);
        }
    }

    /** Whether standard error is a terminal. Java 17 cannot ask; on Linux /proc says where fd 2 leads. */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return (target.startsWith("/dev/pts/") || target.startsWith("/dev/tty")) && !"dumb".equals(System.getenv("TERM"));
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    void page(boolean failed) {
        pages.incrementAndGet();
        if (failed) {
            errors.incrementAndGet();
        }
    }

    void skipped() {
        skipped.incrementAndGet();
    }

    void bytes(long n) {
        bytes.addAndGet(n);
    }

    long errors() {
        return errors.get();
    }

    /** Prints a line on standard error, clearing the bar first. */
    synchronized void message(String line) {
        clear();
        err.println(line);
        err.flush();
    }

    private synchronized void draw() {
        double seconds = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
        long p = pages.get();
        StringBuilder sb = new StringBuilder("\r");
        double done = totalBytes > 0 ? Math.min(1.0, bytes.get() / (double) totalBytes) : -1;
        if (done >= 0) {
            int width = 24;
            int filled = (int) (done * width);
            sb.append('[').append("=".repeat(filled)).append(" ".repeat(width - filled)).append("] ")
                    .append(String.format(Locale.ROOT, "%3d%% ", (int) (done * 100)));
        }
        sb.append(String.format(Locale.ROOT, "%d pages, %.1f pages/s, %d errors", p, p / seconds, errors.get()));
        if (skipped.get() > 0) {
            sb.append(", ").append(skipped.get()).append(" skipped");
        }
        if (done > 0.001) {
            sb.append(", ETA ").append(time(seconds / done - seconds));
        }
        sb.append("\033[K");
        err.print(sb);
        err.flush();
        drawn = true;
    }

    private void clear() {
        if (drawn) {
            err.print("\r\033[K");
            drawn = false;
        }
    }

    private static String time(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** Stops the bar; with {@code summary}, prints the summary line. */
    synchronized void finish(boolean summary) {
        ticker.shutdownNow();
        if (bar) {
            draw(); // the final counts, also when the batch was over before the first tick
        }
        clear();
        if (summary) {
            double seconds = (System.nanoTime() - start) / 1e9;
            err.println(String.format(Locale.ROOT, "tidings: %d pages, %d errors, %d records skipped, %.1f s (%.1f pages/s)",
                    pages.get(), errors.get(), skipped.get(), seconds, pages.get() / Math.max(1e-9, seconds)));
        }
        err.flush();
    }
}
