package io.github.tidings.internal.rules;

import io.github.tidings.clean.Page;
import io.github.tidings.clean.TextBlock;
import io.github.tidings.internal.html.HtmlReader;
import io.github.tidings.internal.metadata.DateParser;
import io.github.tidings.model.Published;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jspecify.annotations.Nullable;

/**
 * One rule of a rules file, as loaded: its name, what it does, and with what. Immutable;
 * {@link #apply(Page)} does the rule's work on one page through the cleaner SPI and says how many
 * changes it made.
 */
final class SiteRule {
    /** What a rule does, by the key that names it in the rules file. */
    enum Action {
        REMOVE("remove"), REMOVE_FROM("removeFrom"), REMOVE_UNTIL("removeUntil"), KEEP("keep"),
        REMOVE_SELECTOR("removeSelector"), KEEP_SELECTOR("keepSelector"), ROOT_SELECTOR("rootSelector"),
        SITE_NAME("siteName"), TITLE("title"), PUBLISHED("published"), AUTHORS("authors");

        final String key;

        Action(String key) {
            this.key = key;
        }
    }

    /** The most authors a selector rule reads: a selector matching a list of links is a mistake. */
    static final int MAX_AUTHORS = 10;
    private static final Pattern AUTHOR_SEPARATORS = Pattern.compile(
            "\\s*[,;&/]\\s*|\\s+(?:and|ve|und|et|y|e|и)\\s+", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** What stands between a headline and the site's name in a page's title. */
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s*[|\\-–—:·•»]\\s");

    final String name;
    final Action action;
    private final @Nullable TextMatch match;
    private final @Nullable Evaluator selector;
    private final @Nullable String selectorText;
    private final @Nullable String fixed;
    /** For a root rule: the site's removeSelector rules, whose elements the root does not bring back. */
    private final List<SiteRule> spared;

    private SiteRule(String name, Action action, @Nullable TextMatch match, @Nullable Evaluator selector,
            @Nullable String selectorText, @Nullable String fixed, List<SiteRule> spared) {
        this.name = name;
        this.action = action;
        this.match = match;
        this.selector = selector;
        this.selectorText = selectorText;
        this.fixed = fixed;
        this.spared = spared;
    }

    private SiteRule(String name, Action action, @Nullable TextMatch match, @Nullable Evaluator selector,
            @Nullable String selectorText, @Nullable String fixed) {
        this(name, action, match, selector, selectorText, fixed, List.of());
    }

    /**
     * One site's rules, with each root rule told the site's removeSelector rules: a block inside an
     * element the site removes (a share bar inside the article's element) is not brought back by the
     * root, whichever of the two rules comes first. Without this the root's rescue, a keep, would win
     * over the removal.
     */
    static List<SiteRule> rootsSparing(List<SiteRule> rules) {
        List<SiteRule> removals = rules.stream().filter(r -> r.action == Action.REMOVE_SELECTOR).toList();
        if (removals.isEmpty()) {
            return List.copyOf(rules);
        }
        List<SiteRule> out = new ArrayList<>();
        for (SiteRule r : rules) {
            out.add(r.action != Action.ROOT_SELECTOR ? r
                    : new SiteRule(r.name, r.action, r.match, r.selector, r.selectorText, r.fixed, removals));
        }
        return List.copyOf(out);
    }

    /** A rule acting on blocks or lines that the match finds (remove, removeFrom, removeUntil, keep, or a metadata line). */
    static SiteRule ofMatch(String name, Action action, TextMatch match) {
        return new SiteRule(name, action, match, null, null, null);
    }

    /** A rule acting on what a CSS selector finds. */
    static SiteRule ofSelector(String name, Action action, Evaluator selector, String text) {
        return new SiteRule(name, action, null, selector, text, null);
    }

    /** The fixed site name rule. */
    static SiteRule siteName(String name, String siteName) {
        return new SiteRule(name, Action.SITE_NAME, null, null, null, siteName);
    }

    /** Applies the rule to the page; returns the number of blocks it removed or kept and fields it set. */
    int apply(Page page) {
        return switch (action) {
            case REMOVE -> remove(page);
            case REMOVE_FROM -> removeFromMarker(page, true);
            case REMOVE_UNTIL -> removeFromMarker(page, false);
            case KEEP -> keep(page);
            case REMOVE_SELECTOR, KEEP_SELECTOR -> bySelector(page);
            case ROOT_SELECTOR -> root(page);
            case SITE_NAME -> {
                page.setSiteName(fixed, "fixed by the site's rules");
                yield 1;
            }
            case TITLE, PUBLISHED, AUTHORS -> metadata(page);
        };
    }

    private int remove(Page page) {
        int n = 0;
        for (TextBlock b : page.kept()) {
            if (match.matches(b.text())) {
                n += removed(page, b, "matches " + match.describe());
            }
        }
        return n;
    }

    /** Removes the block and says whether that changed anything (a kept block stays). */
    private static int removed(Page page, TextBlock b, String reason) {
        page.remove(b, reason);
        return page.isRemoved(b) ? 1 : 0;
    }

    private int removeFromMarker(Page page, boolean toEnd) {
        List<TextBlock> all = page.blocks();
        int marker = -1;
        for (int i = 0; i < all.size() && marker < 0; i++) {
            if (match.matches(all.get(i).text()) && !isHeadline(page, all.get(i))) {
                marker = i;
            }
        }
        if (marker < 0) {
            return 0;
        }
        // Below its first line (a dump's <title> line), the page's headline says where its article
        // is: a marker on the wrong side of it does not bound this page's article.
        for (int i = 1; i < all.size(); i++) {
            if (i != marker && isHeadline(page, all.get(i))) {
                if (toEnd ? i > marker : i < marker) {
                    return 0;
                }
                break;
            }
        }
        int n = 0;
        int from = toEnd ? marker : 0;
        int to = toEnd ? all.size() : marker;
        String reason = toEnd ? "from the marker " + match.describe() + " to the end"
                : "above the marker " + match.describe();
        for (int i = from; i < to; i++) {
            TextBlock b = all.get(i);
            if (!page.isRemoved(b)) {
                n += removed(page, b, reason);
            }
        }
        return n;
    }

    /**
     * Whether the block is the page's own headline, which is never a marker: a line that ends the
     * articles of a site on most pages (a list of its popular stories) can be this page's title.
     */
    static boolean isHeadline(Page page, TextBlock b) {
        if (page.role(b).filter(Page.Role.TITLE::equals).isPresent()) {
            return true;
        }
        Optional<String> title = page.title();
        if (title.isEmpty()) {
            return false;
        }
        String t = TextMatch.fold(title.get()).strip();
        String text = TextMatch.fold(b.text()).strip();
        // the title as written, or a <title> line that adds the site's name after it
        return !text.isEmpty() && t.startsWith(text) && (t.length() == text.length() || TITLE_SEPARATOR.matcher(
                t.substring(text.length())).lookingAt());
    }

    private int keep(Page page) {
        int n = 0;
        for (TextBlock b : page.blocks()) {
            if (match.matches(b.text()) && page.keptBy(b).isEmpty()) {
                page.keep(b, "matches " + match.describe());
                n++;
            }
        }
        return n;
    }

    private int bySelector(Page page) {
        boolean[] inside = inside(page);
        if (inside == null) {
            return 0;
        }
        int n = 0;
        List<TextBlock> all = page.blocks();
        String reason = "inside an element matching " + selectorText;
        for (int i = 0; i < all.size(); i++) {
            TextBlock b = all.get(i);
            if (!inside[i]) {
                continue;
            }
            if (action == Action.KEEP_SELECTOR) {
                if (page.keptBy(b).isEmpty()) {
                    page.keep(b, reason);
                    n++;
                }
            } else if (!page.isRemoved(b)) {
                n += removed(page, b, reason);
            }
        }
        return n;
    }

    /**
     * The article is the first element the selector finds: blocks outside it go, and blocks inside
     * it that the HTML finder left outside its own choice come back. Other drops inside it (scripts,
     * navigation, share tools) stand.
     */
    private int root(Page page) {
        boolean[] inside = inside(page);
        if (inside == null) {
            return 0;
        }
        boolean any = false;
        for (boolean in : inside) {
            any |= in;
        }
        if (!any) {
            return 0; // the template changed: leave the finder's choice alone rather than drop everything
        }
        List<boolean[]> removedBySite = new ArrayList<>();
        for (SiteRule r : spared) {
            removedBySite.add(r.inside(page));
        }
        int n = 0;
        List<TextBlock> all = page.blocks();
        for (int i = 0; i < all.size(); i++) {
            TextBlock b = all.get(i);
            if (!inside[i]) {
                if (!page.isRemoved(b)) {
                    n += removed(page, b, "outside the article root " + selectorText);
                }
            } else if (page.removedBy(b).filter(HtmlReader.FINDER::equals).isPresent()
                    && outsideFinderChoice(page, b) && !anyAt(removedBySite, i)) {
                page.keep(b, "inside the article root " + selectorText);
                n++;
            }
        }
        return n;
    }

    private static boolean anyAt(List<boolean[]> masks, int i) {
        for (boolean[] m : masks) {
            if (m[i]) {
                return true;
            }
        }
        return false;
    }

    /** Whether the HTML finder removed the block only for lying outside the element it chose. */
    private static boolean outsideFinderChoice(Page page, TextBlock b) {
        return page.removalReason(b).filter(HtmlReader.OUTSIDE::equals).isPresent();
    }

    /**
     * For each block, whether its element is or lies inside an element the selector matches; null
     * for a page without a document (text input). Every element is looked at once: the walk up from
     * a block stops at the first element already decided.
     */
    private boolean @Nullable [] inside(Page page) {
        Optional<Document> doc = page.document();
        if (doc.isEmpty()) {
            return null;
        }
        Elements hits = doc.get().select(selector);
        List<TextBlock> all = page.blocks();
        boolean[] out = new boolean[all.size()];
        if (hits.isEmpty()) {
            return out;
        }
        Set<Element> matched = Collections.newSetFromMap(new IdentityHashMap<>());
        matched.addAll(hits);
        if (action == Action.ROOT_SELECTOR) {
            matched.retainAll(List.of(hits.get(0))); // the first, in document order
        }
        Map<Element, Boolean> known = new IdentityHashMap<>();
        List<Element> path = new ArrayList<>();
        for (int i = 0; i < out.length; i++) {
            Element e = page.element(all.get(i)).orElse(null);
            path.clear();
            Boolean answer = null;
            while (e != null && answer == null) {
                answer = matched.contains(e) ? Boolean.TRUE : known.get(e);
                if (answer == null) {
                    path.add(e);
                    e = e.parent();
                }
            }
            boolean in = answer != null && answer;
            for (Element p : path) {
                known.put(p, in);
            }
            out[i] = in;
        }
        return out;
    }

    private int metadata(Page page) {
        if (selector != null) {
            Optional<Document> doc = page.document();
            if (doc.isEmpty()) {
                return 0;
            }
            Elements hits = doc.get().select(selector);
            if (hits.isEmpty()) {
                return 0;
            }
            String reason = "from the element matching " + selectorText;
            return switch (action) {
                case TITLE -> setTitle(page, hits.get(0).text(), reason);
                case PUBLISHED -> setPublished(page, dateText(hits.get(0)), reason);
                default -> {
                    List<String> names = new ArrayList<>();
                    for (Element e : hits) {
                        String t = e.text().strip();
                        if (!t.isEmpty() && !names.contains(t) && names.size() < MAX_AUTHORS) {
                            names.add(t);
                        }
                    }
                    yield setAuthors(page, names, reason);
                }
            };
        }
        for (TextBlock b : page.blocks()) {
            String value = match.capture(b.text());
            if (value == null) {
                continue;
            }
            String reason = "from the line matching " + match.describe();
            int n = switch (action) {
                case TITLE -> setTitle(page, value, reason);
                case PUBLISHED -> setPublished(page, value, reason);
                default -> setAuthors(page, splitNames(value), reason);
            };
            if (n > 0) {
                // the line held metadata, as a byline or date line does: it leaves the body
                n += page.isRemoved(b) ? 0 : removed(page, b, action.key + " line, read by the site's rules");
                return n;
            }
        }
        return 0;
    }

    /** A date element's machine-readable value if it has one ({@code <time datetime>}, {@code <meta content>}), else its text. */
    private static String dateText(Element e) {
        for (String attr : List.of("datetime", "content")) {
            if (!e.attr(attr).isBlank()) {
                return e.attr(attr);
            }
        }
        return e.text();
    }

    private static int setTitle(Page page, String value, String reason) {
        if (value.isBlank()) {
            return 0;
        }
        page.setTitle(value, reason);
        return 1;
    }

    private static int setPublished(Page page, String value, String reason) {
        Optional<Published> p = DateParser.parse(value, page.hints());
        if (p.isEmpty()) {
            return 0; // not a date this time: leave what tidings found
        }
        page.setPublished(p.get(), reason);
        return 1;
    }

    private static int setAuthors(Page page, List<String> names, String reason) {
        if (names.isEmpty()) {
            return 0;
        }
        page.setAuthors(names, reason);
        return 1;
    }

    /** Names in a byline's text: split at commas, ampersands and the word "and" in a few languages. */
    static List<String> splitNames(String value) {
        List<String> out = new ArrayList<>();
        for (String part : AUTHOR_SEPARATORS.split(value.strip())) {
            String p = part.strip();
            if (!p.isEmpty() && !out.contains(p) && out.size() < MAX_AUTHORS) {
                out.add(p);
            }
        }
        return out;
    }
}
