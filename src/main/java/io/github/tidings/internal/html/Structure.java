package io.github.tidings.internal.html;

import io.github.tidings.internal.text.Shape;
import io.github.tidings.internal.text.UrlResolver;
import io.github.tidings.internal.words.TextNormalizer;
import io.github.tidings.model.Block;
import io.github.tidings.model.BlockType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The structure of the blocks the HTML reader keeps: heading levels, list nesting, link spans,
 * table cells and figures, as {@link Shape}s beside the text blocks. Made only for blocks inside the
 * chosen content, from what the block walk recorded, so the DOM is not walked again; only link
 * targets and image sources are resolved here, for the few elements that need it.
 */
final class Structure {
    private Structure() {
    }

    /** The shape of a kept block of normalised text {@code text}, or null when it has none. */
    static @Nullable Shape of(BlockCollector c, BlockCollector.Raw b, String text, UrlResolver resolver) {
        List<Block.Link> links = links(c, b, text, resolver);
        if (b.table != null && b.table.isData()) {
            Block cell = Block.builder(BlockType.PARAGRAPH, text).links(links).build();
            return Shape.cells(b.table, b.row, b.col, b.table.headerRow && b.row == 0, List.of(cell));
        }
        int level = 0;
        String tag = b.tag();
        if (b.type == BlockType.HEADING && tag.length() == 2 && tag.charAt(0) == 'h') {
            level = tag.charAt(1) - '0';
        }
        if (links.isEmpty() && level == 0 && b.listNesting == 0) {
            return null;
        }
        Block.Builder bb = Block.builder(b.type, text).links(links).level(level);
        if (b.type == BlockType.LIST_ITEM) {
            bb.listItem(b.listNesting, b.orderedList);
        }
        return Shape.of(bb.build());
    }

    /**
     * The block's links in its normalised text: each anchor's text found, in order, in the text
     * (normalising can change lengths, so offsets of the raw text do not carry over), with its
     * target resolved against the page's URL; only {@code http(s)} targets are kept.
     */
    /** How far before its raw offset an anchor's text is looked for in the normalised text. */
    private static final int NEAR = 16;

    static List<Block.Link> links(BlockCollector c, BlockCollector.Raw b, String text, UrlResolver resolver) {
        if (b.linkFrom == b.linkTo || b.type == BlockType.PREFORMATTED) {
            return List.of();
        }
        List<Block.Link> out = new ArrayList<>();
        int from = 0;
        for (int i = b.linkFrom; i < b.linkTo; i++) {
            int s = c.spans[2 * i];
            int e = Math.min(c.spans[2 * i + 1], b.text.length());
            if (s >= e) {
                continue;
            }
            String anchorText = TextNormalizer.normalize(b.text.substring(s, e)).strip();
            if (anchorText.isEmpty()) {
                continue;
            }
            // Normalising shifts offsets a little (mostly removing characters), so the anchor is
            // looked for from a little before its raw offset: the first occurrence after the last
            // link could be the same word earlier in the sentence ("in 103 women (3)").
            int at = text.indexOf(anchorText, Math.max(from, Math.min(s, text.length()) - NEAR));
            if (at < 0) {
                at = text.indexOf(anchorText, from);
            }
            if (at < 0) {
                continue;
            }
            String url = resolver.resolve(c.anchors.get(i).attr("href"));
            if (url != null) {
                out.add(Block.Link.of(at, at + anchorText.length(), url));
            }
            from = at + anchorText.length();
        }
        return out;
    }

    /** Sizes below this in a width or height attribute mark an icon, a spacer or a tracking pixel. */
    private static final int MIN_SIDE = 100;

    /** A figure to place, and the raw block it stands before. */
    record Placed(Block figure, int beforeRaw) {
    }

    /** Compiled once: compiling a query costs more than running it over one figure. */
    private static final org.jsoup.select.Evaluator CREDIT = org.jsoup.select.QueryParser.parse(
            "[class*=credit], [class*=copyright]");

    /**
     * The article's figures: images inside the chosen content and outside furniture, large enough
     * to be pictures, each once, with the caption and credit of the {@code figure} they are in.
     *
     * @param inContent whether an element (by its info) lies inside the chosen content
     */
    static List<Placed> figures(BlockCollector c, java.util.function.Predicate<BlockCollector.@Nullable Info> inContent,
            UrlResolver resolver) {
        List<Placed> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (BlockCollector.Img img : c.images) {
            if (img.dropped() || !inContent.test(img.nearest()) || tooSmall(img.img())) {
                continue;
            }
            String url = resolver.resolve(source(img.img()));
            if (url == null || !seen.add(url)) {
                continue;
            }
            String alt = TextNormalizer.normalize(img.img().attr("alt")).strip();
            StringBuilder caption = new StringBuilder();
            StringBuilder credit = new StringBuilder();
            int before = img.nextBlock();
            if (img.figure() != null) {
                boolean first = true;
                for (int i = img.nextBlock(); i < c.blocks.size(); i++) {
                    BlockCollector.Raw b = c.blocks.get(i);
                    if (b.ownerInfo == null || !img.figure().contains(b.ownerInfo)) {
                        break;
                    }
                    if (first) {
                        before = i;
                        first = false;
                    }
                    StringBuilder to = isCredit(b.owner) ? credit : caption;
                    String t = TextNormalizer.normalize(b.text).strip();
                    if (!t.isEmpty()) {
                        to.append(to.isEmpty() ? "" : " ").append(t);
                    }
                }
            }
            if (img.figure() != null && credit.isEmpty()) {
                // a credit inline in the caption: one query of this figure's own elements
                Element cr = img.figure().element.selectFirst(CREDIT);
                String t = cr == null ? "" : TextNormalizer.normalize(cr.text()).strip();
                int at = t.isEmpty() ? -1 : caption.indexOf(t);
                if (at >= 0) {
                    credit.append(t);
                    caption.delete(at, at + t.length());
                }
            }
            out.add(new Placed(Block.builder(BlockType.FIGURE, "")
                    .figure(Block.Figure.of(url, alt, caption.toString().strip(), credit.toString())).build(), before));
        }
        return out;
    }

    private static boolean isCredit(Element e) {
        for (int i = 0; i < 2 && e != null; i++, e = e.parent()) {
            String ci = BlockCollector.classAndId(e).toLowerCase(Locale.ROOT);
            if (ci.contains("credit") || ci.contains("copyright") || ci.contains("photographer")) {
                return true;
            }
            if (e.normalName().equals("figcaption")) {
                return false;
            }
        }
        return false;
    }

    /** The image's address: {@code src}, or a lazy loader's {@code data-src} when {@code src} is a placeholder. */
    private static String source(Element img) {
        String src = img.attr("src");
        if (src.isEmpty() || src.startsWith("data:")) {
            for (String k : new String[] {"data-src", "data-lazy-src", "data-original"}) {
                if (!img.attr(k).isEmpty()) {
                    return img.attr(k);
                }
            }
            return "";
        }
        return src;
    }

    private static boolean tooSmall(Element img) {
        return side(img.attr("width")) < MIN_SIDE || side(img.attr("height")) < MIN_SIDE;
    }

    /** A width or height attribute's pixels; a large number when absent or not a number (nothing known). */
    private static int side(String v) {
        int n = 0;
        int i = 0;
        while (i < v.length() && i < 6 && Character.isDigit(v.charAt(i))) {
            n = n * 10 + (v.charAt(i) - '0');
            i++;
        }
        return i == 0 ? Integer.MAX_VALUE : n;
    }
}
