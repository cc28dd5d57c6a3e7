package io.github.tidings.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Reads an input's bytes with a cap, before anything decodes them: a file larger than the cap is
 * refused from its size, and gzip input is counted while it is decompressed, so that a gzip bomb
 * stops at the cap instead of filling the heap. Then refuses binary input ({@link BinaryCheck}).
 */
final class InputReader {
    private final long cap;

    /** @param cap the most bytes an input may have, after decompression */
    InputReader(long cap) {
        this.cap = cap;
    }

    /** A per-input failure the batch reports with the input's name and goes on. */
    static final class InputException extends IOException {
        private static final long serialVersionUID = 1L;

        InputException(String message) {
            super(message);
        }
    }

    /** The bytes of a file, or of {@code stdin} for {@link Source#stdin()}. */
    byte[] read(Source source, InputStream stdin) throws IOException {
        Path p = source.path();
        if (p == null) {
            return check(readCapped(new BufferedInputStream(stdin)));
        }
        if (Files.isDirectory(p)) {
            throw new InputException("is a directory");
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(p))) {
            if (!isGzip(in) && Files.size(p) > cap) {
                throw tooLarge(Files.size(p) + " bytes");
            }
            return check(readCapped(in));
        }
    }

    /** Opens a file (or standard input), gunzipped when it starts with gzip's magic bytes. */
    static InputStream open(Source source, InputStream stdin) throws IOException {
        Path p = source.path();
        InputStream in = new BufferedInputStream(p == null ? stdin : Files.newInputStream(p), 1 << 16);
        return isGzip(in) ? new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16) : in;
    }

    /**
     * Whether a file (or its decompressed start) begins like a WARC record, for {@code --input
     * auto} on a file whose name does not say. Standard input is not looked at: reading it would
     * consume it.
     */
    static boolean looksLikeWarc(Source source) {
        Path p = source.path();
        if (p == null || !Files.isRegularFile(p)) {
            return false;
        }
        try (InputStream in = open(source, InputStream.nullInputStream())) {
            return new String(in.readNBytes(5), java.nio.charset.StandardCharsets.US_ASCII).equals("WARC/");
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether the stream (which must support mark) starts with gzip's magic bytes; it is not consumed. */
    static boolean isGzip(InputStream in) throws IOException {
        in.mark(2);
        int a = in.read();
        int b = in.read();
        in.reset();
        return a == 0x1f && b == 0x8b;
    }

    private byte[] readCapped(InputStream buffered) throws IOException {
        boolean gzip = isGzip(buffered);
        try (InputStream in = gzip ? new GZIPInputStream(buffered, 1 << 16) : buffered) {
            byte[] bytes = readAtMost(in, cap);
            if (bytes.length > cap) {
                throw gzip ? new InputException("decompresses to more than " + cap
                        + " bytes, past the maximum input length (--max-input-length); stopped there")
                        : tooLarge("more than " + cap + " bytes");
            }
            return bytes;
        }
    }

    /** At most {@code cap + 1} bytes of the stream: one more than allowed says that it is too long. */
    static byte[] readAtMost(InputStream in, long cap) throws IOException {
        return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, cap + 1));
    }

    private InputException tooLarge(String size) {
        return new InputException("input of " + size + " is larger than the maximum of " + cap
                + " bytes (--max-input-length)");
    }

    private static byte[] check(byte[] bytes) throws InputException {
        String why = BinaryCheck.why(bytes);
        if (why != null) {
            throw new InputException("binary file (" + why + "), not text, Markdown or HTML");
        }
        return bytes;
    }
}
