package io.github.tidings.metadata;

import io.github.tidings.Hints;
import io.github.tidings.clean.TextBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads metadata from the blocks of a text input before cleaning: the title, the date line, the
 * byline, the site name. Internal: not part of the API.
 *
 * <p>Scraped text usually starts with the page {@code <title>} ({@code Headline - Site}); the
 * visible headline comes again further down, after the menus, with the byline and date line close
 * below it. So the headline is the later line that matches the title (whole, or a run of its
 * segments), else a line much like it that has a date or byline right below it, else the title
 * without its site part. Date and byline are read from the lines nearest below the headline.
 * Blocks are marked as title, date or byline only when they hold nothing else, so that removing
 * them never removes article text.
 */
public final class TextMetadataReader {
    /** Blocks longer than this are never metadata lines. */
    private static final int MAX_META_LINE = 250;
    /** How far below the headline the date and byline are looked for. */
    private static final int BELOW = 25;
    /** How far above the headline (kickers, datelines printed first). */
    private static final int ABOVE = 6;

    private TextMetadataReader() {
    }

    /** What the blocks say about the article; the first block is taken as the page's {@code <title>}. */
    public static Found read(List<TextBlock> blocks, Hints hints) {
        return read(blocks, hints, Optional.empty());
    }

    /**
     * What the blocks say about the article, given the page's {@code <title>} when it is known
     * apart from the blocks (HTML); when it is empty the first block is taken as the title.
     */
    public static Found read(List<TextBlock> blocks, Hints hints, Optional<String> pageTitle) {
        Found f = new Found();
        if (blocks.isEmpty() && pageTitle.isEmpty()) {
            return f;
        }
        if (pageTitle.isPresent()) {
            List<TextBlock> withTitle = new ArrayList<>(blocks.size() + 1);
            withTitle.add(TextBlock.of(pageTitle.get()));
            withTitle.addAll(blocks);
            Found shifted = read(withTitle, hints, Optional.empty());
            return shifted.shiftBlocks(-1);
        }
        int n = blocks.size();
        List<List<DateParser.Match>> dates = new ArrayList<>(n);
        List<AuthorReader.Byline> bylines = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String t = blocks.get(i).text();
            boolean shortLine = t.length() <= MAX_META_LINE;
            dates.add(shortLine && i > 0 ? DateParser.findAll(t, hints) : List.of());
            bylines.add(shortLine && i > 0 ? AuthorReader.labelled(t) : null);
        }

        int headline = readTitle(blocks, dates, bylines, f);
        int from = headline < 0 ? 1 : Math.max(1, headline - ABOVE);
        int to = headline < 0 ? n : Math.min(n, headline + BELOW);

