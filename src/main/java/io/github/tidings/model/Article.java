package io.github.tidings.model;

import io.github.tidings.internal.words.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
    private final @Nullable String description;
    private final @Nullable Published modified;
    private final List<String> tags;
    private final List<String> categories;
    private final @Nullable String leadImage;
    private final @Nullable String canonicalUrl;
    private final @Nullable String declaredLanguage;
    private final @Nullable String publisher;
    private final @Nullable Boolean accessibleForFree;
    private final BlockList blocks;
    private final List<Removal> removed;
    private final List<Provenance> provenance;

    private Article(Builder b) {
        this.description = b.description;
        this.modified = b.modified;
        this.tags = List.copyOf(b.tags);
        this.categories = List.copyOf(b.categories);
        this.leadImage = b.leadImage;
        this.canonicalUrl = b.canonicalUrl;
        this.declaredLanguage = b.declaredLanguage;
        this.publisher = b.publisher;
        this.accessibleForFree = b.accessibleForFree;
        this.provenance = List.copyOf(b.provenance);
        this.title = b.title;
        this.published = b.published;
        this.authors = List.copyOf(b.authors);
        this.siteName = b.siteName;
        this.language = b.language;
        this.url = b.url;
        this.section = b.section;
        this.blocks = b.blocks.copy(); // compact: see BlockList
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
        b.description = description;
        b.modified = modified;
        b.tags.addAll(tags);
        b.categories.addAll(categories);
        b.leadImage = leadImage;
        b.canonicalUrl = canonicalUrl;
        b.declaredLanguage = declaredLanguage;
        b.publisher = publisher;
        b.accessibleForFree = accessibleForFree;
        b.blocks.appendAll(blocks);
        b.removed.addAll(removed);
        b.provenance.addAll(provenance);
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

    /**
     * Every section or category the page names, each once, in order: JSON-LD {@code articleSection}
     * (a string or a list), each {@code article:section} meta, and the steps of a breadcrumb
     * (schema.org {@code BreadcrumbList} in JSON-LD or markup, or an element named a breadcrumb),
     * without its link to the home page or its step for the article itself; from a text dump, the
     * steps of a breadcrumb line above the headline ({@code Home > Politik > Inland}, and right above
     * it {@code News | Politics}), without the home step, where its shape and words tell it from a
     * menu, a byline, a credit or a date; else the {@link #section()} alone.
     * Unmodifiable, possibly empty.
     */
    public List<String> categories() {
        return categories;
    }

    /** A summary the page gives of itself: its description meta, {@code og:description} or JSON-LD {@code description}. */
    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    /**
     * When the article was last changed, as the page states it ({@code dateModified},
     * {@code article:modified_time}, ...). Read only from statements of a change, never from the
     * publication date's sources: an article without one has none.
     */
    public Optional<Published> modified() {
        return Optional.ofNullable(modified);
    }

    /** The tags or keywords the page gives (JSON-LD {@code keywords}, {@code article:tag}, {@code news_keywords}, {@code keywords}); unmodifiable, possibly empty. */
    public List<String> tags() {
        return tags;
    }

    /** The article's lead image as an absolute {@code http(s)} URL ({@code og:image}, JSON-LD {@code image}, {@code twitter:image}). */
    public Optional<String> leadImage() {
        return Optional.ofNullable(leadImage);
    }

    /** The page's canonical URL ({@code <link rel=canonical>}, else {@code og:url}), absolute {@code http(s)}. */
    public Optional<String> canonicalUrl() {
        return Optional.ofNullable(canonicalUrl);
    }

    /**
     * The language the page's markup declares ({@code <html lang>}, {@code content-language}, JSON-LD
     * {@code inLanguage}) as its primary BCP 47 subtag, whether or not it agrees with the text;
     * {@link #language()} is the language the parser settled on.
     */
    public Optional<String> declaredLanguage() {
        return Optional.ofNullable(declaredLanguage);
    }

    /**
     * The organisation that published the article, as the JSON-LD article's {@code publisher} names
     * it; {@link #siteName()} is the name of the site, which often but not always is the same.
     */
    public Optional<String> publisher() {
        return Optional.ofNullable(publisher);
    }

    /**
     * Whether the article can be read without paying, when the page says: {@code false} for a
     * JSON-LD {@code isAccessibleForFree: false}, the {@code article:content_tier} meta {@code locked},
     * paywall markup (an element whose class or id names a paywall, a registration wall or
     * subscriber-only content, or a {@code data-paywall...} attribute), or a body cut short by an
     * invitation to subscribe or log in (removed, with the reason in {@link #removed()});
     * {@code true} for {@code isAccessibleForFree: true} or the content tier {@code free}; empty when
     * the page says nothing.
     * A teaser cut short by a paywall has only the teaser in {@link #blocks()}.
     */
    public Optional<Boolean> accessibleForFree() {
        return Optional.ofNullable(accessibleForFree);
    }

    /**
     * Where each metadata value came from and which candidates were not taken, one record per field
     * that has a value, in the order of this class's accessors; unmodifiable, possibly empty. See
     * {@link Provenance} for the field and source names.
     */
    public List<Provenance> provenance() {
        return provenance;
    }

    /** The provenance of one field, by its name as in {@link Provenance}. */
    public Optional<Provenance> provenance(String field) {
        Objects.requireNonNull(field, "field");
        return provenance.stream().filter(p -> p.field().equals(field)).findFirst();
    }

    /**
     * The article as Markdown (CommonMark with GitHub tables): its metadata as YAML front matter
     * ({@code title}, {@code authors}, {@code published}, {@code modified}, {@code site}, {@code
     * language}, {@code url}, {@code canonical}, {@code description}, {@code section}, {@code
     * categories}, {@code tags}, {@code image}: the fields it has, as double-quoted strings or lists
     * of them; none when it has none), the title as a level-1 heading, then
     * the blocks: headings with their level, lists with their nesting and numbering, quotes, fenced
     * code, tables, images with their alternative text and caption (the credit in parentheses after
     * it, {@code "Caption (Photo: X)"}, the caption's own parentheses escaped), kept captions in
     * emphasis on the line under their image (in its paragraph, so that a caption of any length
     * reads back as one), and links. A list item whose parent item is not in the article is
     * written one level below the nearest item above it, at depth 1 if none, so that it is never
     * indented as code. Only {@code http(s)} links and images are written; characters Markdown
     * would read as markup are escaped, so that tidings' own Markdown reader gives back the same
     * body text, figures and list nesting, and the metadata written. A kept caption with no figure
     * above it is written as a paragraph in italics (Markdown has no caption without an image) and
     * reads back as a paragraph.
     */
    public String toMarkdown() {
        return Render.markdown(this);
    }

    /**
     * The article as a minimal, safe HTML fragment: an {@code article} element holding an {@code h1}
     * title and the blocks as {@code p}, {@code h2}-{@code h6}, {@code ul}/{@code ol}, {@code
     * blockquote}, {@code pre}, {@code table} and {@code figure} elements. Text is escaped; there
     * are no scripts, styles or event attributes, and links and images are {@code http(s)} only.
     */
    public String toHtml() {
        return Render.html(this);
    }

    /**
     * The body in reading order; unmodifiable, empty when no article text was found. Blocks are
     * values: compare them with {@code equals}. The list stores a block without structure as its
     * type and text and makes an equal {@link Block} each time it is read, so two reads of one
     * index give equal blocks, not always the same object.
     */
    public List<Block> blocks() {
        return blocks;
    }

    /** The body as plain text: the blocks' texts joined by a blank line (figures, whose text is empty, left out). */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < blocks.size(); i++) {
            String t = blocks.text(i); // without making the block
            if (!t.isEmpty()) {
                sb.append(sb.isEmpty() ? "" : "\n\n").append(t);
            }
        }
        return sb.toString();
    }

    /**
     * The number of words in the body. Runs of letters and digits count as words; in scripts
     * written without spaces (Chinese, Japanese) each character counts as one.
     */
    public int wordCount() {
        int n = 0;
        for (int i = 0; i < blocks.size(); i++) {
            n += Words.count(blocks.text(i));
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
                && Objects.equals(a.section, section) && a.blocks.equals(blocks) && a.removed.equals(removed)
                && Objects.equals(a.description, description) && Objects.equals(a.modified, modified)
                && a.tags.equals(tags) && a.categories.equals(categories) && Objects.equals(a.leadImage, leadImage)
                && Objects.equals(a.canonicalUrl, canonicalUrl) && Objects.equals(a.declaredLanguage, declaredLanguage)
                && Objects.equals(a.publisher, publisher) && Objects.equals(a.accessibleForFree, accessibleForFree)
                && a.provenance.equals(provenance);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, published, authors, siteName, language, url, section, blocks, removed, description,
                modified, tags, categories, leadImage, canonicalUrl, declaredLanguage, publisher, accessibleForFree, provenance);
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
        private @Nullable String description;
        private @Nullable Published modified;
        private final List<String> tags = new ArrayList<>();
        private final List<String> categories = new ArrayList<>();
        private @Nullable String leadImage;
        private @Nullable String canonicalUrl;
        private @Nullable String declaredLanguage;
        private @Nullable String publisher;
        private @Nullable Boolean accessibleForFree;
        private final BlockList blocks = new BlockList();
        private final List<Removal> removed = new ArrayList<>();
        private final List<Provenance> provenance = new ArrayList<>();

        private Builder() {
        }

        /** Sets the description. */
        public Builder description(String description) {
            this.description = Objects.requireNonNull(description, "description");
            return this;
        }

        /** Sets the date of the last change. */
        public Builder modified(Published modified) {
            this.modified = Objects.requireNonNull(modified, "modified");
            return this;
        }

        /** Replaces the categories. */
        public Builder categories(List<String> categories) {
            this.categories.clear();
            categories.forEach(c -> this.categories.add(Objects.requireNonNull(c, "category")));
            return this;
        }

        /** Replaces the tags. */
        public Builder tags(List<String> tags) {
            this.tags.clear();
            tags.forEach(t -> this.tags.add(Objects.requireNonNull(t, "tag")));
            return this;
        }

        /**
         * Sets the lead image's URL.
         *
         * @throws IllegalArgumentException if it is not an absolute {@code http(s)} URL
         */
        public Builder leadImage(String url) {
            this.leadImage = webUrl(url, "leadImage");
            return this;
        }

        /**
         * Sets the canonical URL.
         *
         * @throws IllegalArgumentException if it is not an absolute {@code http(s)} URL
         */
        public Builder canonicalUrl(String url) {
            this.canonicalUrl = webUrl(url, "canonicalUrl");
            return this;
        }

        /** Sets the language the markup declares, as a BCP 47 tag. */
        public Builder declaredLanguage(String languageTag) {
            this.declaredLanguage = Objects.requireNonNull(languageTag, "languageTag");
            return this;
        }

        /** Sets the publisher's name. */
        public Builder publisher(String publisher) {
            this.publisher = Objects.requireNonNull(publisher, "publisher");
            return this;
        }

        /** Sets whether the article is free to read. */
        public Builder accessibleForFree(boolean free) {
            this.accessibleForFree = free;
            return this;
        }

        /** Sets the provenance of one field, replacing what an earlier call said of the same field. */
        public Builder addProvenance(Provenance p) {
            Objects.requireNonNull(p, "provenance");
            this.provenance.removeIf(old -> old.field().equals(p.field()));
            this.provenance.add(p);
            return this;
        }

        /** Replaces the provenance records. */
        public Builder provenance(List<Provenance> provenance) {
            this.provenance.clear();
            provenance.forEach(this::addProvenance);
            return this;
        }

        private static String webUrl(String url, String what) {
            Objects.requireNonNull(url, what);
            if (!Block.isWebUrl(url)) {
                throw new IllegalArgumentException(what + " must be an absolute http(s) URL: " + url);
            }
            return url;
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
            this.blocks.reset();
            this.blocks.appendAll(blocks);
            return this;
        }

        /** Appends one body block. */
        public Builder addBlock(Block block) {
            this.blocks.append(block);
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
