package io.github.tidings.internal.text;

import io.github.tidings.clean.TextBlock;
import io.github.tidings.model.BlockType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import io.github.tidings.model.Block;
import org.jspecify.annotations.Nullable;

/**
 * Turns a normalised Markdown dump into blocks: headings typed, link and image syntax and
 * emphasis stripped, link text measured. Internal: not part of the API.
 *
 * <p>Lines of one paragraph (hard-wrapped by tools such as html2text) are joined into one block;
 * a {@code #} line, or text underlined with {@code ===} or {@code ---}, is a
 * {@link BlockType#HEADING}, a {@code * item}, {@code - item} or {@code 1. item} a
 * {@link BlockType#LIST_ITEM}, a {@code > quote} a {@link BlockType#QUOTE}, and a fenced code block
 * one {@link BlockType#PREFORMATTED} block, its lines one a line (as the HTML reader reads a
 * {@code pre}: a line of code is no block of its own for the cleaners to judge); so is each
 * blank-line-separated part of an indented code block (four columns or
 * more), as CommonMark has it, where its lines {@linkplain #readsAsCode read as code}, but only under
 * a blank line (it cannot interrupt a paragraph), never
 * as the input's first line (turndown writes the page's {@code <title>} there with the page's
 * indentation), never inside a list (an item's indented lines are its own: nested items, or its
 * further paragraphs) and never opening with a list marker, {@code #}, {@code >}, {@code |}, an
 * image or a link (html2text and turndown indent nested items and headings whose parent item
 * they left out). {@code [text](url)} keeps its text, counted as
 * link text, so that lines of links can be told from prose. Images ({@code ![alt](url "title")},
 * also inside a link, and with pandoc's {@code {attributes}} after them) leave no text: they become
 * figures beside the blocks ({@link Shape}), their URL resolved against the page's, the title as
 * the caption (a parenthesised group ending it as the credit, see {@link Image}), or, for an image
 * alone in its paragraph with pandoc's figure marks, the bracketed text as the caption; a bare
 * image's bracketed text is its alt text only. Text all in italics on the line right under a line
 * of images, in their paragraph, and a short paragraph all in italics right under an image-only
 * paragraph or under such a caption are a {@link BlockType#CAPTION}, which the figures take as their
 * caption. Reference links and images ({@code [text][ref]},
 * {@code ![alt][ref]}, {@code [ref]}) read their targets from the input's definitions
 * ({@code [ref]: url "title"}), read in a first pass and left out of the text.
 * A list item's depth comes from its indentation, when the text still has it
 * ({@link io.github.tidings.internal.words.TextNormalizer#normalizeKeepingIndent}). Each line is
 * scanned once, by hand: time is linear in the input.
 */
public final class MarkdownReader {
    /** Longest link target or bracketed text looked for; longer brackets are left as text. */
    private static final int MAX_BRACKET = 2000;
    /** Failed bracket scans allowed per block before brackets are read as plain text. */
    private static final int MAX_FAILED_SCANS = 16;

    private MarkdownReader() {
    }

    /** The blocks of normalised Markdown, in order. */
    public static List<TextBlock> read(String normalized) {
        return readShaped(normalized, "").blocks();
    }

    /** The blocks, and beside each the structure its syntax stated (null for none). */
    public record Shaped(List<TextBlock> blocks, List<@Nullable Shape> shapes) {
    }

