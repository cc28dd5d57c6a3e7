package io.github.tidings.model;

import java.util.Objects;

/**
 * The bounds a parse works within, so that hostile or broken input costs bounded memory and time
 * instead of an {@link OutOfMemoryError}: set once on
 * {@link io.github.tidings.ArticleParser.Builder#limits(Limits)}, immutable, and shared by every
 * parse of that parser (as Jackson's {@code StreamReadConstraints}). A value type like the others
 * of this package, so that the internal readers that enforce it need not reach up to the parser.
 *
 * <p>Each default is safe in a 512 MB heap for one parse at a time: the defaults together keep a
 * parse's working memory (the input aside) under about 300 MB. Input past a hard limit is refused
 * with an {@link IllegalArgumentException} whose message names the limit and the builder method
 * that raises it; past a soft limit (JSON-LD) the rest is not read, which changes only metadata.
 *
 * <table>
 *   <caption>The limits</caption>
 *   <tr><th>limit</th><th>default</th><th>past it</th></tr>
 *   <tr><td>{@link #maxInputChars()}: characters of a string input, bytes of a byte input</td>
 *       <td>16 Mi</td><td>{@code IllegalArgumentException}</td></tr>
 *   <tr><td>{@link #maxBlocks()}: non-blank lines of text or Markdown, blocks of HTML</td>
 *       <td>256 Ki</td><td>{@code IllegalArgumentException}</td></tr>
 *   <tr><td>{@link #maxElements()}: start tags of HTML input (counted before parsing), elements
 *       of a jsoup {@code Document}</td><td>512 Ki</td><td>{@code IllegalArgumentException}</td></tr>
 *   <tr><td>{@link #maxJsonLdChars()}: characters of JSON-LD read per page</td><td>4 Mi</td>
 *       <td>later scripts are not read</td></tr>
 *   <tr><td>{@link #maxJsonArrayLength()}: elements read of one JSON-LD array</td><td>1,000</td>
 *       <td>later elements are not read</td></tr>
 * </table>
 */
public final class Limits {
    /** Default {@link #maxInputChars()}: 16 Mi. */
    public static final int DEFAULT_MAX_INPUT_CHARS = 16 * 1024 * 1024;
    /** Default {@link #maxBlocks()}: 256 Ki. */
    public static final int DEFAULT_MAX_BLOCKS = 256 * 1024;
    /** Default {@link #maxElements()}: 512 Ki. */
    public static final int DEFAULT_MAX_ELEMENTS = 512 * 1024;
    /** Default {@link #maxJsonLdChars()}: 4 Mi. */
    public static final int DEFAULT_MAX_JSON_LD_CHARS = 4 * 1024 * 1024;
    /** Default {@link #maxJsonArrayLength()}: 1,000. */
    public static final int DEFAULT_MAX_JSON_ARRAY_LENGTH = 1000;

    private static final Limits DEFAULTS = builder().build();

    private final int maxInputChars;
    private final int maxBlocks;
    private final int maxElements;
    private final int maxJsonLdChars;
    private final int maxJsonArrayLength;

    private Limits(Builder b) {
        this.maxInputChars = b.maxInputChars;
        this.maxBlocks = b.maxBlocks;
        this.maxElements = b.maxElements;
        this.maxJsonLdChars = b.maxJsonLdChars;
        this.maxJsonArrayLength = b.maxJsonArrayLength;
    }

    /** The default limits. */
    public static Limits defaults() {
        return DEFAULTS;
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these limits. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.maxInputChars = maxInputChars;
        b.maxBlocks = maxBlocks;
        b.maxElements = maxElements;
        b.maxJsonLdChars = maxJsonLdChars;
        b.maxJsonArrayLength = maxJsonArrayLength;
        return b;
    }

    /** The longest input, in characters for a string and in bytes for a byte array. */
    public int maxInputChars() {
        return maxInputChars;
    }

    /**
     * The most blocks a page may have: non-blank lines of text, Markdown blocks, block elements of
     * HTML. Each block costs memory whatever its length, so this bounds input of many short lines.
     */
    public int maxBlocks() {
        return maxBlocks;
    }

    /**
     * The most elements an HTML page may have: start tags ({@code <} and a letter) of HTML input,
     * counted before it is parsed, since the parsed document costs some hundreds of bytes per
     * element; elements of a jsoup {@code Document} given to {@link
     * io.github.tidings.ArticleParser#parse(org.jsoup.nodes.Document)}, which no input length bounds.
     */
    public int maxElements() {
        return maxElements;
    }

    /** The most characters of JSON-LD scripts read per page; scripts past it are not read. */
    public int maxJsonLdChars() {
        return maxJsonLdChars;
    }

    /** The most elements read of one JSON-LD array (authors, keywords, a {@code @graph}); the rest are skipped. */
    public int maxJsonArrayLength() {
        return maxJsonArrayLength;
    }

    /**
     * Throws if a length is past a limit.
     *
     * @throws IllegalArgumentException naming the limit, the builder method and the value
     */
    static void check(long value, int max, String what, String method) {
        if (value > max) {
            throw new IllegalArgumentException(what + " " + value + " is more than the maximum " + max
                    + " (Limits.Builder#" + method + ")");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Limits l && l.maxInputChars == maxInputChars && l.maxBlocks == maxBlocks
                && l.maxElements == maxElements && l.maxJsonLdChars == maxJsonLdChars
                && l.maxJsonArrayLength == maxJsonArrayLength;
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxInputChars, maxBlocks, maxElements, maxJsonLdChars, maxJsonArrayLength);
    }

    @Override
    public String toString() {
        return "Limits[maxInputChars=" + maxInputChars + ", maxBlocks=" + maxBlocks + ", maxElements="
                + maxElements + ", maxJsonLdChars=" + maxJsonLdChars + ", maxJsonArrayLength="
                + maxJsonArrayLength + "]";
    }

    /** Configures {@link Limits}; every value must be positive. Not thread-safe. */
    public static final class Builder {
        private int maxInputChars = DEFAULT_MAX_INPUT_CHARS;
        private int maxBlocks = DEFAULT_MAX_BLOCKS;
        private int maxElements = DEFAULT_MAX_ELEMENTS;
        private int maxJsonLdChars = DEFAULT_MAX_JSON_LD_CHARS;
        private int maxJsonArrayLength = DEFAULT_MAX_JSON_ARRAY_LENGTH;

        private Builder() {
        }

        /** See {@link Limits#maxInputChars()}. */
        public Builder maxInputChars(int max) {
            this.maxInputChars = positive(max, "maxInputChars");
            return this;
        }

        /** See {@link Limits#maxBlocks()}. */
        public Builder maxBlocks(int max) {
            this.maxBlocks = positive(max, "maxBlocks");
            return this;
        }

        /** See {@link Limits#maxElements()}. */
        public Builder maxElements(int max) {
            this.maxElements = positive(max, "maxElements");
            return this;
        }

        /** See {@link Limits#maxJsonLdChars()}. */
        public Builder maxJsonLdChars(int max) {
            this.maxJsonLdChars = positive(max, "maxJsonLdChars");
            return this;
        }

        /** See {@link Limits#maxJsonArrayLength()}. */
        public Builder maxJsonArrayLength(int max) {
            this.maxJsonArrayLength = positive(max, "maxJsonArrayLength");
            return this;
        }

        private static int positive(int max, String name) {
            if (max <= 0) {
                throw new IllegalArgumentException(name + " must be positive: " + max);
            }
            return max;
        }

        /** The limits. */
        public Limits build() {
            return new Limits(this);
        }
    }
}
