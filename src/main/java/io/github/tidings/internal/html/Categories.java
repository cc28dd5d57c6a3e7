package io.github.tidings.internal.html;

import io.github.tidings.internal.metadata.Found;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jspecify.annotations.Nullable;

/**
 * The categories a page names, gathered in order and each once: JSON-LD {@code articleSection}
 * (a string or a list), each {@code article:section} meta, a JSON-LD {@code BreadcrumbList}, and a
 * breadcrumb in the markup when it is clearly one (schema.org {@code BreadcrumbList} microdata or
 * RDFa, or an element whose class, id or ARIA label names a breadcrumb). A breadcrumb's link to the
 * site's home and its step for the page itself are not categories.
 */
final class Categories {
    private static final int MAX_CATEGORIES = 20;
    /** A step longer than this is a headline, not a category. */
    private static final int MAX_CHARS = 60;
    private static final int MAX_WORDS = 6;
    /** A trail of more steps than this is a menu, not a breadcrumb. */
    private static final int MAX_STEPS = 10;

    /** Compiled once: the markup of a breadcrumb, outermost first in document order. */
    private static final org.jsoup.select.Evaluator BREADCRUMB = org.jsoup.select.QueryParser.parse(
            "[itemtype*=BreadcrumbList], [typeof*=BreadcrumbList], [class*=breadcrumb], [id*=breadcrumb], "
                    + "[aria-label*=breadcrumb]");

    /**
     * The attributes {@link #BREADCRUMB} reads, as bits: the block walk, which reads every
     * element's attributes anyway, tells the first breadcrumb with {@link #crumbKey} and
     * {@link #crumbValue} instead of a second scan of the body ({@link #first} is that scan).
     */
    static final int ITEMTYPE = 1;
    static final int TYPEOF = 2;
    static final int CLASS = 4;
    static final int ID = 8;
    static final int ARIA_LABEL = 16;

    private Categories() {
    }

    /** The body's first element that marks a breadcrumb, by a scan of the body: what the walk's test must find. */
    static @Nullable Element first(Document doc) {
        return doc.body() == null ? null : doc.body().selectFirst(BREADCRUMB);
    }

    /**
     * The bit of an attribute key that {@link #BREADCRUMB} reads, or 0. Keys match ignoring case,
     * as jsoup's attribute selectors match them; {@code lowerCase} is whether the key is known to be
     * lower-case ASCII, when only an exact comparison is needed.
     */
    static int crumbKey(String key, boolean lowerCase) {
        if (lowerCase) {
            return switch (key) {
                case "itemtype" -> ITEMTYPE;
                case "typeof" -> TYPEOF;
                case "class" -> CLASS;
                case "id" -> ID;
                case "aria-label" -> ARIA_LABEL;
                default -> 0;
            };
        }
        return key.equalsIgnoreCase("itemtype") ? ITEMTYPE : key.equalsIgnoreCase("typeof") ? TYPEOF
                : key.equalsIgnoreCase("class") ? CLASS : key.equalsIgnoreCase("id") ? ID
                : key.equalsIgnoreCase("aria-label") ? ARIA_LABEL : 0;
    }

    /**
     * Whether the value of the attribute {@code bit} names a breadcrumb as {@link #BREADCRUMB} reads
     * it: jsoup lower-cases the value (English rules) and looks for the word in it. An ASCII
     * comparison ignoring case finds the same: the only other characters that lower-case to ASCII
     * letters are the Kelvin sign (k, in neither word) and the dotted capital I, whose lower case
     * {@code i̇} carries a combining dot that no word holds after its i.
     */
    static boolean crumbValue(int bit, String value) {
        return bit == ITEMTYPE || bit == TYPEOF ? containsAscii(value, "breadcrumblist")
                : bit != 0 && containsAscii(value, "breadcrumb");
    }

