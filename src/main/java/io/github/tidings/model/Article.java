package io.github.tidings.model;

import io.github.tidings.internal.words.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A parsed news article: its metadata, its body as ordered typed {@link Block}s, and the
 * {@link Removal}s that record what the parser dropped and why.
 *
 * <p>Immutable and thread-safe; equality is by value over every field. New fields may be added in
 * later versions, so instances are made with {@link #builder()}, never a constructor. Absent values
 * are {@link Optional#empty()} or empty lists, never {@code null}.
 */
public final class Article {
    private final @Nullable String title;
    private final @Nullable Published published;
    private final List<String> authors;
    private final @Nullable String siteName;
    private final @Nullable String language;
    private final @Nullable String url;
    private final @Nullable String section;
    private final List<Block> blocks;
    private final List<Removal> removed;

    private Article(Builder b) {
        this.title = b.title;
        this.published = b.published;
        this.authors = List.copyOf(b.authors);
        this.siteName = b.siteName;
        this.language = b.language;
        this.url = b.url;
        this.section = b.section;
        this.blocks = List.copyOf(b.blocks);
        this.removed = List.copyOf(b.removed);
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this article's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.title = title;
        b.published = published;
        b.authors.addAll(authors);
        b.siteName = siteName;
        b.language = language;
        b.url = url;
        b.section = section;
        b.blocks.addAll(blocks);
        b.removed.addAll(removed);
        return b;
    }

    /** The headline. */
    public Optional<String> title() {
        return Optional.ofNullable(title);
    }

    /** When the article was published, to the precision the source stated. */
    public Optional<Published> published() {
        return Optional.ofNullable(published);
    }

    /** The authors' names in byline order; unmodifiable, possibly empty. */
    public List<String> authors() {
        return authors;
    }

    /** The publication's name as readers know it, e.g. {@code Milli Gazete}. */
    public Optional<String> siteName() {
        return Optional.ofNullable(siteName);
    }

    /** The body's language as a BCP 47 tag, e.g. {@code en} or {@code pt}. */
    public Optional<String> language() {
        return Optional.ofNullable(language);
    }

    /** The source URL, when it was given or found in the page. */
    public Optional<String> url() {
        return Optional.ofNullable(url);
    }

    /** The section or category, when the source names one. */
    public Optional<String> section() {
        return Optional.ofNullable(section);
    }

    /** The body in reading order; unmodifiable, empty when no article text was found. */
    public List<Block> blocks() {
        return blocks;
    }

    /** The body as plain text: the blocks' texts joined by a blank line. */
    public String text() {
        return blocks.stream().map(Block::text).collect(Collectors.joining("\n\n"));
    }

    /**
     * The number of words in the body. Runs of letters and digits count as words; in scripts
     * written without spaces (Chinese, Japanese) each character counts as one.
     */
    public int wordCount() {
        int n = 0;
        for (Block b : blocks) {
            n += Words.count(b.text());
        }
        return n;
    }

    /**
     * What the parser dropped, in input order, each with the component's name and a reason. A
     * cleaner or site rule that kept a block against a removal adds the block with a reason
     * starting {@code "kept: "} (the block is in the body), and one that set a metadata field adds
     * the new value with a reason naming the field ({@code "site name set: ..."}), after the drops.
     */
    public List<Removal> removed() {
        return removed;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Article a && Objects.equals(a.title, title) && Objects.equals(a.published, published)
                && a.authors.equals(authors) && Objects.equals(a.siteName, siteName)
                && Objects.equals(a.language, language) && Objects.equals(a.url, url)
                && Objects.equals(a.section, section) && a.blocks.equals(blocks) && a.removed.equals(removed);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, published, authors, siteName, language, url, section, blocks, removed);
    }

    /** A short readable summary: the metadata, and the body's size rather than its full text. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Article{");
        sb.append("title=").append(title);
        sb.append(", published=").append(published);
        sb.append(", authors=").append(authors);
        sb.append(", siteName=").append(siteName);
        sb.append(", language=").append(language);
        if (url != null) {
            sb.append(", url=").append(url);
        }
        if (section != null) {
            sb.append(", section=").append(section);
        }
        sb.append(", blocks=").append(blocks.size());
        sb.append(", words=").append(wordCount());
        sb.append(", removed=").append(removed.size());
        return sb.append('}').toString();
    }

    /** Builds an {@link Article}. Not thread-safe; the built article is. */
    public static final class Builder {
        private @Nullable String title;
        private @Nullable Published published;
        private final List<String> authors = new ArrayList<>();
        private @Nullable String siteName;
        private @Nullable String language;
        private @Nullable String url;
        private @Nullable String section;
        private final List<Block> blocks = new ArrayList<>();
        private final List<Removal> removed = new ArrayList<>();

        private Builder() {
        }

        /** Sets the headline. */
        public Builder title(String title) {
            this.title = Objects.requireNonNull(title, "title");
            return this;
        }

        /** Sets the publication date. */
        public Builder published(Published published) {
            this.published = Objects.requireNonNull(published, "published");
            return this;
        }

        /** Replaces the authors. */
        public Builder authors(List<String> authors) {
            this.authors.clear();
            authors.forEach(this::addAuthor);
            return this;
        }

        /** Appends one author. */
        public Builder addAuthor(String author) {
            this.authors.add(Objects.requireNonNull(author, "author"));
            return this;
        }

        /** Sets the site name. */
        public Builder siteName(String siteName) {
            this.siteName = Objects.requireNonNull(siteName, "siteName");
            return this;
        }

        /** Sets the language as a BCP 47 tag. */
        public Builder language(String languageTag) {
            this.language = Objects.requireNonNull(languageTag, "languageTag");
            return this;
        }

        /** Sets the source URL. */
        public Builder url(String url) {
            this.url = Objects.requireNonNull(url, "url");
            return this;
        }

        /** Sets the section. */
        public Builder section(String section) {
            this.section = Objects.requireNonNull(section, "section");
            return this;
        }

        /** Replaces the body blocks. */
        public Builder blocks(List<Block> blocks) {
            this.blocks.clear();
            blocks.forEach(this::addBlock);
            return this;
        }

        /** Appends one body block. */
        public Builder addBlock(Block block) {
            this.blocks.add(Objects.requireNonNull(block, "block"));
            return this;
        }

        /** Replaces the removal records. */
        public Builder removed(List<Removal> removed) {
            this.removed.clear();
            removed.forEach(this::addRemoved);
            return this;
        }

        /** Appends one removal record. */
        public Builder addRemoved(Removal removal) {
            this.removed.add(Objects.requireNonNull(removal, "removal"));
            return this;
        }

        /** The article; the builder's lists are copied. */
        public Article build() {
            return new Article(this);
        }
    }
}
