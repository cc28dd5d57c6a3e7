package io.github.tidings.internal.rules;

import io.github.tidings.internal.html.HtmlInput;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jspecify.annotations.Nullable;

/**
 * Learns the elements of a site's HTML template that sit in or near its articles (share bars,
 * "related" boxes, newsletter prompts, author boxes, tag lists) from several of its pages, as CSS
 * selectors for {@code removeSelector} rules. A candidate is an element with a stable id or classes
 * ({@link HtmlLearner#named(Element)}) around a block the HTML reader kept, or around any block
 * inside the element around all it kept (a box the reader removed there may come back on another
 * page, kept by the finder or by a learned article root). It is learned when
 * it is found on most of the pages and, on every page where the selector finds anything, each
 * element it finds:
 * <ul>
 * <li>holds text that repeats across the site: at least {@value #MIN_RECURRING_SHARE} of its
 * characters are in blocks seen on another page too (numbers masked), or it holds some such text
 * (its label: "Related posts") and the rest is mostly links (at least {@value #MIN_LINK_SHARE} of
 * its text), as a list of other stories or tags is;</li>
 * <li>holds no headline ({@code h1}, or the start of the page's title), is not the element around
 * all that the reader kept nor inside none of it, and holds at most {@value #MAX_KEPT_SHARE} of
 * what the reader kept.</li>
 * </ul>
 * A page's article text does not recur on other pages, so an element holding any of it fails the
 * first test on that page, and its selector is not learned. Selectors inside an element already
 * learned add nothing and are dropped. Fed one page at a time; not thread-safe. Time linear in the
 * pages' size times the few candidates that pass the first count.
 */
public final class BoilerplateLearner {
    /** The share of an element's characters that must recur on other pages for it to be template. */
    static final double MIN_RECURRING_SHARE = 0.8;
    /** The share of link text that makes an element with a recurring label a list of links. */
    static final double MIN_LINK_SHARE = 0.6;
    /** The most of a page's kept characters one template element may hold. */
    static final double MAX_KEPT_SHARE = 0.5;
    /** The most selectors learned: the ones removing the most text. */
    static final int MAX_SELECTORS = 12;
    /** The fewest pages a selector is learned from. */
    static final int MIN_PAGES = 3;

    /** A learned selector and on how many pages it found template. */
    public record Selector(String css, int pages) {
    }

    private final List<HtmlInput> pages = new ArrayList<>();
    /** Per page, the innermost element around all the reader kept (null when it kept nothing). */
    private final List<@Nullable Element> keptRoots = new ArrayList<>();
    /** Per block key, the number of pages it is on (any block, kept or not). */
    private final Map<String, Integer> keyPages = new HashMap<>();
    /** Per page, each block's key, in the order of its blocks: counted once, looked up per candidate. */
    private final List<List<String>> pageKeys = new ArrayList<>();
    /** Per element name (tag with stable id or classes), the number of pages an element of that very name is on. */
    private final Map<String, Integer> present = new HashMap<>();
    /**
     * Per candidate selector, the number of pages it stands around a kept block (or any block inside
     * the element around the kept ones) on; one such page makes a candidate, which must then be
     * template on most.
     */
    private final Map<String, Integer> candidates = new LinkedHashMap<>();

    /** Notes one page. */
    void observe(HtmlInput in) {
        pages.add(in);
        Element root = HtmlLearner.keptRoot(in);
        keptRoots.add(root);
        List<String> blockKeys = new ArrayList<>(in.blocks().size());
        Set<String> keys = new HashSet<>();
        Set<String> css = new HashSet<>();
        Set<Element> climbed = Collections.newSetFromMap(new IdentityHashMap<>());
        for (HtmlInput.Entry e : in.blocks()) {
            String key = ProfileLearner.key(e.block().text());
            blockKeys.add(key);
            keys.add(key);
            if (e.element() == null || e.removedBy() != null && (root == null || !isIn(e.element(), root))) {
                continue;
            }
            for (Element up = e.element(); up != null && climbed.add(up); up = up.parent()) {
                if (up.normalName().equals("body")) {
                    break;
                }
                String n = HtmlLearner.named(up);
                if (n != null) {
                    css.add(n);
                }
            }
        }
        keys.forEach(k -> keyPages.merge(k, 1, Integer::sum));
        pageKeys.add(blockKeys);
        css.forEach(c -> candidates.merge(c, 1, Integer::sum));
        // on how many pages each name is found at all: a cheap first count, so that only the
        // candidates on enough pages are looked for with their selector on every page
        Set<String> names = new HashSet<>();
        for (Element el : in.document().getAllElements()) {
            String n = el.hasAttr("id") || el.hasAttr("class") ? HtmlLearner.named(el) : null;
            if (n != null) {
                names.add(n);
            }
        }
        names.forEach(n -> present.merge(n, 1, Integer::sum));
    }

