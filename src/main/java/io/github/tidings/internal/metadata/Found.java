package io.github.tidings.internal.metadata;

import io.github.tidings.model.Article;
import io.github.tidings.model.Provenance;
import io.github.tidings.model.Published;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What one metadata reader found in one input: title, date, authors, site name, language, URL and
 * section, each possibly absent, plus which blocks held the title, date and byline so that cleaners
 * can drop them. Mutable working state of one parse. Internal: not part of the API.
 */
public final class Found {
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
    private @Nullable String publisher;
    private @Nullable Boolean accessibleForFree;
    /** Every candidate value seen per field, in order of preference, with its source. */
    private final java.util.Map<String, List<Provenance.Candidate>> candidates = new java.util.LinkedHashMap<>();
    private boolean titleVisible;
    private boolean noTitleLine;
    private boolean authorsLabelled;
    private boolean authorsShown;
    private boolean metadataStated;
    private final List<Integer> titleBlocks = new ArrayList<>();
    private final List<Integer> dateBlocks = new ArrayList<>();
    private final List<Integer> bylineBlocks = new ArrayList<>();

    public Optional<String> title() {
        return Optional.ofNullable(title);
    }

    public Found title(String v) {
        title = v;
        return this;
    }

    public Optional<Published> published() {
        return Optional.ofNullable(published);
    }

    public Found published(@Nullable Published v) {
        published = v;
        return this;
    }

    public List<String> authors() {
        return authors;
    }

    public Optional<String> siteName() {
        return Optional.ofNullable(siteName);
    }

    public Found siteName(String v) {
        siteName = v;
        return this;
    }

    public Optional<String> language() {
        return Optional.ofNullable(language);
    }

    public Found language(String v) {
        language = v;
        return this;
    }

    public Optional<String> url() {
        return Optional.ofNullable(url);
    }

    public Found url(String v) {
        url = v;
        return this;
    }

    public Optional<String> section() {
        return Optional.ofNullable(section);
    }

    public Found section(String v) {
        section = v;
        return this;
    }

    /** Whether the title was read from a visible headline (not only from the page's {@code <title>}). */
    /** Records a candidate value of a field and where it came from; blank values are left out. */
    public Found candidate(String field, @Nullable String value, String source) {
        if (value != null && !value.isBlank()) {
            List<Provenance.Candidate> l = candidates.computeIfAbsent(field, k -> new ArrayList<>());
            if (l.size() < 20) { // bounded: a page may repeat a meta thousands of times
                l.add(Provenance.Candidate.of(value.strip(), source));
            }
        }
        return this;
    }

    /**
     * Records a candidate that a later rule chose over those seen before it: it goes first, where
     * the provenance looks for the chosen value's source.
     */
    public Found chosenCandidate(String field, String value, String source) {
        if (!value.isBlank()) {
            candidates.computeIfAbsent(field, k -> new ArrayList<>()).add(0, Provenance.Candidate.of(value.strip(), source));
        }
        return this;
    }

    /** The candidates of a field, in the order seen. */
    public List<Provenance.Candidate> candidates(String field) {
        return candidates.getOrDefault(field, List.of());
    }

    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    public Found description(String v) {
        description = v;
        return this;
    }

    public Optional<Published> modified() {
        return Optional.ofNullable(modified);
    }

    public Found modified(Published v) {
        modified = v;
        return this;
    }

    public List<String> tags() {
        return tags;
    }

    /** The categories the markup names (article sections, breadcrumb steps), each once, in order; mutable. */
    public List<String> categories() {
        return categories;
    }

    public Optional<String> leadImage() {
        return Optional.ofNullable(leadImage);
    }

    public Found leadImage(String v) {
        leadImage = v;
        return this;
    }

    public Optional<String> canonicalUrl() {
        return Optional.ofNullable(canonicalUrl);
    }

    public Found canonicalUrl(String v) {
        canonicalUrl = v;
        return this;
    }

    public Optional<String> publisher() {
        return Optional.ofNullable(publisher);
    }

    public Found publisher(String v) {
        publisher = v;
        return this;
    }

    public Optional<Boolean> accessibleForFree() {
        return Optional.ofNullable(accessibleForFree);
    }

    public Found accessibleForFree(boolean v) {
        accessibleForFree = v;
        return this;
    }

    public boolean titleVisible() {
        return titleVisible;
    }

    public Found titleVisible(boolean v) {
        titleVisible = v;
        return this;
    }

    /**
     * Whether the input is known not to begin with the page's {@code <title>}: a page rendered as
     * text by a browser-like tool (laid out at a fixed width, or with its prose indented) shows
     * the page's body only.
     */
    public boolean noTitleLine() {
        return noTitleLine;
    }

    public Found noTitleLine(boolean v) {
        noTitleLine = v;
        return this;
    }

    /**
     * Whether the input states its metadata apart from its body (a Markdown document's front
     * matter): the body is then the document's text, with no date line or byline of the page in it.
     */
    public boolean metadataStated() {
        return metadataStated;
    }

    public Found metadataStated(boolean v) {
        metadataStated = v;
        return this;
    }

    /** Whether the authors were read from a labelled byline ({@code By X}), the strongest evidence. */
    public boolean authorsLabelled() {
        return authorsLabelled;
    }

    public Found authorsLabelled(boolean v) {
        authorsLabelled = v;
        return this;
    }

    /**
     * Whether the markup's authors are names of two words or more that its metadata states (not a
     * byline it marks) and that the page also shows (HTML only).
     */
    public boolean authorsShown() {
        return authorsShown;
    }

    public Found authorsShown(boolean v) {
        authorsShown = v;
        return this;
    }

    /** Indexes of blocks that repeat the title. */
    public List<Integer> titleBlocks() {
        return titleBlocks;
    }

    /** Indexes of blocks that stated the date. */
    public List<Integer> dateBlocks() {
        return dateBlocks;
    }

    /** Indexes of blocks that named the authors. */
    public List<Integer> bylineBlocks() {
        return bylineBlocks;
    }

    /** The same values with block indexes moved by {@code delta}; indexes that fall below 0 are dropped. */
    Found shiftBlocks(int delta) {
        Found f = new Found();
        f.title = title;
        f.published = published;
        f.authors.addAll(authors);
        f.siteName = siteName;
        f.language = language;
        f.url = url;
        f.section = section;
        f.titleVisible = titleVisible;
        f.noTitleLine = noTitleLine;
        f.description = description;
        f.modified = modified;
        f.tags.addAll(tags);
        f.categories.addAll(categories);
        f.leadImage = leadImage;
        f.canonicalUrl = canonicalUrl;
        f.publisher = publisher;
        f.accessibleForFree = accessibleForFree;
        candidates.forEach((k, v) -> f.candidates.put(k, new ArrayList<>(v)));
        f.authorsLabelled = authorsLabelled;
        f.authorsShown = authorsShown;
        f.metadataStated = metadataStated;
        shift(titleBlocks, f.titleBlocks, delta);
        shift(dateBlocks, f.dateBlocks, delta);
        shift(bylineBlocks, f.bylineBlocks, delta);
        return f;
    }

    private static void shift(List<Integer> from, List<Integer> to, int delta) {
        for (int i : from) {
            if (i + delta >= 0) {
                to.add(i + delta);
            }
        }
    }

    /** Copies the found values into an article builder. */
    public void applyTo(Article.Builder b) {
        title().ifPresent(b::title);
        published().ifPresent(b::published);
        b.authors(authors);
        siteName().ifPresent(b::siteName);
        language().ifPresent(b::language);
        url().ifPresent(b::url);
        section().ifPresent(b::section);
    }
}
