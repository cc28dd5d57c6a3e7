package io.github.tidings.internal.html;

import io.github.tidings.internal.words.TextNormalizer;
import io.github.tidings.internal.text.Shape;
import io.github.tidings.model.BlockType;
import io.github.tidings.model.Limits;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jspecify.annotations.Nullable;

/**
 * Walks a document once, without recursion (jsoup's {@link NodeTraversor} is iterative), and cuts
 * its text into blocks: one per block element, plus the text runs a {@code div} or {@code td}
 * holds outside its child blocks. It also numbers every element in document order and sums the
 * text and link text under it, so that later stages can ask "is this block inside that element?"
 * and "how much of that element is links?" in constant time. The document is only read.
 *
 * <p>What the walk learns of an element is kept in an {@link Info} that the blocks and the other
 * infos point to, not in a map by element: a map by identity pays for an identity hash of every
 * element of every page. Later stages reach an element's info from a block's ({@link Up}).
 */
final class BlockCollector implements NodeFilter {

    /** Elements whose content is never text a reader sees. */
    private static final Set<String> SKIP = Set.of("script", "style", "noscript", "template", "svg", "iframe",
            "object", "embed", "canvas", "head", "button", "select", "option", "textarea", "input", "map",
            "video", "audio", "math", "title", "meta", "link");

