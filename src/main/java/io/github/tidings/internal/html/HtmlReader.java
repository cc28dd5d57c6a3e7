package io.github.tidings.internal.html;

import io.github.tidings.model.Limits;
import io.github.tidings.clean.TextBlock;
import io.github.tidings.internal.text.Shape;
import io.github.tidings.internal.text.UrlResolver;
import io.github.tidings.internal.words.TextNormalizer;
import io.github.tidings.model.BlockType;
import io.github.tidings.model.Hints;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Turns an HTML document into blocks and page metadata. Internal: not part of the API.
 *
 * <p>One walk over the body cuts it into blocks ({@link BlockCollector}); page furniture (scripts,
 * navigation, asides, forms, hidden elements, comment and sharing regions) is marked on the way.
 * The markup's metadata is read ({@link HtmlMetadata}) and the headline chosen among the visible
 * {@code h1}s. The content finder ({@link ContentFinder}) then picks the element holding the
 * article; blocks outside it are returned marked removed, with the reason, so that
 * {@code --explain} shows them. The document is never modified, and nothing recurses with the
 * document's depth.
 */
public final class HtmlReader {
    /** The name removals made here carry. */
    public static final String FINDER = "HtmlContentFinder";
    /** The reason given to blocks outside the element the finder chose: a site rule naming the root rescues these. */
    public static final String OUTSIDE = "outside the main content";

    private HtmlReader() {
    }

    /**
     * Reads the document.
     *
     * @param keepCaptions whether figure captions stay in the body
     */
    public static HtmlInput read(Document doc, Hints hints, boolean keepCaptions) {
        return read(doc, hints, keepCaptions, Limits.defaults(), false);
    }

    /**
     * Reads the document within the limits.
     *
     * @param keepCaptions whether figure captions stay in the body
     * @throws IllegalArgumentException if the document has more elements than {@link
     *     Limits#maxElements()}, or the page more blocks than {@link Limits#maxBlocks()}
     */
    public static HtmlInput read(Document given, Hints hints, boolean keepCaptions, Limits limits) {
        return read(given, hints, keepCaptions, limits, true);
    }

