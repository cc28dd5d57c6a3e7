package io.github.tidings.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads the pages of a WARC or WET file (plain or gzipped) one record at a time, so that an archive
 * of any size streams through in bounded memory: HTML {@code response} records with status 200
 * (the body decoded from its transfer and content encodings, the charset left to the HTTP header
 * and the page) and WET {@code conversion} records (text). Other responses are skipped and
 * counted; request, metadata and warcinfo records are not pages and are passed over. Only this
 * class knows jwarc, so the rest of the tool loads without it.
 */
final class WarcInput {
    private final long cap;

    /** @param cap the most bytes a record's body may have after decoding */
    WarcInput(long cap) {
        this.cap = cap;
    }

    /** What a record hands the batch: its page, or why its page could not be read. */
    interface Sink {
        /** A page: its target URI, its WARC-Date, its content type and body, or an error message. */
        void page(String uri, Instant date, String contentType, byte[] body, Optional<String> error) throws IOException;

        /** A response that is not a page to parse (not status 200, or not HTML). */
        void skipped();
    }

    /**
     * Reads every record, handing pages to the sink in the archive's order.
     *
     * @param bytesRead told how many bytes of the (compressed) file were read, for the progress bar
     * @throws IOException if the file cannot be read or is not a readable WARC from some record on
     */
    void read(Source source, InputStream stdin, Sink sink, LongConsumer bytesRead) throws IOException {
        Path p = source.path();
        InputStream raw = p == null ? stdin : Files.newInputStream(p);
        try (WarcReader reader = new WarcReader(new Counting(raw, bytesRead))) {
            reader.onWarning(w -> { }); // lenient: a malformed header is not a reason to stop
            for (Optional<WarcRecord> next = reader.next(); next.isPresent(); next = reader.next()) {
                WarcRecord r = next.get();
                if (r instanceof WarcResponse response) {
                    response(response, sink);
                } else if (r instanceof WarcConversion conversion) {
                    String type = conversion.headers().first("Content-Type").orElse("text/plain");
                    page(sink, conversion.target(), conversion.date(), type, conversion.body().stream());
                }
            }
        }
    }

    private void response(WarcResponse response, Sink sink) throws IOException {
        HttpResponse http;
        try {
            http = response.http();
        } catch (IOException | RuntimeException e) {
            sink.skipped(); // not an HTTP response (dns:, gemini:) or a broken header
            return;
        }
        String type = http.headers().first("Content-Type").orElse("");
        String media = type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (http.status() != 200 || !(media.equals("text/html") || media.equals("application/xhtml+xml"))) {
            sink.skipped();
            return;
        }
        InputStream body;
        try {
            body = http.bodyDecoded().stream();
        } catch (IOException | RuntimeException e) {
            sink.page(response.target(), response.date(), type, new byte[0], Optional.of("cannot decode the body: " + e));
            return;
        }
        page(sink, response.target(), response.date(), type, body);
    }

    private void page(Sink sink, String uri, Instant date, String type, InputStream body) throws IOException {
        byte[] bytes;
        try {
            bytes = InputReader.readAtMost(body, cap);
        } catch (IOException e) {
            sink.page(uri, date, type, new byte[0], Optional.of("cannot read the body: " + e.getMessage()));
            return;
        }
        Optional<String> error = bytes.length > cap
                ? Optional.of("body of more than " + cap + " bytes, past the maximum input length (--max-input-length)")
                : Optional.empty();
        sink.page(uri, date, type, error.isPresent() ? new byte[0] : bytes, error);
    }

    /** Tells how many bytes pass through, for the progress bar's share of the input read. */
    private static final class Counting extends FilterInputStream {
        private final LongConsumer counter;

        Counting(InputStream in, LongConsumer counter) {
            super(in);
            this.counter = counter;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counter.accept(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                counter.accept(n);
            }
            return n;
        }
    }
}