    /**
     * Reads the Markdown into blocks as {@link #read} does, with each block's structure: a heading's
     * level, a list item's numbering (and its depth by its indentation, where the text still has it), the
     * links of its text, the figures standing before it.
     *
     * @param baseUrl the page's URL, against which relative link and image URLs are resolved; empty
     *     when unknown (only absolute ones are kept then)
     */
    public static Shaped readShaped(String normalized, String baseUrl) {
        List<TextBlock> out = new ArrayList<>();
        List<@Nullable Shape> shapes = new ArrayList<>();
        Map<String, String> refs = definitions(normalized);
        Shaper sh = new Shaper(out, shapes, new UrlResolver(baseUrl), refs);
        StringBuilder para = new StringBuilder();
        BlockType paraType = BlockType.PARAGRAPH;
        boolean fenced = false;
        int fenceIndent = 0; // columns before the opening fence: its code lines' indentation counts from there
        boolean oneLine = false; // whether the paragraph read so far is one line (set when a line is appended)
        // for indented code: whether the line above was blank (and not the input's start), whether a
        // list is open (its items' indented lines are theirs), whether an indented code block is open
        boolean afterBlank = false;
        boolean inList = false;
        boolean code = false;
        boolean first = true;
        // the lines of the code block being read (fenced or indented), one block when it ends
        StringBuilder codeText = new StringBuilder();
        int codeBlanks = 0; // blank lines inside it, kept where more of its lines follow
        int n = normalized.length();
        int start = 0;
        while (start <= n) {
            int end = normalized.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            String line = normalized.substring(start, end);
            start = end + 1;
            // the indentation (kept by the normaliser for this reader) tells a nested list item
            int lead = 0;
            int indent = 0;
            while (lead < line.length() && (line.charAt(lead) == ' ' || line.charAt(lead) == '\t')) {
                indent += line.charAt(lead) == '\t' ? 4 - indent % 4 : 1;
                lead++;
            }
            if (lead > 0) {
                line = line.substring(lead);
            }
            boolean blankAbove = afterBlank;
            afterBlank = line.isEmpty() && !first;
            first = false;
            if (!fenced && !line.isEmpty()) {
                // An item opens a list; a line at the margin that is none closes it, unless it goes on
                // the item's text (a lazy continuation line, as CommonMark has it).
                if (listMarker(line) > 0) {
                    inList = true;
                } else if (indent == 0 && (para.length() == 0 || paraType != BlockType.LIST_ITEM)) {
                    inList = false;
                }
                if (indent < CODE_INDENT) {
                    if (code) {
                        endIndented(sh, codeText, para);
                        code = false;
                    }
                } else if (!code && blankAbove && !inList && para.length() == 0 && opensCode(line)) {
                    code = true;
                    sh.flush(para, paraType);
                    paraType = BlockType.PARAGRAPH;
                    codeBlanks = 0;
                }
                if (code) {
                    // an indented code block: its lines less the four columns that mark it, so that
                    // the code's own indentation stays
                    appendCode(codeText, " ".repeat(indent - CODE_INDENT) + line, 0);
                    continue;
                }
            }
            if (line.startsWith("```") || line.startsWith("~~~")) {
                sh.flush(para, paraType);
                sh.code(codeText);
                fenced = !fenced;
                fenceIndent = indent;
                codeBlanks = 0;
                paraType = BlockType.PARAGRAPH;
                continue;
            }
            if (code) {
                // A blank line in an indented code block ends a block of it: the cleaners and the content
                // finder then meet the chunks they met as paragraphs before code was read as code
                // (measured: one block for the whole of it made the headline search of some code-heavy
                // turndown pages take a later heading).
                endIndented(sh, codeText, para);
                code = false;
                sh.flush(para, paraType);
                continue;
            }
            if (fenced) {
                // a blank line inside a fenced code block, kept where more of its lines follow
                // a line keeps the indentation it has past the fence's, as CommonMark has it
                codeBlanks = line.isEmpty() ? codeBlanks + (codeText.length() > 0 ? 1 : 0)
                        : appendCode(codeText, " ".repeat(Math.max(0, indent - fenceIndent)) + line, codeBlanks);
                continue;
            }
            if (line.isEmpty()) {
                sh.flush(para, paraType);
                paraType = BlockType.PARAGRAPH;
                continue;
            }
            if (para.length() == 0 && !refs.isEmpty() && definition(line) != null) {
                continue; // a link reference definition: its target serves the links that name it, it is no text
            }
            // A line of = or - right under a paragraph's text underlines it as a (setext) heading,
            // the heading style of turndown and pandoc, however short; elsewhere such a line is a rule.
            if (para.length() > 0 && paraType == BlockType.PARAGRAPH && isUnderline(line)) {
                sh.level = line.charAt(0) == '=' ? 1 : 2;
                sh.flush(para, BlockType.HEADING);
                continue;
            }
            if (isRule(line)) {
                sh.flush(para, paraType);
                paraType = BlockType.PARAGRAPH;
                continue;
            }
            int heading = headingLevel(line);
            sh.level = heading > 0 ? heading - 1 : 0;
            if (heading > 0) {
                sh.flush(para, paraType);
                para.append(line, heading, line.length());
                stripClosingHashes(para);
                // A long heading that a dump tool wrapped goes on in the very next line (html2text
                // wraps at 78 columns); CommonMark would start a paragraph there, but a short line
                // right under a full heading line is its tail.
                int nextEnd = normalized.indexOf('\n', start);
                String next = start <= n ? normalized.substring(start, nextEnd < 0 ? n : nextEnd) : "";
                if (line.length() >= WRAPPED_HEADING && isHeadingTail(next)) {
                    appendJoined(para, next);
                    start = nextEnd < 0 ? n + 1 : nextEnd + 1;
                }
                sh.flush(para, BlockType.HEADING);
                paraType = BlockType.PARAGRAPH;
                continue;
            }
            int item = listMarker(line);
            if (item > 0) {
                sh.flush(para, paraType);
                para.append(line, item, line.length());
                paraType = BlockType.LIST_ITEM;
                sh.listItem(indent, Character.isDigit(line.charAt(0)));
                continue;
            }
            if (line.startsWith(">")) {
                int q = 0;
                while (q < line.length() && (line.charAt(q) == '>' || line.charAt(q) == ' ')) {
                    q++;
                }
                if (paraType != BlockType.QUOTE) {
                    sh.flush(para, paraType);
                }
                appendJoined(para, line.substring(q));
                paraType = BlockType.QUOTE;
                continue;
            }
            if (line.startsWith("|")) {
                // A table row is one block: its cells are one record.
                sh.flush(para, paraType);
                if (sh.table == null) {
                    int nextEnd = normalized.indexOf('\n', start);
                    String next = start <= n ? normalized.substring(start, nextEnd < 0 ? n : nextEnd) : "";
                    sh.table = new Object();
                    sh.tableRow = 0;
                    sh.tableHeader = next.startsWith("|") && isDelimiterRow(next);
                }
                sh.row = isDelimiterRow(line) ? List.of() : cells(line, refs);
                para.append(line.replace('|', ' '));
                sh.flush(para, BlockType.PARAGRAPH);
                paraType = BlockType.PARAGRAPH;
                continue;
            }
            sh.table = null;
            if (paraType == BlockType.QUOTE) {
                sh.flush(para, paraType);
                paraType = BlockType.PARAGRAPH;
            }
            if (paraType == BlockType.PARAGRAPH && para.length() > 0 && oneLine && sh.imageLineEnd < 0
                    && startsWithImage(para) && isImageOnly(para, refs)) {
                // a line right under a line of images, in their paragraph, may be their caption (Shaper#flush)
                sh.imageLineEnd = para.length();
            }
            oneLine = para.length() == 0;
            appendJoined(para, line);
        }
        if (code) {
            endIndented(sh, codeText, para);
        }
        sh.flush(para, paraType);
        sh.code(codeText);
        sh.end();
        return new Shaped(out, shapes);
    }

