package io.github.tidings.cli;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes rendered pages one after another in one output format: {@code jsonl} a line each,
 * {@code json} one array around them all (also when there is one page, or none), {@code text}
 * the pages with a {@code ==> name <==} header before each when there are several.
 */
final class FormatWriter {
    private final Writer out;
    private final Main.Format format;
    private final boolean headers;
    private int written;

    /** @param headers whether text output heads every file's page with its name (archive records always are) */
    FormatWriter(Writer out, Main.Format format, boolean headers) {
        this.out = out;
        this.format = format;
        this.headers = headers;
    }

    void write(Item item) throws IOException {
        if (item.error() != null && (format == Main.Format.text || format == Main.Format.markdown
                || format == Main.Format.html)) {
            return; // the error goes to standard error only
        }
        switch (format) {
            case jsonl -> out.write(item.output() + "\n");
            case json -> out.write((written == 0 ? "[\n" : ",\n") + item.output());
            case text, markdown, html -> {
                if (headers || item.fromArchive()) {
                    out.write((written == 0 ? "" : "\n") + "==> " + item.label() + " <==\n");
                }
                out.write(item.output());
            }
        }
        written++;
    }

    /** Ends the output (closes the JSON array) and flushes it. */
    void finish() throws IOException {
        if (format == Main.Format.json) {
            out.write(written == 0 ? "[]\n" : "\n]\n");
        }
        out.flush();
    }
}