    /** The selectors learned, those removing the most text first; found on at least {@code need} pages. */
    List<Selector> learned(int need) {
        int min = Math.max(Math.max(MIN_PAGES, need), pages.size() / 2 + 1);
        List<Selector> ok = new ArrayList<>();
        Map<String, Long> removedChars = new HashMap<>();
        Map<String, List<Elements>> hits = new HashMap<>();
        for (Map.Entry<String, Integer> c : candidates.entrySet()) {
            if (present.getOrDefault(c.getKey(), 0) < min) {
                continue;
            }
            long chars = 0;
            int found = 0;
            List<Elements> perPage = new ArrayList<>();
            boolean good = true;
            for (int p = 0; p < pages.size() && good; p++) {
                Elements els = pages.get(p).document().select(c.getKey());
                perPage.add(els);
                if (els.isEmpty()) {
                    continue;
                }
                long[] t = templateChars(pages.get(p), pageKeys.get(p), keptRoots.get(p), els);
                good = t != null;
                if (good && t[0] > 0) {
                    found++;
                    chars += t[1];
                }
            }
            if (good && found >= min) {
                ok.add(new Selector(c.getKey(), found));
                removedChars.put(c.getKey(), chars);
                hits.put(c.getKey(), perPage);
            }
        }
        ok.sort((a, b) -> Long.compare(removedChars.get(b.css()), removedChars.get(a.css())));
        List<Selector> out = new ArrayList<>();
        for (Selector s : ok) {
            if (!covered(hits.get(s.css()), out, hits)) {
                out.add(s);
            }
        }
        // an element chosen before the one around it (both remove the same text) adds nothing
        for (int i = out.size() - 1; i >= 0; i--) {
            List<Selector> others = new ArrayList<>(out);
            others.remove(i);
            if (covered(hits.get(out.get(i).css()), others, hits)) {
                out.remove(i);
            }
        }
        return out.size() > MAX_SELECTORS ? List.copyOf(out.subList(0, MAX_SELECTORS)) : out;
    }

    /** Whether every element the selector finds lies in (or is) one an already chosen selector finds. */
    private static boolean covered(List<Elements> mine, List<Selector> chosen, Map<String, List<Elements>> hits) {
        if (chosen.isEmpty()) {
            return false;
        }
        for (int p = 0; p < mine.size(); p++) {
            Set<Element> outer = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Selector s : chosen) {
                outer.addAll(hits.get(s.css()).get(p));
            }
            for (Element e : mine.get(p)) {
                Element up = e;
                while (up != null && !outer.contains(up)) {
                    up = up.parent();
                }
                if (up == null) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The characters of text and of kept text the elements hold on the page, or null when one of
     * them is not template (holds the page's own text, a headline, or the article around what was
     * kept).
     */
    private long @Nullable [] templateChars(HtmlInput page, List<String> keys, @Nullable Element keptRoot,
            Elements els) {
        Set<Element> matched = Collections.newSetFromMap(new IdentityHashMap<>());
        matched.addAll(els);
        long keptTotal = 0;
        Map<Element, long[]> sums = new IdentityHashMap<>(); // total, recurring, kept
        for (int i = 0; i < page.blocks().size(); i++) {
            HtmlInput.Entry e = page.blocks().get(i);
            String text = e.block().text();
            boolean kept = e.removedBy() == null;
            keptTotal += kept ? text.length() : 0;
            Element m = enclosing(e.element(), matched);
            if (m == null || text.codePoints().noneMatch(Character::isLetter)) {
                continue;
            }
            long[] s = sums.computeIfAbsent(m, k -> new long[3]);
            s[0] += text.length();
            s[1] += keyPages.getOrDefault(keys.get(i), 0) >= 2 ? text.length() : 0;
            s[2] += kept ? text.length() : 0;
        }
        String title = page.document().title().strip();
        long[] total = new long[2];
        for (Element m : els) {
            long[] s = sums.get(m);
            if (s == null) {
                continue;
            }
            if (isHeadline(m, title) || keptRoot != null && (m == keptRoot || keptRoot.parents().contains(m))
                    || s[2] > MAX_KEPT_SHARE * keptTotal) {
                return null;
            }
            boolean template = s[1] >= MIN_RECURRING_SHARE * s[0] || s[1] > 0 && linkShare(m) >= MIN_LINK_SHARE;
            if (!template) {
                return null;
            }
            total[0] += s[0];
            total[1] += s[2];
        }
        return total;
    }

    private static boolean isIn(Element e, Element ancestor) {
        for (Element up = e; up != null; up = up.parent()) {
            if (up == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** The matched element the block's element is or lies in, if any. */
    private static @Nullable Element enclosing(@Nullable Element e, Set<Element> matched) {
        for (Element up = e; up != null; up = up.parent()) {
            if (matched.contains(up)) {
                return up;
            }
        }
        return null;
    }

    /** Whether the element holds an {@code h1} or a line the page's {@code <title>} starts with. */
    private static boolean isHeadline(Element m, String title) {
        if (m.normalName().equals("h1") || !m.getElementsByTag("h1").isEmpty()) {
            return true;
        }
        for (Element h : m.select("h2, h3")) {
            String t = h.text().strip();
            if (t.length() >= 15 && title.startsWith(t)) {
                return true;
            }
        }
        return false;
    }

    /** The share of the element's text that is link text. */
    private static double linkShare(Element m) {
        int all = m.text().length();
        if (all == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : m.getElementsByTag("a")) {
            links += a.text().length();
        }
        return (double) links / all;
    }
}
