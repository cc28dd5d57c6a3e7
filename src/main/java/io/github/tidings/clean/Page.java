package io.github.tidings.clean;

import io.github.tidings.model.Hints;
import io.github.tidings.model.Published;
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
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The working state of one parse, as cleaners see it: the input's blocks in order, what the
 * metadata readers found (title, language, which blocks held the date or byline), and which blocks
 * are removed so far and why.
 *
 * <p>A page lives for one parse and belongs to one thread; it is not thread-safe. A cleaner can
 * make three kinds of change, each recorded with the name of the cleaner that made it and reported
 * in {@link #removals()} (and so in {@code Article.removed()} and the CLI's {@code --explain}):
 * <ul>
 * <li><b>remove</b> a block ({@link #remove(TextBlock, String)});</li>
 * <li><b>keep</b> a block ({@link #keep(TextBlock, String)}): it is put back if removed, and no
 * later removal takes it out again. A keep always wins over a removal, whichever came first. Only
 * a keep that overruled a removal is reported (as a rescue); the first keep of a block stands.</li>
 * <li><b>set</b> a metadata field ({@link #setTitle}, {@link #setPublished}, {@link #setAuthors},
 * {@link #setSiteName}), overriding what the metadata readers found. The last cleaner to set a
 * field wins; cleaners run in the order {@code ArticleParser} documents (built-in, added,
 * discovered, site rules, content finder), so a site rule overrides a cleaner.</li>
 * </ul>
 * Text is never edited. Users can build pages with {@link #builder()} to unit-test their own
 * cleaners with {@link #apply(Cleaner)}.
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

    /** A metadata field a cleaner can set ({@link #setBy(Field)}). */
    public enum Field {
        /** {@link #title()}. */
        TITLE,
        /** {@link #published()}. */
        PUBLISHED,
        /** {@link #authors()}. */
        AUTHORS,
        /** {@link #siteName()}. */
        SITE_NAME
    }

    private final List<TextBlock> blocks;
    private final Hints hints;
    private @Nullable String title;
    private final @Nullable String language;
    private List<String> authors;
    private @Nullable Published published;
    private @Nullable String siteName;
    /**
     * The indices of the blocks a metadata reader used, ascending, and what for ({@link #roleOf}):
     * a few blocks of a page have a role, so they are looked up by binary search rather than kept
     * in an array by block index (4 bytes a line of a page of many short lines); no boxed map, as
     * roles are looked up for every block.
     */
    private final int[] roleBlocks;
    private final Role[] roleOf;
    /**
     * Who removed each block and why, by block index; null for a kept block. One array of pairs
     * that the page makes once for each distinct pair ({@link #removal}), rather than an array of
     * names and one of reasons: a page of many short lines has the same few pairs all over, and
     * each array was 4 bytes a line.
     */
    private final @Nullable Removed[] removed;
    /** Each distinct pair of {@link #removed}, once. */
    private final Map<Removed, Removed> distinct = new HashMap<>();
    /** Keeps, by block index; made on the first keep, as most parses keep nothing. */
    private @Nullable Keep @Nullable [] keeps;
    /** By block index; null for a page without elements (text input), an array less per line. */
    private final @Nullable Element @Nullable [] elements;
    private final @Nullable Document document;
    private final Map<Field, String> setBy = new java.util.EnumMap<>(Field.class);
    private final List<Removal> settings = new ArrayList<>();
    private String current = "unknown";

    /** Who removed a block and why. */
    private record Removed(String by, String reason) {
    }

    /** The pair, made once per page. */
    private Removed removal(String by, String reason) {
        return distinct.computeIfAbsent(new Removed(by, reason), r -> r);
    }

    /** A keep of one block: who kept it and why, and the first removal it overruled. */
    private static final class Keep {
        final String by;
        final String reason;
        @Nullable String overruledBy;
        @Nullable String overruledReason;

        Keep(String by, String reason) {
            this.by = by;
            this.reason = reason;
        }

        void overrule(@Nullable String by, @Nullable String reason) {
            if (overruledBy == null && by != null) {
                overruledBy = by;
                overruledReason = reason;
            }
        }
    }

    private Page(Builder b) {
        this.blocks = Collections.unmodifiableList(new ArrayList<>(b.blocks));
        this.hints = b.hints;
        this.title = b.title;
        this.language = b.language;
        this.authors = b.authors;
        this.published = b.published;
        this.siteName = b.siteName;
        java.util.TreeMap<Integer, Role> roles = new java.util.TreeMap<>(b.roles);
        this.roleBlocks = roles.keySet().stream().mapToInt(Integer::intValue).toArray();
        this.roleOf = roles.values().toArray(new Role[0]);
        this.removed = new Removed[b.blocks.size()];
        for (int i = 0; i < removed.length; i++) {
            String by = b.removedBy.get(i);
            removed[i] = by == null ? null : removal(by, Objects.requireNonNull(b.reasons.get(i), "reason"));
        }
        if (b.elements.isEmpty()) {
            this.elements = null;
        } else {
            @Nullable Element[] e = new Element[b.blocks.size()];
            b.elements.forEach((i, el) -> e[i] = el);
            this.elements = e;
        }
        this.document = b.document;
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
            if (removed[b.index()] == null) {
                out.add(b);
            }
        }
        return out;
    }

    /** Whether the block has been removed. */
    public boolean isRemoved(TextBlock block) {
        return removed[check(block).index()] != null;
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
        if (keeps != null && keeps[i] != null) {
            keeps[i].overrule(current, reason); // a kept block stays; the rescue is reported
            return;
        }
        if (removed[i] == null) {
            removed[i] = removal(current, reason);
        }
    }

    /**
     * Keeps the block, recording the running cleaner's name and the reason: a removed block is put
     * back, and later removals of it change nothing. The first keep of a block stands. A keep is
     * reported in {@link #removals()} only when it overruled a removal (a rescue), with the
     * component and reason it overruled.
     *
     * @throws IllegalArgumentException if the block is not one of this page's
     */
    public void keep(TextBlock block, String reason) {
        Objects.requireNonNull(reason, "reason");
        int i = check(block).index();
        if (keeps == null) {
            keeps = new Keep[blocks.size()];
        }
        if (keeps[i] != null) {
            return;
        }
        Keep k = new Keep(current, reason);
        Removed was = removed[i];
        if (was != null) {
            k.overrule(was.by(), was.reason());
        }
        keeps[i] = k;
        removed[i] = null;
    }

    /** Name of the component that kept the block with {@link #keep(TextBlock, String)}, if one did. */
    public Optional<String> keptBy(TextBlock block) {
        int i = check(block).index();
        return keeps == null || keeps[i] == null ? Optional.empty() : Optional.of(keeps[i].by);
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

    /** The title the metadata readers found, or the one a cleaner set ({@link #setTitle}). */
    public Optional<String> title() {
        return Optional.ofNullable(title);
    }

    /** The article's authors as the metadata readers found them, or as a cleaner set them; may be empty. */
    public List<String> authors() {
        return authors;
    }

    /** The publication date the metadata readers found, or the one a cleaner set ({@link #setPublished}). */
    public Optional<Published> published() {
        return Optional.ofNullable(published);
    }

    /** The site's name as the metadata readers found it, or as a cleaner set it ({@link #setSiteName}). */
    public Optional<String> siteName() {
        return Optional.ofNullable(siteName);
    }

    /**
     * Sets the article's title, overriding what the metadata readers found; recorded in {@link
     * #removals()} with the running cleaner's name. The last cleaner to set a field wins.
     *
     * @throws IllegalArgumentException if the title is blank
     */
    public void setTitle(String title, String reason) {
        String t = nonBlank(title, "title");
        record(Field.TITLE, t, this.title, reason);
        this.title = t;
    }

    /** Sets the publication date, overriding what the metadata readers found; recorded as {@link #setTitle} is. */
    public void setPublished(Published published, String reason) {
        Objects.requireNonNull(published, "published");
        record(Field.PUBLISHED, published.toString(), this.published == null ? null : this.published.toString(),
                reason);
        this.published = published;
    }

    /**
     * Sets the authors, overriding what the metadata readers found; recorded as {@link #setTitle}
     * is. An empty list states that the article names no author.
     *
     * @throws IllegalArgumentException if a name is blank
     */
    public void setAuthors(List<String> authors, String reason) {
        List<String> a = List.copyOf(authors);
        a.forEach(n -> nonBlank(n, "author"));
        record(Field.AUTHORS, String.join(", ", a), this.authors.isEmpty() ? null : String.join(", ", this.authors),
                reason);
        this.authors = a;
    }

    /**
     * Sets the site's name, overriding what the metadata readers found; recorded as {@link
     * #setTitle} is.
     *
     * @throws IllegalArgumentException if the name is blank
     */
    public void setSiteName(String siteName, String reason) {
        String s = nonBlank(siteName, "site name");
        record(Field.SITE_NAME, s, this.siteName, reason);
        this.siteName = s;
    }

    /** Name of the cleaner that last set the field, if one did. */
    public Optional<String> setBy(Field field) {
        return Optional.ofNullable(setBy.get(Objects.requireNonNull(field, "field")));
    }

    private void record(Field field, String value, @Nullable String was, String reason) {
        Objects.requireNonNull(reason, "reason");
        setBy.put(field, current);
        String what = field.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        settings.add(Removal.of(value, current, what + " set: " + reason
                + (was == null ? "" : " (replacing \"" + was + "\")")));
    }

    private static String nonBlank(String s, String what) {
        Objects.requireNonNull(s, what);
        if (s.isBlank()) {
            throw new IllegalArgumentException("blank " + what);
        }
        return s.strip();
    }

    /**
     * The HTML document the page was read from, for HTML input, for cleaners to query with CSS
     * selectors. Do not modify it: it is the caller's ({@code ArticleParser#parse(Document)}
     * promises to leave it as it was).
     */
    public Optional<Document> document() {
        return Optional.ofNullable(document);
    }

    /**
     * The HTML element the block was read from, for HTML input: a cleaner can test it against a
     * CSS selector ({@link Element#is(String)}) or read its ancestors. Do not modify it.
     */
    public Optional<Element> element(TextBlock block) {
        int i = check(block).index();
        return elements == null ? Optional.empty() : Optional.ofNullable(elements[i]);
    }

    /** The page's language as a BCP 47 primary tag, as hinted or detected before cleaning. */
    public Optional<String> language() {
        return Optional.ofNullable(language);
    }

    /** What a metadata reader used the block for, if anything. */
    public Optional<Role> role(TextBlock block) {
        return Optional.ofNullable(roleAt(check(block).index()));
    }

    private @Nullable Role roleAt(int index) {
        int k = Arrays.binarySearch(roleBlocks, index);
        return k < 0 ? null : roleOf[k];
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
            boolean isKept = removed[i] == null;
            if (i > 0 && roleAt(i) == Role.TITLE) {
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
        if (!BuiltInCleaners.all().contains(cleaner)) {
            // Only the built-in cleaners, which run first, read the normalised text blocks keep (it
            // is package-private). Past them it would only hold memory (for a page of many short
            // lines, a string per line) through the cleaners and the content finder that follow; a
            // built-in run after these makes it again.
            for (TextBlock b : blocks) {
                b.dropPhraseText();
            }
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

    /**
     * What has been changed so far: removed blocks and rescued blocks (kept although a component
     * removed them, the reason starting {@code "kept: "}) in input order, then the metadata fields
     * set, in the order set (the text is the new value, the reason names the field).
     */
    public List<Removal> removals() {
        List<Removal> out = new ArrayList<>();
        for (int i = 0; i < removed.length; i++) {
            Removed r = removed[i];
            if (r != null) {
                out.add(Removal.of(blocks.get(i).text(), r.by(), r.reason()));
            } else if (keeps != null && keeps[i] != null && keeps[i].overruledBy != null) {
                Keep k = keeps[i];
                out.add(Removal.of(blocks.get(i).text(), k.by, "kept: " + k.reason + " (overruling "
                        + k.overruledBy + ": " + k.overruledReason + ")"));
            }
        }
        out.addAll(settings);
        return out;
    }

    /** Why the block was removed, if it was removed (the reason its remover gave). */
    public Optional<String> removalReason(TextBlock block) {
        Removed r = removed[check(block).index()];
        return r == null ? Optional.empty() : Optional.of(r.reason());
    }

    /** Name of the component that removed the block, if it was removed. */
    public Optional<String> removedBy(TextBlock block) {
        Removed r = removed[check(block).index()];
        return r == null ? Optional.empty() : Optional.of(r.by());
    }

    @Override
    public String toString() {
        return "Page{blocks=" + blocks.size() + ", removed=" + Arrays.stream(removed).filter(Objects::nonNull).count()
                + ", title=" + title + ", language=" + language + ", hints=" + hints + "}";
    }

    /** Builds a {@link Page}. */
    public static final class Builder {
        private final List<TextBlock> blocks = new ArrayList<>();
        private final List<@Nullable String> removedBy = new ArrayList<>();
        private final List<@Nullable String> reasons = new ArrayList<>();
        private final Map<Integer, Role> roles = new HashMap<>();
        private final Map<Integer, Element> elements = new HashMap<>();
        private Hints hints = Hints.none();
        private @Nullable String title;
        private @Nullable String language;
        private List<String> authors = List.of();
        private @Nullable Published published;
        private @Nullable String siteName;
        private @Nullable Document document;

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

        /** The publication date found by metadata readers. */
        public Builder published(Published published) {
            this.published = Objects.requireNonNull(published, "published");
            return this;
        }

        /** The site name found by metadata readers. */
        public Builder siteName(String siteName) {
            this.siteName = Objects.requireNonNull(siteName, "siteName");
            return this;
        }

        /** The HTML document the blocks were read from. */
        public Builder document(Document document) {
            this.document = Objects.requireNonNull(document, "document");
            return this;
        }

        /** The HTML element the block at {@code index} was read from. */
        public Builder element(int index, Element element) {
            Objects.checkIndex(index, blocks.size());
            elements.put(index, Objects.requireNonNull(element, "element"));
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
