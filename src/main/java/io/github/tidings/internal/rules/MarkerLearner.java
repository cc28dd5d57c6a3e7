package io.github.tidings.internal.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Learns where a site's articles begin and end in its text dumps: a recurring line after which the
 * article starts (the last line of a masthead or a breadcrumb, a "posted in" line) and one at which
 * what follows the article starts (a "related posts" or "leave a reply" heading, a footer's first
 * line). The evidence is the site's own pages parsed without the profile: on each page that holds
 * the line, nearly all of what the parser kept must lie on the line's one side and most of it must,
 * so that cutting at the line on another page of the site keeps what the parser keeps there and
 * drops what it wrongly keeps. A line that ever stands amid the kept text of a page is no marker,
 * nor is one that is some page's own headline (a story's title that recurs in lists of stories).
 * Time linear in the pages' blocks.
 */
final class MarkerLearner {
    /** The share of a page's kept characters that may lie on the wrong side of a marker. */
    static final double TOLERANCE = 0.05;
    /** The most markers of each kind: the nearest to the article; more only add risk. */
    static final int MAX_MARKERS = 2;
    /**
     * The most words of a marker: template lines ("Related posts", "Posted in:") are short, and a
     * longer line that recurs after the articles is most often a headline in a list of popular
     * stories, which on some page of the site is that page's own title. Lines with numbers masked
     * (date lines above all) are no markers either: their pattern matches more lines than the one
     * learned, and where a date line stands varies with the page.
     */
    static final int MAX_WORDS = 8;
    /** The fewest pages a marker is seen on: with fewer, a line's place is chance. */
    static final int MIN_PAGES = 3;

    private MarkerLearner() {
    }

    /** The learned markers: lines the article starts after, and lines where it has ended. */
    record Markers(List<ProfileLearner.Line> starts, List<ProfileLearner.Line> ends) {
        static final Markers NONE = new Markers(List.of(), List.of());
    }

    /** Per candidate line: on how many pages it was seen with kept text around it, how often it cut wrongly, how far from the article. */
    private static final class Tally {
        int pages;
        int badStart;
        int badEnd;
        long startGap;
        long endGap;
        long startCut;
        long endCut;
    }

    /**
     * The markers among the recurring lines without masked numbers and of at most {@value #MAX_WORDS} words, each seen on at
     * least {@code minPages} of the observed pages, on half of them and on {@value #MIN_PAGES} at
     * least, and never amid what the parser kept on any of them.
     */
    static Markers learn(List<FinderRecorder.Observation> pages, List<ProfileLearner.Line> lines, int minPages) {
        Map<String, ProfileLearner.Line> byKey = new LinkedHashMap<>();
        for (ProfileLearner.Line l : lines) {
            byKey.put(l.key(), l);
        }
        Map<String, TextMatch> matches = new LinkedHashMap<>();
        for (ProfileLearner.Line l : lines) {
            if (l.masked() || l.text().strip().split("\\s+").length > MAX_WORDS) {
                continue;
            }
            matches.put(l.key(), TextMatch.of(TextMatch.Kind.EXACT, l.text()));
        }
        Map<String, Tally> tallies = new HashMap<>();
        Set<String> headlines = new HashSet<>();
        for (FinderRecorder.Observation p : pages) {
            int n = p.texts().size();
            long[] keptBefore = new long[n + 1];
            long[] droppedBefore = new long[n + 1];
            int first = -1;
            int last = -1;
            for (int i = 0; i < n; i++) {
                int len = p.texts().get(i).length();
                keptBefore[i + 1] = keptBefore[i] + (p.kept()[i] ? len : 0);
                droppedBefore[i + 1] = droppedBefore[i] + (p.kept()[i] ? 0 : len);
                if (p.kept()[i]) {
                    first = first < 0 ? i : first;
                    last = i;
                }
            }
            long total = keptBefore[n];
            if (total == 0) {
                continue; // nothing kept: no evidence either way
            }
            // where each candidate's rule would find its marker: the first block its exact match
            // finds, as removeFrom and removeUntil do; each block's key is looked up once, and a
            // hit confirmed by the match itself
            Map<String, Integer> firstAt = new HashMap<>();
            for (int i = 0; i < n; i++) {
                String text = p.texts().get(i);
                String key = ProfileLearner.key(text);
                TextMatch m = matches.get(key);
                if (m == null || firstAt.containsKey(key) || !m.matches(text)) {
                    continue;
                }
                if (p.headline()[i]) {
                    headlines.add(key); // a page's own headline: a story's title, not template
                } else {
                    firstAt.put(key, i);
                }
            }
            for (Map.Entry<String, Integer> e : firstAt.entrySet()) {
                int at = e.getValue();
                long before = keptBefore[at];
                long after = total - keptBefore[at + 1];
                Tally t = tallies.computeIfAbsent(e.getKey(), k -> new Tally());
                t.pages++;
                if (before <= TOLERANCE * total && after * 2 >= total) {
                    t.startGap += Math.max(0, first - at);
                    t.startCut += droppedBefore[at];
                } else {
                    t.badStart++;
                }
                if (after <= TOLERANCE * total && before * 2 >= total) {
                    t.endGap += Math.max(0, at - last);
                    t.endCut += droppedBefore[n] - droppedBefore[at];
                } else {
                    t.badEnd++;
                }
            }
        }
        tallies.keySet().removeAll(headlines);
        int need = Math.max(Math.max(MIN_PAGES, minPages), (pages.size() + 1) / 2);
        return new Markers(pick(byKey, tallies, need, true), pick(byKey, tallies, need, false));
    }

    private static List<ProfileLearner.Line> pick(Map<String, ProfileLearner.Line> byKey, Map<String, Tally> tallies,
            int minPages, boolean start) {
        List<Map.Entry<String, Tally>> ok = new ArrayList<>();
        for (Map.Entry<String, Tally> e : tallies.entrySet()) {
            Tally t = e.getValue();
            boolean good = start ? t.badStart == 0 && t.startCut > 0 : t.badEnd == 0 && t.endCut > 0;
            if (t.pages >= minPages && good) {
                ok.add(e);
            }
        }
        // nearest to the article first (mean blocks between it and the kept text), then the most seen
        ok.sort(Comparator.<Map.Entry<String, Tally>>comparingDouble(
                e -> (double) (start ? e.getValue().startGap : e.getValue().endGap) / e.getValue().pages)
                .thenComparingInt(e -> -e.getValue().pages).thenComparing(Map.Entry::getKey));
        List<ProfileLearner.Line> out = new ArrayList<>();
        for (int i = 0; i < ok.size() && i < MAX_MARKERS; i++) {
            out.add(byKey.get(ok.get(i).getKey()));
        }
        return out;
    }
}
