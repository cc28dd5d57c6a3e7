package io.github.tidings.cli;

import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One parsed page of a batch, or its failure, made by a worker and written by the batch's one
 * writer in input order: a file, or one record of a web archive.
 *
 * @param source the input it came from
 * @param url the archive record's target URI, or null for a file
 * @param fetched the archive record's {@code WARC-Date}, or null for a file
 * @param error what went wrong, or null when it was parsed
 * @param output what the output format writes for it (empty for a failure in the text format)
 * @param note a warning for standard error (a guessed charset), if any
 */
record Item(Source source, @Nullable String url, @Nullable Instant fetched, @Nullable String error, String output,
        Optional<String> note) {

    /** Whether it is a record of a web archive rather than a file. */
    boolean fromArchive() {
        return url != null;
    }

    /** How messages name it: the file, and for an archive record also its URI. */
    String label() {
        return url == null ? source.name() : source.name() + " " + url;
    }
}
