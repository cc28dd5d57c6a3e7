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
        a.title().ifPresent(t -> sb.append("# ").append(mdEscape(t, true)).append("\n\n"));
        List<Block> blocks = a.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            switch (b.type()) {
                case HEADING -> sb.append("#".repeat(Math.max(2, b.level().orElse(2)))).append(' ')
                        .append(mdInline(b, true));
                case LIST_ITEM -> {
                    int depth = Math.max(1, b.listDepth());
                    sb.append("   ".repeat(depth - 1)).append(b.ordered() ? "1. " : "-  ").append(mdInline(b, true));
                    if (i + 1 < blocks.size() && blocks.get(i + 1).type() == BlockType.LIST_ITEM) {
                        sb.append('\n');
                        continue; // items of one list are not separated by blank lines
                    }
                }
                case QUOTE -> sb.append("> ").append(mdInline(b, true));
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
                    String title = f.caption().isEmpty() ? f.credit()
                            : f.credit().isEmpty() ? f.caption() : f.caption() + " (" + f.credit() + ")";
                    if (!title.isEmpty()) {
                        // escaped so that a reader finds where the title ends: a lone parenthesis would end the target
                        sb.append(" \"").append(title.replace("\\", "\\\\").replace("\"", "\\\"").replace("(", "\\(")
                                .replace(")", "\\)")).append('"');
                    }
                    sb.append(')');
                }
                default -> sb.append(mdInline(b, true));
            }
            sb.append("\n\n");
        }
        return sb.toString().stripTrailing() + "\n";
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
        int openDepth = 0;
        boolean[] ordered = new boolean[8];
        for (Block b : blocks) {
            int depth = b.type() == BlockType.LIST_ITEM ? Math.min(7, Math.max(1, b.listDepth())) : 0;
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
