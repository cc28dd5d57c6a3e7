package io.github.tidings.clean;

import java.util.List;

/**
 * The cleaners every parser runs unless switched off, in the order they run. Each is named after
 * what it removes; {@code ArticleParser.Builder#disableCleaner(String)} takes these names.
 */
public final class BuiltInCleaners {
    private BuiltInCleaners() {
    }

    /** The built-in cleaners in running order. */
    public static List<Cleaner> all() {
        return List.of(new MetadataLineCleaner());
    }
}