    /** Elements that start and end a block. */
    private static final Set<String> BLOCK = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote",
            "pre", "figure", "figcaption", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "form",
            "fieldset", "address", "details", "summary", "hr", "body", "html", "center", "hgroup", "dialog", "menu",
            "legend", "picture");

    /**
     * Inline elements: they never own a block or a region, so they get no {@link Info}; their text
     * counts toward the nearest enclosing element that has one. This saves a map entry for most of
     * a page's elements.
     */
    private static final Set<String> INLINE = Set.of("a", "span", "em", "strong", "b", "i", "u", "small", "sup",
            "sub", "abbr", "cite", "code", "q", "mark", "s", "strike", "time", "font", "label", "img", "br", "wbr",
            "ins", "del", "var", "kbd", "samp", "bdi", "bdo", "data", "dfn", "tt", "big", "source");

    /** What the walk does with a tag, as bits: one map look-up per element instead of one per set. */
    private static final int K_SKIP = 1;
    private static final int K_BLOCK = 2;
    private static final int K_INLINE = 4;
    private static final int K_ANCHOR = 8;
    private static final int K_PRE = 16;
    private static final int K_QUOTE = 32;
    private static final int K_CAPTION = 64;
    private static final int K_LIST = 128;
    /** A tag in {@link #DROP_TAG}: most elements need not look there. */
    private static final int K_DROP = 256;
    /** A tag that shapes the article's structure: tables, lists, images, figures ({@link #structHead}). */
    private static final int K_STRUCT = 512;
    private static final Set<String> STRUCT = Set.of("table", "tr", "td", "th", "thead", "tfoot", "ul", "ol", "img", "figure",
            "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "section", "article", "li");
    /** Elements dropped with everything in them, and why. */
    private static final Map<String, String> DROP_TAG = Map.of("nav", "navigation", "aside", "aside",
            "footer", "footer", "form", "form", "menu", "menu", "dialog", "dialog");
    private static final Map<String, Integer> KIND = kinds();

    private static Map<String, Integer> kinds() {
        Map<String, Integer> m = new java.util.HashMap<>();
        SKIP.forEach(t -> m.merge(t, K_SKIP, (a, b) -> a | b));
        BLOCK.forEach(t -> m.merge(t, K_BLOCK, (a, b) -> a | b));
        INLINE.forEach(t -> m.merge(t, K_INLINE, (a, b) -> a | b));
        m.merge("a", K_ANCHOR, (a, b) -> a | b);
        m.merge("pre", K_PRE, (a, b) -> a | b);
        m.merge("blockquote", K_QUOTE, (a, b) -> a | b);
        m.merge("figcaption", K_CAPTION, (a, b) -> a | b);
        m.merge("figure", K_CAPTION, (a, b) -> a | b);
        m.merge("li", K_LIST, (a, b) -> a | b);
        m.merge("dd", K_LIST, (a, b) -> a | b);
        DROP_TAG.keySet().forEach(t -> m.merge(t, K_DROP, (a, b) -> a | b));
        STRUCT.forEach(t -> m.merge(t, K_STRUCT, (a, b) -> a | b));
        return Map.copyOf(m);
    }

    /** ARIA roles that mark page furniture. */
    private static final Map<String, String> DROP_ROLE = Map.of("navigation", "navigation", "complementary",
            "aside", "contentinfo", "footer", "menu", "menu", "menubar", "menu", "dialog", "dialog", "search",
            "search", "banner", "banner");

    /**
     * Per-element facts gathered in the walk, for each element but inline ones. Infos link to
     * the info of their nearest ancestor that has one, so they form the document's tree without
     * its inline elements.
     */
    static final class Info {
        final int pre;
        final Element element;
        /** The info of the nearest ancestor with one, below the walk's root; null for the root. */
        final Info parent;
        int end;
        /** Non-space characters of text below, and of link text among them. */
        int chars;
        int linkChars;
        double score;
        boolean scored;
        /** How many short blocks have voted for this element (see {@code ContentFinder.MAX_SHORT_VOTES}). */
        int shortVotes;
        /** The part of {@link #score} that short blocks gave. */
        double shortScore;
        /** What the word lists say of the element's class and id ({@link #classAndId(Element)}), or null. */
        ClassHints.@Nullable Facts facts;

        Info(int pre, Element element, Info parent) {
            this.pre = pre;
            this.element = element;
            this.parent = parent;
        }

        boolean contains(Info other) {
            return other.pre >= pre && other.pre <= end;
        }
    }

    /** A block of text before the content finder judged it. */
    static final class Raw {
        final Element owner;
        /** The owner's info; null only in tests that make blocks by hand. */
        final @Nullable Info ownerInfo;
        final BlockType type;
        final String text;
        final int linkChars;
        /** The innermost furniture region around the block and why it is one, or null. */
        final @Nullable Element dropRoot;
        final @Nullable String dropReason;
        /** The drop root's info; null when it has none (an inline element) or there is no drop root. */
        final @Nullable Info dropRootInfo;
        /** The info of the innermost element whose class names a caption, credit or gallery, or null. */
        @Nullable Info captionRoot;
        /**
         * Whether the text is one line of {@linkplain TextNormalizer#isPlainChar plain characters}
         * with single spaces, none at either end: then {@link TextNormalizer#normalizePlain} serves.
         */
        boolean plain;
        /** Whether the text is {@link #plain} and all printable ASCII. */
        boolean plainAscii;
        /**
         * The block's links: entries {@code linkFrom} (inclusive) to {@code linkTo} of the
         * collector's {@link BlockCollector#anchors} and {@link BlockCollector#spans}, which hold
         * every block's, so that a block with links costs no arrays of its own.
         */
        int linkFrom;
        int linkTo;
        /** A list item's nesting depth (0 for other blocks) and whether its list is numbered. */
        int listNesting;
        boolean orderedList;
        /** The table cell the block is in, or null: its table, row and column. */
        @Nullable TableState table;
        int row;
        int col;
        /**
         * The text {@linkplain HtmlMetadata#fold(Raw) folded}, once asked for: the title chooser,
         * the visible text and the headline search each ask for the same blocks'.
         */
        @Nullable String fold;

        Raw(Element owner, BlockType type, String text, int linkChars, @Nullable Element dropRoot,
                @Nullable String dropReason) {
            this(owner, null, type, text, linkChars, dropRoot, dropReason, null);
        }

        Raw(Element owner, @Nullable Info ownerInfo, BlockType type, String text, int linkChars,
                @Nullable Element dropRoot, @Nullable String dropReason, @Nullable Info dropRootInfo) {
            this.owner = owner;
            this.ownerInfo = ownerInfo;
            this.type = type;
            this.text = text;
            this.linkChars = linkChars;
            this.dropRoot = dropRoot;
            this.dropReason = dropReason;
            this.dropRootInfo = dropRootInfo;
        }

        /** This block with another type, or outside any furniture region. */
        private Raw with(BlockType newType, boolean keepDrop) {
            Raw r = keepDrop ? new Raw(owner, ownerInfo, newType, text, linkChars, dropRoot, dropReason, dropRootInfo)
                    : new Raw(owner, ownerInfo, newType, text, linkChars, null, null, null);
            r.captionRoot = captionRoot;
            r.plain = plain;
            r.plainAscii = plainAscii;
            r.linkFrom = linkFrom;
            r.linkTo = linkTo;
            r.listNesting = listNesting;
            r.orderedList = orderedList;
            r.table = table;
            r.row = row;
            r.col = col;
            r.fold = fold;
            return r;
        }

        String tag() {
            return owner.normalName();
        }
    }

    final List<Raw> blocks = new ArrayList<>();
    /** Elements the metadata reader wants from the body, gathered on the same walk. */
    final List<Element> metaElements = new ArrayList<>();
    /**
     * The first {@link MarkupByline#MAX_ELEMENTS} elements at and below the walk's root that mark a
     * byline ({@link MarkupByline#marks}), in document order, skipped subtrees included: the
     * selector scan {@link MarkupByline} made of the whole body, read in the walk instead.
     */
    final List<Element> bylineMarks = new ArrayList<>(4);
    /** The infos in document order: {@code byPre.get(i).pre == i}. */
    final List<Info> byPre = new ArrayList<>(512); // a page has some hundreds of block-level elements

    private final Deque<Element> owners = new ArrayDeque<>();
    private final Deque<Info> infos = new ArrayDeque<>();
    /** The open furniture regions, innermost first. */
    private final Deque<Drop> drops = new ArrayDeque<>();
    /** Elements whose class names a caption, credit or gallery: their text is caption text. */
    private final Deque<Info> captionRoots = new ArrayDeque<>();
    final ClassHints.Memo hints = new ClassHints.Memo();
    /** The kind bits of the open elements, innermost last, so that the tail need not look the tag up again. */
    private int[] openKinds = new int[64];
    /** The owners' infos, beside {@link #owners}. */
    private final Deque<Info> ownerInfos = new ArrayDeque<>();
    private int open;
    /** The current text run, its spaces already collapsed (except inside {@code pre}). */
    private StringBuilder text = new StringBuilder(256);
    /** Whether the run holds a character above U+00FF (or is preformatted, and might). */
    private boolean wideRun;
    /** A space is due before the next text (collapsed mode only). */
    private boolean spacePending;
    /** Whether the current run holds plain characters only ({@link Raw#plain}), and ASCII ones only. */
    private boolean plainRun = true;
    private boolean asciiRun = true;
    private int textChars;
    private int textLinkChars;
    private int counter;
    private int anchorDepth;
    /** The link target of the outermost open anchor; null when it is none (empty, {@code #...}, {@code javascript:}). */
    private String anchorHref;
    /** How many more characters of the open anchor's text count as link text (see {@link #HREF_TEXT}). */
    private int anchorBudget;
    /** Link text counted so far per link target. */
    private final Map<String, Integer> hrefText = new java.util.HashMap<>();
    private int preDepth;
    private int quoteDepth;
    private int captionDepth;
    private int listDepth;

    /**
     * An open table, and what the walk learns of it: a table of at least two rows and two columns
     * that holds no block structure of its own (divs, lists, headings, nested tables) and no long
     * cells holds data; other tables lay a page out, and their cells stay paragraphs.
     */
    static final class TableState {
        int row = -1;
        int col = -1;
        int maxCols;
        boolean layout;
        /** Whether the first row is a header row: in a {@code thead}, or all {@code th}. */
        boolean headerRow;
        boolean inHead;
        /** Whether the walk is in the table's {@code tfoot}, which the page shows under the body's rows. */
        boolean inFoot;

        boolean isData() {
            return !layout && row >= 1 && maxCols >= 2;
        }
    }

    /** An image the walk met: where, and in which figure and furniture region. */
    record Img(Element img, @Nullable Info nearest, int nextBlock, @Nullable Info figure, boolean dropped) {
    }

    /** Whether an element's class or id names a paywall ({@code paywall}, {@code article-paywall}, {@code Paywall}). */
    boolean paywall;
    /** Whether an element carries a {@code data-paywall…} attribute: read in the walk, not by a second scan of the page. */
    boolean paywallAttribute;
    /**
     * The first element below and at the walk's root that marks a breadcrumb ({@link Categories#first}'s
     * answer when the root is the body), or null: read in the walk, not by a second scan of the page.
     */
    @Nullable Element breadcrumb;
    /** The images in document order, outside skipped elements. */
    final List<Img> images = new ArrayList<>();
    private final Deque<TableState> tables = new ArrayDeque<>();
    /** Whether each open list is numbered, innermost first. */
    private final Deque<Boolean> lists = new ArrayDeque<>();
    private final Deque<Info> figures = new ArrayDeque<>();
    /** The open anchor's start in the run, and its element when it links somewhere; the run's finished links. */
    private int anchorStart;
    private @Nullable Element anchorElement;
    /** Every block's links in block order: anchor {@code i}'s text spans {@code spans[2i]} to {@code spans[2i+1]} of its block's raw text. */
    final List<Element> anchors = new ArrayList<>();
    int[] spans = new int[64];
    /** Where the current run's links start in {@link #anchors}. */
    private int runLinks;

    /** Longest text a data table's cell holds. */
    private static final int MAX_CELL_CHARS = 400;

    private void structHead(String tag, Element e, @Nullable Info in) {
        TableState t = tables.peek();
        switch (tag) {
            case "table" -> {
                if (t != null) {
                    t.layout = true;
                }
                tables.push(new TableState());
            }
            case "thead" -> {
                if (t != null) {
                    t.inHead = true;
                }
            }
            case "tfoot" -> {
                if (t != null) {
                    t.inFoot = true;
                }
            }
            case "tr" -> {
                if (t != null) {
                    t.row++;
                    t.col = -1;
                    if (t.row == 0) {
                        t.headerRow = true; // until a td or the end of the thead says otherwise
                    }
                }
            }
            case "td", "th" -> {
                if (t != null) {
                    t.col++;
                    t.maxCols = Math.max(t.maxCols, t.col + 1);
                    if (t.row == 0 && tag.equals("td") && !t.inHead) {
                        t.headerRow = false;
                    }
                }
            }
            case "ul", "ol" -> {
                lists.push(tag.equals("ol"));
                if (t != null) {
                    t.layout = true;
                }
            }
            case "img" -> images.add(new Img(e, infos.peek(), blocks.size(), figures.peek(), !drops.isEmpty()));
            case "figure" -> {
                figures.push(in);
                if (t != null) {
                    t.layout = true;
                }
            }
            default -> {
                if (t != null) {
                    t.layout = true; // a div, heading, quote, pre, section, article or list item in a table
                }
            }
        }
    }

    private void structTail(String tag, Element e, @Nullable Info in) {
        switch (tag) {
            case "table" -> tables.pop();
            case "thead" -> {
                if (!tables.isEmpty()) {
                    tables.peek().inHead = false;
                }
            }
            case "tfoot" -> {
                if (!tables.isEmpty()) {
                    tables.peek().inFoot = false;
                }
            }
            case "td", "th" -> {
                if (!tables.isEmpty() && in != null && in.chars > MAX_CELL_CHARS) {
                    tables.peek().layout = true;
                }
            }
            case "ul", "ol" -> lists.pop();
            case "figure" -> figures.pop();
            default -> {
            }
        }
    }

    /** An open furniture region: its element, that element's info (null for an inline one), and why. */
    private record Drop(Element root, Info info, String reason) {
    }

    /** Keeps the blocks whose innermost furniture region is one of {@code roots} after all. */
    void undoDrops(List<Info> roots) {
        for (int i = 0; i < blocks.size(); i++) {
            Raw b = blocks.get(i);
            if (b.dropRootInfo != null && roots.contains(b.dropRootInfo)) {
                blocks.set(i, b.with(b.type, false));
            }
        }
    }

    /** Longest text an element with a caption class may hold to be read as a caption or credit. */
    private static final int MAX_CAPTION_CHARS = 400;

    static BlockCollector collect(Element root) {
        return collect(root, 0, Integer.MAX_VALUE);
    }

    /**
     * Walks {@code root}, counting the document's elements on the way (those in the subtrees the
     * walk skips too): the count of {@link Limits#maxElements()} costs no walk of its own.
     *
     * @param outside the document's elements outside {@code root}, counted already
     * @param maxElements the most elements the document may have
     * @throws IllegalArgumentException as soon as the count passes {@code maxElements}
     */
    static BlockCollector collect(Element root, int outside, int maxElements) {
        BlockCollector c = new BlockCollector();
        c.maxElements = maxElements;
        c.count(outside);
        NodeTraversor.filter(c, root);
        c.flush();
        c.typeCaptions();
        return c;
    }

    /**
     * Blocks under a small element whose class names a caption, credit or gallery become captions.
     * Only small ones: some page builders put such a word on the article's wrapper.
     */
    private void typeCaptions() {
        for (int i = 0; i < blocks.size(); i++) {
            Raw b = blocks.get(i);
            if (b.captionRoot == null || b.type == BlockType.CAPTION || b.type == BlockType.HEADING) {
                continue;
            }
            if (b.captionRoot.chars <= MAX_CAPTION_CHARS) {
                blocks.set(i, b.with(BlockType.CAPTION, true));
            }
        }
    }

    /** The document's elements counted so far, and the most it may have. */
    private int elements;
    private int maxElements = Integer.MAX_VALUE;

    /** The document's elements counted: those outside the walk's root given, and every one at and below it. */
    int elements() {
        return elements;
    }

    private void count(int more) {
        elements += more;
        if (elements > maxElements) {
            throw tooManyElements(maxElements);
        }
    }

    /** The exception for a document of more than {@code max} elements. */
    static IllegalArgumentException tooManyElements(int max) {
        return new IllegalArgumentException("document of more than " + max + " elements is past the maximum"
                + " (Limits.Builder#maxElements)");
    }

    /**
     * The elements at and below {@code top}, but none at or below {@code except} (null: none left
     * out), counted up to one past {@code max}: depth first without recursion or a list of all
     * nodes, so deep documents cannot overflow the stack.
     */
    static int elementsIn(Node top, @Nullable Node except, int max) {
        int count = 0;
        Node node = top;
        while (node != null) {
            boolean descend = node != except;
            if (descend && node instanceof Element && ++count > max) {
                return count;
            }
            node = descend ? following(node, top) : followingPast(node, top);
        }
        return count;
    }

    /**
     * The node after {@code node} in document order inside {@code root} (its first child, else the
     * next node past it), or null at the end of {@code root}'s subtree: the walks that look ahead
     * of the block walk go without recursion, as it does, so that deep nesting costs no stack.
     */
    static @Nullable Node following(Node node, Node root) {
        return node.childNodeSize() > 0 ? node.childNode(0) : followingPast(node, root);
    }

    /** The node after {@code node}'s subtree in document order inside {@code root}, or null. */
    static @Nullable Node followingPast(Node node, Node root) {
        Node n = node;
        while (n != null && n != root && n.nextSibling() == null) {
            n = n.parent();
        }
        return n == null || n == root ? null : n.nextSibling();
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
            appendText(t.getWholeText());
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element e)) {
            return FilterResult.SKIP_ENTIRELY; // comments, doctype, data: never a parent
        }
        count(1);
        String tag = e.normalName();
        Integer k = KIND.get(tag);
        int kind = k == null ? 0 : k;
        if ((kind & K_SKIP) != 0) {
            if (e.childNodeSize() > 0) {
                count(elementsIn(e, null, maxElements) - 1); // the subtree the walk skips, but for e
            }
            if (tag.equals("meta") || (tag.equals("script") && e.attr("type").contains("ld+json"))) {
                metaElements.add(e);
            }
            if (breadcrumb == null) {
                breadcrumb = firstBreadcrumb(e); // the walk skips the subtree; the breadcrumb scan did not
            }
            if (bylineMarks.size() < MarkupByline.MAX_ELEMENTS) {
                MarkupByline.addMarks(e, bylineMarks); // nor did the byline scan
            }
            return FilterResult.SKIP_ENTIRELY;
        }
        Attrs a = e.attributesSize() > 0 ? attrs(e, attrs, breadcrumb == null) : null;
        paywallAttribute |= a != null && a.paywall;
        if (a != null && a.breadcrumb && breadcrumb == null) {
            breadcrumb = e;
        }
        if (a != null && ((tag.equals("time") && a.datetime) || a.itemprop)) {
            metaElements.add(e);
        }
        boolean inline = (kind & K_INLINE) != 0;
        Info in = null;
        if (!inline) {
            in = new Info(counter++, e, infos.peek());
            byPre.add(in);
            infos.push(in);
        }
        if (tag.equals("br")) {
            flush();
        } else if ((kind & K_BLOCK) != 0) {
            flush();
            owners.push(e);
            ownerInfos.push(in);
        }
        if ((kind & K_STRUCT) != 0) {
            structHead(tag, e, in);
        }
        if ((kind & K_ANCHOR) != 0) {
            if (anchorDepth++ == 0) {
                String href = e.attr("href");
                boolean target = !href.isEmpty() && href.charAt(0) != '#' && !href.regionMatches(true, 0, "javascript:", 0, 11);
                anchorHref = target ? href : null;
                anchorElement = target ? e : null;
                anchorStart = text.length();
                anchorBudget = target ? HREF_TEXT - hrefText.getOrDefault(href, 0) : Integer.MAX_VALUE;
            }
        } else if ((kind & K_PRE) != 0) {
            preDepth++;
        } else if ((kind & K_QUOTE) != 0) {
            quoteDepth++;
        } else if ((kind & K_CAPTION) != 0) {
            captionDepth++;
        } else if ((kind & K_LIST) != 0) {
            listDepth++;
        }
        if (open == openKinds.length) {
            openKinds = java.util.Arrays.copyOf(openKinds, open * 2);
        }
        openKinds[open++] = kind;
        ClassHints.Facts facts = null;
        if (a != null && !a.classAndId.isEmpty()) {
            facts = hints.of(a.classAndId);
            paywall |= facts.paywall;
            if (in != null) {
                in.facts = facts;
                if (facts.matches(ClassHints.Facts.CAPTION_LIST)) {
                    captionRoots.push(in);
                }
            }
        }
        // only an element with a rel or itemprop key, or a class text holding a byline class
        // word, can mark a byline: the rest need not be matched against the selector
        if (a != null && (a.bylineKey || facts != null && facts.mayByline)
                && bylineMarks.size() < MarkupByline.MAX_ELEMENTS && MarkupByline.marks(e)) {
            bylineMarks.add(e);
        }
        String drop = dropReason(tag, kind, a, facts);
        if (drop != null) {
            drops.push(new Drop(e, in, drop));
        }
        return FilterResult.CONTINUE;
    }

    /**
     * The most characters of link text one link target accounts for in a page; text past it in
     * anchors to the same target is counted as text. A real link's text is a few words, a teaser
     * card's a few sentences. One unclosed {@code <a>} in a page's header makes the HTML parser
     * put a copy of it into every later paragraph (HTML's "reconstruct the active formatting
     * elements") or wrap the later paragraphs in one (the adoption agency); either way the text
     * they hold is the article, every copy has the one target, and counted as link text it made
     * the whole article look like a list of links. Targets that are no page ({@code #...},
     * {@code javascript:}, none) have no budget: many menus use them.
     */
    static final int HREF_TEXT = 300;

    /** Adds a text node's text to the current run, counting its non-space characters. */
    private void appendText(String s) {
        int n = s.length();
        int nonSpace = 0;
        if (preDepth > 0) {
            plainRun = false;
            wideRun = true;
            for (int i = 0; i < n; i++) {
                if (!isSpace(s.charAt(i))) {
                    nonSpace++;
                }
            }
            if (nonSpace == 0) {
                if (!text.isEmpty()) {
                    text.append(' ');
                }
                return;
            }
            text.append(s);
        } else {
            // Spaces are collapsed as the text comes: a run of them becomes one space between words.
            // A stretch of words with single plain spaces between them is already collapsed and is
            // copied at once (most text nodes are one such stretch, give or take a line break).
            int i = 0;
            while (i < n) {
                int spaces = i;
                while (i < n && isSpace(s.charAt(i))) {
                    i++;
                }
                if (i > spaces) {
                    spacePending = !text.isEmpty();
                }
                int stretch = i;
                int single = 0;
                while (i < n) {
                    char c = s.charAt(i);
                    if (!isSpace(c)) {
                        if ((char) (c - 0x20) >= 0x5F) { // not printable ASCII: a rarer, longer test
                            plainRun = plainRun && TextNormalizer.isPlainChar(c);
                            asciiRun = false;
                            wideRun |= c > 0xFF;
                        }
                        i++;
                    } else if (c == ' ' && i + 1 < n && !isSpace(s.charAt(i + 1))) {
                        single++;
                        i++;
                    } else {
                        break;
                    }
                }
                if (i > stretch) {
                    if (spacePending) {
                        text.append(' ');
                        spacePending = false;
                    }
                    if (stretch == 0 && i == n) {
                        text.append(s);
                    } else {
                        text.append(s, stretch, i);
                    }
                    nonSpace += i - stretch - single;
                }
            }
            if (nonSpace == 0) {
                return;
            }
        }
        textChars += nonSpace;
        int linkChars = 0;
        if (anchorDepth > 0 && anchorBudget > 0) {
            linkChars = Math.min(nonSpace, anchorBudget);
            if (anchorBudget != Integer.MAX_VALUE) {
                anchorBudget -= linkChars;
            }
        }
        textLinkChars += linkChars;
        if (!infos.isEmpty()) {
            Info i = infos.peek();
            i.chars += nonSpace;
            i.linkChars += linkChars;
        }
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (!(node instanceof Element e)) {
            return FilterResult.CONTINUE;
        }
        int kind = openKinds[--open];
        if ((kind & K_BLOCK) != 0) {
            flush();
            if (!owners.isEmpty() && owners.peek() == e) {
                owners.pop();
                ownerInfos.pop();
            }
        }
        if ((kind & K_STRUCT) != 0) {
            structTail(e.normalName(), e, infos.peek());
        }
        if ((kind & K_ANCHOR) != 0) {
            if (--anchorDepth == 0 && anchorHref != null) {
                hrefText.put(anchorHref, HREF_TEXT - Math.max(0, anchorBudget));
                anchorHref = null;
            }
            if (anchorDepth == 0 && anchorElement != null) {
                addSpan(anchorStart, text.length(), anchorElement);
                anchorElement = null;
            }
        } else if ((kind & K_PRE) != 0) {
            preDepth--;
        } else if ((kind & K_QUOTE) != 0) {
            quoteDepth--;
        } else if ((kind & K_CAPTION) != 0) {
            captionDepth--;
        } else if ((kind & K_LIST) != 0) {
            listDepth--;
        }
        if (!captionRoots.isEmpty() && captionRoots.peek().element == e) {
            captionRoots.pop();
        }
        if (!drops.isEmpty() && drops.peek().root == e) {
            drops.pop();
        }
        if ((kind & K_INLINE) != 0) {
            return FilterResult.CONTINUE;
        }
        Info done = infos.pop();
        done.end = counter - 1;
        if (!infos.isEmpty()) {
            Info parent = infos.peek();
            parent.chars += done.chars;
            parent.linkChars += done.linkChars;
        }
        return FilterResult.CONTINUE;
    }

    /** What one pass over an element's attributes found. */
    private static final class Attrs {
        /** Class and id as {@link #classAndId(Element)} gives them. */
        String classAndId = "";
        /** Class and id as the drop rule reads them: exact keys, values unstripped. */
        String dropClassAndId = "";
        /** Why the element is hidden or furniture by its attributes, the first such attribute deciding. */
        @Nullable String attributeDrop;
        boolean datetime;
        boolean itemprop;
        /** A {@code data-paywall…} attribute ({@code data-paywall}, {@code data-paywall-type}, {@code data-paywalled}). */
        boolean paywall;
        /** Whether the element marks a breadcrumb ({@link Categories#marksBreadcrumb}); read only when asked. */
        boolean breadcrumb;
        /**
         * Whether a key is {@code rel} or {@code itemprop} in any case, or a class key not spelled
         * {@code class}: with {@link ClassHints.Facts#mayByline}, what lets an element be a byline mark.
         */
        boolean bylineKey;
    }

    /** What {@link #head} reads of the current element's attributes: one object for the whole walk. */
    private final Attrs attrs = new Attrs();

    /**
     * Reads the attributes in one pass into {@code r}, which it returns; looking each up by name
     * costs a scan apiece, and the case-insensitive look-ups a case-folding comparison per attribute.
     *
     * @param breadcrumb whether to tell {@link Attrs#breadcrumb} (until the walk has found one)
     */
    private static Attrs attrs(Element e, Attrs r, boolean breadcrumb) {
        r.attributeDrop = null;
        r.datetime = false;
        r.itemprop = false;
        r.paywall = false;
        r.breadcrumb = false;
        r.bylineKey = false;
        int crumbKeys = 0; // the breadcrumb keys read so far: the first spelling of each counts, as in Element#attr
        String cls = "";
        String id = "";
        String exactCls = "";
        String exactId = "";
        String tag = e.normalName();
        for (Attribute a : e.attributes()) {
            String k = a.getKey();
            if (breadcrumb) {
                int bit = Categories.crumbKey(k, true);
                int len = k.length();
                if (bit == 0 && (len == 2 || len == 5 || len == 6 || len == 8 || len == 10) && !isLowerAscii(k)) {
                    bit = Categories.crumbKey(k, false);
                }
                if (bit != 0 && (crumbKeys & bit) == 0) {
                    crumbKeys |= bit;
                    r.breadcrumb |= Categories.crumbValue(bit, a.getValue());
                }
            }
            switch (k) {
                case "class" -> {
                    exactCls = a.getValue();
                    cls = exactCls.strip();
                }
                case "id" -> {
                    exactId = a.getValue();
                    id = exactId;
                }
                case "itemprop" -> {
                    r.itemprop = true;
                    r.bylineKey = true;
                }
                case "rel" -> r.bylineKey = true;
                case "datetime" -> r.datetime = true;
                case "hidden" -> {
                    if (r.attributeDrop == null) {
                        r.attributeDrop = "hidden";
                    }
                }
                case "style" -> {
                    if (r.attributeDrop == null) {
                        String st = a.getValue().toLowerCase(Locale.ROOT).replace(" ", "");
                        if (st.contains("display:none") || st.contains("visibility:hidden")) {
                            r.attributeDrop = "hidden";
                        }
                    }
                }
                case "aria-hidden" -> {
                    if (r.attributeDrop == null && "true".equalsIgnoreCase(a.getValue()) && !tag.equals("body")
                            && !tag.equals("html")) {
                        r.attributeDrop = "hidden";
                    }
                }
                case "role" -> {
                    if (r.attributeDrop == null) {
                        r.attributeDrop = DROP_ROLE.get(a.getValue().toLowerCase(Locale.ROOT).strip());
                    }
                }
                default -> {
                    r.paywall |= k.startsWith("data-paywall");
                    // The look-ups that ignore case: only a key not in lower-case ASCII can be
                    // another spelling of one of the names above, and only one of their lengths
                    // (equalsIgnoreCase compares char by char), which most keys (href, src, data-*)
                    // are not.
                    int len = k.length();
                    if ((len == 2 || len == 3 || len == 5 || len == 8) && !isLowerAscii(k)) {
                        if (k.equalsIgnoreCase("class")) {
                            cls = a.getValue().strip();
                            r.bylineKey = true; // jsoup's class test reads the first class key in any case
                        } else if (k.equalsIgnoreCase("id")) {
                            id = a.getValue();
                        } else if (k.equalsIgnoreCase("itemprop")) {
                            r.itemprop = true;
                            r.bylineKey = true;
                        } else if (k.equalsIgnoreCase("datetime")) {
                            r.datetime = true;
                        } else if (k.equalsIgnoreCase("rel")) {
                            r.bylineKey = true;
                        }
                    }
                }
            }
        }
        String classTokens = cls;
        cls = TaxonomyClasses.withoutTerms(cls);
        // a class text without its term tokens may have lost a token jsoup's class test reads
        r.bylineKey |= cls != classTokens;
        exactCls = TaxonomyClasses.withoutTerms(exactCls);
        r.classAndId = id.isEmpty() ? cls : cls.isEmpty() ? id : cls + " " + id;
        r.dropClassAndId = exactId.isEmpty() ? exactCls : exactCls.isEmpty() ? exactId : exactCls + " " + exactId;
        return r;
    }

    /**
     * The first element at or below {@code e}, in document order, that marks a breadcrumb
     * ({@link Categories#marksBreadcrumb}), or null; without recursion, as the walk.
     */
    static @Nullable Element firstBreadcrumb(Element e) {
        Node node = e;
        while (node != null) {
            if (node instanceof Element el && el.attributesSize() > 0 && Categories.marksBreadcrumb(el)) {
                return el;
            }
            node = following(node, e);
        }
        return null;
    }

    static boolean isLowerAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z' || c >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * Why the element is dropped with everything in it, or null: by its tag, else by the first
     * attribute that hides it or gives it a furniture role, else by a class or id word.
     */
    private @Nullable String dropReason(String tag, int kind, @Nullable Attrs a, ClassHints.@Nullable Facts facts) {
        String byTag = (kind & K_DROP) != 0 ? DROP_TAG.get(tag) : null;
        if (byTag != null) {
            return byTag;
        }
        if (a == null) {
            return null;
        }
        if (a.attributeDrop != null) {
            return a.attributeDrop;
        }
        if (tag.equals("body") || tag.equals("html") || tag.equals("main") || tag.equals("article")
                || a.dropClassAndId.isEmpty()) {
            return null;
        }
        ClassHints.Facts f = facts != null && facts.text.equals(a.dropClassAndId) ? facts : hints.of(a.dropClassAndId);
        String word = f.match(ClassHints.Facts.DROP_LIST);
        if (word != null && !f.matches(ClassHints.Facts.CONTENT_LIST)) {
            return "class or id names " + word;
        }
        return null;
    }

    /**
     * What the word lists say of the element's class and id; null when it has none.
     *
     * @param in the element's info, or null when it has none
     */
    ClassHints.@Nullable Facts factsOf(Element e, Info in) {
        if (in != null) {
            return in.facts;
        }
        String ci = classAndId(e);
        return ci.isEmpty() ? null : hints.of(ci);
    }

    /**
     * Walks from an element up to the document's root, telling each element's info (null for an
     * inline element, and above the walk's root) from the infos' parent links instead of a map.
     */
    static final class Up {
        private @Nullable Element element;
        /** The info of the element, or of its nearest ancestor that has one. */
        private @Nullable Info next;

        /**
         * @param from where the walk starts
         * @param nearest the info of {@code from}, or of its nearest ancestor that has one
         */
        Up(@Nullable Element from, @Nullable Info nearest) {
            this.element = from;
            this.next = nearest;
        }

        /** The current element; null when the walk has passed the document's root. */
        @Nullable Element element() {
            return element;
        }

        /** The current element's info, or null when it has none. */
        @Nullable Info info() {
            return next != null && next.element == element ? next : null;
        }

        /** Moves to the parent element. */
        void up() {
            if (info() != null) {
                next = next.parent;
            }
            element = element.parent();
        }
    }

    static String classAndId(Element e) {
        if (e.attributesSize() == 0) {
            return "";
        }
        // One pass over the attributes; className() and id() would each scan them ignoring case.
        String c = "";
        String id = "";
        for (Attribute a : e.attributes()) {
            String k = a.getKey();
            if (k.equalsIgnoreCase("class")) {
                c = TaxonomyClasses.withoutTerms(a.getValue().strip());
            } else if (k.equalsIgnoreCase("id")) {
                id = a.getValue();
            }
        }
        if (id.isEmpty()) {
            return c;
        }
        return c.isEmpty() ? id : c + " " + id;
    }

    /**
     * Empties the run. A builder that has held a character above U+00FF keeps two bytes a
     * character from then on, which makes every later run slower to append and to copy out, so it
     * is replaced (pages in Latin script put a curly quote here and there).
     */
    private void resetText() {
        if (wideRun) {
            text = new StringBuilder(Math.max(256, text.length()));
            wideRun = false;
        } else {
            text.setLength(0);
        }
    }

    private void addSpan(int start, int end, Element anchor) {
        if (end <= start || preDepth > 0) {
            return;
        }
        int k = anchors.size() * 2;
        if (k + 2 > spans.length) {
            spans = java.util.Arrays.copyOf(spans, spans.length * 2);
        }
        spans[k] = start;
        spans[k + 1] = end;
        anchors.add(anchor);
    }

    private void flush() {
        if (anchorElement != null) {
            // a block ends inside a link: the link's text so far is a link of this block, the rest
            // one of the next
            addSpan(anchorStart, text.length(), anchorElement);
            anchorStart = 0;
        }
        int linkFrom = runLinks;
        int linkTo = anchors.size();
        runLinks = linkTo;
        boolean plain = plainRun;
        boolean ascii = asciiRun;
        plainRun = true;
        asciiRun = true;
        if (textChars == 0) {
            resetText();
            textLinkChars = 0;
            spacePending = false;
            return;
        }
        Element owner = owners.peek();
        spacePending = false;
        String t = preDepth > 0 ? trimLines(text) : text.toString();
        int linkChars = t.isEmpty() ? 0 : (int) Math.round((double) textLinkChars * t.length() / textChars);
        resetText();
        textChars = 0;
        textLinkChars = 0;
        if (t.isEmpty() || owner == null) {
            return;
        }
        BlockType type;
        String tag = owner.normalName();
        if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6') {
            type = BlockType.HEADING;
        } else if (preDepth > 0) {
            type = BlockType.PREFORMATTED;
        } else if (captionDepth > 0) {
            type = BlockType.CAPTION;
        } else if (quoteDepth > 0) {
            type = BlockType.QUOTE;
        } else if (listDepth > 0) {
            type = BlockType.LIST_ITEM;
        } else {
            type = BlockType.PARAGRAPH;
        }
        Drop drop = drops.peek();
        Raw raw = drop == null ? new Raw(owner, ownerInfos.peek(), type, t, linkChars, null, null, null)
                : new Raw(owner, ownerInfos.peek(), type, t, linkChars, drop.root, drop.reason, drop.info);
        raw.captionRoot = captionRoots.peek();
        raw.plain = plain && preDepth == 0;
        raw.plainAscii = raw.plain && ascii;
        raw.linkFrom = linkFrom;
        raw.linkTo = linkTo;
        if (type == BlockType.LIST_ITEM) {
            raw.listNesting = Math.max(1, lists.size());
            raw.orderedList = !lists.isEmpty() && lists.peek();
        }
        TableState table = tables.peek();
        if (table != null && table.col >= 0) {
            raw.table = table;
            // a tfoot's rows, which may come before the body's in the markup, are shown under them
            raw.row = table.inFoot ? Shape.FOOT_ROW + table.row : table.row;
            raw.col = table.col;
        }
        blocks.add(raw);
    }

    /**
     * The class and id tokens of a block's owner and its three nearest ancestors, joined by spaces,
     * at most 300 characters: what {@link io.github.tidings.clean.TextBlock#classAndId()} gives for
     * blocks from HTML. Made only when a cleaner asks: joining them for every block of every page
     * cost more than anything else the walk does per block.
     */
    static String classAndIdOf(Element owner) {
        StringBuilder b = null;
        String only = ""; // the common case, one element with a class: its text is the answer
        Element e = owner;
        for (int i = 0; i < 4 && e != null && (b == null ? only.length() : b.length()) < 300; i++, e = e.parent()) {
            String ci = classAndId(e);
            if (ci.isEmpty()) {
                continue;
            }
            if (only.isEmpty()) {
                only = ci;
            } else {
                if (b == null) {
                    b = new StringBuilder(only.length() + ci.length() + 1).append(only);
                }
                b.append(' ').append(ci);
            }
        }
        String s = b == null ? only : b.toString();
        return s.length() > 300 ? s.substring(0, 300) : s;
    }

    private static String trimLines(CharSequence s) {
        String t = s.toString().replace("\r\n", "\n");
        int start = 0;
        while (start < t.length() && t.charAt(start) == '\n') {
            start++;
        }
        return t.substring(start).stripTrailing();
    }

    private static boolean isSpace(char c) {
        if (c > ' ' && c < '\u00A0') {
            return false; // most characters, decided by one comparison
        }
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\u00A0' || c == '\f' || c == '\u200B';
    }
}