        readDate(blocks, dates, headline, from, to, f);
        readAuthors(blocks, dates, bylines, headline, from, to, hints, f);
        if (f.siteName().isEmpty()) {
            SiteNames.fromFooter(blocks).ifPresent(f::siteName);
        }
        if (f.siteName().isEmpty()) {
            hints.host().flatMap(SiteNames::fromHost).ifPresent(f::siteName);
        }
        return f;
    }

    // ---- title ---------------------------------------------------------------------------

    private static int readTitle(List<TextBlock> blocks, List<List<DateParser.Match>> dates,
            List<AuthorReader.Byline> bylines, Found f) {
        String first = blocks.get(0).text();
        if (first.length() > 300) {
            return -1;
        }
        String normFirst = TitleReader.norm(first);
        List<String> seg = TitleReader.segments(first);
        List<String> normSeg = new ArrayList<>();
        for (String s : seg) {
            normSeg.add(TitleReader.norm(s));
        }
        int best = -1;
        double bestScore = 0;
        String bestTitle = null;
        String bestSite = "";
        for (int i = 1; i < blocks.size(); i++) {
            String t = blocks.get(i).text();
            if (t.length() < 4 || t.length() > 300 || t.length() > 2 * first.length() + 10) {
                continue; // a repeat of the title or of a run of its parts is no longer than the title
            }
            String nt = TitleReader.norm(t);
            if (nt.isEmpty()) {
                continue;
            }
            double score = 0;
            String site = "";
            if (nt.equals(normFirst)) {
                score = 3;
            } else {
                int[] run = run(normSeg, nt);
                if (run != null) {
                    int words = TitleReader.words(t);
                    boolean lastOnly = run[0] == seg.size() - 1 && run[1] == seg.size();
                    boolean longEnough = words >= 2 || seg.size() == 2 && run[0] == 0;
                    if (longEnough && (!lastOnly || nt.length() > normFirst.length() / 2)) {
                        score = 2 + (double) nt.length() / normFirst.length();
                        if (run[1] < seg.size()) {
                            site = seg.get(seg.size() - 1);
                        } else if (run[0] > 0) {
                            site = seg.get(0);
                        }
                    }
                } else if (TitleReader.words(t) >= 4 && normFirst.contains(nt)) {
                    score = 1.5 + (double) nt.length() / normFirst.length();
                }
            }
            if (score > 0 && metaBelow(dates, bylines, i)) {
                score += 0.5; // of several repeats, the one with the date or byline below is the headline
            }
            if (score > bestScore) {
                bestScore = score;
                best = i;
                bestTitle = t;
                bestSite = site;
            }
        }
        TitleReader.Split split = TitleReader.stripSite(first);
        if (best < 0) {
            // The <title> may be written for search engines; the visible headline then differs but
            // shares words with it and has the date or byline right below.
            for (int i = 1; i < blocks.size(); i++) {
                String t = blocks.get(i).text();
                int words = TitleReader.words(t);
                if (words < 3 || words > 30 || t.length() > 250 || !dates.get(i).isEmpty() || bylines.get(i) != null) {
                    continue;
                }
                double score = TitleReader.similarity(t, split.headline());
                if (metaBelow(dates, bylines, i)) {
                    score += 0.25;
                }
                if (score >= 0.6 && score > bestScore && score > 0) {
                    bestScore = score;
                    best = i;
                    bestTitle = t;
                }
            }
            if (best < 0) {
                bestTitle = split.headline();
            }
            bestSite = split.site();
        }
        f.title(bestTitle).titleVisible(best >= 0);
        if (!bestSite.isEmpty()) {
            f.siteName(SiteNames.clean(bestSite));
        }
        // The <title> line and every line that repeats the headline are title, not text.
        f.titleBlocks().add(0);
        String nTitle = TitleReader.norm(bestTitle);
        int longest = 2 * Math.max(first.length(), bestTitle.length()) + 10;
        for (int i = 1; i < blocks.size(); i++) {
            String t = blocks.get(i).text();
            if (i != best && t.length() > longest) {
                continue; // normalising cannot shrink a line to half its length
            }
            String nt = TitleReader.norm(t);
            if (i == best || nt.equals(nTitle) || nt.equals(normFirst)) {
                f.titleBlocks().add(i);
            }
        }
        return best;
    }

    /** The run of segments {@code [from, to)} whose joined text is {@code nt}, or null. */
    private static int[] run(List<String> normSeg, String nt) {
        for (int a = 0; a < normSeg.size(); a++) {
            if (!nt.startsWith(normSeg.get(a))) {
                continue;
            }
            for (int b = a + 1; b <= normSeg.size(); b++) {
                String last = normSeg.get(b - 1);
                if (nt.endsWith(last) && joinedLength(normSeg, a, b) <= nt.length() + 3 * (b - a)
                        && joinedLength(normSeg, a, b) >= nt.length() - 3 * (b - a)) {
                    return new int[] {a, b};
                }
            }
        }
        return null;
    }

    private static int joinedLength(List<String> s, int a, int b) {
        int len = 0;
        for (int i = a; i < b; i++) {
            len += s.get(i).length() + (i > a ? 3 : 0);
        }
        return len;
    }

    private static boolean metaBelow(List<List<DateParser.Match>> dates, List<AuthorReader.Byline> bylines, int i) {
        for (int j = i + 1; j < Math.min(dates.size(), i + 5); j++) {
            if (!dates.get(j).isEmpty() || bylines.get(j) != null) {
                return true;
            }
        }
        return false;
    }

    // ---- date ----------------------------------------------------------------------------

    private static void readDate(List<TextBlock> blocks, List<List<DateParser.Match>> dates, int headline, int from,
            int to, Found f) {
        int bestBlock = -1;
        DateParser.Match best = null;
        double bestCost = Double.MAX_VALUE;
        for (int i = from; i < to; i++) {
            for (DateParser.Match m : dates.get(i)) {
                if (!isMetaLine(blocks.get(i).text(), m)) {
                    continue;
                }
                int dist = headline < 0 ? i : (i >= headline ? i - headline : (headline - i) * 2);
                double cost = dist + DateParser.rank(m) * 30;
                if (cost < bestCost) {
                    bestCost = cost;
                    best = m;
                    bestBlock = i;
                }
            }
        }
        if (best == null) {
            return;
        }
        // Of several dates on the chosen line, the published one wins over an update.
        List<DateParser.Match> line = dates.get(bestBlock);
        f.published(DateParser.best(line).orElse(best.value()));
        if (metadataOnly(blocks.get(bestBlock).text(), line, null)) {
            f.dateBlocks().add(bestBlock);
        }
    }

    /** Whether the date sits in a short line rather than in a sentence of the article. */
    private static boolean isMetaLine(String text, DateParser.Match m) {
        return text.length() <= 160 && TitleReader.words(text) <= 24;
    }

    /**
     * Whether a line holds nothing but dates, their labels, a byline and separators: only then can
     * it be removed without losing text.
     */
    static boolean metadataOnly(String text, List<DateParser.Match> dates, AuthorReader.Byline byline) {
        StringBuilder rest = new StringBuilder(text);
        for (int k = dates.size() - 1; k >= 0; k--) {
            DateParser.Match m = dates.get(k);
            for (int i = m.labelStart(); i < m.end() && i < rest.length(); i++) {
                rest.setCharAt(i, ' ');
            }
        }
        String r = rest.toString();
        if (byline != null) {
            for (String name : byline.names()) {
                r = r.replace(name, " ");
            }
        }
        int letters = 0;
        for (String w : TitleReader.tokens(r)) {
            if (w.chars().allMatch(Character::isDigit)) {
                continue;
            }
            letters += w.length();
        }
        return letters <= 24;
    }

    // ---- authors -------------------------------------------------------------------------

    private static void readAuthors(List<TextBlock> blocks, List<List<DateParser.Match>> dates,
            List<AuthorReader.Byline> bylines, int headline, int from, int to, Hints hints, Found f) {
        int bestBlock = -1;
        List<String> best = List.of();
        int bestCost = Integer.MAX_VALUE;
        for (int i = from; i < to; i++) {
            String t = blocks.get(i).text();
            if (t.length() > 160) {
                continue;
            }
            List<String> names = List.of();
            int cost;
            AuthorReader.Byline b = bylines.get(i);
            if (b != null) {
                names = b.names();
                cost = 0;
            } else if (!dates.get(i).isEmpty()) {
                names = AuthorReader.beforeDate(t, dates.get(i).get(0).labelStart(), hints);
                cost = 10;
            } else if (i > 0 && AuthorReader.isLabelOnly(blocks.get(i - 1).text())) {
                names = AuthorReader.nameLine(t); // "By" on a line of its own, the name below
                cost = 0;
            } else if (headline >= 0 && i > headline && (nearDate(dates, i) || i - headline <= 2)) {
                names = AuthorReader.nameLine(t);
                cost = 20;
            } else {
                continue;
            }
            if (names.isEmpty()) {
                continue;
            }
            int dist = headline < 0 ? i : (i >= headline ? i - headline : (headline - i) * 2);
            cost += dist;
            if (cost < bestCost) {
                bestCost = cost;
                best = names;
                bestBlock = i;
            }
        }
        if (bestBlock < 0) {
            return;
        }
        f.authors().addAll(AuthorReader.preferPeople(best));
        f.authorsLabelled(bylines.get(bestBlock) != null);
        String t = blocks.get(bestBlock).text();
        AuthorReader.Byline b = bylines.get(bestBlock);
        if (b == null) {
            b = new AuthorReader.Byline(0, false, best);
        }
        if (!f.dateBlocks().contains(bestBlock) && metadataOnly(t, dates.get(bestBlock), b)) {
            f.bylineBlocks().add(bestBlock);
        }
    }

    private static boolean nearDate(List<List<DateParser.Match>> dates, int i) {
        for (int j = Math.max(0, i - 2); j <= Math.min(dates.size() - 1, i + 2); j++) {
            if (j != i && !dates.get(j).isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
