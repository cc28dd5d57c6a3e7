package io.github.tidings.internal.rules;

import io.github.tidings.internal.html.HtmlInput;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Learns from a site's HTML pages what their markup has in common: the element that holds the
 * article on every one of them (the innermost element around every block the HTML reader kept, named by
 * a CSS selector of its tag, id and classes, checked to find that very element on each page), and
 * the site's name (the segment of the pages' titles, or their {@code og:site_name}, that recurs);
 * and a line any block of most pages holds, removed or kept, to know the site's pages by when
 * their URL is unknown.
 * Fed one page at a time ({@link #observe(HtmlInput)}); no gold, nothing from the page being
 * parsed. Not thread-safe.
 */
public final class HtmlLearner {
    /** Title separators between a headline and the site's name. */
    private static final Pattern TITLE_SEPARATORS = Pattern.compile("\\s+[|\\-–—:·•»]\\s+|\\s*[|·•»]\\s*");
    /** Identifiers with digits are per page (post-123) or generated: they name no template element. */
    private static final Pattern STABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z_-]{0,39}");
    /** A tag a selector can name as it stands (no namespace prefix, no odd characters). */
    private static final Pattern PLAIN_TAG = Pattern.compile("[a-z][a-z0-9]*");
    /**
     * The elements an article's root can be: a paragraph or a heading that held all a page kept
     * (a short post) says nothing about where longer ones go, and the body would bring back all
     * that the HTML finder left out.
     */
    private static final Set<String> CONTAINERS = Set.of("div", "article", "section", "main", "td");
    /** The fewest pages the article's element is learned from: with two, a shared element is chance. */
    static final int MIN_ROOT_PAGES = 3;
    /** The most tags climbed from the article's element to one with a stable id or class. */
    static final int MAX_PATH = 3;
    /** The longest site name learned, in characters: a longer segment is a headline. */
    static final int MAX_SITE_NAME = 60;
    /**
     * The shortest signature: a line of the template, removed or not, such as a navigation or
     * footer line, written as it stands (letter case counts) and without digits.
     */
    static final int MIN_SIGNATURE = 8;

    private final Map<String, Integer> roots = new LinkedHashMap<>();
    private final Map<String, Integer> names = new LinkedHashMap<>();
    private final Map<String, String> nameWritten = new HashMap<>();
    /** Every block's text, removed ones too, by the number of pages it is on: the signature's candidates. */
    private final Map<String, Integer> lines = new LinkedHashMap<>();
    private final BoilerplateLearner boilerplate = new BoilerplateLearner();
    private int pages;

    /** What the HTML pages tell: the article's element and the site's name, with the pages seen on. */
    public record Html(@Nullable String root, int rootPages, @Nullable String siteName, int siteNamePages,
            @Nullable String signature, List<BoilerplateLearner.Selector> boilerplate) {
        static final Html NONE = new Html(null, 0, null, 0, null, List.of());

        /** How many rules this adds to the profile. */
        int ruleCount() {
            return (root == null ? 0 : 1) + (siteName == null ? 0 : 1) + boilerplate.size();
        }

        /**
         * The template's elements to remove, as JSON objects one a line: they come first in the
         * file, as the broadest rules (a whole box, whatever text it holds on a page).
         */
        List<String> boilerplateRules() {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < boilerplate.size(); i++) {
                BoilerplateLearner.Selector b = boilerplate.get(i);
                out.add("{\"name\": \"boilerplate-" + (i + 1) + "\", \"count\": " + b.pages()
                        + ", \"removeSelector\": " + ProfileLearner.quote(b.css()) + "}");
            }
            return out;
        }

        /** The article's element and the site's name, as JSON objects one a line. */
        List<String> rules() {
            List<String> out = new ArrayList<>();
            if (root != null) {
                out.add("{\"name\": \"article\", \"count\": " + rootPages + ", \"rootSelector\": "
                        + ProfileLearner.quote(root) + "}");
            }
            if (siteName != null) {
                out.add("{\"name\": \"site-name\", \"count\": " + siteNamePages + ", \"siteName\": "
                        + ProfileLearner.quote(siteName) + "}");
            }
            return out;
        }
    }

    /** An empty learner. */
    public HtmlLearner() {
    }

    /** Notes what one page's markup shows. */
    public void observe(HtmlInput in) {
        pages++;
        boilerplate.observe(in);
        Element root = keptRoot(in);
        if (root != null && CONTAINERS.contains(root.normalName())) {
            String css = selector(root);
            if (css != null && in.document().selectFirst(css) == root) {
                roots.merge(css, 1, Integer::sum);
            }
        }
        Set<String> seen = new HashSet<>();
        for (HtmlInput.Entry e : in.blocks()) {
            String t = e.block().text();
            if (t.length() >= MIN_SIGNATURE && t.length() <= MAX_SITE_NAME && t.chars().noneMatch(Character::isDigit)
                    && seen.add(t)) {
                lines.merge(t, 1, Integer::sum);
            }
        }
        for (String candidate : siteNameCandidates(in)) {
            String key = candidate.toLowerCase(Locale.ROOT);
            names.merge(key, 1, Integer::sum);
            nameWritten.putIfAbsent(key, candidate);
        }
    }

    /**
     * What the pages have in common: the article's element when found on every page (three at
     * least) and a container ({@code div}, {@code article}, {@code section}, ...), a name or a
     * signature when found on at least {@code minPages} pages and on more than half of them.
     */
    public Html learned(int minPages) {
        int need = Math.max(minPages, pages / 2 + 1);
        // the article's element on every page: a page whose article lies elsewhere would lose it
        Map.Entry<String, Integer> root = pages < MIN_ROOT_PAGES ? null : best(roots, Math.max(minPages, pages));
        Map.Entry<String, Integer> name = best(names, need);
        // on the most pages, and the longest of those: a short line ("Archives") is on other sites too
        Map.Entry<String, Integer> signature = null;
        for (Map.Entry<String, Integer> e : lines.entrySet()) {
            if (e.getValue() >= need && (signature == null || e.getValue() > signature.getValue()
                    || e.getValue().equals(signature.getValue()) && e.getKey().length() > signature.getKey().length())) {
                signature = e;
            }
        }
        List<BoilerplateLearner.Selector> template = pages < BoilerplateLearner.MIN_PAGES ? List.of()
                : boilerplate.learned(minPages);
        if (root == null && name == null && template.isEmpty()) {
            return Html.NONE;
        }
        return new Html(root == null ? null : root.getKey(), root == null ? 0 : root.getValue(),
                name == null ? null : nameWritten.get(name.getKey()), name == null ? 0 : name.getValue(),
                signature == null ? null : signature.getKey(), template);
    }

    private static Map.@Nullable Entry<String, Integer> best(Map<String, Integer> counts, int need) {
        Map.Entry<String, Integer> best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() >= need && (best == null || e.getValue() > best.getValue())) {
                best = e;
            }
        }
        return best;
    }

    /** The innermost element holding every block the reader kept, or null when it kept none. */
    static @Nullable Element keptRoot(HtmlInput in) {
        // the current root's ancestors, itself first; each block's climb stops at the first of them
        List<Element> chain = new ArrayList<>();
        Set<Element> onChain = Collections.newSetFromMap(new IdentityHashMap<>());
        for (HtmlInput.Entry e : in.blocks()) {
            Element el = e.element();
            if (e.removedBy() != null || el == null) {
                continue;
            }
            if (chain.isEmpty()) {
                for (Element up = el; up != null; up = up.parent()) {
                    chain.add(up);
                }
                onChain.addAll(chain);
                continue;
            }
            Element up = el;
            while (up != null && !onChain.contains(up)) {
                up = up.parent();
            }
            if (up == null) {
                return null;
            }
            while (chain.get(0) != up) {
                onChain.remove(chain.remove(0));
            }
        }
        return chain.isEmpty() ? null : chain.get(0);
    }

    /**
     * A selector naming the element by what stays from page to page: its tag with a stable id, or
     * its tag and stable classes; failing that, the path of tags down from the nearest ancestor
     * that has them ({@value #MAX_PATH} tags at most). Null when nothing stable is near.
     */
    static @Nullable String selector(Element e) {
        List<String> path = new ArrayList<>();
        for (Element up = e; up != null && path.size() < MAX_PATH; up = up.parent()) {
            String named = named(up);
            if (named != null) {
                StringBuilder sb = new StringBuilder(named);
                for (int i = path.size() - 1; i >= 0; i--) {
                    sb.append(" > ").append(path.get(i));
                }
                return sb.toString();
            }
            if (up.tagName().equals("body") || up.tagName().equals("html")) {
                return null;
            }
            path.add(up.normalName());
        }
        return null;
    }

    /** The element's tag with its stable id, or with its stable classes; null when it has neither. */
    static @Nullable String named(Element e) {
        String tag = e.normalName();
        if (!PLAIN_TAG.matcher(tag).matches()) {
            return null;
        }
        String id = e.id();
        if (!id.isEmpty() && STABLE_NAME.matcher(id).matches()) {
            return tag + "#" + id;
        }
        StringBuilder sb = new StringBuilder();
        for (String c : e.classNames()) {
            if (STABLE_NAME.matcher(c).matches()) {
                sb.append('.').append(c);
            }
        }
        return sb.length() == 0 ? null : tag + sb;
    }

    /** The page's og:site_name, and the first and last segments of its {@code <title>}. */
    private static List<String> siteNameCandidates(HtmlInput in) {
        List<String> out = new ArrayList<>();
        Document doc = in.document();
        Element og = doc.selectFirst("meta[property=og:site_name]");
        if (og != null) {
            add(out, og.attr("content"));
        }
        String[] parts = TITLE_SEPARATORS.split(doc.title().strip());
        if (parts.length >= 2) {
            add(out, parts[0]);
            add(out, parts[parts.length - 1]);
        }
        return out;
    }

    private static void add(List<String> out, String candidate) {
        String c = candidate.strip();
        if (!c.isEmpty() && c.length() <= MAX_SITE_NAME && c.codePoints().anyMatch(Character::isLetter)
                && out.stream().noneMatch(c::equalsIgnoreCase)) {
            out.add(c);
        }
    }
}
