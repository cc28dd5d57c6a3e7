package io.github.tidings.cli;

import io.github.tidings.ArticleParser;
import io.github.tidings.InputFormat;
import io.github.tidings.model.Article;
import io.github.tidings.model.Hints;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;

/**
 * Runs a batch: the calling thread walks the inputs (and reads web archives record by record),
 * {@code jobs} workers read and parse, and the calling thread writes the pages in input order.
 * At most {@code 2 × jobs + 2} pages are in flight, so memory stays bounded however large the
 * batch; a failed page is reported with its name and the batch goes on.
 */
final class Batch {
    /** How the batch reads its inputs: the options of {@link Main} that are not the parser's. */
    record Settings(Main.Input input, Hints hints, boolean referenceTimeGiven, Optional<Charset> encoding, long cap,
            int jobs) {
    }

    private final Settings settings;
    private final ArticleParser parser;
    private final Records records;
    private final Output output;
    private final Progress progress;
    private final InputStream stdin;
    private final InputReader reader;
    private final ArrayDeque<Future<Item>> inFlight = new ArrayDeque<>();
    private final int maxInFlight;

    Batch(Settings settings, ArticleParser parser, Records records, Output output, Progress progress, InputStream stdin) {
        this.settings = settings;
        this.parser = parser;
        this.records = records;
        this.output = output;
        this.progress = progress;
        this.stdin = stdin;
        this.reader = new InputReader(settings.cap());
        this.maxInFlight = 2 * settings.jobs() + 2;
    }

    /** Parses every input and writes the pages; returns whether every page was parsed. */
    boolean run(List<Source> sources) throws IOException, InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(settings.jobs(), r -> {
            Thread t = new Thread(r, "tidings-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            for (Source s : sources) {
                if (isArchive(s)) {
                    archive(s, pool);
                } else {
                    submit(pool, () -> file(s));
                }
            }
            while (!inFlight.isEmpty()) {
                writeOldest();
            }
            output.finish();
        } finally {
            pool.shutdownNow();
        }
        return progress.errors() == 0;
    }

    private boolean isArchive(Source s) {
        return switch (settings.input()) {
            case warc -> true;
            case auto -> s.namedLikeArchive() || !namedLikeText(s) && InputReader.looksLikeWarc(s);
            default -> false;
        };
    }

    private static boolean namedLikeText(Source s) {
        return format(s) != null;
    }

    /** The format the file name states, or null. */
    private static @Nullable InputFormat format(Source s) {
        String n = s.plainName();
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
            return InputFormat.HTML;
        }
        if (n.endsWith(".md") || n.endsWith(".markdown")) {
            return InputFormat.MARKDOWN;
        }
        return n.endsWith(".txt") || n.endsWith(".text") ? InputFormat.TEXT : null;
    }

    private void archive(Source s, ExecutorService pool) throws IOException, InterruptedException {
        WarcInput.Sink sink = new WarcInput.Sink() {
            @Override
            public void page(String uri, Instant date, String contentType, byte[] body, Optional<String> error)
                    throws IOException {
                if (error.isPresent()) {
                    done(new Item(s, uri, date, error.get(), records.error(s, uri, error.get()), Optional.empty()));
                } else {
                    submit(pool, () -> record(s, uri, date, contentType, body));
                }
            }

            @Override
            public void skipped() {
                progress.skipped();
            }
        };
        try {
            new WarcInput(settings.cap()).read(s, stdin, sink, progress::bytes);
        } catch (UncheckedInterrupt e) {
            throw e.cause;
        } catch (IOException | RuntimeException e) {
            String error = "not a readable WARC file, stopped reading it: " + message(e);
            done(new Item(s, null, null, error, records.error(s, null, error), Optional.empty()));
        }
    }

    /** Carries an interrupt out of the archive reader's callback. */
    private static final class UncheckedInterrupt extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient InterruptedException cause;

        UncheckedInterrupt(InterruptedException cause) {
            this.cause = cause;
        }
    }

    private void submit(ExecutorService pool, Callable<Item> task) throws IOException {
        try {
            while (inFlight.size() >= maxInFlight) {
                writeOldest();
            }
        } catch (InterruptedException e) {
            throw new UncheckedInterrupt(e);
        }
        inFlight.add(pool.submit(task));
    }

    private void done(Item item) throws IOException {
        try {
            while (inFlight.size() >= maxInFlight) {
                writeOldest();
            }
        } catch (InterruptedException e) {
            throw new UncheckedInterrupt(e);
        }
        inFlight.add(CompletableFuture.completedFuture(item));
    }

    private void writeOldest() throws IOException, InterruptedException {
        Item item;
        try {
            item = inFlight.remove().get();
        } catch (ExecutionException e) {
            // the workers catch what a page can throw; what is left (an Error) ends the run
            throw new IllegalStateException(e.getCause());
        }
        String error = item.error();
        item.note().ifPresent(n -> progress.message("tidings: " + item.label() + ": " + n));
        try {
            output.write(item);
        } catch (InputReader.InputException e) {
            error = e.getMessage();
        }
        if (error != null) {
            progress.message("tidings: " + item.label() + ": " + error);
        }
        progress.page(error != null);
        Path p = item.source().path();
        if (!item.fromArchive() && p != null) {
            try {
                progress.bytes(Files.size(p));
            } catch (IOException e) {
                // already reported as the page's error
            }
        }
    }

    /** A worker's job for one file: read, decode, parse, render. */
    private Item file(Source s) {
        String listed = s.error();
        if (listed != null) {
            return new Item(s, null, null, listed, records.error(s, null, listed), Optional.empty());
        }
        try {
            byte[] bytes = reader.read(s, stdin);
            InputFormat fmt = switch (settings.input()) {
                case text -> InputFormat.TEXT;
                case markdown -> InputFormat.MARKDOWN;
                case html -> InputFormat.HTML;
                default -> format(s);
            };
            Article article;
            Optional<String> note = Optional.empty();
            if (fmt == InputFormat.HTML) {
                article = parser.parseHtml(bytes, settings.hints());
            } else {
                TextDecoding.Decoded d = TextDecoding.decode(bytes, settings.encoding());
                note = d.note();
                InputFormat f = fmt != null ? fmt : InputFormat.detect(d.text());
                article = f == InputFormat.HTML ? parser.parseHtml(bytes, settings.hints())
                        : parser.parse(d.text(), f, settings.hints());
                if (f == InputFormat.HTML) {
                    note = Optional.empty();
                }
            }
            return new Item(s, null, null, null, records.article(s, null, article), note);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            String error = message(e);
            return new Item(s, null, null, error, records.error(s, null, error), Optional.empty());
        }
    }

    /** A worker's job for one archive record: its URI and date as hints, its content type deciding the format. */
    private Item record(Source s, String uri, Instant date, String contentType, byte[] body) {
        try {
            Hints.Builder hb = settings.hints().toBuilder().url(uri);
            if (!settings.referenceTimeGiven()) {
                hb.referenceTime(date.atZone(ZoneOffset.UTC));
            }
            Article article = parser.parse(body, contentType.isBlank() ? "text/plain" : contentType, hb.build());
            return new Item(s, uri, date, null, records.article(s, date, article), Optional.empty());
        } catch (RuntimeException | StackOverflowError e) {
            String error = message(e);
            return new Item(s, uri, date, error, records.error(s, uri, error), Optional.empty());
        }
    }

    /** A message for standard error and the {@code error} field: what went wrong, without a stack trace. */
    static String message(Throwable e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof InputReader.InputException) {
            return String.valueOf(e.getMessage());
        }
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }
}
