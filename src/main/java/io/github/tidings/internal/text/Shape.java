package io.github.tidings.internal.text;

import io.github.tidings.model.Block;
import io.github.tidings.model.BlockType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The structure a reader saw around one of its text blocks, beside the block that cleaners see:
 * the model block to put in the article if the block is kept (with its level, list depth, links),
 * the table cell or row it is part of, and the figures that stand before it. Cleaners see and remove
 * the same blocks as before; the parser puts the structure back on what they kept
 * ({@link #assemble}). Internal: not part of the API.
 */
public final class Shape {
    /** The article block for the kept text block, or null for a plain block of its type and text. */
    final @Nullable Block block;
    /** The table the block is part of (any object standing for it), or null. */
    final @Nullable Object table;
    /** The row's number in its table; {@link #FOOT_ROW} and more for the rows of an HTML {@code tfoot}. */
    final int row;
    /**
     * Added to the row number of an HTML {@code tfoot}'s rows: the page shows them under the body's
     * rows wherever the markup has them, so they are put last, and one that repeats the header row
     * (a long table's header shown again at its foot) is left out.
     */
    public static final int FOOT_ROW = 1 << 24;
    /** The column of an HTML cell, or -1 for a Markdown row, whose cells are all here. */
    final int col;
    final boolean headerRow;
    /** The table cells the block holds: one for a cell of HTML, a row's for a Markdown row. */
    final List<Block> cells;
    /** Figures that stand before the block in the page. */
    final List<Block> figures = new ArrayList<>(0);
    /** Figures that stand after the block, the page's last, with no block after them to stand before. */
    final List<Block> after = new ArrayList<>(0);

    private Shape(@Nullable Block block, @Nullable Object table, int row, int col, boolean headerRow,
            List<Block> cells) {
        this.block = block;
        this.table = table;
        this.row = row;
        this.col = col;
        this.headerRow = headerRow;
        this.cells = cells;
    }

    /** The block to put in the article in place of a plain one. */
    public static Shape of(Block block) {
        return new Shape(Objects.requireNonNull(block), null, 0, -1, false, List.of());
    }

    /**
     * Part of a table: cells of one row ({@code col} -1), or the text of one cell at {@code col}.
     *
     * @param headerRow whether the row is the table's header row
     */
    public static Shape cells(Object table, int row, int col, boolean headerRow, List<Block> cells) {
        return new Shape(null, table, row, col, headerRow, List.copyOf(cells));
    }

    /** A shape holding figures only. */
    public static Shape none() {
        return new Shape(null, null, 0, -1, false, List.of());
    }

    /** Adds a figure that stands before the block; returns this shape. */
    public Shape addFigure(Block figure) {
        figures.add(figure);
        return this;
    }

    /** Adds a figure that stands after the block (the last of its page); returns this shape. */
    public Shape addFigureAfter(Block figure) {
        after.add(figure);
        return this;
    }

    /** Whether the shape has figures before its block. */
    public boolean hasFigures() {
        return !figures.isEmpty();
    }

    /** One text block as the article assembly sees it. */
    public record Part(BlockType type, String text, @Nullable Shape shape, boolean kept, boolean figuresShown) {
    }

    /**
     * The article's blocks: each kept block (its shape's block, or a plain one), consecutive kept
     * cells of one table joined into a table block, and figures where the block they stand before
     * is kept or was removed only as a caption (those standing after a block, where it is kept).
     * The list is the caller's own, which it may change.
     */
    public static List<Block> assemble(List<Part> parts) {
        List<Block> out = new ArrayList<>(parts.size());
        TableRows open = null;
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            Shape s = p.shape();
            if (s != null && p.figuresShown()) {
                open = close(open, out);
                String kept = keptCaption(parts, i);
                for (Block f : s.figures) {
                    out.add(kept.isEmpty() ? f : withoutKeptCaption(f, kept));
                }
            }
            if (!p.kept()) {
                continue;
            }
            if (s != null && s.table != null) {
                if (open != null && open.key != s.table) {
                    open = close(open, out);
                }
                if (open == null) {
                    open = new TableRows(s.table);
                }
                open.add(s);
                if (!s.after.isEmpty()) {
                    open = close(open, out);
                    out.addAll(s.after);
                }
                continue;
            }
            open = close(open, out);
            out.add(s != null && s.block != null ? s.block : Block.of(p.type(), p.text()));
            if (s != null) {
                out.addAll(s.after);
            }
        }
        close(open, out);
        return nestLists(out);
    }

    /**
     * The blocks with each list item's depth made relative to the items kept around it: one deeper
     * than the nearest item before it (in the same run of items) with a smaller depth, the same as
     * an item before it of the same depth, 1 where there is neither. An item whose parent item was
     * not kept (a cleaner took it), or that a page nested without one ({@code <ul><ul><li>}), is
     * then an item of the list it is in, at the depth {@code Article#toMarkdown()} writes it and
     * Markdown reads it back (the writer applies the same rule to articles built by hand).
     */
    static List<Block> nestLists(List<Block> blocks) {
        int n = blocks.size();
        // a stack of the open depths, grown as lists nest (by the block count, it was 8 bytes a
        // block of an article of many short lines)
        int[] own = new int[8];
        int[] written = new int[8];
        int open = 0;
        List<Block> out = null;
        for (int i = 0; i < n; i++) {
            Block b = blocks.get(i);
            if (b.type() != BlockType.LIST_ITEM) {
                open = 0;
                continue;
            }
            int d = Math.max(1, b.listDepth());
            int depth;
            while (open > 0 && own[open - 1] > d) {
                open--;
            }
            if (open > 0 && own[open - 1] == d) {
                depth = written[open - 1];
            } else {
                depth = open == 0 ? 1 : written[open - 1] + 1;
                if (open == own.length) {
                    own = java.util.Arrays.copyOf(own, open * 2);
                    written = java.util.Arrays.copyOf(written, open * 2);
                }
                own[open] = d;
                written[open] = depth;
                open++;
            }
            if (b.listDepth() > 0 && depth != b.listDepth()) {
                out = out == null ? new ArrayList<>(blocks) : out;
                out.set(i, b.toBuilder().listItem(depth, b.ordered()).build());
            }
        }
        return out == null ? blocks : out;
    }

    /**
     * The text of the kept caption blocks from {@code from} on (those a figure's caption was read
     * from stand right after its image), joined by spaces; empty when the block there is no kept caption.
     */
    private static String keptCaption(List<Part> parts, int from) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < parts.size() && parts.get(i).kept() && parts.get(i).type() == BlockType.CAPTION; i++) {
            sb.append(sb.isEmpty() ? "" : " ").append(parts.get(i).text());
        }
        return sb.toString();
    }

    /**
     * The figure without the caption and credit that kept caption blocks already hold: a caption
     * kept in the body (the parser's {@code keepCaptions}) is said once, as a block, not again on
     * its figure.
     */
    static Block withoutKeptCaption(Block figure, String keptCaption) {
        Block.Figure f = figure.figure().orElseThrow();
        String caption = !f.caption().isEmpty() && keptCaption.contains(f.caption()) ? "" : f.caption();
        String credit = !f.credit().isEmpty() && keptCaption.contains(f.credit()) ? "" : f.credit();
        if (caption.equals(f.caption()) && credit.equals(f.credit())) {
            return figure;
        }
        return Block.builder(BlockType.FIGURE, "").figure(Block.Figure.of(f.url(), f.alt(), caption, credit)).build();
    }

    /**
     * What a text dump's layout tells of its lists, put on the article's blocks: a bulleted line
     * (read as a list item, its marker cut) is an item of a top-level bulleted list, and two or more
     * paragraphs in a row that start with consecutive numbers ({@code 1. }, {@code 2) }) are the items
     * of a numbered list. The text stays as it was, the number included. The list given is changed
     * in place (a copy was 4 bytes a block of an article of many short lines) and returned.
     */
    public static List<Block> textLists(List<Block> blocks) {
        List<Block> out = blocks;
        for (int i = 0; i < out.size(); i++) {
            Block b = out.get(i);
            if (b.type() == BlockType.LIST_ITEM && b.listDepth() == 0) {
                out.set(i, b.toBuilder().listItem(1, false).build());
            }
        }
        int i = 0;
        while (i < out.size()) {
            int n = number(out.get(i));
            int j = i + 1;
            while (n >= 0 && j < out.size() && number(out.get(j)) == n + (j - i)) {
                j++;
            }
            if (j - i >= 2) {
                for (int k = i; k < j; k++) {
                    out.set(k, Block.builder(BlockType.LIST_ITEM, out.get(k).text()).links(out.get(k).links())
                            .listItem(1, true).build());
                }
                i = j;
            } else {
                i++;
            }
        }
        return out;
    }

    /** The number a paragraph opens with ({@code 3. } or {@code 3) }), or -1. */
    private static int number(Block b) {
        if (b.type() != BlockType.PARAGRAPH) {
            return -1;
        }
        String t = b.text();
        int d = 0;
        while (d < t.length() && d < 3 && Character.isDigit(t.charAt(d)) && t.charAt(d) < 0x80) {
            d++;
        }
        if (d == 0 || d + 1 >= t.length() || (t.charAt(d) != '.' && t.charAt(d) != ')') || t.charAt(d + 1) != ' ') {
            return -1;
        }
        return Integer.parseInt(t.substring(0, d));
    }

    /** Two paragraphs as one, a space between, the second's links moved along. */
    static Block join(Block a, Block b) {
        int shift = a.text().length() + 1;
        Block.Builder j = Block.builder(BlockType.PARAGRAPH, a.text() + " " + b.text()).links(a.links());
        for (Block.Link l : b.links()) {
            j.addLink(Block.Link.of(l.start() + shift, l.end() + shift, l.url()));
        }
        return j.build();
    }

    private static List<String> texts(List<Block> row) {
        return row.stream().map(Block::text).toList();
    }

    private static @Nullable TableRows close(@Nullable TableRows t, List<Block> out) {
        if (t != null) {
            t.emit(out);
        }
        return null;
    }

    /** The kept rows of one table, as they come. */
    private static final class TableRows {
        final Object key;
        final List<List<Block>> rows = new ArrayList<>();
        /** Whether each row of {@link #rows} is a {@code tfoot}'s. */
        final List<Boolean> foot = new ArrayList<>();
        int lastRow = Integer.MIN_VALUE;
        int lastCol = -1;
        /** Whether the first kept row is the table's header row. */
        boolean header;

        TableRows(Object key) {
            this.key = key;
        }

        void add(Shape s) {
            if (s.row != lastRow || rows.isEmpty()) {
                rows.add(new ArrayList<>());
                foot.add(s.row >= FOOT_ROW);
                lastRow = s.row;
                lastCol = -1;
                if (rows.size() == 1) {
                    header = s.headerRow;
                }
            }
            List<Block> row = rows.get(rows.size() - 1);
            if (s.col >= 0 && s.col == lastCol && !row.isEmpty() && s.cells.size() == 1) {
                // more text of the same cell (paragraphs inside a td): one cell
                row.set(row.size() - 1, join(row.get(row.size() - 1), s.cells.get(0)));
            } else {
                // a cell a cleaner took (a repeated label, a lone sign) leaves an empty one, so that
                // the cells after it stay in their columns
                for (int c = lastCol + 1; s.col >= 0 && c < s.col; c++) {
                    row.add(Block.paragraph(""));
                }
                row.addAll(s.cells);
            }
            lastCol = s.col;
        }

        void emit(List<Block> out) {
            boolean headed = header && !rows.isEmpty() && !rows.get(0).isEmpty();
            // the tfoot's rows go under the body's; one repeating the header row is left out
            List<List<Block>> feet = new ArrayList<>();
            for (int r = rows.size() - 1; r >= 0; r--) {
                if (foot.get(r) && !(headed && r == 0)) {
                    List<Block> f = rows.remove(r);
                    if (!(headed && texts(f).equals(texts(rows.get(0))))) {
                        feet.add(0, f);
                    }
                }
            }
            rows.addAll(feet);
            rows.removeIf(List::isEmpty); // a Markdown delimiter row
            int cells = 0;
            for (List<Block> r : rows) {
                cells += r.size();
            }
            if (cells == 1) {
                out.add(rows.get(0).get(0)); // a table of one cell is a paragraph
            } else if (cells > 1) {
                out.add(Block.builder(BlockType.TABLE, "").table(Block.Table.of(rows, headed && rows.size() > 1)).build());
            }
        }
    }
}
