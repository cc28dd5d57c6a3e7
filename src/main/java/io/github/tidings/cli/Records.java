package io.github.tidings.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.tidings.model.Article;
import io.github.tidings.model.Block;
import io.github.tidings.model.Provenance;
import io.github.tidings.model.Removal;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What each output format writes for one page: a JSON object (pretty for {@code json}, one line
 * for {@code jsonl}) or readable text. Thread-safe: workers render their own pages, so the
 * writer only copies strings.
 */
final class Records {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectWriter PRETTY = JSON.writerWithDefaultPrettyPrinter();

    private final Main.Format format;
    private final boolean explain;
    private final Parts parts;

    Records(Main.Format format, boolean explain) {
        this(format, explain, Parts.ALL);
    }

    Records(Main.Format format, boolean explain, Parts parts) {
        this.format = format;
        this.explain = explain;
        this.parts = parts;
    }

    /**
     * Which of the article's links, images (figure blocks) and tables the output keeps: all by
     * default ({@code --links}, {@code --images}, {@code --tables}); {@code --no-links} writes link
     * text as plain text, {@code --no-images} leaves figures out, {@code --no-tables} leaves tables
     * out (their text included, as trafilatura's option does), in every format.
     */
    record Parts(boolean links, boolean images, boolean tables) {
        static final Parts ALL = new Parts(true, true, true);

        /** The article as the output shows it: the parts switched off taken out of its blocks. */
        Article apply(Article a) {
            if (links && images && tables) {
                return a;
            }
            List<Block> kept = new ArrayList<>(a.blocks().size());
            for (Block b : a.blocks()) {
                if (!images && b.type() == io.github.tidings.model.BlockType.FIGURE
                        || !tables && b.type() == io.github.tidings.model.BlockType.TABLE) {
                    continue;
                }
                kept.add(links ? b : withoutLinks(b));
            }
            return a.toBuilder().blocks(kept).build();
        }

        private static Block withoutLinks(Block b) {
            if (b.links().isEmpty() && b.table().isEmpty()) {
                return b;
            }
            Block.Builder nb = b.toBuilder().links(List.of());
            b.table().ifPresent(t -> {
                List<List<Block>> rows = new ArrayList<>();
                for (List<Block> row : t.rows()) {
                    rows.add(row.stream().map(Parts::withoutLinks).toList());
                }
                nb.table(Block.Table.of(rows, t.headerRow()));
            });
            return nb.build();
        }
    }