    /**
     * Ends an indented part read as code: one {@link BlockType#PREFORMATTED} block when it
     * {@linkplain #readsAsCode reads as code}, else its lines are the text of a paragraph, in
     * {@code para}, as a dump tool's indented text is (more lines may join it).
     */
    private static void endIndented(Shaper sh, StringBuilder code, StringBuilder para) {
        if (readsAsCode(code)) {
            sh.code(code);
            return;
        }
        int from = 0;
        while (from <= code.length()) {
            int nl = code.indexOf("\n", from);
            int to = nl < 0 ? code.length() : nl;
            appendJoined(para, code.substring(from, to));
            from = to + 1;
        }
        code.setLength(0);
    }

    /**
     * Whether indented lines read as code: some line holds a character of code's syntax
     * ({@code = ( ) { } [ ] < > ; $ | _} or a backtick) and none holds what a tool writing Markdown
     * writes only outside code: a backslash escape of punctuation ({@code 31\. Oktober},
     * {@code snake\_case}), strong emphasis ({@code **Welcome**}) or a link's {@code ](}. html2text
     * and turndown indent text that is no code: html2text a definition's description
     * ({@code <dd>}) by four spaces, turndown text with the page's own indentation; such lines are
     * words, or carry the escapes and emphasis the tool wrote for text.
     */
    static boolean readsAsCode(CharSequence lines) {
        boolean syntax = false;
        for (int i = 0; i < lines.length(); i++) {
            char c = lines.charAt(i);
            char next = i + 1 < lines.length() ? lines.charAt(i + 1) : ' ';
            if (c == '\\' && next < 128 && isEscapable(next) && next != '\\'
                    || c == '*' && next == '*' || c == ']' && next == '(') {
                return false;
            }
            syntax |= "=(){}[]<>;$|_`".indexOf(c) >= 0;
        }
        return syntax;
    }

    /** Adds a line to the code block's text, after the blank lines above it in the block; returns 0, the blank lines now pending. */
    private static int appendCode(StringBuilder code, String line, int blanks) {
        if (code.length() > 0) {
            code.append("\n".repeat(1 + blanks));
        }
        code.append(line);
        return 0;
    }

    /** Columns of indentation that make a line indented code (CommonMark). */
    private static final int CODE_INDENT = 4;

    /**
     * Whether an indented line, under a blank line and in no list, may open an indented code block:
     * not when it opens another block (a list item, an ATX heading, a quote, a table row, an image or
     * a link, {@code [text](url)}), as html2text and turndown indent a nested list or a heading whose parent item they
     * left out; CommonMark would read those as code, but no code sample opens with them.
     */
    private static boolean opensCode(String line) {
        char c = line.charAt(0);
        boolean linkOrImage = (c == '[' || line.startsWith("![")) && (line.contains("](") || line.contains("]["));
        return listMarker(line) == 0 && headingLevel(line) == 0 && c != '>' && c != '|' && !linkOrImage
                && !line.startsWith("```") && !line.startsWith("~~~");
    }

    /** Most words of a caption in italics under its image. */
    private static final int MAX_CAPTION_WORDS = 40;
    /** Most link reference definitions read from one input; later ones are text. */
    private static final int MAX_DEFINITIONS = 10_000;

    /**
     * The link reference definitions of the input ({@code [label]: url "title"}, as html2text and
     * turndown's reference style write them under the text): each label, as {@link #label} makes
     * it, to its target ({@code url "title"}); the first definition of a label wins. A definition
     * starts a paragraph (it cannot interrupt one) and never stands in a fenced code block. One
     * pass over the lines.
     */
    static Map<String, String> definitions(String normalized) {
        Map<String, String> refs = null;
        boolean fenced = false;
        boolean paragraphStart = true;
        int n = normalized.length();
        int start = 0;
        while (start <= n) {
            int end = normalized.indexOf('\n', start);
            end = end < 0 ? n : end;
            int from = start; // the line's first character after its indentation
            while (from < end && Character.isWhitespace(normalized.charAt(from))) {
                from++;
            }
            start = end + 1;
            if (normalized.startsWith("```", from) || normalized.startsWith("~~~", from)) {
                fenced = !fenced;
                continue;
            }
            char first = from < end ? normalized.charAt(from) : ' ';
            // only a line that opens with a bracket is cut out and read: most lines are text
            String[] d = fenced || !paragraphStart || first != '[' ? null
                    : definition(normalized.substring(from, end).strip());
            if (d != null) {
                refs = refs == null ? new HashMap<>() : refs;
                if (refs.size() < MAX_DEFINITIONS) {
                    refs.putIfAbsent(d[0], d[1]);
                }
                continue;
            }
            paragraphStart = from == end || first == '#';
        }
        return refs == null ? Map.of() : refs;
    }

