package io.github.tidings.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.tidings.ArticleParser;
import io.github.tidings.clean.BuiltInCleaners;
import io.github.tidings.model.Article;
import io.github.tidings.model.Hints;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Issue #17's two measures on one bench set's HTML pages (argument: the set's directory, e.g.
 * {@code ../shared/bench/scrapinghub}; a second argument {@code --diff} prints, for each page whose
 * round trip with the default parser differs, the words lost and added and where they first differ):
 *
 * <ol>
 *   <li>Lead image and description: a small gold built from the pages' own markup here (a page
 *       "states" a lead image when it has an {@code og:image}, {@code twitter:image} or microdata
 *       {@code itemprop=image} meta or a JSON-LD {@code "image"}, a description when it has an
 *       {@code og:description}, {@code description}, {@code twitter:description} or microdata
 *       {@code itemprop=description} meta or a JSON-LD {@code "description"});
 *       printed: the share of those pages for which tidings returns one.</li>
 *   <li>Markdown round trip: each page's {@link Article#toMarkdown()} re-read by tidings' Markdown
 *       reader; printed: the share whose body words come back exactly, and the mean token F1 of the
 *       body's words, with the default parser, without the text content finder (which judges a
 *       Markdown page as a whole dump and may cut it; since toMarkdown() writes front matter, the
 *       parser runs none on its output either), and without any cleaner either (the writer's
 *       and the reader's syntax alone). A meta with empty content states nothing. Also, for the syntax
 *       alone, on how many pages the list items' depth and numbering and the figures come back the same,
 *       and, parsing with {@code keepCaptions(true)}, the caption blocks.</li>
 * </ol>
 */
public final class StructureBench {
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern LD_IMAGE = Pattern.compile("\"image\"\\s*:");
    private static final Pattern LD_DESCRIPTION = Pattern.compile("\"description\"\\s*:\\s*\"[^\"]");

    private StructureBench() {
    }

    public static void main(String[] args) throws IOException {
        Path set = Path.of(args[0]);
        boolean diff = args.length > 1 && args[1].equals("--diff");
        Map<String, String> urls = urls(set.resolve("gold.json"));
        ArticleParser parser = ArticleParser.builder().discoverCleaners(false).build(); // built-ins only: the test classes on this class path hold an example cleaner
        ArticleParser noFinder = ArticleParser.builder().noContentFinder().build();
        ArticleParser.Builder bare = ArticleParser.builder().noContentFinder().discoverCleaners(false);
        BuiltInCleaners.all().forEach(c -> bare.disableCleaner(c.name()));
        ArticleParser syntaxOnly = bare.build();
        ArticleParser keeping = ArticleParser.builder().discoverCleaners(false).keepCaptions(true).build();
        ArticleParser.Builder bareKeeping = ArticleParser.builder().noContentFinder().discoverCleaners(false).keepCaptions(true);
        BuiltInCleaners.all().forEach(c -> bareKeeping.disableCleaner(c.name()));
        ArticleParser syntaxKeeping = bareKeeping.build();
        int withCaptions = 0, captionsBack = 0, captionsAlone = 0;
        int pages = 0, statesImage = 0, gotImage = 0, statesDescription = 0, gotDescription = 0;
        int exact = 0, exactNoFinder = 0, exactSyntax = 0;
        int withLists = 0, listsBack = 0, withFigures = 0, figuresBack = 0;
        double f1 = 0, f1NoFinder = 0, f1Syntax = 0;
        List<Path> files;
        try (Stream<Path> s = Files.list(set.resolve("html"))) {
            files = s.filter(p -> p.getFileName().toString().contains(".htm")).sorted().toList();
        }
        for (Path p : files) {
            String name = p.getFileName().toString();
            String id = name.substring(0, name.indexOf('.'));
            byte[] bytes = PageFiles.read(p);
            String url = urls.get(id);
            Hints hints = url != null ? Hints.ofUrl(url) : Hints.none();
            Article a = parser.parseHtml(bytes, hints);
            Document doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, url == null ? "" : url);
            String ld = doc.select("script[type*=ld+json]").html();
            pages++;
            if (!doc.select("meta[property=og:image], meta[name=og:image], meta[name=twitter:image], "
                    + "meta[property=twitter:image], meta[itemprop=image]").stream().noneMatch(e -> !e.attr("content").isBlank())
                    || LD_IMAGE.matcher(ld).find()) {
                statesImage++;
                gotImage += a.leadImage().isPresent() ? 1 : 0;
            }
            if (!doc.select("meta[property=og:description], meta[name=description], meta[name=twitter:description], "
                    + "meta[property=og:description], meta[itemprop=description]").stream()
                    .noneMatch(e -> !e.attr("content").isBlank())
                    || LD_DESCRIPTION.matcher(ld).find()) {
                statesDescription++;
                gotDescription += a.description().isPresent() ? 1 : 0;
            }
            List<String> body = words(a.text());
            List<String> back = words(parser.parseMarkdown(a.toMarkdown(), Hints.none()).text());
            List<String> backNoFinder = words(noFinder.parseMarkdown(a.toMarkdown(), Hints.none()).text());
            // without cleaners the "# title" line the writer puts first is read back as body: it is left out
            Article syntax = syntaxOnly.parseMarkdown(a.toMarkdown(), Hints.none());
            List<io.github.tidings.model.Block> blocks = syntax.blocks();
            if (!blocks.isEmpty() && a.title().isPresent() && blocks.get(0).text().equals(a.title().get())) {
                blocks = blocks.subList(1, blocks.size());
            }
            List<String> backSyntax = words(Article.builder().blocks(blocks).build().text());
            exactSyntax += body.equals(backSyntax) ? 1 : 0;
            // structure: the list items' depth and numbering, and the figures, as the syntax reads them back
            List<String> lists = listShape(a.blocks());
            List<String> figs = figures(a.blocks());
            withLists += lists.isEmpty() ? 0 : 1;
            listsBack += !lists.isEmpty() && lists.equals(listShape(blocks)) ? 1 : 0;
            withFigures += figs.isEmpty() ? 0 : 1;
            figuresBack += !figs.isEmpty() && figs.equals(figures(blocks)) ? 1 : 0;
            f1Syntax += f1(body, backSyntax);
            // kept captions: each CAPTION block of a parse that keeps them comes back as one, with its text
            Article kept = keeping.parseHtml(bytes, hints);
            List<String> captions = captions(kept.blocks());
            if (!captions.isEmpty()) {
                withCaptions++;
                boolean same = captions.equals(captions(syntaxKeeping.parseMarkdown(kept.toMarkdown(), Hints.none()).blocks()));
                captionsBack += same ? 1 : 0;
                captionsAlone += !same && hasCaptionAlone(kept.blocks()) ? 1 : 0;
            }
            exact += body.equals(back) ? 1 : 0;
            if (diff && !body.equals(back)) {
                System.out.println("round trip differs: " + id + "\n" + difference(body, back));
            }
            exactNoFinder += body.equals(backNoFinder) ? 1 : 0;
            f1 += f1(body, back);
            f1NoFinder += f1(body, backNoFinder);
        }
        System.out.printf(Locale.ROOT, "pages: %d%n", pages);
        System.out.printf(Locale.ROOT, "lead image: stated on %d pages, returned for %d (%.3f)%n", statesImage, gotImage,
                (double) gotImage / Math.max(1, statesImage));
        System.out.printf(Locale.ROOT, "description: stated on %d pages, returned for %d (%.3f)%n", statesDescription,
                gotDescription, (double) gotDescription / Math.max(1, statesDescription));
        System.out.printf(Locale.ROOT, "markdown round trip, default parser: exact %d/%d (%.3f), mean token F1 %.4f%n",
                exact, pages, (double) exact / pages, f1 / pages);
        System.out.printf(Locale.ROOT,
                "markdown round trip, no text content finder: exact %d/%d (%.3f), mean token F1 %.4f%n", exactNoFinder,
                pages, (double) exactNoFinder / pages, f1NoFinder / pages);
        System.out.printf(Locale.ROOT,
                "markdown round trip, no cleaners and no content finder (the syntax alone): exact %d/%d (%.3f), mean token F1 %.4f%n",
                exactSyntax, pages, (double) exactSyntax / pages, f1Syntax / pages);
        System.out.printf(Locale.ROOT,
                "markdown round trip of structure (the syntax alone): list items' depth and numbering the same on %d/%d "
                        + "pages with lists, figures (URL, alt, caption, credit) the same on %d/%d pages with figures%n",
                listsBack, withLists, figuresBack, withFigures);
        System.out.printf(Locale.ROOT,
                "markdown round trip of kept captions (keepCaptions, the syntax alone): the same caption blocks on %d/%d "
                        + "pages with captions; of the others, %d have a caption with no figure right above it%n",
                captionsBack, withCaptions, captionsAlone);
    }

    /** The words the round trip lost and those it added, each with its count, as a multiset difference. */
    private static String difference(List<String> body, List<String> back) {
        Map<String, Integer> count = new java.util.TreeMap<>();
        body.forEach(w -> count.merge(w, 1, Integer::sum));
        back.forEach(w -> count.merge(w, -1, Integer::sum));
        StringBuilder lost = new StringBuilder("  lost:");
        StringBuilder added = new StringBuilder("  added:");
        count.forEach((w, c) -> {
            if (c > 0) {
                lost.append(' ').append(w).append(c > 1 ? "x" + c : "");
            } else if (c < 0) {
                added.append(' ').append(w).append(c < -1 ? "x" + -c : "");
            }
        });
        int at = 0;
        while (at < body.size() && at < back.size() && body.get(at).equals(back.get(at))) {
            at++;
        }
        return lost + "\n" + added + "\n  first difference at word " + at + ": "
                + String.join(" ", body.subList(Math.max(0, at - 5), Math.min(body.size(), at + 10))) + " | "
                + String.join(" ", back.subList(Math.max(0, at - 5), Math.min(back.size(), at + 10)));
    }

    /** Whether a caption block stands without a figure (or a caption under one) right above it. */
    private static boolean hasCaptionAlone(List<io.github.tidings.model.Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).type() == io.github.tidings.model.BlockType.CAPTION) {
                int j = i - 1;
                while (j >= 0 && blocks.get(j).type() == io.github.tidings.model.BlockType.CAPTION) {
                    j--;
                }
                if (j < 0 || blocks.get(j).type() != io.github.tidings.model.BlockType.FIGURE) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The text of each caption block. */
    private static List<String> captions(List<io.github.tidings.model.Block> blocks) {
        return blocks.stream().filter(b -> b.type() == io.github.tidings.model.BlockType.CAPTION)
                .map(io.github.tidings.model.Block::text).toList();
    }

    /** Each list item as its depth, numbering and text. */
    private static List<String> listShape(List<io.github.tidings.model.Block> blocks) {
        return blocks.stream().filter(b -> b.type() == io.github.tidings.model.BlockType.LIST_ITEM)
                .map(b -> b.listDepth() + (b.ordered() ? "." : "-") + b.text()).toList();
    }

    /** Each figure as its URL, alt text, caption and credit. */
    private static List<String> figures(List<io.github.tidings.model.Block> blocks) {
        return blocks.stream().flatMap(b -> b.figure().stream())
                .map(f -> f.url() + "\n" + f.alt() + "\n" + f.caption() + "\n" + f.credit()).toList();
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** Bag-of-words F1, as score.py counts body tokens; 1 when both are empty. */
    private static double f1(List<String> gold, List<String> pred) {
        if (gold.isEmpty() && pred.isEmpty()) {
            return 1;
        }
        Map<String, Integer> g = new HashMap<>();
        gold.forEach(w -> g.merge(w, 1, Integer::sum));
        int common = 0;
        for (String w : pred) {
            Integer c = g.get(w);
            if (c != null && c > 0) {
                common++;
                g.put(w, c - 1);
            }
        }
        if (common == 0) {
            return 0;
        }
        double p = (double) common / pred.size();
        double r = (double) common / gold.size();
        return 2 * p * r / (p + r);
    }

    private static Map<String, String> urls(Path gold) throws IOException {
        Map<String, String> urls = new HashMap<>();
        JsonNode root = new ObjectMapper().readTree(gold.toFile());
        root.fields().forEachRemaining(e -> {
            JsonNode u = e.getValue().get("url");
            if (u != null && u.isTextual() && !u.asText().isBlank()) {
                urls.put(e.getKey(), u.asText());
            }
        });
        return urls;
    }

}