    /**
     * The JSON object for one article, fields in their documented order: {@code source}, {@code
     * url}, {@code fetched}, {@code title}, {@code published}, {@code authors}, {@code siteName},
     * {@code section}, {@code categories}, {@code language}, {@code description}, {@code modified}, {@code tags},
     * {@code leadImage}, {@code canonicalUrl}, {@code declaredLanguage}, {@code publisher},
     * {@code accessibleForFree}, {@code wordCount}, {@code text}, {@code blocks} (each with its structure fields),
     * and with {@code explain} {@code removed} and {@code provenance}.
     */
    static Map<String, Object> record(String source, @Nullable Instant fetched, Article a, boolean explain) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", source);
        m.put("url", a.url().orElse(null));
        m.put("fetched", fetched == null ? null : fetched.toString());
        m.put("title", a.title().orElse(null));
        m.put("published", a.published().map(Object::toString).orElse(null));
        m.put("authors", a.authors());
        m.put("siteName", a.siteName().orElse(null));
        m.put("section", a.section().orElse(null));
        m.put("categories", a.categories());
        m.put("language", a.language().orElse(null));
        m.put("description", a.description().orElse(null));
        m.put("modified", a.modified().map(Object::toString).orElse(null));
        m.put("tags", a.tags());
        m.put("leadImage", a.leadImage().orElse(null));
        m.put("canonicalUrl", a.canonicalUrl().orElse(null));
        m.put("declaredLanguage", a.declaredLanguage().orElse(null));
        m.put("publisher", a.publisher().orElse(null));
        m.put("accessibleForFree", a.accessibleForFree().orElse(null));
        m.put("wordCount", a.wordCount());
        m.put("text", a.text());
        List<Map<String, Object>> blocks = new ArrayList<>();
        for (Block b : a.blocks()) {
            blocks.add(block(b));
        }
        m.put("blocks", blocks);
        if (explain) {
            List<Map<String, String>> removed = new ArrayList<>();
            for (Removal r : a.removed()) {
                Map<String, String> rm = new LinkedHashMap<>();
                rm.put("text", r.text());
                rm.put("cleaner", r.cleaner());
                rm.put("reason", r.reason());
                removed.add(rm);
            }
            m.put("removed", removed);
            List<Map<String, Object>> provenance = new ArrayList<>();
            for (Provenance p : a.provenance()) {
                Map<String, Object> pm = new LinkedHashMap<>();
                pm.put("field", p.field());
                pm.put("value", p.value());
                pm.put("source", p.source());
                List<Map<String, Object>> rejected = new ArrayList<>();
                for (Provenance.Candidate c : p.rejected()) {
                    rejected.add(fields("value", c.value(), "source", c.source()));
                }
                pm.put("rejected", rejected);
                provenance.add(pm);
            }
            m.put("provenance", provenance);
        }
        return m;
    }

    /**
     * An object of the given keys and values in the order given: {@code Map.of} has no order, and
     * its order changes from one JVM to the next, so output would not be the same bytes twice.
     */
    private static Map<String, Object> fields(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    /** One block as JSON: {@code type} and {@code text}, and the structure fields the block has. */
    private static Map<String, Object> block(Block b) {
        Map<String, Object> bm = new LinkedHashMap<>();
        bm.put("type", b.type().name().toLowerCase(Locale.ROOT));
        bm.put("text", b.text());
        b.level().ifPresent(l -> bm.put("level", l));
        if (b.listDepth() > 0) {
            bm.put("listDepth", b.listDepth());
            bm.put("ordered", b.ordered());
        }
        if (!b.links().isEmpty()) {
            List<Map<String, Object>> links = new ArrayList<>();
            for (Block.Link l : b.links()) {
                links.add(fields("start", l.start(), "end", l.end(), "url", l.url()));
            }
            bm.put("links", links);
        }
        b.table().ifPresent(t -> {
            List<List<Map<String, Object>>> rows = new ArrayList<>();
            for (List<Block> row : t.rows()) {
                List<Map<String, Object>> cells = new ArrayList<>();
                row.forEach(c -> cells.add(block(c)));
                rows.add(cells);
            }
            bm.put("headerRow", t.headerRow());
            bm.put("rows", rows);
        });
        b.figure().ifPresent(f -> {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("url", f.url());
            fm.put("alt", f.alt());
            fm.put("caption", f.caption());
            fm.put("credit", f.credit());
            bm.put("figure", fm);
        });
        return bm;
    }

    /** What the format writes for a parsed article. */
    String article(Source source, @Nullable Instant fetched, Article parsed) {
        Article a = parts.apply(parsed);
        return switch (format) {
            case text -> text(a);
            case markdown -> a.toMarkdown();
            case html -> a.toHtml();
            case json, jsonl -> json(record(source.name(), fetched, a, explain));
        };
    }

    /** What the format writes for a failure: {@code {source, error}} (with {@code url} for an archive record), or nothing in text. */
    String error(Source source, @Nullable String url, String error) {
        if (format == Main.Format.text || format == Main.Format.markdown || format == Main.Format.html) {
            return "";
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", source.name());
        if (url != null) {
            m.put("url", url);
        }
        m.put("error", error);
        return json(m);
    }

    private String json(Map<String, Object> m) {
        try {
            return format == Main.Format.json ? PRETTY.writeValueAsString(m) : JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text(Article a) {
        StringWriter sw = new StringWriter();
        PrintWriter out = new PrintWriter(sw);
        a.title().ifPresent(t -> out.println("Title:     " + t));
        a.published().ifPresent(p -> out.println("Published: " + p));
        if (!a.authors().isEmpty()) {
            out.println("Authors:   " + String.join(", ", a.authors()));
        }
        a.siteName().ifPresent(s -> out.println("Site:      " + s));
        a.section().ifPresent(s -> out.println("Section:   " + s));
        a.language().ifPresent(l -> out.println("Language:  " + l));
        a.url().ifPresent(u -> out.println("URL:       " + u));
        out.println("Words:     " + a.wordCount());
        out.println();
        out.println(a.text());
        if (explain && !a.removed().isEmpty()) {
            out.println();
            out.println("Removed:");
            for (Removal r : a.removed()) {
                out.println("  [" + r.cleaner() + "] " + r.reason() + ": " + r.text());
            }
        }
        if (explain && !a.provenance().isEmpty()) {
            out.println();
            out.println("Provenance:");
            for (Provenance p : a.provenance()) {
                out.println("  " + p);
            }
        }
        out.flush();
        return sw.toString();
    }
}
