package io.github.tidings.html;

import io.github.tidings.BlockType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
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

/**
 * Walks a document once, without recursion (jsoup's {@link NodeTraversor} is iterative), and cuts
 * its text into blocks: one per block element, plus the text runs a {@code div} or {@code td}
 * holds outside its child blocks. It also numbers every element in document order and sums the
 * text and link text under it, so that later stages can ask "is this block inside that element?"
 * and "how much of that element is links?" in constant time. The document is only read.
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

    /** Elements dropped with everything in them, and why. */
    private static final Map<String, String> DROP_TAG = Map.of("nav", "navigation", "aside", "aside",
            "footer", "footer", "form", "form", "menu", "menu", "dialog", "dialog");

    /** ARIA roles that mark page furniture. */
    private static final Map<String, String> DROP_ROLE = Map.of("navigation", "navigation", "complementary",
            "aside", "contentinfo", "footer", "menu", "menu", "menubar", "menu", "dialog", "dialog", "search",
            "search", "banner", "banner");

    /** Per-element facts gathered in the walk. */
    static final class Info {
        final int pre;
        int end;
        /** Non-space characters of text below, and of link text among them. */
        int chars;
        int linkChars;
        double score;
        boolean scored;

        Info(int pre) {
            this.pre = pre;
        }

        boolean contains(Info other) {
            return other.pre >= pre && other.pre <= end;
        }
    }

    /** A block of text before the content finder judged it. */
    static final class Raw {
        final Element owner;
        final BlockType type;
        final String text;
        final int linkChars;
        final Element dropRoot;
        final String dropReason;
        /** The innermost element whose class names a caption, credit or gallery, or null. */
        Element captionRoot;

        Raw(Element owner, BlockType type, String text, int linkChars, Element dropRoot, String dropReason) {
            this.owner = owner;
            this.type = type;
            this.text = text;
            this.linkChars = linkChars;
            this.dropRoot = dropRoot;
            this.dropReason = dropReason;
        }

        String tag() {
            return owner.normalName();
        }
    }

    final List<Raw> blocks = new ArrayList<>();
    /** Elements the metadata reader wants from the body, gathered on the same walk. */
    final List<Element> metaElements = new ArrayList<>();
    final Map<Element, Info> info = new IdentityHashMap<>(4096);

    private final Deque<Element> owners = new ArrayDeque<>();
    private final Deque<Info> infos = new ArrayDeque<>();
    private final Deque<Element> dropRoots = new ArrayDeque<>();
    private final Deque<String> dropReasons = new ArrayDeque<>();
    /** Elements whose class names a caption, credit or gallery: their text is caption text. */
    private final Deque<Element> captionRoots = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();
    private int textChars;
    private int textLinkChars;
    private int counter;
    private int anchorDepth;
    private int preDepth;
    private int quoteDepth;
    private int captionDepth;
    private int listDepth;

    /** Keeps the blocks whose innermost furniture region is one of {@code roots} after all. */
    void undoDrops(java.util.Collection<Element> roots) {
        java.util.Set<Element> set = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        set.addAll(roots);
        for (int i = 0; i < blocks.size(); i++) {
            Raw b = blocks.get(i);
            if (b.dropRoot != null && set.contains(b.dropRoot)) {
                Raw kept = new Raw(b.owner, b.type, b.text, b.linkChars, null, null);
                kept.captionRoot = b.captionRoot;
                blocks.set(i, kept);
            }
        }
    }

    /** Longest text an element with a caption class may hold to be read as a caption or credit. */
    private static final int MAX_CAPTION_CHARS = 400;

    static BlockCollector collect(Element root) {
        BlockCollector c = new BlockCollector();
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
            Info in = info.get(b.captionRoot);
            if (in != null && in.chars <= MAX_CAPTION_CHARS) {
                Raw cap = new Raw(b.owner, BlockType.CAPTION, b.text, b.linkChars, b.dropRoot, b.dropReason);
                cap.captionRoot = b.captionRoot;
                blocks.set(i, cap);
            }
        }
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
            String s = t.getWholeText();
            int nonSpace = 0;
            for (int i = 0; i < s.length(); i++) {
                if (!isSpace(s.charAt(i))) {
                    nonSpace++;
                }
            }
            if (nonSpace == 0) {
                if (!text.isEmpty()) {
                    text.append(' ');
                }
                return FilterResult.CONTINUE;
            }
            text.append(s);
            textChars += nonSpace;
            boolean link = anchorDepth > 0;
            if (link) {
                textLinkChars += nonSpace;
            }
            if (!infos.isEmpty()) {
                Info i = infos.peek();
                i.chars += nonSpace;
                if (link) {
                    i.linkChars += nonSpace;
                }
            }
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element e)) {
            return FilterResult.SKIP_ENTIRELY; // comments, doctype, data
        }
        String tag = e.normalName();
        if (SKIP.contains(tag)) {
            if (tag.equals("meta") || (tag.equals("script") && e.attr("type").contains("ld+json"))) {
                metaElements.add(e);
            }
            return FilterResult.SKIP_ENTIRELY;
        }
        if (e.attributesSize() > 0 && ((tag.equals("time") && e.hasAttr("datetime")) || e.hasAttr("itemprop"))) {
            metaElements.add(e);
        }
        if (!INLINE.contains(tag)) {
            Info in = new Info(counter++);
            info.put(e, in);
            infos.push(in);
        }
        if (tag.equals("br")) {
            flush();
        } else if (BLOCK.contains(tag)) {
            flush();
            owners.push(e);
        }
        switch (tag) {
            case "a" -> anchorDepth++;
            case "pre" -> preDepth++;
            case "blockquote" -> quoteDepth++;
            case "figcaption", "figure" -> captionDepth++;
            case "li", "dd" -> listDepth++;
            default -> {
            }
        }
        if (e.attributesSize() > 0 && !INLINE.contains(tag) && captionRoots.peek() != e) {
            String ci = classAndId(e);
            if (!ci.isEmpty() && ClassHints.CAPTION.matches(ci)) {
                captionRoots.push(e);
            }
        }
        String drop = dropReason(e, tag);
        if (drop != null) {
            dropRoots.push(e);
            dropReasons.push(drop);
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (!(node instanceof Element e)) {
            return FilterResult.CONTINUE;
        }
        String tag = e.normalName();
        if (BLOCK.contains(tag)) {
            flush();
            if (!owners.isEmpty() && owners.peek() == e) {
                owners.pop();
            }
        }
        switch (tag) {
            case "a" -> anchorDepth--;
            case "pre" -> preDepth--;
            case "blockquote" -> quoteDepth--;
            case "figcaption", "figure" -> captionDepth--;
            case "li", "dd" -> listDepth--;
            default -> {
            }
        }
        if (!captionRoots.isEmpty() && captionRoots.peek() == e) {
            captionRoots.pop();
        }
        if (!dropRoots.isEmpty() && dropRoots.peek() == e) {
            dropRoots.pop();
            dropReasons.pop();
        }
        if (INLINE.contains(tag)) {
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

    private static String dropReason(Element e, String tag) {
        String byTag = DROP_TAG.get(tag);
        if (byTag != null) {
            return byTag;
        }
        if (e.attributesSize() == 0) {
            return null;
        }
        // One pass over the attributes: looking each up by name costs a scan apiece.
        String cls = "";
        String id = "";
        for (Attribute a : e.attributes()) {
            String k = a.getKey();
            switch (k) {
                case "class" -> cls = a.getValue();
                case "id" -> id = a.getValue();
                case "hidden" -> {
                    return "hidden";
                }
                case "style" -> {
                    String st = a.getValue().toLowerCase(Locale.ROOT).replace(" ", "");
                    if (st.contains("display:none") || st.contains("visibility:hidden")) {
                        return "hidden";
                    }
                }
                case "aria-hidden" -> {
                    if ("true".equalsIgnoreCase(a.getValue()) && !tag.equals("body") && !tag.equals("html")) {
                        return "hidden";
                    }
                }
                case "role" -> {
                    String byRole = DROP_ROLE.get(a.getValue().toLowerCase(Locale.ROOT).strip());
                    if (byRole != null) {
                        return byRole;
                    }
                }
                default -> {
                }
            }
        }
        if (tag.equals("body") || tag.equals("html") || tag.equals("main") || tag.equals("article")
                || (cls.isEmpty() && id.isEmpty())) {
            return null;
        }
        String ci = id.isEmpty() ? cls : cls.isEmpty() ? id : cls + " " + id;
        String word = ClassHints.DROP.match(ci);
        if (word != null && !ClassHints.CONTENT.matches(ci)) {
            return "class or id names " + word;
        }
        return null;
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
                c = a.getValue().strip();
            } else if (k.equalsIgnoreCase("id")) {
                id = a.getValue();
            }
        }
        if (id.isEmpty()) {
            return c;
        }
        return c.isEmpty() ? id : c + " " + id;
    }

    private void flush() {
        if (textChars == 0) {
            text.setLength(0);
            textLinkChars = 0;
            return;
        }
        Element owner = owners.peek();
        String t = preDepth > 0 ? trimLines(text) : collapse(text);
        int linkChars = t.isEmpty() ? 0 : (int) Math.round((double) textLinkChars * t.length() / textChars);
        text.setLength(0);
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
        Raw raw = new Raw(owner, type, t, linkChars, dropRoots.peek(), dropReasons.peek());
        raw.captionRoot = captionRoots.peek();
        blocks.add(raw);
    }

    private static String collapse(CharSequence s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
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
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\u00A0' || c == '\f' || c == '\u200B';
    }
}
