package io.github.tidings.model;

import java.util.List;

/**
 * Writes an {@link Article} as Markdown or as HTML. Package-private: reached through
 * {@link Article#toMarkdown()} and {@link Article#toHtml()}.
 *
 * <p>Both write only what the model holds, with every character of the text escaped, so the output
 * is safe whatever the input held: the model has no markup to carry over, and a link or image URL
 * is an absolute {@code http(s)} URL by construction ({@link Block.Link#of}, {@link Block.Figure#of}).
 */
final class Render {
    private Render() {
    }

    static String markdown(Article a) {
        StringBuilder sb = new StringBuilder();
        frontMatter(sb, a);
        a.title().ifPresent(t -> sb.append("# ").append(mdEscape(t, true)).append("\n\n"));
        List<Block> blocks = a.blocks();
        int[] depths = listDepths(blocks);
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            switch (b.type()) {
                case HEADING -> sb.append("#".repeat(Math.max(2, b.level().orElse(2)))).append(' ')
                        .append(mdInline(b, true));
                case LIST_ITEM -> {
                    int depth = depths[i];
                    sb.append("   ".repeat(depth - 1)).append(b.ordered() ? "1. " : "-  ").append(mdInline(b, true));
                    if (i + 1 < blocks.size() && blocks.get(i + 1).type() == BlockType.LIST_ITEM) {
                        sb.append('\n');
                        continue; // items of one list are not separated by blank lines
                    }
                }
                case QUOTE -> sb.append("> ").append(mdInline(b, true));
                // all emphasis, on the line under its image (FIGURE): the Markdown reader reads it back as the caption;
                // with no figure above it, a paragraph in italics, which reads back as a paragraph (Markdown has no
                // caption without an image, and any other mark would show in a renderer or be lost to another reader)
                case CAPTION -> sb.append('*').append(mdInline(b, false)).append('*');
                case PREFORMATTED -> {
                    String fence = "```";
                    while (b.text().contains(fence)) {
                        fence += "`";
                    }
                    sb.append(fence).append('\n').append(b.text()).append('\n').append(fence);
                }
                case TABLE -> mdTable(sb, b.table().orElseThrow());
                case FIGURE -> {
                    Block.Figure f = b.figure().orElseThrow();
                    sb.append("![").append(mdEscape(f.alt(), false)).append("](").append(mdUrl(f.url()));
                    // The credit in parentheses after the caption, the only ones not escaped: the Markdown
                    // reader reads it back as the credit.
                    String title = f.credit().isEmpty() ? titleEscape(f.caption())
                            : (f.caption().isEmpty() ? "" : titleEscape(f.caption()) + " ") + "(" + titleEscape(f.credit()) + ")";
                    if (!title.isEmpty()) {
                        sb.append(" \"").append(title).append('"');
                    }
                    sb.append(')');
                    if (i + 1 < blocks.size() && blocks.get(i + 1).type() == BlockType.CAPTION) {
                        sb.append('\n');
                        continue; // its kept caption goes on right under it, in its paragraph, whatever its length
                    }
                }
                default -> sb.append(mdInline(b, true));
            }
            sb.append("\n\n");
        }
        return sb.toString().stripTrailing() + "\n";
    }

    /**
     * The article's metadata as YAML front matter, as Hugo, Jekyll, pandoc and Obsidian read it:
     * each field the article has, a string in double quotes (JSON's escapes, which YAML's double
     * quotes share), a list as a flow list of such strings; nothing when the article has no
     * metadata. tidings' Markdown reader reads it back as the document's stated metadata.
     */
    private static void frontMatter(StringBuilder sb, Article a) {
        StringBuilder fm = new StringBuilder();
        a.title().ifPresent(v -> yaml(fm, "title", v));
        yamlList(fm, "authors", a.authors());
        a.published().ifPresent(v -> yaml(fm, "published", v.toString()));
        a.modified().ifPresent(v -> yaml(fm, "modified", v.toString()));
        a.siteName().ifPresent(v -> yaml(fm, "site", v));
        a.language().ifPresent(v -> yaml(fm, "language", v));
        a.url().ifPresent(v -> yaml(fm, "url", v));
        a.canonicalUrl().ifPresent(v -> yaml(fm, "canonical", v));
        a.description().ifPresent(v -> yaml(fm, "description", v));
        a.section().ifPresent(v -> yaml(fm, "section", v));
        yamlList(fm, "categories", a.categories());
        yamlList(fm, "tags", a.tags());
        a.leadImage().ifPresent(v -> yaml(fm, "image", v));
        if (!fm.isEmpty()) {
            sb.append("---\n").append(fm).append("---\n\n");
        }
    }

    private static void yaml(StringBuilder fm, String key, String value) {
        fm.append(key).append(": ");
        yamlString(fm, value);
        fm.append('\n');
    }

    private static void yamlList(StringBuilder fm, String key, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        fm.append(key).append(": [");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                fm.append(", ");
            }
            yamlString(fm, values.get(i));
        }
        fm.append("]\n");
    }

    /** A YAML double-quoted string: backslash and quote escaped, control characters as escapes. */
    private static void yamlString(StringBuilder fm, String v) {
        fm.append('"');
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '"' -> fm.append("\\\"");
                case '\\' -> fm.append("\\\\");
                case '\n' -> fm.append("\\n");
                case '\t' -> fm.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7F || c == 0x85 || c == 0x2028 || c == 0x2029) {
                        fm.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        fm.append(c);
                    }
                }
            }
        }
        fm.append('"');
    }

    /**
     * Escapes a figure's title text so that a reader finds where the title ends: a lone
     * parenthesis would end the target.
     */
    private static String titleEscape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("(", "\\(").replace(")", "\\)");
    }

    /**
     * The depth each list item is written at: one deeper than the nearest item before it (in the
     * same run of items) whose depth is smaller, the same as an item before it of the same depth,
     * and 1 where there is neither. An item whose parent item is not in the article (a cleaner took
     * it, or the page's list started nested) is then an item of the list it is in, never text
     * indented as code, and reads back at that depth; a list whose items all have their parents is
     * written at its own depths. The parser gives its articles these depths already
     * ({@code internal.text.Shape#nestLists}); this serves articles built by hand.
     */
    static int[] listDepths(List<Block> blocks) {
        int[] out = new int[blocks.size()];
        // the open items: their own depths and the depths written, innermost last
        int[] own = new int[blocks.size() + 1];
        int[] written = new int[blocks.size() + 1];
        int open = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.type() != BlockType.LIST_ITEM) {
                open = 0;
                continue;
            }
            int d = Math.max(1, b.listDepth());
            while (open > 0 && own[open - 1] > d) {
                open--;
            }
            if (open > 0 && own[open - 1] == d) {
                out[i] = written[open - 1];
            } else {
                out[i] = open == 0 ? 1 : written[open - 1] + 1;
                own[open] = d;
                written[open] = out[i];
                open++;
            }
        }
        return out;
    }

    private static void mdTable(StringBuilder sb, Block.Table t) {
        int cols = 0;
        for (List<Block> row : t.rows()) {
            cols = Math.max(cols, row.size());
        }
        List<List<Block>> rows = t.rows();
        int first = 0;
        if (t.headerRow()) {
            mdRow(sb, rows.get(0), cols);
            first = 1;
        } else {
            // GitHub tables need a header row: an empty one stands in.
            sb.append("|").append(" |".repeat(cols)).append('\n');
        }
        sb.append("|").append(" --- |".repeat(cols)).append('\n');
        for (int r = first; r < rows.size(); r++) {
            mdRow(sb, rows.get(r), cols);
        }
        sb.setLength(sb.length() - 1);
    }

    private static void mdRow(StringBuilder sb, List<Block> row, int cols) {
        sb.append('|');
        for (int c = 0; c < cols; c++) {
            sb.append(' ').append(c < row.size() ? mdInline(row.get(c), false).replace("|", "\\|") : "").append(" |");
        }
        sb.append('\n');
    }

    /** The block's text with its links, escaped; {@code atLineStart}: whether a line-start marker could be misread. */
    private static String mdInline(Block b, boolean atLineStart) {
        String t = b.text();
        StringBuilder sb = new StringBuilder(t.length() + 16);
        int at = 0;
        for (Block.Link l : b.links()) {
            sb.append(mdEscape(t.substring(at, l.start()), atLineStart && at == 0));
            sb.append('[').append(mdEscape(t.substring(l.start(), l.end()), atLineStart && l.start() == 0))
                    .append("](").append(mdUrl(l.url())).append(')');
            at = l.end();
        }
        sb.append(mdEscape(t.substring(at), atLineStart && at == 0));
        // a hard line break inside a block would end it in Markdown: it becomes a space
        return sb.toString().replace('\n', ' ');
    }

    /** A link destination: parentheses escaped (CommonMark reads {@code \(} as {@code (}), so the URL reads back as it is. */
    private static String mdUrl(String url) {
        return url.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").replace(" ", "%20");
    }

    /**
     * Escapes what Markdown would read as markup: the inline characters everywhere, and at the
     * start of a line what would make it a heading, list item, quote, rule or table row.
     */
    static String mdEscape(String s, boolean lineStart) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("\\`*_[]<!".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        if (lineStart && !sb.isEmpty()) {
            char c = sb.charAt(0);
            if (c == '#' || c == '>' || c == '-' || c == '+' || c == '|' || c == '~') {
                sb.insert(0, '\\');
            } else if (Character.isDigit(c)) {
                int i = 0;
                while (i < sb.length() && Character.isDigit(sb.charAt(i))) {
                    i++;
                }
                if (i < sb.length() && (sb.charAt(i) == '.' || sb.charAt(i) == ')')) {
                    sb.insert(i, '\\');
                }
            }
        }
        return sb.toString();
    }

    static String html(Article a) {
        StringBuilder sb = new StringBuilder("<article>\n");
        a.title().ifPresent(t -> sb.append("<h1>").append(esc(t)).append("</h1>\n"));
        List<Block> blocks = a.blocks();
        int[] depths = listDepths(blocks);
        int openDepth = 0;
        boolean[] ordered = new boolean[8];
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            int depth = Math.min(7, depths[i]);
            if (depth > 0 && openDepth >= depth && ordered[depth] != b.ordered()) {
                closeLists(sb, ordered, openDepth, depth - 1); // another kind of list at this depth
                openDepth = depth - 1;
            }
            if (openDepth > depth) {
                closeLists(sb, ordered, openDepth, depth);
                openDepth = depth;
            }
            if (depth > 0 && openDepth == depth) {
                sb.append("</li>\n"); // the item before, at this depth
            }
            while (openDepth < depth) {
                openDepth++;
                ordered[openDepth] = b.ordered();
                sb.append(b.ordered() ? "<ol>\n" : "<ul>\n"); // inside the open item, if any
            }
            switch (b.type()) {
                case HEADING -> {
                    int level = Math.max(2, b.level().orElse(2));
                    sb.append("<h").append(level).append('>').append(htmlInline(b)).append("</h").append(level)
                            .append(">\n");
                }
                case LIST_ITEM -> sb.append("<li>").append(htmlInline(b));
                case QUOTE -> sb.append("<blockquote><p>").append(htmlInline(b)).append("</p></blockquote>\n");
                case PREFORMATTED -> sb.append("<pre>").append(esc(b.text())).append("</pre>\n");
                case CAPTION -> sb.append("<p class=\"caption\">").append(htmlInline(b)).append("</p>\n");
                case TABLE -> htmlTable(sb, b.table().orElseThrow());
                case FIGURE -> {
                    Block.Figure f = b.figure().orElseThrow();
                    sb.append("<figure><img src=\"").append(esc(f.url())).append("\" alt=\"").append(esc(f.alt()))
                            .append("\">");
                    if (!f.caption().isEmpty() || !f.credit().isEmpty()) {
                        sb.append("<figcaption>").append(esc(f.caption()));
                        if (!f.credit().isEmpty()) {
                            sb.append(f.caption().isEmpty() ? "" : " ").append("<small>").append(esc(f.credit()))
                                    .append("</small>");
                        }
                        sb.append("</figcaption>");
                    }
                    sb.append("</figure>\n");
                }
                default -> sb.append("<p>").append(htmlInline(b)).append("</p>\n");
            }
        }
        closeLists(sb, ordered, openDepth, 0);
        return sb.append("</article>\n").toString();
    }

    /** Closes the open item and list at each depth from {@code open} down to {@code to} (exclusive). */
    private static void closeLists(StringBuilder sb, boolean[] ordered, int open, int to) {
        for (int d = open; d > to; d--) {
            sb.append("</li>\n").append(ordered[d] ? "</ol>\n" : "</ul>\n");
        }
    }

    private static void htmlTable(StringBuilder sb, Block.Table t) {
        sb.append("<table>\n");
        List<List<Block>> rows = t.rows();
        for (int r = 0; r < rows.size(); r++) {
            boolean head = r == 0 && t.headerRow();
            sb.append(head ? "<thead><tr>" : r == (t.headerRow() ? 1 : 0) ? "<tbody><tr>" : "<tr>");
            for (Block cell : rows.get(r)) {
                sb.append(head ? "<th>" : "<td>").append(htmlInline(cell)).append(head ? "</th>" : "</td>");
            }
            sb.append(head ? "</tr></thead>\n" : "</tr>\n");
        }
        if (rows.size() > (t.headerRow() ? 1 : 0)) {
            sb.append("</tbody>\n");
        }
        sb.append("</table>\n");
    }

    private static String htmlInline(Block b) {
        String t = b.text();
        StringBuilder sb = new StringBuilder(t.length() + 16);
        int at = 0;
        for (Block.Link l : b.links()) {
            sb.append(esc(t.substring(at, l.start())));
            sb.append("<a href=\"").append(esc(l.url())).append("\">").append(esc(t.substring(l.start(), l.end())))
                    .append("</a>");
            at = l.end();
        }
        sb.append(esc(t.substring(at)));
        return sb.toString();
    }

    /** Escapes text for an element's content or a double-quoted attribute value. */
    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
