package io.github.tidings.internal.rules;

import io.github.tidings.clean.TextBlock;
import io.github.tidings.internal.html.HtmlInput;
import io.github.tidings.internal.html.HtmlReader;
import io.github.tidings.internal.text.DumpReader;
import io.github.tidings.internal.text.MarkdownReader;
import io.github.tidings.internal.words.TextNormalizer;
import io.github.tidings.model.Hints;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;

/**
 * Learns a site's template from several of its pages: the blocks (lines of a text dump, Markdown
 * blocks, the HTML reader's kept blocks) that recur on enough of the pages, numbers masked so that
 * "© 2012" and "© 2013", or "12 comments" and "3 comments", count as one. Each becomes a
 * {@code remove} rule with the number of pages it was seen on, written as a rules file a person can
 * read and edit. Time is linear in the pages' total length.
 */
public final class ProfileLearner {
    /** The input kinds, as the parser's {@code InputFormat} names them. */
    public enum Kind { TEXT, MARKDOWN, HTML }

    /** The most words of a sentence-ending block that can be template; see {@link #isProse(String)}. */
    static final int MAX_TEMPLATE_WORDS = 40;
    /**
     * Prose is learned when at least this many of {@link #PROSE_SHARE_OUT_OF} pages hold it: on all
     * of up to four pages, on four of five. See {@link #isProse(String)}.
     */
    static final int PROSE_SHARE = 4;
    static final int PROSE_SHARE_OUT_OF = 5;
    /** Blocks longer than this count as prose (see {@link #isProse(String)}) however they end. */
    static final int MAX_CHARS = 600;

    private ProfileLearner() {
    }

    /**
     * A recurring block: the rule's match, how it is written, on how many pages it was seen, and
     * the key blocks are counted by ({@link #key(String)}).
     */
    public record Line(String text, boolean masked, int pages, String key) {
    }

    /**
     * What a profile holds: the recurring blocks, the lines articles start after and end at
     * ({@link MarkerLearner}), and what the HTML pages tell ({@link HtmlLearner}).
     */
    public record Learned(List<Line> lines, List<Line> starts, List<Line> ends, HtmlLearner.Html html) {
        /** How many rules the profile's file holds. */
        public int ruleCount() {
            return lines.size() + starts.size() + ends.size() + html.ruleCount();
        }
    }

    /** The key a block is counted by: folded, white space collapsed, numbers masked. */
    static String key(String text) {
        return mask(TextMatch.fold(text).strip().replaceAll(" {2,}", " "), "#");
    }

    /**
     * The lines after which the site's articles start and at which they have ended, learned from
     * what the parser kept on each of the site's pages (see {@link MarkerLearner}).
     */
    public static Learned withMarkers(List<Line> lines, List<FinderRecorder.Observation> pages, int minPages,
            HtmlLearner.Html html) {
        MarkerLearner.Markers m = pages.isEmpty() ? MarkerLearner.Markers.NONE
                : MarkerLearner.learn(pages, lines, minPages);
        return new Learned(lines, m.starts(), m.ends(), html);
    }

    /**
     * The blocks that recur on at least {@code minPages} of the pages, most frequent first (then in
     * the order first seen).
     */
    public static List<Line> recurring(List<String> pages, List<Kind> kinds, int minPages) {
        return recurring(pages, kinds, minPages, new HtmlLearner());
    }