    /**
     * The label (by {@link #label}) and target of a link reference definition line, indentation
     * removed, or null when the line is none: {@code [label]: target}, the label not empty and no
     * footnote ({@code [^1]:}).
     */
    static String @Nullable [] definition(String line) {
        if (line.length() < 5 || line.charAt(0) != '[' || line.charAt(1) == '^') {
            return null;
        }
        int close = -1;
        for (int i = 1; i < line.length() && i <= MAX_BRACKET; i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                return null;
            } else if (c == ']') {
                close = i;
                break;
            }
        }
        if (close < 2 || close + 1 >= line.length() || line.charAt(close + 1) != ':') {
            return null;
        }
        String target = line.substring(close + 2).strip();
        String label = label(line.subSequence(1, close));
        return target.isEmpty() || label.isEmpty() || target.indexOf(' ') > 0 && !hasTitle(target) ? null
                : new String[] {label, target};
    }

    /** Whether what follows a target's URL is a title in quotes or parentheses, as a definition's may have. */
    private static boolean hasTitle(String target) {
        String rest = target.substring(target.indexOf(' ')).strip();
        if (rest.length() < 2) {
            return false;
        }
        char o = rest.charAt(0);
        char c = rest.charAt(rest.length() - 1);
        return (o == '"' || o == '\'') && c == o || o == '(' && c == ')';
    }

    /** A reference label as links and definitions are matched by it: stripped, inner whitespace one space, case folded. */
    static String label(CharSequence raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * The value of a key in pandoc attributes ({@code #id .class key=value key="quoted value"}),
     * or null when the key is not there.
     */
    static @Nullable String attribute(String attributes, String key) {
        int at = 0;
        while ((at = attributes.indexOf(key + "=", at)) >= 0) {
            if (at == 0 || attributes.charAt(at - 1) == ' ') {
                int v = at + key.length() + 1;
                if (v < attributes.length() && attributes.charAt(v) == '"') {
                    int q = attributes.indexOf('"', v + 1);
                    return q < 0 ? attributes.substring(v + 1) : attributes.substring(v + 1, q);
                }
                int sp = attributes.indexOf(' ', v);
                return sp < 0 ? attributes.substring(v) : attributes.substring(v, sp);
            }
            at += key.length();
        }
        return null;
    }

    /** Length from which a heading line may have been wrapped by the tool that wrote it. */
    private static final int WRAPPED_HEADING = 60;

    /** Whether a line can be the wrapped tail of the heading above it: short text, no mark of its own, no sentence end. */
    private static boolean isHeadingTail(String line) {
        if (line.isEmpty() || line.length() >= WRAPPED_HEADING || line.endsWith(".") || headingLevel(line) > 0
                || listMarker(line) > 0 || isRule(line)) {
            return false;
        }
        char c = line.charAt(0);
        return c != '>' && c != '|' && c != '[' && c != '!' && c != '`' && c != '~' && c != '*' && c != '_';
    }

    /** Joins a wrapped line to its paragraph: with a space, except between characters of scripts written without spaces. */
    static void appendJoined(StringBuilder para, String line) {
        if (line.isEmpty()) {
            return;
        }
        if (para.length() > 0) {
            int last = para.codePointBefore(para.length());
            int first = line.codePointAt(0);
            if (!(isUnspaced(last) && isUnspaced(first))) {
                para.append(' ');
            }
        }
        para.append(line);
    }

    private static boolean isUnspaced(int cp) {
        return (cp >= 0x3000 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFF00 && cp <= 0xFFEF);
    }

    /** Makes the blocks and their shapes; holds the structure of the block being read. */
    private static final class Shaper {
        final List<TextBlock> out;
        final List<@Nullable Shape> shapes;
        int level;
        /** Indentations of the open lists, outermost first. */
        final List<Integer> indents = new ArrayList<>();
        int depth;
        boolean ordered;
        /** The table being read (any object standing for it), its next row's number, whether its first row is a header. */
        @Nullable Object table;
        int tableRow;
        boolean tableHeader;
        /** The cells of the table row being flushed, or null when the block is no table row. */
        @Nullable List<Block> row;
        final UrlResolver urls;
        /** The link reference definitions: label as {@link #label} makes it, to its target. */
        final Map<String, String> refs;
        /** Figures of image-only paragraphs, waiting for the block they stand before. */
        final List<Block> pending = new ArrayList<>(0);
        /**
         * Where the paragraph's first line ends when that line holds images only and more lines
         * follow it (the text right under the images, a caption or not), else -1.
         */
        int imageLineEnd = -1;
        /** Whether the last block made is a caption: a short paragraph in italics right under it is one too (its credit, say). */
        boolean afterCaption;

        Shaper(List<TextBlock> out, List<@Nullable Shape> shapes, UrlResolver urls, Map<String, String> refs) {
            this.out = out;
            this.shapes = shapes;
            this.urls = urls;
            this.refs = refs;
        }

        /** The code block read, one {@link BlockType#PREFORMATTED} block line for line, as the HTML reader makes a {@code pre}; emptied. */
        void code(StringBuilder code) {
            if (code.length() == 0) {
                return;
            }
            out.add(TextBlock.of(BlockType.PREFORMATTED, code.toString(), null, null, 0));
            shapes.add(null);
            afterCaption = false;
            code.setLength(0);
        }

        /** At the end of the input: figures no block follows stand after the last block. */
        void end() {
            if (pending.isEmpty() || shapes.isEmpty()) {
                return;
            }
            int last = shapes.size() - 1;
            Shape s = shapes.get(last);
            if (s == null) {
                s = Shape.none();
                shapes.set(last, s);
            }
            for (Block f : pending) {
                s.addFigureAfter(f);
            }
            pending.clear();
        }

        /**
         * The figures of the images met, each with an image URL that resolves to an http(s) one.
         * {@code alone}: whether the image is all its paragraph holds, where pandoc's marks of a
         * figure (its {@code {attributes}} after the image, the {@code fig:} title of pandoc 2)
         * make the bracketed text the caption, as pandoc writes a figure ({@code ![caption](url)});
         * {@code fig-alt} is then the alternative text.
         */
        private void figures(List<String[]> images, boolean alone) {
            for (String[] img : images) {
                Image parsed = Image.parse(img[1]);
                String url = parsed == null ? null : urls.resolve(parsed.url());
                if (url == null) {
                    continue;
                }
                String text = inline(img[0], new int[1]);
                String caption = parsed.title();
                String alt = text;
                boolean pandocFigure = caption.startsWith("fig:") || alone && img[2] != null;
                if (caption.startsWith("fig:")) {
                    caption = caption.substring(4).strip(); // pandoc 2 marks a figure's image so
                }
                if (pandocFigure && caption.isEmpty()) {
                    caption = text;
                    String figAlt = img[2] == null ? null : attribute(img[2], "fig-alt");
                    alt = figAlt != null ? figAlt : text;
                }
                pending.add(Block.builder(BlockType.FIGURE, "")
                        .figure(Block.Figure.of(url, alt, caption, parsed.credit())).build());
            }
        }

        /**
         * Whether the paragraph is a caption: it stands right under an image-only paragraph and is
         * all in italics ({@code *The council chamber on Monday. Photo: Anna Berg*}), as many blogs
         * set one, and at most {@link #MAX_CAPTION_WORDS} words long.
         */
        private boolean isCaption(StringBuilder para) {
            // a longer paragraph in italics under the lead image is the article's lead, not its caption
            return !pending.isEmpty() && inItalics(para) && words(para) <= MAX_CAPTION_WORDS;
        }

        /** Whether the text is all in one emphasis, {@code *...*} or {@code _..._}, not in bold. */
        private static boolean inItalics(CharSequence para) {
            int n = para.length();
            if (n < 3) {
                return false;
            }
            char c = para.charAt(0);
            // in italics only: turndown and html2text write a lead paragraph in bold (**...**) under the lead image
            return (c == '*' || c == '_') && para.charAt(n - 1) == c && para.charAt(1) != ' ' && para.charAt(1) != c
                    && para.charAt(n - 2) != ' ' && para.charAt(n - 2) != '\\' && para.charAt(n - 2) != c;
        }

        /** The words of the text, counted up to one more than {@link #MAX_CAPTION_WORDS}. */
        private static int words(CharSequence para) {
            int words = 1;
            for (int i = 0; i < para.length() && words <= MAX_CAPTION_WORDS; i++) {
                words += para.charAt(i) == ' ' ? 1 : 0;
            }
            return words;
        }

        /** The waiting figures without a caption take the caption block's text as theirs, as a figcaption's. */
        private void captionFigures(String caption) {
            for (int i = 0; i < pending.size(); i++) {
                Block.Figure f = pending.get(i).figure().orElseThrow();
                if (f.caption().isEmpty()) {
                    pending.set(i, Block.builder(BlockType.FIGURE, "")
                            .figure(Block.Figure.of(f.url(), f.alt(), caption, f.credit())).build());
                }
            }
        }

        void listItem(int indent, boolean numbered) {
            while (!indents.isEmpty() && indents.get(indents.size() - 1) >= indent) {
                indents.remove(indents.size() - 1);
            }
            indents.add(indent);
            depth = indents.size();
            ordered = numbered;
        }

        void flush(StringBuilder para, BlockType type) {
            if (para.length() == 0) {
                return;
            }
            int[] linkChars = new int[1];
            List<String[]> links = new ArrayList<>();
            // a table row's images would split its table: only other blocks' become figures
            List<String[]> images = row != null ? null : new ArrayList<>(0);
            int imageLine = imageLineEnd;
            imageLineEnd = -1;
            while (imageLine > 0 && imageLine < para.length() && para.charAt(imageLine) == ' ') {
                imageLine++; // the space that joined the lines
            }
            // Text all in italics right under a line of images, in their paragraph, is their caption,
            // whatever its length (Article#toMarkdown() writes a kept caption so, as blogs set one).
            // Plain text there is none: turndown writes an image and the prose after a line break in
            // it (<img><br>Text) so; bold is a lead's.
            if (imageLine > 0 && type == BlockType.PARAGRAPH && row == null
                    && inItalics(para.subSequence(imageLine, para.length()))) {
                // the line of images becomes their figures (never pandoc's: text follows them), the
                // text under it their caption, when the figures have an image
                inline(para.subSequence(0, imageLine), new int[1], null, images, refs);
                figures(images, false);
                images.clear();
                para.delete(0, imageLine);
                if (!pending.isEmpty()) {
                    type = BlockType.CAPTION;
                }
            } else if (type == BlockType.PARAGRAPH && row == null
                    && (isCaption(para) || afterCaption && inItalics(para) && words(para) <= MAX_CAPTION_WORDS)) {
                type = BlockType.CAPTION;
            }
            boolean startsWithImage = para.length() > 1 && para.charAt(0) == '!' && para.charAt(1) == '[';
            String text = inline(para.toString(), linkChars, links, images, refs);
            para.setLength(0);
            if (images != null && !images.isEmpty()) {
                figures(images, text.isEmpty() && images.size() == 1 && startsWithImage);
            }
            if (type == BlockType.CAPTION && !text.isEmpty()) {
                captionFigures(text);
            }
            if (!text.isEmpty()) {
                afterCaption = type == BlockType.CAPTION;
                if (type == BlockType.PARAGRAPH && (DumpReader.isScript(text) || DumpReader.isMarkup(text))) {
                    linkChars[0] = text.length(); // a page's script or source as text: residue, counted as the text dumps count it
                }
                out.add(TextBlock.of(type, text, null, null, linkChars[0]));
                Shape s = row != null && table != null
                        ? Shape.cells(table, tableRow, -1, tableHeader && tableRow == 0, row)
                        : shape(type, text, links);
                if (!pending.isEmpty()) {
                    s = s == null ? Shape.none() : s;
                    for (Block f : pending) {
                        s.addFigure(f);
                    }
                    pending.clear();
                }
                shapes.add(s);
            }
            if (row != null) {
                tableRow++;
                row = null;
            }
            if (type != BlockType.LIST_ITEM) {
                indents.clear();
            }
            level = 0;
        }

        private @Nullable Shape shape(BlockType type, String text, List<String[]> links) {
            int lv = type == BlockType.HEADING && level >= 1 && level <= 6 ? level : 0;
            boolean item = type == BlockType.LIST_ITEM && depth > 0;
            if (links.isEmpty() && lv == 0 && !item) {
                return null;
            }
            Block.Builder b = Block.builder(type, text).level(lv);
            if (item) {
                b.listItem(depth, ordered);
            }
            int from = 0;
            for (String[] l : links) {
                int at = l[0].isEmpty() ? -1 : text.indexOf(l[0], from);
                String url = urls.resolve(target(l[1]));
                if (at >= 0 && url != null) {
                    b.addLink(Block.Link.of(at, at + l[0].length(), url));
                    from = at + l[0].length();
                }
            }
            return Shape.of(b.build());
        }
    }

    /** Whether the paragraph opens with an image, bare or as a link's text ({@code [![alt](img)](url)}). */
    private static boolean startsWithImage(CharSequence para) {
        return para.length() > 2 && (para.charAt(0) == '!' && para.charAt(1) == '['
                || para.charAt(0) == '[' && para.charAt(1) == '!' && para.charAt(2) == '[');
    }

    /** Whether the text is images and nothing else: no text is left when its inline syntax is read. */
    private static boolean isImageOnly(CharSequence line, Map<String, String> refs) {
        List<String[]> images = new ArrayList<>(1);
        return inline(line, new int[1], null, images, refs).isBlank() && !images.isEmpty();
    }

    /** Whether the line is a table's delimiter row, such as {@code | --- | :---: |}. */
    private static boolean isDelimiterRow(String line) {
        boolean dash = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '-') {
                dash = true;
            } else if (c != '|' && c != ':' && c != ' ') {
                return false;
            }
        }
        return dash;
    }

    /** A table row's cells, split at pipes that are not escaped, each read as inline text with its links. */
    private static List<Block> cells(String line, Map<String, String> refs) {
        List<Block> out = new ArrayList<>();
        int from = 1;
        int n = line.length();
        int end = line.endsWith("|") && n > 1 && line.charAt(n - 2) != '\\' ? n - 1 : n;
        for (int i = 1; i <= end; i++) {
            if (i == end || line.charAt(i) == '|' && line.charAt(i - 1) != '\\') {
                String raw = line.substring(from, i);
                List<String[]> links = new ArrayList<>();
                String text = inline(raw, new int[1], links, null, refs).strip();
                Block.Builder b = Block.builder(BlockType.PARAGRAPH, text);
                int at = 0;
                for (String[] l : links) {
                    int k = l[0].isEmpty() ? -1 : text.indexOf(l[0], at);
                    String url = UrlResolver.webUrl(target(l[1])); // an absolute http(s) target, without a title
                    if (k >= 0 && url != null) {
                        b.addLink(Block.Link.of(k, k + l[0].length(), url));
                        at = k + l[0].length();
                    }
                }
                out.add(b.build());
                from = i + 1;
            }
        }
        return out;
    }

    /** The URL of a link's or image's target, without its title or angle brackets, backslash escapes undone. */
    static String target(String target) {
        return unescape(rawTarget(target));
    }

    private static String rawTarget(String target) {
        String t = target.strip();
        if (t.startsWith("<")) {
            int close = t.indexOf('>');
            return close > 0 ? t.substring(1, close) : t.substring(1);
        }
        int space = t.indexOf(' ');
        return space > 0 ? t.substring(0, space) : t;
    }

    /**
     * An image's target: its URL, its title (empty when none) and the credit the title ends in
     * (empty when none). A title that ends in a parenthesised group, its only parentheses not
     * escaped ({@code "The chamber on Monday \\(file\\) (Photo: Anna Berg)"}), holds the caption
     * and then the credit, as {@code Article#toMarkdown()} writes a figure's caption and credit.
     */
    record Image(String url, String title, String credit) {
        /** The target {@code url "title"}, {@code url 'title'}, {@code url (title)} or {@code <url> "title"}; null when it has no URL. */
        static @Nullable Image parse(String target) {
            String raw = rawTarget(target);
            String url = unescape(raw);
            if (url.isEmpty()) {
                return null;
            }
            String t = target.strip();
            int at = t.indexOf(raw) + raw.length();
            String rest = t.substring(Math.min(t.length(), at + (t.startsWith("<") ? 1 : 0))).strip();
            String title = "";
            String credit = "";
            if (rest.length() >= 2) {
                char o = rest.charAt(0);
                char c = rest.charAt(rest.length() - 1);
                if ((o == '"' || o == '\'') && c == o || o == '(' && c == ')') {
                    String rawTitle = rest.substring(1, rest.length() - 1).strip();
                    int open = creditStart(rawTitle);
                    if (open >= 0) {
                        credit = unescape(rawTitle.substring(open + 1, rawTitle.length() - 1)).strip();
                        rawTitle = rawTitle.substring(0, open);
                    }
                    title = unescape(rawTitle).strip();
                }
            }
            return new Image(url, title, credit);
        }

        /**
         * Where the credit group of a raw title opens: its only unescaped {@code (}, at its start
         * or after a space, closed by its only unescaped {@code )} at its end; -1 when there is none.
         */
        private static int creditStart(String raw) {
            if (!raw.endsWith(")") || raw.length() < 3) {
                return -1;
            }
            int open = -1;
            for (int i = 0; i < raw.length(); i++) {
                char ch = raw.charAt(i);
                if (ch == '\\') {
                    i++;
                } else if (ch == '(') {
                    if (open >= 0) {
                        return -1;
                    }
                    open = i;
                } else if (ch == ')' && i != raw.length() - 1) {
                    return -1;
                }
            }
            return open >= 0 && open < raw.length() - 2 && (open == 0 || raw.charAt(open - 1) == ' ') ? open : -1;
        }
    }

    /** The text with backslash escapes undone. */
    private static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && isEscapable(s.charAt(i + 1))) {
                c = s.charAt(++i);
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** A setext underline: only {@code =} characters, or two or more {@code -}, trailing spaces allowed. */
    private static boolean isUnderline(String line) {
        char c = line.charAt(0);
        if (c != '=' && c != '-') {
            return false;
        }
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ') {
            end--;
        }
        for (int i = 0; i < end; i++) {
            if (line.charAt(i) != c) {
                return false;
            }
        }
        return c == '=' || end >= 2;
    }

    /** A horizontal rule: three or more of one of - * _ and nothing else but spaces. */
    private static boolean isRule(String line) {
        char c = line.charAt(0);
        if (c != '-' && c != '*' && c != '_' && c != '=') {
            return false;
        }
        int count = 0;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == c) {
                count++;
            } else if (ch != ' ') {
                return false;
            }
        }
        return count >= 3;
    }

    /** The index where a heading's text starts, or 0 if the line is not an ATX heading. */
    private static int headingLevel(String line) {
        int i = 0;
        while (i < line.length() && i < 6 && line.charAt(i) == '#') {
            i++;
        }
        if (i == 0 || i >= line.length() || line.charAt(i) != ' ') {
            return 0;
        }
        return i + 1;
    }

    private static void stripClosingHashes(StringBuilder sb) {
        int e = sb.length();
        while (e > 0 && sb.charAt(e - 1) == '#') {
            e--;
        }
        if (e < sb.length() && (e == 0 || sb.charAt(e - 1) == ' ')) {
            sb.setLength(e);
        }
    }

    /** The index where a list item's text starts, or 0 if the line is not a list item. */
    private static int listMarker(String line) {
        char c = line.charAt(0);
        if ((c == '*' || c == '-' || c == '+') && line.length() > 2 && line.charAt(1) == ' ') {
            return 2;
        }
        int i = 0;
        while (i < line.length() && i < 9 && line.charAt(i) >= '0' && line.charAt(i) <= '9') {
            i++;
        }
        if (i > 0 && i + 2 < line.length() && (line.charAt(i) == '.' || line.charAt(i) == ')')
                && line.charAt(i + 1) == ' ') {
            return i + 2;
        }
        return 0;
    }

    /**
     * The text with inline syntax removed: links keep their text (counted in {@code linkChars[0]}),
     * images, autolinks' brackets, emphasis markers, code ticks and backslash escapes go.
     */
    static String inline(CharSequence s, int[] linkChars) {
        return inline(s, linkChars, null);
    }

    /** As {@link #inline(CharSequence, int[])}, adding each link's text and target to {@code links}. */
    static String inline(CharSequence s, int[] linkChars, @Nullable List<String[]> links) {
        return inline(s, linkChars, links, null);
    }

    /**
     * As {@link #inline(CharSequence, int[], List)}, adding each image's alternative text (raw
     * Markdown) and target to {@code images}, those inside a link's text included.
     */
    static String inline(CharSequence s, int[] linkChars, @Nullable List<String[]> links,
            @Nullable List<String[]> images) {
        return inline(s, linkChars, links, images, Map.of());
    }

    /**
     * As {@link #inline(CharSequence, int[], List, List)}, reading reference links and images
     * ({@code [text][ref]}, {@code [text][]}, {@code [ref]}, {@code ![alt][ref]}) against the
     * definitions {@code refs} (by {@link #label}); each image is added as its alternative text,
     * its target and the pandoc attributes after it (null when none).
     */
    static String inline(CharSequence s, int[] linkChars, @Nullable List<String[]> links,
            @Nullable List<String[]> images, Map<String, String> refs) {
        String text = s.toString();
        if (!hasInlineSyntax(text)) {
            return squash(text); // what the pass below makes of text without any of its characters
        }
        return inline(text, linkChars, new int[] {MAX_FAILED_SCANS}, false, links, images, refs);
    }

    /** Whether the text holds a character that inline syntax starts with; most lines of prose hold none. */
    private static boolean hasInlineSyntax(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '!' || c == '[' || c == '<' || c == '*' || c == '_' || c == '`') {
                return true;
            }
        }
        return false;
    }

    /**
     * One pass over {@code s}; {@code scans[0]} is how many more failed bracket scans are allowed,
     * so that text full of unclosed brackets costs linear time; inside a link's text, brackets are
     * text (links do not nest).
     */
    private static String inline(CharSequence s, int[] linkChars, int[] scans, boolean inLink,
            @Nullable List<String[]> links, @Nullable List<String[]> images, Map<String, String> refs) {
        StringBuilder out = new StringBuilder(s.length());
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < n && isEscapable(s.charAt(i + 1))) {
                out.append(s.charAt(i + 1));
                i += 2;
            } else if (c == '!' && i + 1 < n && s.charAt(i + 1) == '[' && scans[0] > 0) {
                int close = closing(s, i + 1, '[', ']', scans);
                if (close > 0) {
                    int after = close + 1;
                    String alt = s.subSequence(i + 2, close).toString();
                    String target = null;
                    if (after < n && s.charAt(after) == '(') {
                        int paren = closing(s, after, '(', ')', scans);
                        target = paren > 0 ? s.subSequence(after + 1, paren).toString() : null;
                        i = paren > 0 ? paren + 1 : after;
                    } else if (after < n && s.charAt(after) == '[') {
                        // a reference image, ![alt][ref] or ![alt][]
                        int ref = closing(s, after, '[', ']', scans);
                        if (ref > 0) {
                            String l = label(ref == after + 1 ? alt : s.subSequence(after + 1, ref));
                            target = refs.get(l);
                        }
                        i = ref > 0 ? ref + 1 : after;
                    } else {
                        target = refs.get(label(alt)); // a shortcut reference image, ![alt]
                        i = after;
                    }
                    String attributes = null;
                    if (target != null && i < n && s.charAt(i) == '{') {
                        // pandoc's attributes ({width=50%}, {#fig:1 .wide}) belong to the image
                        int brace = indexOf(s, '}', i + 1);
                        if (brace < 0) {
                            scans[0]--;
                        } else {
                            attributes = s.subSequence(i + 1, brace).toString();
                            i = brace + 1;
                        }
                    }
                    if (target != null && images != null) {
                        images.add(new String[] {alt, target, attributes});
                    }
                } else {
                    out.append(c);
                    i++;
                }
            } else if (c == '[' && !inLink && scans[0] > 0) {
                int close = closing(s, i, '[', ']', scans);
                if (close < 0) {
                    out.append(c);
                    i++;
                    continue;
                }
                int after = close + 1;
                int end;
                boolean link;
                String target = null;
                if (after < n && s.charAt(after) == '(') {
                    int paren = closing(s, after, '(', ')', scans);
                    link = paren > 0;
                    end = link ? paren + 1 : after;
                    target = link ? s.subSequence(after + 1, end - 1).toString() : null;
                } else if (after < n && s.charAt(after) == '[') {
                    // [text][ref], [text][]: link text whether or not the definition is there
                    int ref = closing(s, after, '[', ']', scans);
                    link = ref > 0;
                    end = link ? ref + 1 : after;
                    if (link && !refs.isEmpty()) {
                        target = refs.get(label(ref == after + 1 ? s.subSequence(i + 1, close)
                                : s.subSequence(after + 1, ref)));
                    }
                } else {
                    // [ref]: a link only where a definition names it; else brackets as text
                    target = refs.isEmpty() || after < n && s.charAt(after) == ':' ? null
                            : refs.get(label(s.subSequence(i + 1, close)));
                    link = target != null;
                    end = after;
                }
                if (!link) {
                    out.append(c);
                    i++;
                    continue;
                }
                int before = out.length();
                // The link text may itself hold emphasis or an image (a linked picture).
                out.append(inline(s.subSequence(i + 1, close), new int[1], scans, true, null, images, refs));
                linkChars[0] += out.length() - before;
                if (links != null && target != null) {
                    links.add(new String[] {squash(out.substring(before)).strip(), target});
                }
                i = end;
            } else if (c == '<' && scans[0] > 0 && startsWithScheme(s, i + 1)) {
                int close = indexOf(s, '>', i + 1);
                if (close < 0) {
                    scans[0]--;
                }
                if (close > 0) {
                    int before = out.length();
                    out.append(s, i + 1, close);
                    linkChars[0] += out.length() - before;
                    i = close + 1;
                } else {
                    out.append(c);
                    i++;
                }
            } else if (c == '*' || c == '_' || c == '`') {
                int j = i;
                while (j < n && s.charAt(j) == c) {
                    j++;
                }
                char prev = i > 0 ? s.charAt(i - 1) : ' ';
                char next = j < n ? s.charAt(j) : ' ';
                // Inside a word (snake_case, 2*3) the characters are text, not emphasis.
                boolean inWord = Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next);
                if (inWord && c != '`') {
                    out.append(s, i, j);
                }
                i = j;
            } else {
                out.append(c);
                i++;
            }
        }
        return squash(out);
    }

    private static boolean isEscapable(char c) {
        return "\\`*_{}[]()#+-.!|>~<\"'".indexOf(c) >= 0;
    }

    private static boolean startsWithScheme(CharSequence s, int i) {
        return regionMatches(s, i, "http://") || regionMatches(s, i, "https://") || regionMatches(s, i, "mailto:");
    }

    private static boolean regionMatches(CharSequence s, int i, String p) {
        if (i + p.length() > s.length()) {
            return false;
        }
        for (int k = 0; k < p.length(); k++) {
            if (s.charAt(i + k) != p.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(CharSequence s, char c, int from) {
        int limit = Math.min(s.length(), from + MAX_BRACKET);
        for (int i = from; i < limit; i++) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The index of the bracket closing the one at {@code open}, allowing nesting, or -1 if there is
     * none within {@link #MAX_BRACKET} characters (which bounds the scan, keeping the reader linear).
     */
    private static int closing(CharSequence s, int open, char o, char c, int[] scans) {
        int depth = 0;
        int limit = Math.min(s.length(), open + MAX_BRACKET);
        for (int i = open; i < limit; i++) {
            char ch = s.charAt(i);
            if (ch == '\\') {
                i++;
            } else if (ch == o) {
                depth++;
            } else if (ch == c) {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        scans[0]--;
        return -1;
    }

    /** Whether squash would leave the text as it is: no space at either end, none doubled. */
    private static boolean isSquashed(CharSequence s) {
        int n = s.length();
        if (n > 0 && (s.charAt(0) == ' ' || s.charAt(n - 1) == ' ')) {
            return false;
        }
        // The JDK's indexOf searches far faster than a loop over an interface's charAt.
        if (s instanceof String str) {
            return !str.contains("  ");
        }
        if (s instanceof StringBuilder sb) {
            return sb.indexOf("  ") < 0;
        }
        for (int i = 1; i < n; i++) {
            if (s.charAt(i) == ' ' && s.charAt(i - 1) == ' ') {
                return false;
            }
        }
        return true;
    }

    /** Runs of spaces as one, trimmed; a space left before punctuation by removed markup stays (rare, harmless). */
    private static String squash(CharSequence s) {
        if (isSquashed(s)) {
            return s.toString();
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