    private static HtmlInput read(Document given, Hints hints, boolean keepCaptions, Limits limits,
            boolean countElements) {
        // The limit counts the elements of the document as given. The walk counts those below the
        // body; those outside it are counted here, before jsoup's head() and body() add the html,
        // head or body element a document built by code may lack. Such a document, and one whose
        // unclosed title is repaired into another, is counted whole first instead.
        int max = countElements ? limits.maxElements() : Integer.MAX_VALUE;
        Element body = countElements ? bodyOf(given) : null;
        int outside = 0;
        if (body != null) {
            outside = BlockCollector.elementsIn(given, body, max);
        } else if (countElements) {
            checkElements(given, max);
            max = Integer.MAX_VALUE;
        }
        Document doc = UnclosedTitle.repaired(given);
        Element root = doc.body() != null ? doc.body() : doc;
        if (max != Integer.MAX_VALUE && (doc != given || root != body)) {
            checkElements(given, max);
            max = Integer.MAX_VALUE;
        }
        BlockCollector c = BlockCollector.collect(root, outside, max);
        if (c.blocks.size() > limits.maxBlocks()) {
            throw new IllegalArgumentException("page of " + c.blocks.size() + " blocks has more than the maximum "
                    + limits.maxBlocks() + " (Limits.Builder#maxBlocks)");
        }
        // the walk's breadcrumb and byline marks are the body's only when the walk's root is the body
        HtmlMetadata meta = HtmlMetadata.read(doc, c.metaElements, root == doc ? null : c.breadcrumb,
                root == doc ? null : c.bylineMarks, limits);
        String paywall = c.paywall ? "html:class paywall" : c.paywallAttribute
                ? "html:attribute data-paywall" : null;
        if (paywall != null) {
            // paywall markup: a teaser whose rest waits behind a subscription (JSON-LD, when it says, goes first)
            if (meta.found.accessibleForFree().isEmpty()) {
                meta.found.accessibleForFree(false);
            }
            meta.found.candidate("accessibleForFree", "false", paywall);
        }

        VisibleText visibleFolded = new VisibleText(c.blocks);
        TitleChooser chooser = new TitleChooser(meta, c.blocks, visibleFolded);
        TitleChooser.Choice choice = chooser.fromMetadata();
        // Without a metadata title the page shows, a first h1 stands in while the content is found.
        // A title of three words or fewer that only a block other than an h1 shows is often the
        // site's or a section's name in the page's furniture ("Sports Wire", "Cape Argus"): it
        // stands in the same way, and the page's headline is looked for as if none were shown.
        boolean weak = !choice.title().isEmpty() && chooser.weak(choice);
        boolean shown = !choice.title().isEmpty() && !weak;
        TitleChooser.Choice provisional = shown || weak ? choice : chooser.fallback();
        int headline = headline(c.blocks, provisional);
        List<BlockCollector.Info> vetoed = vetoDrops(c, headline);
        vetoed.addAll(pageWideForms(c, vetoed));
        vetoed.addAll(wrappersOfTheText(c, vetoed));
        if (!vetoed.isEmpty()) {
            c.undoDrops(vetoed);
        }

        ArticleBody ab = ArticleBody.of(meta.articleBody);
        boolean[] inBody = ab.matches(c.blocks);
        boolean captionPage = captionsOnly(c);
        List<BlockCollector.Info> region = ContentFinder.choose(c, ab.agrees(c.blocks, inBody) ? inBody : null,
                captionPage);
        if (!shown) {
            // a page's own h1 first; else the title the page's share links carry, where the page
            // shows it; else the heading where the content starts (old pages set their headline in
            // any element and their h1 in the furniture); else the first h1 at all
            choice = chooser.firstHeading();
            if (choice.title().isEmpty()) {
                choice = chooser.shared(ShareTitle.of(root));
            }
            if (choice.title().isEmpty()) {
                choice = chooser.nearContent(firstInside(c.blocks, region));
            }
            if (choice.title().isEmpty()) {
                choice = provisional;
            }
            headline = headline(c.blocks, choice);
        }
        TitleChooser.Choice shownWhole = choice;
        choice = chooser.withoutKickerOrDeck(choice);
        if (headline < 0) {
            headline = choice.block();
        }
        String title = choice.title();
        if (!title.isEmpty()) {
            // a headline told from its heading's kicker or deck is visible, and wins over the heading's text
            meta.found.title(title).titleVisible(choice != shownWhole);
            meta.siteFromTitle(title);
        }
        meta.preferVisibleAuthors(visibleFolded);

        // First the reason each block is dropped for (null: kept), then the entries: whether a
        // mostly linked block stays depends on the decisions about the blocks on either side.
        int n = c.blocks.size();
        TextBlock[] tbs = new TextBlock[n];
        String[] reasons = new String[n];
        boolean[] linkList = new boolean[n];
        boolean afterHeadline = headline < 0;
        for (int i = 0; i < n; i++) {
            BlockCollector.Raw b = c.blocks.get(i);
            String text = b.plain ? TextNormalizer.normalizePlain(b.text) : TextNormalizer.normalize(b.text);
            Element owner = b.owner;
            TextBlock tb = TextBlock.of(b.type, text, b.tag(), () -> BlockCollector.classAndIdOf(owner),
                    b.linkChars);
            if (tb.text().isEmpty()) {
                continue;
            }
            tbs[i] = tb;
            String reason = null;
            if (i == headline) {
                afterHeadline = true;
                reason = "headline, read as title";
            } else if (b.dropReason != null) {
                reason = b.dropReason + " <" + b.dropRoot.normalName() + ">";
            } else if (!region.isEmpty() && !inside(b.ownerInfo, region)) {
                reason = OUTSIDE;
            } else if (b.type == BlockType.CAPTION && !keepCaptions && !captionPage) {
                reason = "caption";
            } else if (!afterHeadline && headline >= 0 && inside(c.blocks.get(headline).ownerInfo, region)) {
                reason = "above the headline";
            } else if (tb.linkDensity() > 0.5 && (b.table == null || !b.table.isData())) {
                // a data table's cell is a value of its row, linked or not: dropping it shifts the row
                reason = MOSTLY_LINKS;
                // a list of links set in a line (a person's card of stories, a menu) is no linked sentence
                linkList[i] = linksInARow(c, b);
            } else if (!region.isEmpty()) {
                String word = furnitureInside(c, b, region);
                if (word != null) {
                    reason = "inside the content, in an element whose class or id names " + word;
                }
            }
            reasons[i] = reason;
        }
        keepLinkedSentences(tbs, reasons, linkList);

        List<HtmlInput.Entry> out = new ArrayList<>(n);
        UrlResolver resolver = new UrlResolver(root.baseUri());
        List<Structure.Placed> figures = Structure.figures(c, in -> region.isEmpty() || inside(in, region), resolver);
        int nextFigure = 0;
        for (int i = 0; i < n; i++) {
            TextBlock tb = tbs[i];
            if (tb == null) {
                continue;
            }
            BlockCollector.Raw b = c.blocks.get(i);
            String reason = reasons[i];
            Shape shape = reason == null ? Structure.of(c, b, tb.text(), resolver) : null;
            // the figures that stand before this block go on its shape
            while (nextFigure < figures.size() && figures.get(nextFigure).beforeRaw() <= i) {
                shape = shape != null ? shape : Shape.none();
                shape.addFigure(figures.get(nextFigure++).figure());
            }
            out.add(new HtmlInput.Entry(tb, reason == null ? null : FINDER, reason, b.owner, shape));
        }
        return new HtmlInput(out, meta.found, doc);
    }

