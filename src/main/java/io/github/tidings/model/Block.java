package io.github.tidings.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * One element of an article's body: a paragraph, heading, quote, list item, caption, preformatted
 * text, table or figure, with the structure its source stated: a heading's level, a list item's
 * nesting depth and whether its list is numbered, a table's rows of cells, a figure's image, and the
 * links inside the text as spans.
 *
 * <p>Immutable; two blocks are equal when all their fields are equal. Blocks with structure are made
 * with {@link #builder(BlockType, String)}, which checks the fields once; {@link #of(BlockType,
 * String)} makes a block with none. New fields may be added in later versions, each absent on blocks
 * made without it.
 */
public final class Block {
    private final BlockType type;
    private final String text;
    /**
     * The block's structure, null for a block without any ({@link #isPlain()}): as fields of every
     * block, they made one 48 bytes rather than 24, and an article of many short lines is
     * assembled from such blocks (issue #14 bounds a parse's heap per input character).
     */
    private final @Nullable Structure structure;

    /** What a block with structure has beside its type and text. */
    private record Structure(int level, int depth, boolean ordered, List<Link> links, @Nullable Table table,
            @Nullable Figure figure) {
    }

    private Block(BlockType type, String text) {
        this.type = Objects.requireNonNull(type, "type");
        this.text = Objects.requireNonNull(text, "text");
        this.structure = null;
    }

    private Block(Builder b) {
        this.type = b.type;
        this.text = b.table != null ? b.table.text() : b.text;
        boolean none = b.level == 0 && b.depth == 0 && !b.ordered && b.links.isEmpty() && b.table == null
                && b.figure == null;
        this.structure = none ? null
                : new Structure(b.level, b.depth, b.ordered, List.copyOf(b.links), b.table, b.figure);
    }

    /**
     * A block of the given type, without structure.
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

    /** A {@link BlockType#HEADING} block without a level. */
    public static Block heading(String text) {
        return new Block(BlockType.HEADING, text);
    }

    /**
     * A builder for a block of that type and text. A {@link BlockType#TABLE}'s text is made from its
     * {@link Builder#table(Table) table}, whatever text is given here.
     *
     * @throws NullPointerException if either argument is null
     */
    public static Builder builder(BlockType type, String text) {
        return new Builder(Objects.requireNonNull(type, "type"), Objects.requireNonNull(text, "text"));
    }

    /** A builder holding this block's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder(type, text);
        Structure s = structure;
        if (s != null) {
            b.level = s.level();
            b.depth = s.depth();
            b.ordered = s.ordered();
            b.links.addAll(s.links());
            b.table = s.table();
            b.figure = s.figure();
        }
        return b;
    }

    /** The kind of element. */
    public BlockType type() {
        return type;
    }

    /**
     * The element's normalised text. Never empty for the blocks of a parsed article but a
     * {@link BlockType#FIGURE}'s, whose text is empty (its caption is {@link Figure#caption()}). A
     * table's text is its rows, one a line, with a tab between cells.
     */
    public String text() {
        return text;
    }

    /** A heading's level, 1 (most important) to 6, when the source stated one; empty for other blocks. */
    public OptionalInt level() {
        int level = structure == null ? 0 : structure.level();
        return level == 0 ? OptionalInt.empty() : OptionalInt.of(level);
    }

    /** A list item's nesting depth: 1 for an item of a top-level list, 2 inside it, ...; 0 for other blocks. */
    public int listDepth() {
        return structure == null ? 0 : structure.depth();
    }

    /** Whether a list item belongs to a numbered list; false for bulleted items and other blocks. */
    public boolean ordered() {
        return structure != null && structure.ordered();
    }

    /** The links inside the text, in text order, none overlapping; unmodifiable, possibly empty. */
    public List<Link> links() {
        return structure == null ? List.of() : structure.links();
    }

    /** A {@link BlockType#TABLE}'s rows and cells; empty for other blocks. */
    public Optional<Table> table() {
        return Optional.ofNullable(structure == null ? null : structure.table());
    }

    /** A {@link BlockType#FIGURE}'s image; empty for other blocks. */
    public Optional<Figure> figure() {
        return Optional.ofNullable(structure == null ? null : structure.figure());
    }

