package io.github.tidings.internal.html;

import io.github.tidings.model.BlockType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Chooses the element that holds the article, after the ideas Readability published: paragraphs
 * of running text vote for their parent and, less, for the ancestors above it; an element's class
 * and id words add or subtract; an element mostly made of links loses in proportion; then the
 * winner is widened to an ancestor when close runners-up share it, to siblings that score
 * nearly as well or read like paragraphs (a p, or a table row holding one run of text), and to
 * the parts of an article split over wrappers of one tag and class (its cousins). Every step
 * visits each block or a bounded number of ancestors, so time stays linear however deep the
 * document.
 */
final class ContentFinder {
    /** How many ancestors a paragraph votes for. */
    private static final int VOTE_LEVELS = 5;
    /** How far up the winner may be moved. */
    private static final int MAX_CLIMB = 12;
    /**
     * The most commas of one block that add to its vote: a real paragraph has a handful (the dev
     * sets' choices are the same with this bound as without), and one junk block of a million
     * commas or digit groups must not outvote the article.
     */
    static final int MAX_COMMAS = 20;
    /**
     * The most votes an element takes from short blocks that do not end like a sentence (labels,
     * link-list items, boilerplate lines): past them, more such blocks say nothing more about it.
     * Without a bound, 100,000 short boilerplate lines in one element outvote any article.
     */
    static final int MAX_SHORT_VOTES = 30;
    /** Shorter than this, a block that does not end like a sentence is a {@linkplain #MAX_SHORT_VOTES short vote}. */
    private static final int SHORT = 80;

    private final BlockCollector c;

    private ContentFinder(BlockCollector c) {
        this.c = c;
    }

    /**
     * The chosen content elements' infos (the winner and the siblings that join it), or an empty
     * list when the page has no paragraph to vote.
     *
     * @param boost blocks (by position in the collector) that are known article text, for example
     *     because the page's JSON-LD articleBody holds them; they vote with more weight
     */
    static List<BlockCollector.Info> choose(BlockCollector c, boolean @Nullable [] boost) {
        return choose(c, boost, false);
    }

    /**
     * As {@link #choose(BlockCollector, boolean[])}; with {@code captionsVote}, captions vote as
     * paragraphs do (on a page whose only running text is in captions).
     */
    static List<BlockCollector.Info> choose(BlockCollector c, boolean @Nullable [] boost, boolean captionsVote) {
        return new ContentFinder(c).choose(boost, captionsVote);
    }