    private static void checkElements(Document doc, int max) {
        if (BlockCollector.elementsIn(doc, null, max) > max) {
            throw BlockCollector.tooManyElements(max);
        }
    }

    /**
     * The element {@link Document#body()} gives when the document has its html element, head and
     * body (or frameset) already, so that neither {@code head()} nor {@code body()} adds one; else null.
     */
    static @Nullable Element bodyOf(Document doc) {
        Element html = doc.firstElementChild();
        while (html != null && !html.normalName().equals("html")) {
            html = html.nextElementSibling();
        }
        if (html == null) {
            return null;
        }
        Element body = null;
        boolean head = false;
        for (Element e = html.firstElementChild(); e != null; e = e.nextElementSibling()) {
            String tag = e.normalName();
            head |= tag.equals("head");
            if (body == null && (tag.equals("body") || tag.equals("frameset"))) {
                body = e;
            }
        }
        return head ? body : null;
    }

    /** The reason given to a block inside the content that is mostly link text. */
    static final String MOSTLY_LINKS = "mostly link text";
    /** How many links whose texts run into each other make a list of links. */
    private static final int ROW = 3;

    /**
     * Whether the block has {@value #ROW} links or more whose texts run into each other, without
     * even a space between them: boxes the page's style sets apart (a hover card of a person's
     * latest stories inside a sentence, a menu), not words of a sentence, whose links a writer
     * separates with spaces, words or commas ("on her website, blog and shop", or a link on each
     * word of "the chain of command").
     */
    private static boolean linksInARow(BlockCollector c, BlockCollector.Raw b) {
        int row = 0;
        int lastEnd = -1;
        for (int i = b.linkFrom; i < b.linkTo; i++) {
            int s = Math.min(c.spans[2 * i], b.text.length());
            int e = Math.min(c.spans[2 * i + 1], b.text.length());
            if (s >= e) {
                continue;
            }
            // a space between two links may open the second's span, as the walk writes it there
            row = lastEnd == s && !Character.isWhitespace(b.text.charAt(s))
                    && !Character.isWhitespace(b.text.charAt(s - 1)) ? row + 1 : 1;
            if (row >= ROW) {
                return true;
            }
            lastEnd = e;
        }
        return false;
    }

    /** The fewest words of a linked sentence that stays between paragraphs. */
    private static final int SENTENCE_WORDS = 5;

