package io.github.tidings.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where one metadata field of an {@link Article} came from: the chosen value, its source, and the
 * other candidates the parser saw and did not take. Immutable.
 *
 * <p>A source names the kind of evidence and where in it: {@code json-ld:datePublished},
 * {@code meta:article:published_time}, {@code meta:og:image}, {@code html:<html lang>},
 * {@code link:canonical}, {@code html:h1}, {@code text:byline line 3} (lines count from 1),
 * {@code hint:url}, {@code detected:text}. The field names are those of {@link Article}'s accessors:
 * {@code title}, {@code published}, {@code modified}, {@code authors}, {@code siteName},
 * {@code publisher}, {@code language}, {@code declaredLanguage}, {@code url}, {@code canonicalUrl},
 * {@code section}, {@code tags}, {@code description}, {@code leadImage}, {@code accessibleForFree}.
 */
public final class Provenance {
    private final String field;
    private final String value;
    private final String source;
    private final List<Candidate> rejected;

    private Provenance(String field, String value, String source, List<Candidate> rejected) {
        this.field = Objects.requireNonNull(field, "field");
        this.value = Objects.requireNonNull(value, "value");
        this.source = Objects.requireNonNull(source, "source");
        this.rejected = List.copyOf(rejected);
    }

    /**
     * A provenance record.
     *
     * @param field the {@link Article} field, e.g. {@code published}
     * @param value the chosen value as text (a list's values joined by {@code ", "})
     * @param source where it came from, e.g. {@code json-ld:datePublished}
     * @param rejected the other candidates, most preferred first
     */
    public static Provenance of(String field, String value, String source, List<Candidate> rejected) {
        return new Provenance(field, value, source, rejected);
    }

    /** The {@link Article} field this record is about. */
    public String field() {
        return field;
    }

    /** The chosen value as text. */
    public String value() {
        return value;
    }

    /** Where the chosen value came from. */
    public String source() {
        return source;
    }

    /** The candidates not taken, most preferred first; unmodifiable, possibly empty. */
    public List<Candidate> rejected() {
        return rejected;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Provenance p && p.field.equals(field) && p.value.equals(value) && p.source.equals(source)
                && p.rejected.equals(rejected);
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, value, source, rejected);
    }

    /** {@code field = value <- source}, then the rejected candidates. */
    @Override
    public String toString() {
        return field + " = " + value + " <- " + source + (rejected.isEmpty() ? "" : " (rejected: " + rejected + ")");
    }

    /** A candidate value for a field and its source. Immutable. */
    public static final class Candidate {
        private final String value;
        private final String source;

        private Candidate(String value, String source) {
            this.value = Objects.requireNonNull(value, "value");
            this.source = Objects.requireNonNull(source, "source");
        }

        /** A candidate. */
        public static Candidate of(String value, String source) {
            return new Candidate(value, source);
        }

        /** The candidate's value as text. */
        public String value() {
            return value;
        }

        /** Where it came from. */
        public String source() {
            return source;
        }

        @Override
        public boolean equals(@Nullable Object o) {
            return o instanceof Candidate c && c.value.equals(value) && c.source.equals(source);
        }

        @Override
        public int hashCode() {
            return value.hashCode() * 31 + source.hashCode();
        }

        @Override
        public String toString() {
            return value + " <- " + source;
        }
    }
}