    private List<BlockCollector.Info> choose(boolean @Nullable [] boost, boolean captionsVote) {
        List<BlockCollector.Info> candidates = new ArrayList<>();
        // a text repeated on the page (a boilerplate line) votes once
        Set<String> voted = new HashSet<>();
        for (int bi = 0; bi < c.blocks.size(); bi++) {
            BlockCollector.Raw b = c.blocks.get(bi);
            if (b.dropReason != null || b.type == BlockType.HEADING || (b.type == BlockType.CAPTION && !captionsVote)) {
                continue;
            }
            int len = b.text.length();
            if (len < 25 || b.linkChars * 2 > len) {
                continue;
            }
            if (!voted.add(b.text)) {
                continue;
            }
            boolean shortVote = len < SHORT && !endsLikeSentence(b.text);
            double score = 1 + Math.min(commas(b.text), MAX_COMMAS) + Math.min(len / 100, 3);
            if (boost != null) {
                // The page's own articleBody agrees with this block, or does not.
                score *= boost[bi] ? 2 : 0.5;
            }
            // The block's own element votes first when it is a text run of a div or td, as
            // Readability scores such a div like a paragraph's parent.
            boolean byParent = b.owner.normalName().equals("p") || b.owner.normalName().equals("li");
            BlockCollector.Up up = byParent ? new BlockCollector.Up(b.owner.parent(), b.ownerInfo.parent)
                    : new BlockCollector.Up(b.owner, b.ownerInfo);
            for (int level = 0, steps = 0; level < VOTE_LEVELS && up.element() != null && steps < MAX_CLIMB;
                    steps++, up.up()) {
                BlockCollector.Info in = up.info();
                if (in == null) {
                    continue; // an inline element wrapping blocks: look through it
                }
                if (!in.scored) {
                    in.scored = true;
                    in.score = initialScore(in);
                    candidates.add(in);
                }
                if (shortVote && ++in.shortVotes > MAX_SHORT_VOTES) {
                    level++;
                    continue;
                }
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                in.score += score / divider;
                if (shortVote) {
                    in.shortScore += score / divider;
                }
                level++;
            }
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        for (BlockCollector.Info in : candidates) {
            in.score *= 1 - linkDensity(in);
        }
        candidates.sort(Comparator.comparingDouble((BlockCollector.Info in) -> -in.score));
        BlockCollector.Info top = candidates.get(0);
        double topScore = top.score;

        top = sharedAncestor(top, topScore, candidates);
        top = climb(top);
        // A lone child says nothing its parent does not: widen to the parent.
        for (int i = 0; i < MAX_CLIMB; i++) {
            Element p = top.element.parent();
            BlockCollector.Info pin = new BlockCollector.Up(p, top.parent).info();
            if (p == null || p.normalName().equals("body") || p.normalName().equals("html")
                    || p.childrenSize() != 1 || pin == null) {
                break;
            }
            top = pin;
        }
        return withSiblings(top);
    }

    /** When three or more strong runners-up sit under one ancestor of the winner, that ancestor wins. */
    private BlockCollector.Info sharedAncestor(BlockCollector.Info top, double topScore,
            List<BlockCollector.Info> sorted) {
        List<BlockCollector.Info> alternatives = new ArrayList<>();
        for (int i = 1; i < Math.min(5, sorted.size()); i++) {
            BlockCollector.Info in = sorted.get(i);
            if (in.score >= topScore * 0.75) {
                alternatives.add(in);
            }
        }
        if (alternatives.size() < 3) {
            return top;
        }
        BlockCollector.Up up = new BlockCollector.Up(top.element.parent(), top.parent);
        for (int level = 0; level < MAX_CLIMB && up.element() != null && !up.element().normalName().equals("body");
                level++, up.up()) {
            BlockCollector.Info pin = up.info();
            if (pin == null) {
                continue;
            }
            int inside = 0;
            for (BlockCollector.Info a : alternatives) {
                if (pin.contains(a)) {
                    inside++;
                }
            }
            if (inside >= 3) {
                return pin;
            }
        }
        return top;
    }

    /** Moves up while an ancestor scores higher than what is below it. */
    private BlockCollector.Info climb(BlockCollector.Info top) {
        double last = top.score;
        double threshold = last / 3;
        BlockCollector.Up up = new BlockCollector.Up(top.element.parent(), top.parent);
        for (int i = 0; i < MAX_CLIMB && up.element() != null && !up.element().normalName().equals("body");
                i++, up.up()) {
            BlockCollector.Info in = up.info();
            if (in == null || !in.scored) {
                continue;
            }
            if (in.score < threshold) {
                break;
            }
            if (in.score > last) {
                return in;
            }
            last = in.score;
        }
        return top;
    }

    private List<BlockCollector.Info> withSiblings(BlockCollector.Info top) {
        Element parent = top.element.parent();
        if (parent == null) {
            return List.of(top);
        }
        double topScore = top.scored ? top.score : 0;
        double threshold = Math.max(10, topScore * 0.2);
        String topClass = top.element.className();
        List<BlockCollector.Info> out = new ArrayList<>();
        List<BlockCollector.Info> withInfo = childInfos(top.parent, parent);
        int next = 0; // the children with an info are these, in this order
        for (Element s : parent.children()) {
            BlockCollector.Info in = next < withInfo.size() && withInfo.get(next).element == s ? withInfo.get(next++) : null;
            if (s == top.element) {
                out.add(top);
                continue;
            }
            if (in == null || in.chars == 0) {
                continue;
            }
            double bonus = !topClass.isEmpty() && topClass.equals(s.className()) ? topScore * 0.2 : 0;
            // what short lines gave a sibling does not bring it in: a block of boilerplate lines
            // after the article is no part of it
            if (in.scored && in.score - in.shortScore + bonus >= threshold) {
                out.add(in);
            } else if (s.normalName().equals("p") || oneTextRun(s)) {
                double ld = linkDensity(in);
                String t = s.text();
                if ((t.length() > 80 && ld < 0.25)
                        || (t.length() > 0 && ld == 0 && (t.contains(". ") || t.endsWith(".")))) {
                    out.add(in);
                }
            }
        }
        cousins(top, topScore / 2, out);
        return out;
    }

    /** Elements that hold one another in a table-laid-out page's rows: looked through to the text. */
    private static final Set<String> ROW_WRAPPERS = Set.of("td", "th", "div", "p", "center");
    /** Children that start a block of their own: an element holding one is no single text run. */
    private static final Set<String> BLOCK_CHILDREN = Set.of("p", "div", "table", "tbody", "tr", "td", "th", "ul",
            "ol", "li", "dl", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article", "form", "pre");
    /** How deep a row is looked into for its one text run. */
    private static final int ROW_DEPTH = 4;

    /**
     * Whether a sibling is a paragraph in the clothes of a table row: a {@code tr} that holds, one
     * element inside another ({@code td}, {@code div}, {@code p}), a single run of text. Old pages
     * laid out with tables set each paragraph in a row of its own; such a row is read as
     * Readability reads a sibling {@code p}. (A {@code div} so read brought in teasers and
     * standfirsts beside modern articles.)
     */
    private static boolean oneTextRun(Element s) {
        if (!s.normalName().equals("tr")) {
            return false;
        }
        Element e = s;
        for (int depth = 0; depth < ROW_DEPTH; depth++) {
            if (e.childrenSize() != 1) {
                break;
            }
            Element only = e.child(0);
            if (!ROW_WRAPPERS.contains(only.normalName())) {
                break;
            }
            e = only;
        }
        for (Element ch : e.children()) {
            if (BLOCK_CHILDREN.contains(ch.normalName())) {
                return false;
            }
        }
        return e != s;
    }

    /** How many levels above the winner the wrappers of cousin parts are looked for. */
    private static final int COUSIN_LEVELS = 2;

    /**
     * An article split into parts that each sit in a wrapper of their own (a section per part, each
     * in a {@code div} of one class; one teaser box per item of a list) has its parts as cousins of
     * the winner, not siblings. A sibling of the winner's wrapper (its parent or grandparent) with
     * the wrapper's tag and class joins when text of its own, not short lines, scores there at
     * least half what the winner scores: a wrapper class a page uses for all its regions
     * ({@code section}, {@code block}) must not bring in the footer's fine print.
     */
    private void cousins(BlockCollector.Info top, double threshold, List<BlockCollector.Info> out) {
        BlockCollector.Info wrapper = top.parent;
        for (int level = 0; level < COUSIN_LEVELS && wrapper != null && wrapper.parent != null; level++,
                wrapper = wrapper.parent) {
            Element w = wrapper.element;
            String cls = w.className();
            if (cls.isEmpty() || w.parent() == null || w.normalName().equals("body")) {
                continue;
            }
            List<BlockCollector.Info> added = new ArrayList<>();
            for (BlockCollector.Info s : childInfos(wrapper.parent, w.parent())) {
                if (s != wrapper && s.element.normalName().equals(w.normalName()) && cls.equals(s.element.className())
                        && bestOwnScore(s) >= threshold) {
                    added.add(s);
                }
            }
            if (!added.isEmpty()) {
                out.addAll(added);
                return;
            }
        }
    }

    /** The highest score, less what short lines gave, of an element at or below {@code in}. */
    private double bestOwnScore(BlockCollector.Info in) {
        double best = 0;
        for (int k = in.pre; k <= in.end; k++) {
            BlockCollector.Info d = c.byPre.get(k);
            if (d.scored) {
                best = Math.max(best, d.score - d.shortScore);
            }
        }
        return best;
    }

    /**
     * The infos of {@code parent}'s children that have one, in document order: they are among the
     * children of {@code nearest} in the infos' tree (the info of {@code parent} or of its nearest
     * ancestor with one; null for the walk's root), found by skipping each child's subtree.
     */
    private List<BlockCollector.Info> childInfos(BlockCollector.Info nearest, Element parent) {
        List<BlockCollector.Info> out = new ArrayList<>();
        int end = nearest == null ? c.byPre.size() - 1 : nearest.end;
        for (int k = nearest == null ? 0 : nearest.pre + 1; k <= end; ) {
            BlockCollector.Info in = c.byPre.get(k);
            if (in.element.parent() == parent) {
                out.add(in);
            }
            k = in.end + 1;
        }
        return out;
    }

    static double linkDensity(BlockCollector.Info in) {
        return in.chars == 0 ? 0 : (double) in.linkChars / in.chars;
    }

    private double initialScore(BlockCollector.Info in) {
        double s = switch (in.element.normalName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        double w = classWeight(in);
        if (w > 0) {
            // A content class on a tiny element (a date line in "post-time") says little: the bonus
            // grows with the text the element holds.
            w *= Math.min(1, in.chars / 500.0);
        }
        return s + w;
    }

    private static double classWeight(BlockCollector.Info in) {
        ClassHints.Facts f = in.facts;
        if (f == null) {
            return 0;
        }
        double w = 0;
        if (f.matches(ClassHints.Facts.BOILERPLATE_LIST)) {
            w -= 25;
        }
        if (f.matches(ClassHints.Facts.CONTENT_LIST)) {
            w += 25;
        }
        return w;
    }

    /** Whether the text ends as a sentence does: a full stop, question or exclamation mark, ellipsis, or a closing quote after one. */
    static boolean endsLikeSentence(String t) {
        for (int i = t.length() - 1; i >= 0 && i >= t.length() - 3; i--) {
            char ch = t.charAt(i);
            switch (ch) {
                case '.', '!', '?', '…', '。', '！', '？', '؟', '।' -> {
                    return true;
                }
                case '"', '\'', '”', '’', '»', ')', ' ' -> {
                    // a closing quote or bracket may follow the sentence's end
                }
                default -> {
                    return false;
                }
            }
        }
        return false;
    }

    private static int commas(String t) {
        int n = 0;
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (ch == ',' || ch == '，' || ch == '、' || ch == '،') {
                n++;
            }
        }
        return n;
    }
}
