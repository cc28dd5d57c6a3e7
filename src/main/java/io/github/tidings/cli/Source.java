package io.github.tidings.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One input of a batch: a file, or standard input when {@code path} is null.
 *
 * @param name how messages and the {@code source} field name it: the path as given or found
 * @param path the file, or null for standard input
 * @param relative where its output goes below {@code --output DIR}
 * @param error why it cannot be read, when that was known while listing it (an unreadable
 *     directory met in a walk), else null
 */
record Source(String name, @Nullable Path path, Path relative, @Nullable String error) {

    Source(String name, @Nullable Path path, Path relative) {
        this(name, path, relative, null);
    }

    static Source stdin() {
        return new Source("-", null, Path.of("stdin"));
    }

    /** The name in lower case without a {@code .gz} suffix: what format detection by name reads. */
    String plainName() {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".gz") ? n.substring(0, n.length() - 3) : n;
    }

    /** Whether the name says WARC or WET ({@code .warc}, {@code .wet}, either gzipped). */
    boolean namedLikeArchive() {
        String n = plainName();
        return n.endsWith(".warc") || n.endsWith(".wet") || n.endsWith(".arc.warc");
    }
}
