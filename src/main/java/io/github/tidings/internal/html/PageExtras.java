package io.github.tidings.internal.html;

import io.github.tidings.internal.metadata.Found;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;

/**
 * The page metadata beyond title, date, authors, site and language: description, tags, lead image
 * and whether the article is free to read, each with its candidates and their sources. Read from
 * what {@link HtmlMetadata} has already gathered (metas, JSON-LD), so no further walk of the page.
 */
final class PageExtras {
    /** Longest description kept (some pages paste the whole article into the meta; that is still what they state). */
    private static final int MAX_DESCRIPTION = 20_000;
    private static final int MAX_TAGS = 50;
    // Compiled once rather than by String.split on every call.
    private static final Pattern TAG_SEPARATOR = Pattern.compile("[,;]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Descriptions read per page: the chosen one and a few rejected for the provenance. */
    private static final int MAX_DESCRIPTIONS = 4;

    private PageExtras() {
    }

    static void read(HtmlMetadata m, Document doc, @Nullable Map<String, Object> art, HtmlMetadata.JsonLd ld) {
        Found f = m.found;
        // description: JSON-LD's is the article's own; the metas may describe the site
        if (art != null) {
            description(f, HtmlMetadata.rawStr(art.get("description")), "json-ld:description");
        }
        for (String k : List.of("og:description", "description", "twitter:description", "dc.description")) {
            for (String v : m.rawMetaOf(k)) {
                description(f, v, "meta:" + k);
            }
        }

        // tags
        Map<String, String> tags = new LinkedHashMap<>(); // by lower case, each tag once
        if (art != null) {
            tags(f, tags, art.get("keywords"), "json-ld:keywords");
        }
        for (String k : List.of("article:tag", "news_keywords", "keywords")) {
            for (String v : m.rawMetaOf(k)) {
                tags(f, tags, v, "meta:" + k);
            }
        }
        f.tags().addAll(tags.values());

        Categories.read(f, m, doc, m.breadcrumb, art, ld);

        // lead image
        String base = doc.location();
        for (String k : List.of("og:image", "og:image:url", "og:image:secure_url")) {
            for (String v : m.rawMetaOf(k)) {
                image(f, base, v, "meta:" + k);
            }
        }
        if (art != null) {
            Object img = ld.resolve(art.get("image"));
            if (img instanceof List<?> l && !l.isEmpty()) {
                img = ld.resolve(l.get(0));
            }
            image(f, base, img instanceof Map<?, ?> im ? HtmlMetadata.rawStr(im.get("url")) : HtmlMetadata.rawStr(img),
                    "json-ld:image");
        }
        for (String k : List.of("twitter:image", "twitter:image:src")) {
            for (String v : m.rawMetaOf(k)) {
                image(f, base, v, "meta:" + k);
            }
        }

        // free to read: schema.org's isAccessibleForFree on the article or a part of it
        if (art != null) {
            free(f, art.get("isAccessibleForFree"), "json-ld:isAccessibleForFree");
            Object part = ld.resolve(art.get("hasPart"));
            if (part instanceof List<?> l && !l.isEmpty()) {
                part = ld.resolve(l.get(0));
            }
            if (part instanceof Map<?, ?> pm) {
                free(f, pm.get("isAccessibleForFree"), "json-ld:hasPart.isAccessibleForFree");
            }
        }
        // the content tier meta: "locked" behind a paywall, "free"; "metered" (free up to a count) says neither
        for (String tier : m.rawMetaOf("article:content_tier")) {
            String t = tier.strip().toLowerCase(Locale.ROOT);
            if (t.equals("locked") || t.equals("free")) {
                free(f, t.equals("free"), "meta:article:content_tier");
            }
        }
    }

    private static void description(Found f, String v, String source) {
        if (v.isBlank() || v.length() > MAX_DESCRIPTION || f.candidates("description").size() >= MAX_DESCRIPTIONS) {
            return;
        }
        String d = light(v);
        if (d.isEmpty()) {
            return;
        }
        if (f.description().isEmpty()) {
            f.description(d);
        }
        f.candidate("description", d, source);
    }

    private static void tags(Found f, Map<String, String> tags, @Nullable Object v, String source) {
        List<String> values = new ArrayList<>();
        if (v instanceof List<?> l) {
            for (Object o : l) {
                if (values.size() == MAX_TAGS) {
                    break;
                }
                values.add(light(HtmlMetadata.rawStr(o)));
            }
        } else {
            values.add(light(HtmlMetadata.rawStr(v)));
        }
        boolean any = false;
        for (String s : values) {
            for (String t : TAG_SEPARATOR.split(s)) {
                String tag = t.strip();
                if (!tag.isEmpty() && tag.length() <= 60 && tags.size() < MAX_TAGS
                        && tags.putIfAbsent(tag.toLowerCase(Locale.ROOT), tag) == null) {
                    any = true;
                }
            }
        }
        if (any) {
            f.candidate("tags", String.join(", ", values), source);
        }
    }

    private static void image(Found f, String base, String v, String source) {
        if (v.isBlank()) {
            return;
        }
        String u = new io.github.tidings.internal.text.UrlResolver(base).resolve(v);
        if (u == null) {
            return;
        }
        if (f.leadImage().isEmpty()) {
            f.leadImage(u);
        }
        f.candidate("leadImage", u, source);
    }

    /**
     * A meta or JSON-LD text made readable at little cost: entities decoded, tags cut by a scan
     * (not by parsing the value as a document, as the title's cleaning does), normalised, spaces
     * collapsed.
     */
    static String light(String s) {
        String t = HtmlMetadata.mayHoldEntity(s) ? org.jsoup.parser.Parser.unescapeEntities(s, false) : s;
        if (t.indexOf('<') >= 0) {
            StringBuilder b = new StringBuilder(t.length());
            int i = 0;
            while (i < t.length()) {
                char c = t.charAt(i);
                int close = c == '<' && i + 1 < t.length() && (Character.isLetter(t.charAt(i + 1)) || t.charAt(i + 1) == '/')
                        ? t.indexOf('>', i) : -1;
                if (close > 0) {
                    b.append(' ');
                    i = close + 1;
                } else {
                    b.append(c);
                    i++;
                }
            }
            t = b.toString();
        }
        String n = io.github.tidings.internal.words.TextNormalizer.normalize(t);
        return n.indexOf('\n') >= 0 || n.contains("  ") ? String.join(" ", SPACES.split(n.strip())) : n.strip();
    }

    private static void free(Found f, @Nullable Object v, String source) {
        String s = HtmlMetadata.str(v).toLowerCase(Locale.ROOT);
        Boolean b = v instanceof Boolean x ? x : s.equals("true") ? Boolean.TRUE : s.equals("false") ? Boolean.FALSE : null;
        if (b == null) {
            return;
        }
        if (f.accessibleForFree().isEmpty()) {
            f.accessibleForFree(b);
        }
        f.candidate("accessibleForFree", b.toString(), source);
    }
}
