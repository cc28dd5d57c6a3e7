package io.github.tidings.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Reading the benchmark's page files: one copy for every benchmark. */
final class PageFiles {
    private PageFiles() {
    }

    /** The file's bytes, gunzipped when they are gzip data (as the command-line tool reads). */
    static byte[] read(Path p) throws IOException {
        byte[] raw = Files.readAllBytes(p);
        if (raw.length < 2 || (raw[0] & 0xff) != 0x1f || (raw[1] & 0xff) != 0x8b) {
            return raw;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
            ByteArrayOutputStream buf = new ByteArrayOutputStream(raw.length * 4);
            in.transferTo(buf);
            return buf.toByteArray();
        }
    }
}
