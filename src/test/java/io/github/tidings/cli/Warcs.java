package io.github.tidings.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Writes small WARC and WET files for the tests (and the benchmark that makes a large one) with jwarc. */
public final class Warcs implements AutoCloseable {
    private final WarcWriter writer;

    /** A writer of WARC records to {@code out}, gzipped record by record when {@code gzip}. */
    public Warcs(OutputStream out, boolean gzip) throws IOException {
        this.writer = new WarcWriter(java.nio.channels.Channels.newChannel(out),
                gzip ? WarcCompression.GZIP : WarcCompression.NONE);
    }

    /** A request record, as crawlers write before each response: not a page. */
    public Warcs request(String uri, Instant date) throws IOException {
        byte[] http = ("GET " + URI.create(uri).getRawPath() + " HTTP/1.1\r\nHost: " + URI.create(uri).getHost()
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        writer.write(new WarcRequest.Builder(URI.create(uri)).date(date).body(MediaType.HTTP_REQUEST, http).build());
        return this;
    }

    /** A response record with an HTTP status line, a Content-Type header and the body. */
    public Warcs response(String uri, Instant date, int status, String contentType, byte[] body) throws IOException {
        byte[] head = ("HTTP/1.1 " + status + " X\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] http = new byte[head.length + body.length];
        System.arraycopy(head, 0, http, 0, head.length);
        System.arraycopy(body, 0, http, head.length, body.length);
        writer.write(new WarcResponse.Builder(URI.create(uri)).date(date).body(MediaType.HTTP_RESPONSE, http).build());
        return this;
    }

    /** A WET conversion record: the page's text, as Common Crawl's WET files hold it. */
    public Warcs conversion(String uri, Instant date, String text) throws IOException {
        writer.write(new WarcConversion.Builder().addHeader("WARC-Target-URI", uri).date(date)
                .body(MediaType.PLAIN_TEXT, text.getBytes(StandardCharsets.UTF_8)).build());
        return this;
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
