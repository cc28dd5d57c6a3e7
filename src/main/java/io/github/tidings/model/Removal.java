package io.github.tidings.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A piece of the input that the parser dropped from the article body, with the name of the
 * cleaner (or content finder, or metadata reader) that dropped it and why. Users debugging a
 * site cleaner read these; tests assert on them.
 */
public final class Removal {
    private final String text;
    private final String cleaner;
    private final String reason;

    private Removal(String text, String cleaner, String reason) {
        this.text = Objects.requireNonNull(text, "text");
        this.cleaner = Objects.requireNonNull(cleaner, "cleaner");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /**
     * A removal record.
     *
     * @param text the removed text
     * @param cleaner the name of the component that removed it
     * @param reason a short human-readable reason
     */
    public static Removal of(String text, String cleaner, String reason) {
        return new Removal(text, cleaner, reason);
    }

    /** The removed text, as normalised. */
    public String text() {
        return text;
    }

    /** Name of the cleaner or other component that removed it, e.g. {@code ShareToolsCleaner}. */
    public String cleaner() {
        return cleaner;
    }

    /** Why it was removed, e.g. {@code share-tool residue}. */
    public String reason() {
        return reason;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Removal r && r.text.equals(text) && r.cleaner.equals(cleaner)
                && r.reason.equals(reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, cleaner, reason);
    }

    @Override
    public String toString() {
        return cleaner + " (" + reason + "): " + text;
    }
}
