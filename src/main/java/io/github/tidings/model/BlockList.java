package io.github.tidings.model;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The blocks of an {@link Article}, stored compactly: a block without structure (made by {@link
 * Block#of(BlockType, String)}, as most blocks of a text dump are) is kept as its text and a byte
 * for its type, and {@link #get(int)} makes an equal {@link Block} for it on each call; a block
 * with structure is kept as it is. A {@code Block} object costs 48 bytes beside its text: for an
 * article of many short lines that was more than the text itself (issue #14 bounds a parse's heap
 * per input character, the returned article included).
 *
 * <p>Grows by {@link #append(Block)} while an {@link Article.Builder} fills it; an article holds a
 * {@link #copy()}, which nothing changes. As a {@link List} it is unmodifiable either way (the
 * {@code AbstractList} mutators throw), and equal to any list of equal blocks.
 */
final class BlockList extends AbstractList<Block> implements RandomAccess {
    private static final BlockType[] TYPES = BlockType.values();
    private static final Object[] NONE = {};
    private static final byte[] NO_TYPES = {};

    /** A {@link String} for a block without structure, whose type is in {@link #types}; else the {@link Block}. */
    private Object[] items;
    private byte[] types;
    private int size;

    BlockList() {
        this(NONE, NO_TYPES, 0);
    }

    private BlockList(Object[] items, byte[] types, int size) {
        this.items = items;
        this.types = types;
        this.size = size;
    }

    /** Appends the block (not null). */
    void append(Block block) {
        Objects.requireNonNull(block, "block");
        if (size == items.length) {
            int grown = Math.max(8, size + (size >> 1));
            items = Arrays.copyOf(items, grown);
            types = Arrays.copyOf(types, grown);
        }
        if (block.isPlain()) {
            items[size] = block.text();
            types[size] = (byte) block.type().ordinal();
        } else {
            items[size] = block;
        }
        size++;
    }

    /**
     * Appends every block of the list, its room made at once: grown as they come, the arrays were
     * copied over and over, the last copy beside the one before (an article of many short lines).
     */
    void appendAll(List<Block> blocks) {
        if (size + blocks.size() > items.length) {
            items = Arrays.copyOf(items, size + blocks.size());
            types = Arrays.copyOf(types, size + blocks.size());
        }
        if (blocks instanceof BlockList b) {
            for (int i = 0; i < b.size; i++) {
                appendStored(b.items[i], b.types[i]);
            }
            return;
        }
        blocks.forEach(this::append);
    }

    private void appendStored(Object item, byte type) {
        if (size == items.length) {
            int grown = Math.max(8, size + (size >> 1));
            items = Arrays.copyOf(items, grown);
            types = Arrays.copyOf(types, grown);
        }
        items[size] = item;
        types[size] = type;
        size++;
    }

    /** Empties the list. */
    void reset() {
        items = NONE;
        types = NO_TYPES;
        size = 0;
    }

    /** A copy of just the blocks' size, for an article to hold. */
    BlockList copy() {
        return size == 0 ? new BlockList() : new BlockList(Arrays.copyOf(items, size), Arrays.copyOf(types, size), size);
    }

    @Override
    public Block get(int index) {
        Objects.checkIndex(index, size);
        Object item = items[index];
        return item instanceof Block b ? b : Block.of(TYPES[types[index]], (String) item);
    }

    /** The text of the block at {@code index}, without making the block. */
    String text(int index) {
        Objects.checkIndex(index, size);
        Object item = items[index];
        return item instanceof Block b ? b.text() : (String) item;
    }

    @Override
    public int size() {
        return size;
    }
}