    /**
     * The blocks that recur on at least {@code minPages} of the pages, as {@link
     * #recurring(List, List, int)}; what the HTML pages' markup shows goes to {@code html}.
     */
    public static List<Line> recurring(List<String> pages, List<Kind> kinds, int minPages, HtmlLearner html) {
        Map<String, String> written = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        Set<String> prose = new HashSet<>();
        List<List<String>> shortLines = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            Set<String> seen = new HashSet<>();
            List<String> lines = new ArrayList<>();
            for (String text : blocks(pages.get(p), kinds.get(p), html)) {
                if (text.codePoints().noneMatch(Character::isLetter)) {
                    continue;
                }
                String key = key(text);
                if (seen.add(key)) {
                    counts.merge(key, 1, Integer::sum);
                    boolean isLong = text.length() > MAX_CHARS || isProse(text);
                    if (written.putIfAbsent(key, text) == null && isLong) {
                        prose.add(key);
                    }
                    if (!isLong) {
                        lines.add(text);
                    }
                }
            }
            shortLines.add(lines);
        }
        List<Line> out = new ArrayList<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            int n = e.getValue();
            String w = written.get(e.getKey());
            boolean masked = w.chars().anyMatch(Character::isDigit);
            // a masked line is written as a pattern, where * and # are wildcards: one that holds
            // them as text cannot be written so
            if (n >= minPages && (!prose.contains(e.getKey()) || PROSE_SHARE_OUT_OF * n >= PROSE_SHARE * pages.size())
                    && !(masked && (w.indexOf('*') >= 0 || w.indexOf(TextMatch.NUMBER) >= 0))) {
                out.add(new Line(masked ? mask(w, String.valueOf(TextMatch.NUMBER)) : w, masked, n, e.getKey()));
            }
        }
        out.sort((a, b) -> Integer.compare(b.pages(), a.pages())); // stable: first seen first among equals
        out.addAll(VariantLearner.learn(shortLines, minPages));
        return out;
    }

    /**
     * Whether the block is a paragraph of prose: more than {@value #MAX_TEMPLATE_WORDS} words ending
     * like a sentence. Prose that recurs on some of a site's pages is more often part of its
     * articles (a standing note, a story updated from page to page) than template, so it is learned
     * only when nearly every page holds it, four in five (an "about the author" box, a disclaimer):
     * on dragnet's leave-one-out run, such prose was never the left-out page's article (lynx),
     * while prose on two thirds to four fifths of the pages was, a fifth of the time, and learning
     * prose seen on a third of them cost region 0.008 of recall.
     * 20, 40 and 60 words were tried, 20 lost lynx precision, 40 and 60 were alike.
     */
    static boolean isProse(String text) {
        TextBlock b = TextBlock.of(text);
        return b.words() > MAX_TEMPLATE_WORDS && b.endsLikeSentence();
    }

    /** Numbers (digit runs with the separators inside numbers and dates: . , : / -) replaced by {@code with}. */
    static String mask(String s, String with) {
        StringBuilder sb = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (!Character.isDigit(c)) {
                sb.append(c);
                i++;
                continue;
            }
            sb.append(with);
            i = TextMatch.numberEnd(s, i, s.length());
        }
        return sb.toString();
    }

    /** The page's blocks as the parser makes them, so that the rules match what the parser sees. */
    private static List<String> blocks(String page, Kind kind, HtmlLearner html) {
        List<String> out = new ArrayList<>();
        switch (kind) {
            case TEXT -> DumpReader.read(page).forEach(b -> out.add(b.text()));
            case MARKDOWN -> MarkdownReader.read(TextNormalizer.normalize(page)).forEach(b -> out.add(b.text()));
            case HTML -> {
                HtmlInput in = HtmlReader.read(Jsoup.parse(page), Hints.none(), false);
                html.observe(in);
                for (HtmlInput.Entry e : in.blocks()) {
                    if (e.removedBy() == null) {
                        out.add(e.block().text());
                    }
                }
            }
        }
        return out;
    }

    /**
     * The rules file for the site: hosts when known, else (and also) a signature, the recurring
     * line without digits seen on the most pages; one {@code remove} rule per recurring block, a
     * {@code removeUntil} rule per start marker and a {@code removeFrom} rule per end marker, and
     * the HTML rules ({@link HtmlLearner.Html}).
     *
     * @throws IllegalArgumentException if nothing recurs, so there is neither a rule nor a signature
     */
    public static String toJson(String site, List<String> hosts, Learned learned, int pageCount) {
        List<Line> lines = learned.lines();
        if (learned.ruleCount() == 0) {
            throw new IllegalArgumentException("no block recurs on enough of the " + pageCount
                    + " pages to learn from: give more pages of one site");
        }
        String signature = null;
        for (Line l : lines) {
            if (!l.masked() && l.text().length() >= 8) {
                signature = l.text();
                break;
            }
        }
        if (signature == null) {
            signature = learned.html().signature(); // HTML: a template line the reader removes
        }
        StringBuilder sb = new StringBuilder();
        sb.append("{\n  \"comment\": ").append(quote("learned by tidings from " + pageCount
                + " pages; count is the number of pages a block, marker or element was seen on")).append(",\n");
        sb.append("  \"sites\": [\n    {\n      \"site\": ").append(quote(site)).append(",\n");
        if (!hosts.isEmpty()) {
            sb.append("      \"hosts\": [");
            for (int i = 0; i < hosts.size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(quote(hosts.get(i)));
            }
            sb.append("],\n");
        }
        if (signature != null) {
            sb.append("      \"signature\": ").append(quote(signature)).append(",\n");
        } else if (hosts.isEmpty()) {
            throw new IllegalArgumentException("no recurring line can serve as the site's signature: give its host");
        }
        List<String> rules = new ArrayList<>(learned.html().boilerplateRules());
        for (int i = 0; i < lines.size(); i++) {
            rules.add(lineRule("line-" + (i + 1), "remove", lines.get(i)));
        }
        for (int i = 0; i < learned.starts().size(); i++) {
            rules.add(lineRule("start-" + (i + 1), "removeUntil", learned.starts().get(i)));
        }
        for (int i = 0; i < learned.ends().size(); i++) {
            rules.add(lineRule("end-" + (i + 1), "removeFrom", learned.ends().get(i)));
        }
        rules.addAll(learned.html().rules());
        sb.append("      \"rules\": [\n");
        for (int i = 0; i < rules.size(); i++) {
            sb.append("        ").append(rules.get(i)).append(i + 1 < rules.size() ? ",\n" : "\n");
        }
        sb.append("      ]\n    }\n  ]\n}\n");
        return sb.toString();
    }

    private static String lineRule(String name, String action, Line l) {
        return "{\"name\": \"" + name + "\", \"count\": " + l.pages() + ", \"" + action + "\": {\""
                + (l.masked() ? "pattern" : "exact") + "\": " + quote(l.text()) + "}}";
    }

    /** A JSON string literal. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