    /**
     * Paragraphs and list items that are mostly a link but read as sentences (each ends like one,
     * as a statement or question, and has a few words), standing between two kept paragraphs or
     * list items, are the article's own: writers link a whole sentence, or a long phrase of it, to
     * their source ("Again, here is where to donate."), and summaries link each point to its story;
     * the article goes on after them. A link list, a "Related: headline" teaser or a "Read more"
     * line does not end like a sentence, and a call to action at the article's end has nothing kept
     * after it. Their drop is undone.
     */
    private static void keepLinkedSentences(@Nullable TextBlock[] tbs, @Nullable String[] reasons, boolean[] linkList) {
        int prev = -1; // the last block with text before the run
        int runStart = -1; // the first block of the current run of linked sentences, or -1
        for (int i = 0; i <= tbs.length; i++) {
            if (i < tbs.length && tbs[i] == null) {
                continue;
            }
            if (i < tbs.length && !linkList[i] && linkedSentence(tbs[i], reasons[i])) {
                if (runStart < 0) {
                    runStart = i;
                }
                continue;
            }
            if (runStart >= 0 && keptProse(tbs, reasons, prev) && keptProse(tbs, reasons, i)) {
                for (int k = runStart; k < i; k++) {
                    if (tbs[k] != null) {
                        reasons[k] = null;
                    }
                }
            }
            runStart = -1;
            prev = i;
        }
    }

    private static boolean linkedSentence(TextBlock tb, @Nullable String reason) {
        return MOSTLY_LINKS.equals(reason) && (tb.type() == BlockType.PARAGRAPH || tb.type() == BlockType.LIST_ITEM)
                && tb.endsLikeSentence() && tb.words() >= SENTENCE_WORDS && statement(tb.text());
    }

    /**
     * Whether a text that ends like a sentence ends as a statement or question does: not with an
     * exclamation mark, as a linked call to action does ("Click here for more news!"), nor with an
     * ellipsis, as a teaser cut short does ("The vote in the hall: nobody expected…").
     */
    private static boolean statement(String t) {
        int i = t.length() - 1;
        while (i >= 0 && "\"'”’»)]」』".indexOf(t.charAt(i)) >= 0) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        char ch = t.charAt(i);
        return ch != '!' && ch != '！' && ch != '…' && !(ch == '.' && i >= 2 && t.startsWith("..", i - 2));
    }

    private static boolean keptProse(@Nullable TextBlock[] tbs, @Nullable String[] reasons, int i) {
        return i >= 0 && i < tbs.length && tbs[i] != null && reasons[i] == null
                && (tbs[i].type() == BlockType.PARAGRAPH || tbs[i].type() == BlockType.LIST_ITEM);
    }

