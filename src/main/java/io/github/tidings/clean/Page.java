package io.github.tidings.clean;

import io.github.tidings.model.Hints;
import io.github.tidings.model.Removal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * The working state of one parse, as cleaners see it: the input's blocks in order, what the
 * metadata readers found (title, language, which blocks held the date or byline), and which blocks
 * are removed so far and why.
 *
 * <p>A page lives for one parse and belongs to one thread; it is not thread-safe. Removal is the
 * only change a cleaner can make, and every removal is recorded with the name of the cleaner that
 * made it ({@link #removals()}). Users can build pages with {@link #builder()} to unit-test their
 * own cleaners with {@link #apply(Cleaner)}.
 */
public final class Page {
    /** What a metadata reader used a block for. */
    public enum Role {
        /** The block repeats the title. */
        TITLE,
        /** The block stated the publication date. */
        DATE,
        /** The block named the authors. */
        BYLINE
    }

    private final List<TextBlock> blocks;
    private final Hints hints;
    private final @Nullable String title;
    private final @Nullable String language;
    private final List<String> authors;
    private final @Nullable Role[] roles; // by block index; null for none (looked up for every block, so no boxed map)
    private final @Nullable String[] removedBy;
    private final @Nullable String[] reasons;
    private String current = "unknown";

    private Page(Builder b) {
        this.blocks = Collections.unmodifiableList(new ArrayList<>(b.blocks));
        this.hints = b.hints;
        this.title = b.title;
        this.language = b.language;
        this.authors = b.authors;
        this.roles = new Role[b.blocks.size()];
        b.roles.forEach((i, r) -> roles[i] = r);
        this.removedBy = b.removedBy.toArray(new String[0]);
        this.reasons = b.reasons.toArray(new String[0]);
    }

    /** A builder for an empty page without hints. */
    public static Builder builder() {
        return new Builder();
    }

    /** A page of paragraph blocks, one per string, without hints: handy in tests. */
    public static Page of(String... lines) {
        Builder b = builder();
        for (String l : lines) {
            b.add(TextBlock.of(l));
        }
        return b.build();
    }

    /** All blocks in input order, removed ones included. */
    public List<TextBlock> blocks() {
        return blocks;
    }

    /** The blocks not removed so far, in input order (a new list each call). */
    public List<TextBlock> kept() {
        List<TextBlock> out = new ArrayList<>(blocks.size());
        for (TextBlock b : blocks) {
            if (removedBy[b.index()] == null) {
                out.add(b);
            }
        }
        return out;
    }

    /** Whether the block has been removed. */
    public boolean isRemoved(TextBlock block) {
        return removedBy[check(block).index()] != null;
    }

    /**
     * Removes the block, recording the running cleaner's name and the reason. Removing a removed
     * block again changes nothing: the first reason stands.
     *
     * @throws IllegalArgumentException if the block is not one of this page's
     */
    public void remove(TextBlock block, String reason) {
        Objects.requireNonNull(reason, "reason");
        int i = check(block).index();
        if (removedBy[i] == null) {
            removedBy[i] = current;
            reasons[i] = reason;
        }
    }

    /** Removes every kept block from {@code from} (inclusive) to {@code to} (exclusive) by index. */
    public void removeRange(int from, int to, String reason) {
        Objects.checkFromToIndex(from, to, blocks.size());
        for (int i = from; i < to; i++) {
            remove(blocks.get(i), reason);
        }
    }

    private TextBlock check(TextBlock block) {
        Objects.requireNonNull(block, "block");
        int i = block.index();
        if (i < 0 || i >= blocks.size() || blocks.get(i) != block) {
            throw new IllegalArgumentException("not a block of this page: " + block);
        }
        return block;
    }

    /** The parse's hints. */
    public Hints hints() {
        return hints;
    }

    /** The source host, from the hints. */
    public Optional<String> host() {
        return hints.host();
    }

    /** The title the metadata readers found, before cleaning. */
    public Optional<String> title() {
        return Optional.ofNullable(title);
    }

    /** The article's authors as the metadata readers found them before cleaning; may be empty. */
    public List<String> authors() {
        return authors;
    }

    /** The page's language as a BCP 47 primary tag, as hinted or detected before cleaning. */
    public Optional<String> language() {
        return Optional.ofNullable(language);
    }

    /** What a metadata reader used the block for, if anything. */
    public Optional<Role> role(TextBlock block) {
        return Optional.ofNullable(roles[check(block).index()]);
    }

    /**
     * Where the article begins below its headline: the first kept block after the first
     * {@link Role#TITLE} block that is not the page's first block (a dump's first line is often the
     * page's {@code <title>}, which says nothing about where the article starts), as an index into
     * {@link #kept()}; empty when the metadata readers found no headline in the page's body, or
     * nothing is kept below it.
     */
    public OptionalInt keptBelowHeadline() {
        int kept = 0;
        boolean below = false;
        for (int i = 0; i < blocks.size(); i++) {
            boolean isKept = removedBy[i] == null;
            if (i > 0 && roles[i] == Role.TITLE) {
                below = true; // kept too when the cleaner that removes title lines is switched off
            } else if (isKept && below) {
                return OptionalInt.of(kept);
            }
            if (isKept) {
                kept++;
            }
        }
        return OptionalInt.empty();
    }

    /**
     * Runs the cleaner on this page if its {@link Cleaner#scope()} applies, recording its
     * {@link Cleaner#name()} on what it removes.
     *
     * @return whether the cleaner ran
     */
    public boolean apply(Cleaner cleaner) {
        Objects.requireNonNull(cleaner, "cleaner");
        if (!cleaner.scope().appliesTo(this)) {
            return false;
        }
        String previous = current;
        current = Objects.requireNonNull(cleaner.name(), "cleaner name");
        try {
            cleaner.clean(this);
        } finally {
            current = previous;
        }
        return true;
    }

    /** What has been removed so far, in input order. */
    public List<Removal> removals() {
        List<Removal> out = new ArrayList<>();
        for (int i = 0; i < removedBy.length; i++) {
            if (removedBy[i] != null) {
                out.add(Removal.of(blocks.get(i).text(), removedBy[i], reasons[i]));
            }
        }
        return out;
    }

    /** Name of the component that removed the block, if it was removed. */
    public Optional<String> removedBy(TextBlock block) {
        return Optional.ofNullable(removedBy[check(block).index()]);
    }

    @Override
    public String toString() {
        return "Page{blocks=" + blocks.size() + ", removed=" + Arrays.stream(removedBy).filter(Objects::nonNull).count()
                + ", title=" + title + ", language=" + language + ", hints=" + hints + "}";
    }

    /** Builds a {@link Page}. */
    public static final class Builder {
        private final List<TextBlock> blocks = new ArrayList<>();
        private final List<@Nullable String> removedBy = new ArrayList<>();
        private final List<@Nullable String> reasons = new ArrayList<>();
        private final Map<Integer, Role> roles = new HashMap<>();
        private Hints hints = Hints.none();
        private @Nullable String title;
        private @Nullable String language;
        private List<String> authors = List.of();

        private Builder() {
        }

        /** Appends a block; its {@link TextBlock#index()} becomes its position. */
        public Builder add(TextBlock block) {
            blocks.add(Objects.requireNonNull(block, "block").withIndex(blocks.size()));
            removedBy.add(null);
            reasons.add(null);
            return this;
        }

        /**
         * Appends a block that an earlier stage already removed, as the HTML reader's DOM scoring
         * does: a content finder or late cleaner reads {@link Page#removedBy(TextBlock)}, and its
         * tests need pages made this way.
         */
        public Builder addRemoved(TextBlock block, String component, String reason) {
            add(block);
            removedBy.set(blocks.size() - 1, Objects.requireNonNull(component, "component"));
            reasons.set(blocks.size() - 1, Objects.requireNonNull(reason, "reason"));
            return this;
        }

        /** The parse's hints. */
        public Builder hints(Hints hints) {
            this.hints = Objects.requireNonNull(hints, "hints");
            return this;
        }

        /** The title found by metadata readers. */
        public Builder title(String title) {
            this.title = Objects.requireNonNull(title, "title");
            return this;
        }

        /** The authors found by metadata readers. */
        public Builder authors(List<String> authors) {
            this.authors = List.copyOf(authors);
            return this;
        }

        /** The page language (BCP 47). */
        public Builder language(String language) {
            this.language = Objects.requireNonNull(language, "language");
            return this;
        }

        /**
         * Records what a metadata reader used the block at {@code index} for, as the parser does; a
         * test of a cleaner that reads {@link Page#role(TextBlock)} sets roles with it.
         */
        public Builder role(int index, Role role) {
            Objects.checkIndex(index, blocks.size());
            roles.put(index, Objects.requireNonNull(role, "role"));
            return this;
        }

        /** The page. */
        public Page build() {
            return new Page(this);
        }
    }
}