    /** Whether the block has no structure: {@link #of(BlockType, String)} of its type and text equals it. */
    boolean isPlain() {
        return structure == null;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Block b && b.type == type && b.text.equals(text) && Objects.equals(b.structure, structure);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, text, structure);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(type.toString());
        level().ifPresent(level -> sb.append(' ').append(level));
        if (listDepth() > 0) {
            sb.append(ordered() ? " ordered " : " unordered ").append(listDepth());
        }
        figure().ifPresent(figure -> sb.append(' ').append(figure.url()));
        return sb.append(": ").append(text).toString();
    }

    /** Whether the URL is an absolute {@code http} or {@code https} URL. */
    static boolean isWebUrl(String url) {
        String u = url.toLowerCase(Locale.ROOT);
        return (u.startsWith("http://") && u.length() > 7 || u.startsWith("https://") && u.length() > 8)
                && url.chars().noneMatch(c -> c <= ' ' || c == '"' || c == '<' || c == '>');
    }

    /** Builds a {@link Block}; {@link #build()} checks that the fields suit the type. Not thread-safe. */
    public static final class Builder {
        private final BlockType type;
        private final String text;
        private int level;
        private int depth;
        private boolean ordered;
        private final List<Link> links = new ArrayList<>();
        private @Nullable Table table;
        private @Nullable Figure figure;

        private Builder(BlockType type, String text) {
            this.type = type;
            this.text = text;
        }

        /** A {@link BlockType#HEADING}'s level, 1 to 6. */
        public Builder level(int level) {
            this.level = level;
            return this;
        }

        /** A {@link BlockType#LIST_ITEM}'s nesting depth (1 for a top-level list) and whether its list is numbered. */
        public Builder listItem(int depth, boolean ordered) {
            this.depth = depth;
            this.ordered = ordered;
            return this;
        }

        /** Appends a link; links must come in text order and not overlap. */
        public Builder addLink(Link link) {
            links.add(Objects.requireNonNull(link, "link"));
            return this;
        }

        /** Replaces the links. */
        public Builder links(List<Link> links) {
            this.links.clear();
            links.forEach(this::addLink);
            return this;
        }

        /** A {@link BlockType#TABLE}'s rows. */
        public Builder table(Table table) {
            this.table = Objects.requireNonNull(table, "table");
            return this;
        }

        /** A {@link BlockType#FIGURE}'s image. */
        public Builder figure(Figure figure) {
            this.figure = Objects.requireNonNull(figure, "figure");
            return this;
        }

        /**
         * The block.
         *
         * @throws IllegalArgumentException if a level is set on a block that is no heading or is
         *     outside 1 to 6, a list depth on a block that is no list item or below 0, a link lies
         *     outside the text or overlaps the one before, a table is set on a block that is no
         *     {@link BlockType#TABLE} (or missing on one), or a figure likewise
         */
        public Block build() {
            if (level != 0 && (type != BlockType.HEADING || level < 1 || level > 6)) {
                throw new IllegalArgumentException("a level must be 1 to 6, on a heading: " + level + " on " + type);
            }
            if (depth != 0 && (type != BlockType.LIST_ITEM || depth < 0) || ordered && depth == 0) {
                throw new IllegalArgumentException("a list depth must be positive, on a list item: " + depth + " on " + type);
            }
            if ((table != null) != (type == BlockType.TABLE)) {
                throw new IllegalArgumentException("a table block, and only one, has a table: " + type);
            }
            if ((figure != null) != (type == BlockType.FIGURE)) {
                throw new IllegalArgumentException("a figure block, and only one, has a figure: " + type);
            }
            String t = table != null ? table.text() : text;
            int end = 0;
            for (Link l : links) {
                if (l.start() < end || l.end() > t.length()) {
                    throw new IllegalArgumentException("link " + l + " overlaps another or lies outside the text of "
                            + t.length() + " characters");
                }
                end = l.end();
            }
            return new Block(this);
        }
    }

    /**
     * A link inside a block's text: the characters from {@link #start()} (inclusive) to {@link #end()}
     * (exclusive) link to {@link #url()}, an absolute {@code http(s)} URL. Immutable.
     */
    public static final class Link {
        private final int start;
        private final int end;
        private final String url;

        private Link(int start, int end, String url) {
            this.start = start;
            this.end = end;
            this.url = url;
        }

        /**
         * A link span.
         *
         * @throws IllegalArgumentException if {@code start < 0}, {@code end <= start}, or the URL is
         *     not an absolute {@code http} or {@code https} URL without spaces
         */
        public static Link of(int start, int end, String url) {
            Objects.requireNonNull(url, "url");
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("a link spans at least one character: " + start + ".." + end);
            }
            if (!isWebUrl(url)) {
                throw new IllegalArgumentException("a link's URL must be absolute http(s): " + url);
            }
            return new Link(start, end, url);
        }

        /** Where the link text starts in the block's text. */
        public int start() {
            return start;
        }

        /** Where the link text ends in the block's text (exclusive). */
        public int end() {
            return end;
        }

        /** The target, an absolute {@code http} or {@code https} URL. */
        public String url() {
            return url;
        }

        @Override
        public boolean equals(@Nullable Object o) {
            return o instanceof Link l && l.start == start && l.end == end && l.url.equals(url);
        }

        @Override
        public int hashCode() {
            return Objects.hash(start, end, url);
        }

        @Override
        public String toString() {
            return start + ".." + end + " " + url;
        }
    }

    /**
     * A table: rows of cells, each cell a {@link BlockType#PARAGRAPH} block (so it carries its
     * links), and whether the first row is a header row. Immutable.
     */
    public static final class Table {
        private final List<List<Block>> rows;
        private final boolean headerRow;

        private Table(List<List<Block>> rows, boolean headerRow) {
            List<List<Block>> r = new ArrayList<>(rows.size());
            for (List<Block> row : rows) {
                r.add(List.copyOf(row));
            }
            this.rows = List.copyOf(r);
            this.headerRow = headerRow;
        }

        /**
         * A table.
         *
         * @param rows the rows, each a list of cells; copied
         * @param headerRow whether the first row holds the column headers
         * @throws IllegalArgumentException if there are no rows, a row has no cells, or a header row is
         *     claimed of a table of one row
         */
        public static Table of(List<List<Block>> rows, boolean headerRow) {
            Objects.requireNonNull(rows, "rows");
            if (rows.isEmpty() || rows.stream().anyMatch(List::isEmpty)) {
                throw new IllegalArgumentException("a table has rows, and every row cells");
            }
            return new Table(rows, headerRow);
        }

        /** The rows in order, each its cells in order; unmodifiable. */
        public List<List<Block>> rows() {
            return rows;
        }

        /** Whether the first row holds the column headers ({@code th} cells, a {@code thead}, a Markdown table's first row). */
        public boolean headerRow() {
            return headerRow;
        }

        /** The rows one a line, the cells of a row separated by a tab. */
        String text() {
            StringBuilder sb = new StringBuilder();
            for (List<Block> row : rows) {
                if (!sb.isEmpty()) {
                    sb.append('\n');
                }
                for (int i = 0; i < row.size(); i++) {
                    if (i > 0) {
                        sb.append('\t');
                    }
                    sb.append(row.get(i).text());
                }
            }
            return sb.toString();
        }

        @Override
        public boolean equals(@Nullable Object o) {
            return o instanceof Table t && t.headerRow == headerRow && t.rows.equals(rows);
        }

        @Override
        public int hashCode() {
            return rows.hashCode() * 2 + (headerRow ? 1 : 0);
        }

        @Override
        public String toString() {
            return "Table" + rows;
        }
    }

    /**
     * An image of the article: its URL (absolute {@code http(s)}, resolved against the page's URL),
     * its alternative text, caption and credit, each possibly empty. Immutable.
     */
    public static final class Figure {
        private final String url;
        private final String alt;
        private final String caption;
        private final String credit;

        private Figure(String url, String alt, String caption, String credit) {
            this.url = url;
            this.alt = alt;
            this.caption = caption;
            this.credit = credit;
        }

        /**
         * A figure.
         *
         * @throws IllegalArgumentException if the URL is not an absolute {@code http(s)} URL
         */
        public static Figure of(String url, String alt, String caption, String credit) {
            Objects.requireNonNull(url, "url");
            if (!isWebUrl(url)) {
                throw new IllegalArgumentException("an image URL must be absolute http(s): " + url);
            }
            return new Figure(url, Objects.requireNonNull(alt, "alt"), Objects.requireNonNull(caption, "caption"),
                    Objects.requireNonNull(credit, "credit"));
        }

        /** The image's absolute {@code http(s)} URL. */
        public String url() {
            return url;
        }

        /** The image's alternative text; empty when none. */
        public String alt() {
            return alt;
        }

        /** The caption; empty when none. */
        public String caption() {
            return caption;
        }

        /** Who the picture is by or from (photographer, agency); empty when none is marked. */
        public String credit() {
            return credit;
        }

        @Override
        public boolean equals(@Nullable Object o) {
            return o instanceof Figure f && f.url.equals(url) && f.alt.equals(alt) && f.caption.equals(caption)
                    && f.credit.equals(credit);
        }

        @Override
        public int hashCode() {
            return Objects.hash(url, alt, caption, credit);
        }

        @Override
        public String toString() {
            return "Figure[" + url + ", alt=" + alt + ", caption=" + caption + ", credit=" + credit + "]";
        }
    }
}