    private static boolean inside(BlockCollector.@Nullable Info in, List<BlockCollector.Info> region) {
        if (in == null) {
            return false;
        }
        for (BlockCollector.Info r : region) {
            if (r.contains(in)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A furniture word (byline, promo, footer, ...) on the block's element or an ancestor
     * below the chosen content element ("article-byline" counts: the content word names the
     * article the byline belongs to); weaker words ("meta") count only without a content word.
     */
    private static @Nullable String furnitureInside(BlockCollector c, BlockCollector.Raw b, List<BlockCollector.Info> region) {
        BlockCollector.Up up = new BlockCollector.Up(b.owner, b.ownerInfo);
        for (int i = 0; i < 8 && up.element() != null; i++, up.up()) {
            BlockCollector.Info in = up.info();
            if (in != null && region.contains(in)) {
                return null;
            }
            ClassHints.Facts f = c.factsOf(up.element(), in);
            if (f != null) {
                String word = f.match(ClassHints.Facts.FURNITURE_LIST);
                if (word == null && !f.matches(ClassHints.Facts.CONTENT_LIST)) {
                    word = f.match(ClassHints.Facts.FURNITURE_WEAK_LIST);
                }
                if (word != null) {
                    return word;
                }
            }
        }
        return null;
    }

    /**
     * The block holding the chosen title: the one it was chosen from, else an h1 (or failing that
     * another heading) with its text.
     */
    private static int headline(List<BlockCollector.Raw> blocks, TitleChooser.Choice choice) {
        if (choice.block() >= 0 || choice.title().isEmpty()) {
            return choice.block();
        }
        String t = HtmlMetadata.fold(choice.title());
        int other = -1;
        for (int i = 0; i < blocks.size(); i++) {
            BlockCollector.Raw b = blocks.get(i);
            if (b.type == BlockType.HEADING && HtmlMetadata.fold(b).equals(t)) {
                if (b.tag().equals("h1")) {
                    return i;
                }
                if (other < 0) {
                    other = i;
                }
            }
        }
        return other;
    }

    /** The index of the first block kept inside the content, or -1. */
    private static int firstInside(List<BlockCollector.Raw> blocks, List<BlockCollector.Info> region) {
        if (region.isEmpty()) {
            return -1;
        }
        for (int i = 0; i < blocks.size(); i++) {
            BlockCollector.Raw b = blocks.get(i);
            if (b.dropReason == null && inside(b.ownerInfo, region)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A form that holds most of the page's text is the page itself, not a form: ASP.NET and other
     * frameworks wrap the whole body in one {@code <form>}. So is one that holds most of the
     * page's running text in {@value #FORM_ARTICLE_PARAGRAPHS} paragraphs or more, where the
     * framework's form wraps the story column only (or the parser closed it there) and menus and
     * sidebars outweigh the story: a form to fill in (comments, login, cookie consent) has a note
     * of a sentence or two beside its fields. Its drop is undone.
     */
    private static List<BlockCollector.Info> pageWideForms(BlockCollector c, List<BlockCollector.Info> already) {
        long all = 0;
        long running = 0;
        Map<BlockCollector.Info, Long> inForm = new HashMap<>();
        Map<BlockCollector.Info, Long> runningInForm = new HashMap<>();
        Map<BlockCollector.Info, Integer> paragraphsInForm = new HashMap<>();
        for (BlockCollector.Raw b : c.blocks) {
            int len = b.text.length();
            all += len;
            boolean isRunning = len >= RUNNING && ContentFinder.endsLikeSentence(b.text.strip());
            if (isRunning) {
                running += len;
            }
            if (b.dropRootInfo != null && "form".equals(b.dropReason)) {
                inForm.merge(b.dropRootInfo, (long) len, Long::sum);
                if (isRunning) {
                    runningInForm.merge(b.dropRootInfo, (long) len, Long::sum);
                    paragraphsInForm.merge(b.dropRootInfo, 1, Integer::sum);
                }
            }
        }
        // more than half the text, or more than half the running text in several paragraphs: one form at most
        for (Map.Entry<BlockCollector.Info, Long> e : inForm.entrySet()) {
            BlockCollector.Info form = e.getKey();
            boolean article = runningInForm.getOrDefault(form, 0L) * 2 > running
                    && paragraphsInForm.getOrDefault(form, 0) >= FORM_ARTICLE_PARAGRAPHS;
            if ((e.getValue() * 2 > all || article) && !already.contains(form)) {
                return List.of(form);
            }
        }
        return List.of();
    }

    /**
     * Whether the page's only running text, of the blocks no furniture region holds, is in
     * captions (ending like a sentence before the picture's credit in brackets): a photo or
     * slideshow page, whose article is the caption under its picture. Its captions vote for the
     * content and stay in the body; else the site's footer, the only other long text on the page,
     * would be chosen and the page left without text. A site credit in the footer that does not
     * read as a sentence ("share it pls link back :-)") makes no photo page.
     */
    private static boolean captionsOnly(BlockCollector c) {
        boolean caption = false;
        for (BlockCollector.Raw b : c.blocks) {
            if (b.dropReason != null || b.type == BlockType.HEADING || b.text.length() < RUNNING) {
                continue;
            }
            if (b.type == BlockType.CAPTION) {
                caption |= ContentFinder.endsLikeSentence(withoutCredit(b.text.strip()));
            } else if (ContentFinder.endsLikeSentence(b.text.strip())) {
                return false;
            }
        }
        return caption;
    }

    /** A caption without the credit in brackets at its end ("... on July 21. (Photo: A. Berg)"). */
    private static String withoutCredit(String t) {
        if (t.endsWith(")")) {
            int open = t.lastIndexOf('(');
            if (open > 0) {
                return t.substring(0, open).strip();
            }
        }
        return t;
    }

    /** The fewest paragraphs of running text that make a form holding most of it the page's article. */
    private static final int FORM_ARTICLE_PARAGRAPHS = 3;

    /** Running text: a block this long that ends like a sentence. */
    private static final int RUNNING = 80;

    /**
     * A region dropped for a widget's class word (sharing, social, sidebar, ...) that holds nearly all
     * the page's running text (more than four fifths), in an element that says it is the content,
     * wraps the article: themes wrap the text in their sticky share bar's element, or name the
     * layout that has a sidebar. Its drop is undone. A real sidebar or menu with a few paragraphs of
     * its own (testimonials, a disclaimer) beside a short post holds less. Words that name readers' comments keep theirs: a blog post's
     * comments may well outweigh it.
     */
    private static List<BlockCollector.Info> wrappersOfTheText(BlockCollector c, List<BlockCollector.Info> already) {
        long all = 0;
        Map<BlockCollector.Info, Long> inRegion = new HashMap<>();
        for (BlockCollector.Raw b : c.blocks) {
            int len = b.text.length();
            if (len < RUNNING || !ContentFinder.endsLikeSentence(b.text.strip())) {
                continue;
            }
            all += len;
            if (b.dropRootInfo != null && b.dropReason.startsWith(CLASS_WORD) && !namesComments(b.dropReason)) {
                inRegion.merge(b.dropRootInfo, (long) len, Long::sum);
            }
        }
        for (Map.Entry<BlockCollector.Info, Long> e : inRegion.entrySet()) {
            if (e.getValue() * 5 > all * 4 && !already.contains(e.getKey()) && contentInside(c, e.getKey(), all * 4 / 5)) {
                return List.of(e.getKey());
            }
        }
        return List.of();
    }

    /**
     * Whether an element inside the region that says it is the content (an {@code article} or
     * {@code main}, or a class or id word that names content: {@code entry-content}, {@code
     * article-body}; {@link #namesContent}) holds more than {@code least} characters of running text. A sidebar of
     * testimonials beside a short post, or a menu with a text widget, holds no such element.
     */
    private static boolean contentInside(BlockCollector c, BlockCollector.Info region, long least) {
        Map<BlockCollector.Info, Long> byElement = new HashMap<>();
        for (BlockCollector.Raw b : c.blocks) {
            if (b.dropRootInfo != region || b.text.length() < RUNNING || !ContentFinder.endsLikeSentence(b.text.strip())) {
                continue;
            }
            // the block's nearest ancestor below the region that says it is the content
            for (BlockCollector.Info in = b.ownerInfo; in != null && in != region; in = in.parent) {
                String tag = in.element.normalName();
                if (tag.equals("article") || tag.equals("main") || namesContent(in)) {
                    if (byElement.merge(in, (long) b.text.length(), Long::sum) > least) {
                        return true;
                    }
                    break;
                }
            }
        }
        return false;
    }

    /**
     * Whether the element's class or id names the content. "text" and "column" do not here: they
     * name a sidebar's text widget ({@code widget_text}) or a layout column as readily.
     */
    private static boolean namesContent(BlockCollector.Info in) {
        String word = in.facts == null ? null : in.facts.match(ClassHints.Facts.CONTENT_LIST);
        return word != null && !word.equals("text") && !word.equals("column");
    }

    /** How the walk's reason for a drop by class or id word begins. */
    private static final String CLASS_WORD = "class or id names ";

    private static boolean namesComments(String reason) {
        return reason.endsWith("comment") || reason.endsWith("disqus");
    }

    /**
     * A furniture region that holds the headline is no furniture: some pages wrap their whole
     * article in an element whose class names a sidebar or a form. Such drops are undone.
     */
    private static List<BlockCollector.Info> vetoDrops(BlockCollector c, int headline) {
        List<BlockCollector.Info> vetoed = new ArrayList<>();
        if (headline < 0) {
            return vetoed;
        }
        BlockCollector.Info h = c.blocks.get(headline).ownerInfo;
        for (BlockCollector.Raw b : c.blocks) {
            BlockCollector.Info in = b.dropRootInfo;
            // Regions that hold the headline are few and nest, so the list stays short.
            if (in != null && in.contains(h) && !b.dropReason.equals("hidden") && !vetoed.contains(in)) {
                vetoed.add(in);
            }
        }
        return vetoed;
    }
}
