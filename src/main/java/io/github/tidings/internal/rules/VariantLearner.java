package io.github.tidings.internal.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Learns the template lines that recur across a site's pages with a part that changes: "Posted by
 * Ada Lovelace on 7 November" and "Posted by Ada Lovelace on 8 November", "Posted by X | Permalink |
 * 3 Comments" and "... | Comment", "news, video — thebrainbehind @ 11:07". Numbers are masked first
 * (as {@link ProfileLearner#key(String)} does), so what is left to vary is words. Short lines are
 * grouped by their first {@value #EDGE_WORDS} words and, apart, by their last ones; a group whose
 * lines are on enough pages and differ among themselves becomes a pattern of the words all its
 * lines share at the start and at the end with a {@code *} for the rest ({@code Posted by Ada
 * Lovelace on *}), provided those shared words are {@value #MIN_FIXED_WORDS} at least and half or
 * more of every line: a line of the article that merely starts like a template line has more of its
 * own. Time linear in the lines.
 */
final class VariantLearner {
    /** The most words of a line learned as a variant: template lines are short. */
    static final int MAX_WORDS = 20;
    /** The words that group lines: the first ones, or the last ones. */
    static final int EDGE_WORDS = 3;
    /** The fewest words all of a group's lines share (start and end together). */
    static final int MIN_FIXED_WORDS = 3;

    private VariantLearner() {
    }

    /** One group of lines: on which pages, the distinct lines (numbers masked) as words. */
    private static final class Group {
        final Set<Integer> pages = new HashSet<>();
        final Map<String, String[]> lines = new LinkedHashMap<>();
    }

    /**
     * The variant patterns among the pages' blocks: each a masked {@link ProfileLearner.Line}
     * written as a pattern, with the number of pages its group is on (at least {@code minPages}).
     *
     * @param pages per page, its blocks' texts (those the learner counts: with a letter, not prose)
     */
    static List<ProfileLearner.Line> learn(List<List<String>> pages, int minPages) {
        Map<String, Group> heads = new LinkedHashMap<>();
        Map<String, Group> tails = new LinkedHashMap<>();
        for (int p = 0; p < pages.size(); p++) {
            for (String text : pages.get(p)) {
                if (text.indexOf('*') >= 0 || text.indexOf(TextMatch.NUMBER) >= 0) {
                    continue; // a * or # of its own would be a wildcard in the pattern
                }
                String masked = ProfileLearner.mask(text.strip(), String.valueOf(TextMatch.NUMBER));
                String[] words = masked.split("\\s+");
                if (words.length <= EDGE_WORDS || words.length > MAX_WORDS) {
                    continue;
                }
                String key = TextMatch.fold(String.join(" ", words));
                String[] folded = key.split(" ");
                add(heads, String.join(" ", List.of(folded).subList(0, EDGE_WORDS)), p, key, words);
                add(tails, String.join(" ", List.of(folded).subList(folded.length - EDGE_WORDS, folded.length)), p,
                        key, words);
            }
        }
        Map<String, ProfileLearner.Line> out = new LinkedHashMap<>();
        for (Map<String, Group> groups : List.of(heads, tails)) {
            for (Group g : groups.values()) {
                if (g.pages.size() < minPages || g.lines.size() < 2) {
                    continue; // one line alone recurs as it stands: the exact rules have it
                }
                String pattern = pattern(new ArrayList<>(g.lines.values()));
                if (pattern != null && !out.containsKey(pattern)) {
                    out.put(pattern, new ProfileLearner.Line(pattern, true, g.pages.size(), TextMatch.fold(pattern)));
                }
            }
        }
        return List.copyOf(out.values());
    }

    private static void add(Map<String, Group> groups, String edge, int page, String key, String[] words) {
        Group g = groups.computeIfAbsent(edge, k -> new Group());
        g.pages.add(page);
        g.lines.putIfAbsent(key, words);
    }

    /**
     * The words all lines share at their start, a {@code *}, and the words they share at their end
     * (the first line's spelling); null when the shared words are too few or too small a part of
     * some line.
     */
    private static String pattern(List<String[]> lines) {
        String[] first = lines.get(0);
        int shortest = Integer.MAX_VALUE;
        for (String[] l : lines) {
            shortest = Math.min(shortest, l.length);
        }
        int head = 0;
        while (head < shortest && sameAt(lines, head, false)) {
            head++;
        }
        int tail = 0;
        while (tail < shortest - head && sameAt(lines, tail, true)) {
            tail++;
        }
        if (head == shortest) {
            return null; // one line is the start of all the others: no part of it changes
        }
        int fixed = head + tail;
        if (fixed < MIN_FIXED_WORDS) {
            return null;
        }
        for (String[] l : lines) {
            if (2 * fixed < l.length) {
                return null;
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < head; i++) {
            sb.append(first[i]).append(' ');
        }
        sb.append('*');
        for (int i = first.length - tail; i < first.length; i++) {
            sb.append(' ').append(first[i]);
        }
        String pattern = sb.toString();
        // a pattern needs a letter or a digit to stand on (TextMatch refuses it otherwise)
        return pattern.codePoints().anyMatch(Character::isLetter) ? pattern : null;
    }

    /** Whether every line has the same word (folded) at {@code i} from its start, or from its end. */
    private static boolean sameAt(List<String[]> lines, int i, boolean fromEnd) {
        String w = null;
        for (String[] l : lines) {
            String x = TextMatch.fold(l[fromEnd ? l.length - 1 - i : i]);
            if (w == null) {
                w = x;
            } else if (!w.equals(x)) {
                return false;
            }
        }
        return true;
    }
}
