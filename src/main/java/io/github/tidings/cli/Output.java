package io.github.tidings.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Where a batch's pages go, in input order: one stream, or one file per input below a directory. */
abstract sealed class Output {

    /** Writes one page; an {@link InputReader.InputException} fails that page only. */
    abstract void write(Item item) throws IOException;

    /** Ends the output. */
    abstract void finish() throws IOException;

    /** Every page on one stream (standard output). */
    static Output stream(OutputStream out, Main.Format format, boolean headers) {
        return new ToStream(new FormatWriter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                1 << 16), format, headers));
    }

    /** One file per input below {@code dir}, at the input's relative path with the format's extension. */
    static Output directory(Path dir, Main.Format format) {
        return new ToDirectory(dir, format);
    }

    private static final class ToStream extends Output {
        private final FormatWriter writer;

        ToStream(FormatWriter writer) {
            this.writer = writer;
        }

        @Override
        void write(Item item) throws IOException {
            writer.write(item);
        }

        @Override
        void finish() throws IOException {
            writer.finish();
        }
    }

    /**
     * Mirrors the inputs' paths below a directory: {@code news/a.html.gz} becomes {@code
     * DIR/news/a.html.json}. An input that failed as a whole gets no file; the records of an archive
     * go into the archive's one file.
     */
    private static final class ToDirectory extends Output {
        private final Path dir;
        private final Main.Format format;
        private final Set<Path> used = new HashSet<>();
        private @Nullable Source current;
        private @Nullable Writer file;
        private @Nullable FormatWriter writer;

        ToDirectory(Path dir, Main.Format format) {
            this.dir = dir;
            this.format = format;
        }

        @Override
        void write(Item item) throws IOException {
            if (item.source() != current) {
                close();
                current = item.source();
                if (item.error() != null && !item.fromArchive()) {
                    return;
                }
                Path target = target(item.source());
                if (!used.add(target)) {
                    current = null;
                    throw new InputReader.InputException("its output " + target + " was already written for an earlier input");
                }
                Path parent = target.getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                file = Files.newBufferedWriter(target, StandardCharsets.UTF_8);
                writer = new FormatWriter(file, format, false);
            }
            if (writer != null) {
                writer.write(item);
            }
        }

        private Path target(Source s) {
            String name = String.valueOf(s.relative().getFileName());
            if (name.toLowerCase(Locale.ROOT).endsWith(".gz")) {
                name = name.substring(0, name.length() - 3);
            }
            String ext = format == Main.Format.text ? "txt" : format == Main.Format.markdown ? "md" : format.name();
            return dir.resolve(s.relative()).resolveSibling(name + "." + ext).normalize();
        }

        private void close() throws IOException {
            if (writer != null && file != null) {
                writer.finish();
                file.close();
            }
            writer = null;
            file = null;
        }

        @Override
        void finish() throws IOException {
            close();
        }
    }
}
