package io.github.tidings.internal.metadata;

import io.github.tidings.internal.text.LanguageDetector;
import io.github.tidings.model.Article;
import io.github.tidings.model.Hints;
import io.github.tidings.model.Published;
import java.util.List;
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
 * <li><b>authors</b>: the visible byline when it is labelled ({@code By X}); else the markup authors;
 *     else names the text shows next to the date.
 * <li><b>site name</b>: the markup's ({@code og:site_name}, publisher); else the site part of the
 *     title, the copyright footer, or the brand in the host.
 * <li><b>language</b>: the hinted language; else the markup language when the text's detected
 *     language agrees with it (pages often keep a template's {@code lang} attribute); else the
 *     detected language; else the markup language.
 * <li><b>url, section</b>: the markup's, else the text's.
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
            return text.title();
        }
        return markup.title().or(text::title);
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
            return text.authors();
        }
        return markup.authors().isEmpty() ? text.authors() : markup.authors();
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
        title(text, markup).ifPresent(ab::title);
        published(text, markup).ifPresent(ab::published);
        ab.authors(authors(text, markup));
        siteName(text, markup).ifPresent(ab::siteName);
        markup.url().or(text::url).ifPresent(ab::url);
        markup.section().or(text::section).ifPresent(ab::section);
        language.ifPresent(ab::language);
    }

    private static String primary(String tag) {
        String p = Locale.forLanguageTag(tag).getLanguage();
        return p.isEmpty() ? tag.toLowerCase(Locale.ROOT) : p;
    }
}