    /** Whether {@code s} holds {@code word} (lower-case ASCII), comparing ASCII letters without case. */
    private static boolean containsAscii(String s, String word) {
        int n = word.length();
        char first = word.charAt(0);
        for (int i = 0; i + n <= s.length(); i++) {
            if ((s.charAt(i) | 0x20) == first && s.regionMatches(true, i, word, 0, n) && asciiOnly(s, i, n)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the region holds ASCII only: regionMatches ignoring case would also match the long s (ſ) to s. */
    private static boolean asciiOnly(String s, int from, int n) {
        for (int i = from; i < from + n; i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the element itself marks a breadcrumb by {@link #BREADCRUMB}'s attributes: each key
     * is read at its first spelling, as {@code Element#attr} reads it.
     */
    static boolean marksBreadcrumb(Element e) {
        int seen = 0;
        for (org.jsoup.nodes.Attribute a : e.attributes()) {
            String k = a.getKey();
            int bit = crumbKey(k, true);
            if (bit == 0 && !BlockCollector.isLowerAscii(k)) { // the HTML parser writes keys in lower case
                bit = crumbKey(k, false);
            }
            if (bit != 0 && (seen & bit) == 0) {
                seen |= bit;
                if (crumbValue(bit, a.getValue())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Reads the page's categories into {@code f}.
     *
     * @param crumbs the body's first element that marks a breadcrumb ({@link #first}), or null
     */
    static void read(Found f, HtmlMetadata m, Document doc, @Nullable Element crumbs, @Nullable Map<String, Object> art,
            HtmlMetadata.JsonLd ld) {
        Map<String, String> seen = new LinkedHashMap<>(); // by lower case
        if (art != null) {
            Object section = art.get("articleSection");
            List<?> values = section instanceof List<?> l ? l : section == null ? List.of() : List.of(section);
            add(f, seen, values.stream().map(HtmlMetadata::rawStr).toList(), "json-ld:articleSection");
        }
        add(f, seen, m.rawMetaOf("article:section"), "meta:article:section");
        String page = doc.location();
        Map<String, Object> trail = ld.first(Set.of("breadcrumblist"));
        if (trail != null) {
            add(f, seen, jsonLdSteps(trail, ld, page), "json-ld:BreadcrumbList");
        }
        Element markup = crumbs;
        if (markup != null && markup.is("li, a") && markup.parent() != null) {
            markup = markup.parent(); // the class named a step ("breadcrumb-item"): the trail is its list
        }
        if (markup != null) {
            add(f, seen, markupSteps(markup, page), "html:breadcrumb");
        }
        f.categories().addAll(seen.values());
    }

    private static void add(Found f, Map<String, String> seen, List<String> values, String source) {
        List<String> added = new ArrayList<>();
        for (String v : values) {
            String c = PageExtras.light(v).strip();
            if (c.isEmpty() || c.length() > MAX_CHARS || words(c) > MAX_WORDS || seen.size() >= MAX_CATEGORIES) {
                continue;
            }
            if (seen.putIfAbsent(c.toLowerCase(Locale.ROOT), c) == null) {
                added.add(c);
            }
        }
        if (!added.isEmpty()) {
            f.candidate("categories", String.join(", ", added), source);
        }
    }

    /** The names of a JSON-LD trail's items, without the home page's and the page's own. */
    private static List<String> jsonLdSteps(Map<String, Object> trail, HtmlMetadata.JsonLd ld, String page) {
        Object items = ld.resolve(trail.get("itemListElement"));
        List<?> list = items instanceof List<?> l ? l : items == null ? List.of() : List.of(items);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < list.size() && i < MAX_STEPS; i++) {
            if (!(ld.resolve(list.get(i)) instanceof Map<?, ?> step)) {
                continue;
            }
            Object item = ld.resolve(step.get("item"));
            String name = HtmlMetadata.rawStr(step.get("name"));
            String url = HtmlMetadata.rawStr(step.get("item"));
            if (item instanceof Map<?, ?> im) {
                name = name.isEmpty() ? HtmlMetadata.rawStr(im.get("name")) : name;
                url = HtmlMetadata.rawStr(im.containsKey("@id") ? im.get("@id") : im.get("url"));
            }
            boolean last = i == list.size() - 1;
            if (!isHome(url, page) && !(last && (url.isEmpty() || samePage(url, page)))) {
                out.add(name);
            }
        }
        return out;
    }

    /**
     * The steps of a breadcrumb in the markup: its list items, else its links; a step linking to
     * the site's home is left out, and so is a last step that links nowhere or to the page itself.
     */
    private static List<String> markupSteps(Element crumbs, String page) {
        Elements steps = crumbs.select("li");
        if (steps.isEmpty()) {
            steps = crumbs.select("a[href]");
            Element last = crumbs.children().isEmpty() ? null : crumbs.children().last();
            if (last != null && !last.is("a") && last.selectFirst("a") == null && !last.text().isBlank()) {
                steps.add(last); // the page's own step, unlinked
            }
        }
        if (steps.size() > MAX_STEPS) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Element s = steps.get(i);
            Element a = s.is("a") ? s : s.selectFirst("a[href]");
            String url = a == null ? "" : a.absUrl("href");
            boolean last = i == steps.size() - 1;
            if (isHome(url, page) || last && (a == null || samePage(url, page) || s.hasAttr("aria-current")
                    || a.hasAttr("aria-current"))) {
                continue;
            }
            out.add(trimSeparators(s.text()));
        }
        return out;
    }

    /** A step's text without the separators drawn between steps ({@code >}, {@code »}, {@code /}). */
    private static String trimSeparators(String t) {
        int from = 0;
        int to = t.length();
        while (from < to && isSeparator(t.charAt(from))) {
            from++;
        }
        while (to > from && isSeparator(t.charAt(to - 1))) {
            to--;
        }
        return t.substring(from, to);
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '>' || c == '»' || c == '›' || c == '/' || c == '|' || c == '\u00A0' || c == '·';
    }

    /** Whether the URL is the home page of the page's site (its root), or of any site when the page's is unknown. */
    private static boolean isHome(String url, String page) {
        if (url.isEmpty()) {
            return false;
        }
        java.net.URI u = uri(url);
        if (u == null || u.getHost() == null) {
            return false;
        }
        String path = u.getPath() == null ? "" : u.getPath();
        java.net.URI p = uri(page);
        boolean sameSite = p == null || p.getHost() == null || p.getHost().equalsIgnoreCase(u.getHost());
        return sameSite && (path.isEmpty() || path.equals("/")) && u.getQuery() == null;
    }

    private static boolean samePage(String url, String page) {
        if (url.isEmpty() || page.isEmpty()) {
            return false;
        }
        return strip(url).equals(strip(page));
    }

    private static String strip(String url) {
        String u = url;
        int hash = u.indexOf('#');
        if (hash >= 0) {
            u = u.substring(0, hash);
        }
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return u.replaceFirst("^https?://(www\\.)?", "").toLowerCase(Locale.ROOT);
    }

    private static java.net.@Nullable URI uri(String s) {
        try {
            return new java.net.URI(s.strip());
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    private static int words(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = !Character.isWhitespace(s.charAt(i));
            if (letter && !in) {
                n++;
            }
            in = letter;
        }
        return n;
    }
}
