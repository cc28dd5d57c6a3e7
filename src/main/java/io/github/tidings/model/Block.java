package io.github.tidings.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One element of an article's body: a paragraph, heading, quote, list item, caption or
 * preformatted text. Immutable; two blocks are equal when their type and text are equal.
 */
public final class Block {
    private final BlockType type;
    private final String text;

    private Block(BlockType type, String text) {
        this.type = Objects.requireNonNull(type, "type");
        this.text = Objects.requireNonNull(text, "text");
    }

    /**
     * A block of the given type.
     *
     * @throws NullPointerException if either argument is null
     */
    public static Block of(BlockType type, String text) {
        return new Block(type, text);
    }

    /** A {@link BlockType#PARAGRAPH} block. */
    public static Block paragraph(String text) {
        return new Block(BlockType.PARAGRAPH, text);
    }

    /** A {@link BlockType#HEADING} block. */
    public static Block heading(String text) {
        return new Block(BlockType.HEADING, text);
    }

    /** The kind of element. */
    public BlockType type() {
        return type;
    }

    /** The element's normalised text, never empty for blocks of a parsed article. */
    public String text() {
        return text;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Block b && b.type == type && b.text.equals(text);
    }

    @Override
    public int hashCode() {
        return type.hashCode() * 31 + text.hashCode();
    }

    @Override
    public String toString() {
        return type + ": " + text;
    }
}
