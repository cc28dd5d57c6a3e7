package io.github.tidings.internal.metadata;

import io.github.tidings.model.Hints;
import io.github.tidings.model.Published;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads the YAML front matter that opens a Markdown document ({@code ---}, lines of {@code key:
 * value}, {@code ---}), as Hugo, Jekyll, pandoc, Obsidian and {@code Article#toMarkdown()} write
 * it: the metadata the document states, each value recorded as a {@code front-matter:<key>}
 * candidate. Internal: not part of the API.
 *
 * <p>Only the subset of YAML that front matter uses is read: plain, single- and double-quoted
 * scalars (a double-quoted one with JSON's escapes), flow lists ({@code [a, "b"]}) and block lists
 * ({@code - a} lines under the key), comments. Unknown keys are passed over. An opening {@code ---}
 * whose lines are not all of that shape, or that no {@code ---} or {@code ...} line closes within
 * {@link #MAX_LINES} lines, is no front matter: the text is read as it is (a rule, then text).
 */
public final class FrontMatter {
    /** Most lines a front matter holds; a longer one is text. */
    static final int MAX_LINES = 200;
    /** Most items read of one list. */
    private static final int MAX_ITEMS = 100;

    private FrontMatter() {
    }

    /**
     * Reads the front matter at the start of normalised Markdown into {@code found} (its fields and
     * their candidates), and marks {@code found} {@link Found#metadataStated() as stating the
     * metadata}; returns the index where the document's body starts, 0 when there is no front matter.
     */
    public static int read(String normalized, Hints hints, Found found) {
        if (!normalized.startsWith("---\n")) {
            return 0;
        }
        List<String[]> entries = new ArrayList<>();
        int start = 4;
        int lines = 0;
        String[] open = null; // the entry whose block list is being read
        while (start < normalized.length() && lines++ < MAX_LINES) {
            int nl = normalized.indexOf('\n', start);
            int end = nl < 0 ? normalized.length() : nl;
            String line = normalized.substring(start, end);
            start = end + 1;
            String s = line.strip();
            if (line.equals("---") || line.equals("...")) {
                if (entries.isEmpty()) {
                    return 0; // a rule under a rule
                }
                apply(entries, hints, found);
                return Math.min(start, normalized.length());
            }
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            if (s.startsWith("- ") && open != null) {
                open[1] = open[1] + "\n" + s.substring(2).strip(); // an item of the key's block list
                continue;
            }
            int colon = keyEnd(line);
            if (colon < 0) {
                if (line.charAt(0) == ' ' && !entries.isEmpty()) {
                    continue; // a nested map's line (a key we do not read)
                }
                return 0; // no key: text under a rule
            }
            String value = line.substring(colon + 1).strip();
            String[] e = {normKey(line.substring(0, colon)), value, value.isEmpty() ? "list" : "scalar"};
            if (line.charAt(0) != ' ') {
                entries.add(e);
            }
            open = value.isEmpty() ? e : null;
        }
        return 0;
    }

    /** Where a {@code key:} line's colon is (a key of letters, digits, {@code _} and {@code -}), or -1. */
    private static int keyEnd(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        int from = i;
        while (i < line.length() && (Character.isLetterOrDigit(line.charAt(i)) || line.charAt(i) == '_'
                || line.charAt(i) == '-')) {
            i++;
        }
        return i > from && i < line.length() && line.charAt(i) == ':'
                && (i + 1 == line.length() || line.charAt(i + 1) == ' ') ? i : -1;
    }

    /** A key without case, {@code _} or {@code -}: {@code site_name}, {@code siteName} and {@code site-name} are one. */
    private static String normKey(String key) {
        return key.strip().replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
    }

    private static void apply(List<String[]> entries, Hints hints, Found found) {
        found.metadataStated(true);
        for (String[] e : entries) {
            List<String> values = e[2].equals("list") ? blockList(e[1]) : values(e[1]);
            if (values.isEmpty()) {
                continue;
            }
            String key = e[0];
            String source = "front-matter:" + key;
            String first = values.get(0);
            switch (key) {
                case "title" -> {
                    found.title(first);
                    found.candidate("title", first, source);
                }
                case "author", "authors", "creator" -> values.forEach(v -> {
                    found.authors().add(v);
                    found.candidate("authors", v, source);
                });
                case "date", "published", "datepublished", "publishdate", "pubdate" ->
                        date(first, hints).ifPresent(p -> {
                            found.published(p);
                            found.candidate("published", first, source);
                        });
                case "modified", "datemodified", "lastmod", "updated" -> date(first, hints).ifPresent(p -> {
                    found.modified(p);
                    found.candidate("modified", first, source);
                });
                case "site", "sitename" -> {
                    found.siteName(first);
                    found.candidate("siteName", first, source);
                }
                case "lang", "language" -> {
                    String primary = Locale.forLanguageTag(first).getLanguage();
                    if (!primary.isEmpty()) {
                        found.language(primary);
                        found.candidate("declaredLanguage", primary, source);
                    }
                }
                case "url", "source" -> web(first).ifPresent(u -> {
                    found.url(u);
                    found.candidate("url", u, source);
                });
                case "canonical", "canonicalurl" -> web(first).ifPresent(u -> {
                    found.canonicalUrl(u);
                    found.candidate("canonicalUrl", u, source);
                });
                case "description", "summary" -> {
                    found.description(first);
                    found.candidate("description", first, source);
                }
                case "tags", "keywords" -> values.forEach(v -> {
                    found.tags().add(v);
                    found.candidate("tags", v, source);
                });
                case "categories", "category" -> values.forEach(v -> {
                    found.categories().add(v);
                    found.candidate("categories", v, source);
                });
                case "section" -> {
                    found.section(first);
                    found.candidate("section", first, source);
                }
                case "image", "leadimage" -> web(first).ifPresent(u -> {
                    found.leadImage(u);
                    found.candidate("leadImage", u, source);
                });
                default -> {
                    // a key tidings has no field for (layout, draft, weight...)
                }
            }
        }
    }

    private static Optional<Published> date(String v, Hints hints) {
        try {
            return Optional.of(Published.parse(v)); // as toMarkdown() writes it, precision and all
        } catch (RuntimeException e) {
            return DateParser.parse(v, hints);
        }
    }

    private static Optional<String> web(String v) {
        String l = v.toLowerCase(Locale.ROOT);
        return l.startsWith("https://") || l.startsWith("http://") ? Optional.of(v) : Optional.empty();
    }

    /** The items of a block list (one a line, as read), each a scalar. */
    private static List<String> blockList(String items) {
        List<String> out = new ArrayList<>();
        for (String item : items.split("\n")) {
            String v = scalar(item.strip());
            if (v != null && !v.isBlank() && out.size() < MAX_ITEMS) {
                out.add(v.strip());
            }
        }
        return out;
    }

    /** A value's scalars: one, or a flow list's items. */
    private static List<String> values(String raw) {
        List<String> out = new ArrayList<>();
        if (raw.startsWith("[") && raw.endsWith("]")) {
            String inner = raw.substring(1, raw.length() - 1);
            int from = 0;
            char quote = 0;
            for (int i = 0; i <= inner.length(); i++) {
                char c = i < inner.length() ? inner.charAt(i) : ',';
                if (quote != 0) {
                    if (c == '\\' && quote == '"') {
                        i++;
                    } else if (c == quote) {
                        quote = 0;
                    }
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == ',' || i == inner.length()) {
                    String v = scalar(inner.substring(from, Math.min(i, inner.length())).strip());
                    if (v != null && !v.isBlank() && out.size() < MAX_ITEMS) {
                        out.add(v.strip());
                    }
                    from = i + 1;
                }
            }
            return out;
        }
        String v = scalar(raw);
        if (v != null && !v.isBlank()) {
            out.add(v.strip());
        }
        return out;
    }

    /** A scalar's value: a quoted string unquoted and unescaped, a plain one without its comment; null when malformed. */
    static @Nullable String scalar(String raw) {
        if (raw.startsWith("\"")) {
            StringBuilder sb = new StringBuilder();
            for (int i = 1; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (c == '"') {
                    return sb.toString();
                }
                if (c == '\\' && i + 1 < raw.length()) {
                    char n = raw.charAt(++i);
                    switch (n) {
                        case 'n' -> sb.append('\n');
                        case 't' -> sb.append('\t');
                        case 'u' -> {
                            if (i + 4 >= raw.length()) {
                                return null;
                            }
                            try {
                                sb.append((char) Integer.parseInt(raw.substring(i + 1, i + 5), 16));
                            } catch (NumberFormatException e) {
                                return null;
                            }
                            i += 4;
                        }
                        default -> sb.append(n); // \" \\ \/ and the rest as themselves
                    }
                } else {
                    sb.append(c);
                }
            }
            return null;
        }
        if (raw.startsWith("'")) {
            int close = raw.indexOf('\'', 1);
            while (close > 0 && close + 1 < raw.length() && raw.charAt(close + 1) == '\'') {
                close = raw.indexOf('\'', close + 2);
            }
            return close < 0 ? null : raw.substring(1, close).replace("''", "'");
        }
        int comment = raw.indexOf(" #");
        return comment >= 0 ? raw.substring(0, comment) : raw;
    }
}
