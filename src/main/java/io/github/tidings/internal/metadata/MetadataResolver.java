package io.github.tidings.internal.metadata;

import io.github.tidings.internal.text.LanguageDetector;
import io.github.tidings.model.Article;
import io.github.tidings.model.Hints;
import io.github.tidings.model.Provenance;
import io.github.tidings.model.Published;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides each metadata field from what the readers found, by a fixed precedence. Internal: not
 * part of the API.
 *
 * <p>"Text" is what {@link TextMetadataReader} read from the visible lines; "markup" is what the
 * HTML reader read from JSON-LD, OpenGraph and {@code <meta>} (empty for text input).
 * <ul>
 * <li><b>title</b>: the visible headline when the text shows one, since search-engine titles are
 *     often rewritten; else the markup title; else the page {@code <title>} without its site part.
 * <li><b>published</b>: the markup date, which is machine-written and carries time and offset; else
 *     the date line of the text.
 * <li><b>authors</b>: the visible byline when it is labelled ({@code By X}), unless it shares no word
 *     with the names of two words or more the markup's metadata states and the page shows too; else
 *     the markup authors
 *     (a one-word markup name gives way to the visible name it begins: {@code Todd} to {@code Todd Bates});
 *     else names the text shows next to the date.
 * <li><b>site name</b>: the markup's ({@code og:site_name}, publisher); else the site part of the
 *     title, the copyright footer, or the brand in the host.
 * <li><b>language</b>: the hinted language; else the markup language when the text's detected
 *     language agrees with it (pages often keep a template's {@code lang} attribute); else the
 *     detected language; else the markup language.
 * <li><b>url, section</b>: the markup's, else the text's.
 * <li><b>categories</b>: every category the markup names (JSON-LD {@code articleSection}, each
 *     {@code article:section} meta, a breadcrumb's steps), each once; else a text dump's breadcrumb
 *     trail's steps (without its home step); else the section alone.
 * </ul>
 */
public final class MetadataResolver {
    private MetadataResolver() {
    }

    /** The title the cleaners see, before the body is known. */
    public static Optional<String> title(Found text, Found markup) {
        if (text.titleVisible() && text.title().isPresent()) {
            // Same words in other letter case: a styled headline ("COUNCIL APPROVES BUDGET") reads
            // worse than the metadata's spelling of it.
            if (markup.title().filter(m -> m.equalsIgnoreCase(text.title().get())).isPresent()) {
                return markup.title();
            }
            // A heading that sets a kicker before the headline or a deck after it in one element
            // ("Analyse Wie Firmen ...", "Headline Welcome to ..."), which the markup reader told
            // apart (visible markup title): the markup's title, whole at its start or end, is the headline.
            if (markup.titleVisible() && markup.title().filter(m -> holdsAtAnEnd(text.title().get(), m)).isPresent()) {
                return markup.title();
            }
            return text.title();
        }
        return markup.title().or(text::title);
    }

    /**
     * Whether the heading's words begin or end with all the title's words, at least three, and
     * have more.
     */
    static boolean holdsAtAnEnd(String heading, String title) {
        String h = String.join(" ", TitleReader.tokens(heading));
        List<String> tw = TitleReader.tokens(title);
        String t = String.join(" ", tw);
        return tw.size() >= 3 && h.length() > t.length() && (h.startsWith(t + ' ') || h.endsWith(' ' + t));
    }

    /** The language by the precedence above; {@code sample} is the text detection reads. */
    public static Optional<String> language(Found markup, Hints hints, CharSequence sample) {
        if (hints.language().isPresent()) {
            return hints.language();
        }
        Optional<String> detected = LanguageDetector.detect(sample);
        Optional<String> stated = markup.language().map(MetadataResolver::primary);
        if (stated.isPresent() && detected.isPresent()) {
            return stated.get().equals(detected.get()) ? stated : detected;
        }
        return detected.or(() -> stated);
    }

    /** The authors: a labelled byline in the text, else the markup's authors, else the text's. */
    public static List<String> authors(Found text, Found markup) {
        if (text.authorsLabelled() && !text.authors().isEmpty()) {
            // The same people with a neighbour's word glued on ("Jane Doe Updated", "Jane DoeFollow",
            // "ByJane Doe"): the markup spells their names cleanly.
            if (sameNamesWithMore(text.authors(), markup.authors())) {
                return markup.authors();
            }
            // The same people cut short ("Chris" for "Chris Pokorny", "Eichhorn" for "Christoph von
            // Eichhorn"): a byline reader stopped inside the name, which the markup gives whole.
            if (sameNamesCutShort(text.authors(), markup.authors())) {
                return markup.authors();
            }
            // Other names than the markup's, which the page shows too: a label's neighbour read as
            // a byline ("Author, Article and Disclosure Information") more often than a second
            // byline, and the markup states its authors as names.
            if (markup.authorsShown() && noneShared(text.authors(), markup.authors())) {
                return markup.authors();
            }
            return text.authors();
        }
        // The markup's names cut short ("Nils" for the "Nils Pickert" the byline shows): an account's
        // display name, which the visible byline, labelled or not, gives whole.
        if (!text.authors().isEmpty() && firstNamesOf(markup.authors(), text.authors())) {
            return text.authors();
        }
        return markup.authors().isEmpty() ? text.authors() : markup.authors();
    }

    /** Whether no name of the one list shares a word with a name of the other. */
    static boolean noneShared(List<String> text, List<String> markup) {
        Set<String> words = new HashSet<>();
        for (String m : markup) {
            words.addAll(TitleReader.tokens(m));
        }
        for (String t : text) {
            for (String w : TitleReader.tokens(t)) {
                if (words.contains(w)) {
                    return false;
                }
            }
        }
        return !markup.isEmpty();
    }

    /**
     * Whether each name of the text holds the markup's name in the same place, with more letters
     * before or after it, and at least one does.
     */
    static boolean sameNamesWithMore(List<String> text, List<String> markup) {
        if (text.size() != markup.size()) {
            return false;
        }
        boolean more = false;
        for (int i = 0; i < text.size(); i++) {
            String t = text.get(i).toLowerCase(Locale.ROOT);
            String m = markup.get(i).toLowerCase(Locale.ROOT).strip();
            if (m.length() < 4 || !t.contains(m)) {
                return false;
            }
            more |= t.length() > m.length();
        }
        return more;
    }

    /**
     * Whether each name of the text is a run of whole words of the markup's name in the same
     * place, and at least one is shorter than its markup name.
     */
    static boolean sameNamesCutShort(List<String> text, List<String> markup) {
        if (text.size() != markup.size()) {
            return false;
        }
        boolean shorter = false;
        for (int i = 0; i < text.size(); i++) {
            List<String> t = TitleReader.tokens(text.get(i));
            List<String> m = TitleReader.tokens(markup.get(i));
            if (t.isEmpty() || Collections.indexOfSubList(m, t) < 0) {
                return false;
            }
            shorter |= t.size() < m.size();
        }
        return shorter;
    }

    /**
     * Whether each of the markup's names is one word that the text's name in the same place
     * begins with, followed by more words: a first name standing for the whole name. Only the
     * first word: a name that ends the text's ("Themenstarter Jdoe") has a label before it, and a
     * longer markup name with a word after it ("Ana Lima Zuletzt") a label after it.
     */
    static boolean firstNamesOf(List<String> markup, List<String> text) {
        if (markup.isEmpty() || markup.size() != text.size()) {
            return false;
        }
        for (int i = 0; i < markup.size(); i++) {
            List<String> m = TitleReader.tokens(markup.get(i));
            List<String> t = TitleReader.tokens(text.get(i));
            if (m.size() != 1 || t.size() < 2 || !t.get(0).equals(m.get(0))) {
                return false;
            }
        }
        return true;
    }

    /** The publication date: the markup's, else the text's date line. */
    public static Optional<Published> published(Found text, Found markup) {
        return markup.published().or(text::published);
    }

    /** The site name: the markup's, else what the text shows. */
    public static Optional<String> siteName(Found text, Found markup) {
        return markup.siteName().or(text::siteName);
    }

    /** Copies the resolved fields into the article builder; {@code language} as decided by {@link #language}. */
    public static void applyTo(Article.Builder ab, Found text, Found markup, Optional<String> language) {
        applyTo(ab, text, markup, language, Hints.none(), false);
    }

    /**
     * Fills the article's metadata and, for each field with a value, its {@link Provenance}: the
     * source of the chosen value and the other candidates, from the markup's records and the text
     * reader's blocks.
     *
     * @param html whether the input was HTML: then the text reader's blocks are the page's block
     *     elements, named {@code html:block N}, else lines, named {@code text:title line N}
     */
    public static void applyTo(Article.Builder ab, Found text, Found markup, Optional<String> language, Hints hints,
            boolean html) {
        String where = html ? "html:block" : null;
        Optional<String> title = title(text, markup);
        title.ifPresent(ab::title);
        title.ifPresent(t -> record(ab, "title", t, markup.candidates("title"), textSource(text.title(), t,
                text.titleBlocks(), "title", where, html ? "html:h1" : null)));
        Optional<Published> published = published(text, markup);
        published.ifPresent(ab::published);
        published.ifPresent(p -> recordDate(ab, "published", p.toString(), markup.published().isPresent(),
                markup.candidates("published"), markup.published().isPresent() ? null
                        : textSource(Optional.of(p.toString()), p.toString(), text.dateBlocks(), "date", where, null)));
        markup.modified().ifPresent(ab::modified);
        markup.modified().ifPresent(p -> recordDate(ab, "modified", p.toString(), true, markup.candidates("modified"),
                null));
        List<String> authors = authors(text, markup);
        ab.authors(authors);
        if (!authors.isEmpty()) {
            String a = String.join(", ", authors);
            record(ab, "authors", a, markup.candidates("authors"),
                    textSource(Optional.of(String.join(", ", text.authors())), a, text.bylineBlocks(), "byline", where,
                            null));
        }
        Optional<String> site = siteName(text, markup);
        site.ifPresent(ab::siteName);
        site.ifPresent(v -> record(ab, "siteName", v, markup.candidates("siteName"),
                markup.siteName().isPresent() ? "html:<title> segment" : "text:site"));
        markup.publisher().ifPresent(ab::publisher);
        markup.publisher().ifPresent(v -> record(ab, "publisher", v, markup.candidates("publisher"), null));
        language.ifPresent(ab::language);
        language.ifPresent(l -> record(ab, "language", l, markup.candidates("declaredLanguage"),
                hints.language().isPresent() ? "hint:language" : "detected:text"));
        markup.language().ifPresent(l -> { // already a primary subtag, as HtmlMetadata reads it
            ab.declaredLanguage(l);
            record(ab, "declaredLanguage", l, markup.candidates("declaredLanguage"), null);
        });
        Optional<String> url = markup.url().or(text::url).or(hints::url);
        url.ifPresent(ab::url);
        url.ifPresent(u -> record(ab, "url", u, markup.candidates("url"), "hint:url"));
        markup.canonicalUrl().ifPresent(ab::canonicalUrl);
        markup.canonicalUrl().ifPresent(u -> record(ab, "canonicalUrl", u, markup.candidates("canonicalUrl"), null));
        Optional<String> section = markup.section().or(text::section);
        section.ifPresent(ab::section);
        section.ifPresent(v -> record(ab, "section", v, markup.candidates("section"), "text:section"));
        if (!markup.categories().isEmpty()) {
            ab.categories(markup.categories());
            // gathered like tags: every source's categories, each once
            String sources = String.join(" + ", markup.candidates("categories").stream()
                    .map(Provenance.Candidate::source).distinct().toList());
            ab.addProvenance(Provenance.of("categories", String.join(", ", markup.categories()), sources, List.of()));
        } else if (markup.section().isEmpty() && !text.categories().isEmpty()) {
            // a text dump's breadcrumb trail: its steps below the home page
            ab.categories(text.categories());
            record(ab, "categories", String.join(", ", text.categories()), text.candidates("categories"), "text:breadcrumb");
        } else if (section.isPresent()) {
            // a page with one section: the section is the one category
            ab.categories(List.of(section.get()));
            record(ab, "categories", section.get(), markup.candidates("section"), "text:section");
        }
        if (!markup.tags().isEmpty()) {
            ab.tags(markup.tags());
            // tags are gathered from every source, not chosen among them: the sources, each once, are the source
            String sources = String.join(" + ", markup.candidates("tags").stream().map(Provenance.Candidate::source)
                    .distinct().toList());
            ab.addProvenance(Provenance.of("tags", String.join(", ", markup.tags()), sources, List.of()));
        }
        markup.description().ifPresent(ab::description);
        markup.description().ifPresent(v -> record(ab, "description", v, markup.candidates("description"), null));
        markup.leadImage().ifPresent(ab::leadImage);
        markup.leadImage().ifPresent(v -> record(ab, "leadImage", v, markup.candidates("leadImage"), null));
        markup.accessibleForFree().ifPresent(ab::accessibleForFree);
        markup.accessibleForFree().ifPresent(v -> record(ab, "accessibleForFree", v.toString(),
                markup.candidates("accessibleForFree"), null));
    }

    /**
     * The text reader's source for a value it found, when the chosen value is its: {@code text:date
     * line 3}, or for HTML {@code html:block 3 (date)}, counting from 1.
     */
    private static @Nullable String textSource(Optional<String> textValue, String chosen, List<Integer> blocks,
            String what, @Nullable String where, @Nullable String otherwise) {
        if (textValue.isPresent() && textValue.get().equals(chosen)) {
            String n = blocks.isEmpty() ? "" : " " + (blocks.get(0) + 1);
            return where != null ? where + n + " (" + what + ")" : "text:" + what + (n.isEmpty() ? "" : " line" + n);
        }
        return otherwise;
    }

    /**
     * Records a date's provenance. The markup's candidates hold the dates as their sources wrote
     * them, in order, and the markup took the first: when the markup's date was chosen its source
     * is the first candidate's, else the text reader's ({@code textSource}); the rejected are the
     * other written values, each once.
     */
    private static void recordDate(Article.Builder ab, String field, String value, boolean fromMarkup,
            List<Provenance.Candidate> candidates, @Nullable String textSource) {
        String source = fromMarkup && !candidates.isEmpty() ? candidates.get(0).source()
                : textSource != null ? textSource : "derived";
        List<Provenance.Candidate> rejected = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < candidates.size(); i++) {
            Provenance.Candidate c = candidates.get(i);
            if (seen.add(c.value()) && !(fromMarkup && i == 0)) {
                rejected.add(c);
            }
        }
        ab.addProvenance(Provenance.of(field, value, source, rejected));
    }

    /**
     * Records a field's provenance: the source is the first candidate with the chosen value (else
     * {@code fallback}, else {@code derived}); the rejected are the other values, each once.
     */
    private static void record(Article.Builder ab, String field, String value, List<Provenance.Candidate> candidates,
            @Nullable String fallback) {
        String source = null;
        List<Provenance.Candidate> rejected = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        seen.add(value);
        for (Provenance.Candidate c : candidates) {
            if (source == null && c.value().equals(value)) {
                source = c.source();
            } else if (seen.add(c.value())) {
                rejected.add(c);
            }
        }
        if (fallback != null && (source == null || fallback.startsWith("text:") || fallback.startsWith("hint:"))) {
            source = fallback;
        }
        ab.addProvenance(Provenance.of(field, value, source != null ? source : "derived", rejected));
    }

    private static String primary(String tag) {
        String p = Locale.forLanguageTag(tag).getLanguage();
        return p.isEmpty() ? tag.toLowerCase(Locale.ROOT) : p;
    }
}
