package io.github.tidings;

import io.github.tidings.model.BlockType;
import io.github.tidings.model.Limits;
import io.github.tidings.model.Provenance;
import io.github.tidings.clean.BuiltInCleaners;
import io.github.tidings.clean.Cleaner;
import io.github.tidings.clean.Page;
import io.github.tidings.clean.TextBlock;
import io.github.tidings.internal.html.HtmlBytes;
import io.github.tidings.internal.html.HtmlInput;
import io.github.tidings.internal.html.HtmlReader;
import io.github.tidings.internal.metadata.Found;
import io.github.tidings.internal.metadata.FrontMatter;
import io.github.tidings.internal.metadata.MetadataResolver;
import io.github.tidings.internal.metadata.TextMetadataReader;
import io.github.tidings.internal.rules.RuleBook;
import io.github.tidings.internal.text.LanguageDetector;
import io.github.tidings.internal.text.DumpReader;
import io.github.tidings.internal.text.PageMarkup;
import io.github.tidings.internal.text.MarkdownReader;
import io.github.tidings.internal.text.Shape;
import io.github.tidings.internal.text.TextContentFinder;
import io.github.tidings.internal.words.TextNormalizer;
import io.github.tidings.model.Article;
import io.github.tidings.model.Block;
import io.github.tidings.model.Hints;
import io.github.tidings.rules.RuleStats;
import io.github.tidings.rules.RulesFormatException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;

/**
 * Turns scraped article text, Markdown or HTML into an {@link Article}.
 *
 * <p>Build one parser and reuse it: it is immutable and thread-safe, and holds only configuration
 * (its cleaners and limits); each parse keeps its working state to itself.
 *
 * <pre>{@code
 * ArticleParser parser = ArticleParser.builder()
 *         .addCleaner(new MySiteFooterCleaner())
 *         .build();
 * Article article = parser.parse(scrapedText, Hints.ofUrl("https://example.com/news/1"));
 * article.title();      // Optional[Iraqi forces to launch ...]
 * article.published();  // Optional[2017-10-25T15:00]
 * article.text();       // the body, paragraphs separated by a blank line
 * article.removed();    // what was dropped, by which cleaner, and why
 * }</pre>
 *
 * <h2>What a parse does</h2>
 * A text dump's layout is read first, whatever tool made it (hard-wrapped paragraphs joined, list
 * markers, headings set by indentation or capitals, link annotations cut but counted as links);
 * the input is normalised (line ends, entities, NFC, odd spaces, invisible characters) and split
 * into blocks: one per paragraph or line of a text dump, per Markdown block, per block element of
 * HTML. For HTML the DOM
 * scoring chooses the main content while the blocks are made, and what lies outside it comes in
 * already removed. Metadata readers then read the title, date, authors, site name and language and
 * note which blocks held them. The cleaners run next, in this order: the built-in cleaners
 * ({@link BuiltInCleaners#all()}) less those switched off, then the cleaners added to the builder in
 * the order added, then those found with {@link ServiceLoader} ordered by name, then the site rules
 * ({@link Builder#rules(String)}), one cleaner per rule in the order loaded; each runs only where
 * its {@link Cleaner#scope()} applies. Last the content finder (the built-in one unless replaced
 * with {@link Builder#contentFinder(Cleaner)}) keeps the article's region of a text or Markdown
 * page. The kept blocks form the body; every dropped block is reported in {@link
 * Article#removed()}, and so is every block a cleaner or rule kept against a removal, and every
 * metadata field one set ({@link Page}). A field a cleaner set overrides what the metadata readers
 * found; when several set it, the last to run wins, so a site rule wins over a cleaner.
 *
 * <h2>Edge cases</h2>
 * A {@code null} argument throws {@link NullPointerException}. Blank input, or input in which no
 * article text is found, gives an article with no blocks and no metadata (only what the hints
 * state). Input past one of the {@link Builder#limits(Limits) limits} (input length, lines or
 * blocks, HTML elements) throws {@link IllegalArgumentException} naming the limit, before the
 * memory it guards is spent where it can be counted first. A parse takes time linear in the
 * input's length.
 */
public final class ArticleParser {
    /** The default {@link Builder#maxInputLength(int)}: {@link Limits#DEFAULT_MAX_INPUT_CHARS}, 16 Mi characters. */
    public static final int DEFAULT_MAX_INPUT_LENGTH = Limits.DEFAULT_MAX_INPUT_CHARS;

    /**
     * The parser {@link #defaults()} returns, built on first use. Not built in a static
     * initialiser: discovery loads the user's classes, and a failure there would make this class
     * unusable for the rest of the JVM's life (every later use a {@code NoClassDefFoundError}),
     * even for parsers built without discovery. A failed build is not kept, so the next call tries
     * again.
     */
    private static volatile ArticleParser defaults;

    private final List<Cleaner> cleaners;
    private final @Nullable Cleaner contentFinder;
    private final boolean keepCaptions;
    private final Limits limits;
    private final RuleBook.Firings rules;

    private ArticleParser(Builder b, List<Cleaner> cleaners, RuleBook.Firings rules) {
        this.cleaners = List.copyOf(cleaners);
        this.rules = rules;
        this.contentFinder = b.contentFinder;
        this.keepCaptions = b.keepCaptions;
        this.limits = b.limits;
    }

    /**
     * A parser with the default configuration (built-in cleaners, cleaners found by ServiceLoader),
     * built on the first call and shared after that.
     *
     * @throws IllegalStateException if a discovered cleaner cannot be loaded (see {@link Builder#build()});
     *     a later call tries again
     * @throws IllegalArgumentException if two cleaners share a name
     */
    public static ArticleParser defaults() {
        ArticleParser p = defaults;
        if (p == null) {
            synchronized (ArticleParser.class) {
                p = defaults;
                if (p == null) {
                    p = builder().build();
                    defaults = p;
                }
            }
        }
        return p;
    }

    /** A builder with the default configuration. */
    public static Builder builder() {
        return new Builder();
    }

    /** The limits this parser's parses work within. */
    public Limits limits() {
        return limits;
    }

    /** The cleaners this parser runs, in running order (the content finder not included). */
    public List<Cleaner> cleaners() {
        return cleaners;
    }

    /**
     * How often each site rule this parser holds has fired, over every parse it has made so far (on
     * any thread): a snapshot. A batch's report is the snapshot after it of a parser built for it.
     * Empty when the parser holds no rules.
     */
    public RuleStats ruleStats() {
        return rules.stats();
    }

    /** Parses plain text without hints. */
    public Article parse(String text) {
        return parse(text, Hints.none());
    }

    /** Parses plain text: an article-region scrape or a full-page text dump. */
    public Article parse(String text, Hints hints) {
        return parse(text, InputFormat.TEXT, hints);
    }

    /**
     * Parses input of the given format; {@link InputFormat#detect(String)} can choose it. Text or
     * Markdown that is mostly markup (at least 20 closing tags, five per thousand characters: the
     * page's HTML written out by a tool that took it all for the {@code <title>}) is read as HTML.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the input is past one of the {@link #limits()}
     */
    public Article parse(String input, InputFormat format, Hints hints) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(hints, "hints");
        checkLength(input.length());
        // A dump that is the page's markup as text (the tool took the page for its <title>): the
        // HTML reader reads it as a browser would.
        InputFormat read = format != InputFormat.HTML && PageMarkup.isPageMarkup(input) ? InputFormat.HTML : format;
        return switch (read) {
            case TEXT -> {
                DumpReader.Dump dump = DumpReader.readDump(checkLines(input));
                yield run(entries(dump.blocks()), new Found().noTitleLine(dump.rendered()), hints, InputFormat.TEXT, null);
            }
            case MARKDOWN -> {
                // indentation kept: it tells a nested list item from its parent
                String md = checkLines(TextNormalizer.normalizeKeepingIndent(input));
                // a document's front matter states its metadata, as a page's markup does
                Found stated = new Found();
                int body = FrontMatter.read(md, hints, stated);
                yield run(entries(MarkdownReader.readShaped(body == 0 ? md : md.substring(body),
                        hints.url().or(stated::url).orElse("")), keepCaptions), stated, hints, InputFormat.MARKDOWN, null);
            }
            case HTML -> {
                checkStartTags(input);
                yield parse(Jsoup.parse(input, hints.url().orElse("")), hints);
            }
        };
    }

    /** Parses a Markdown dump of a page. */
    public Article parseMarkdown(String markdown, Hints hints) {
        return parse(markdown, InputFormat.MARKDOWN, hints);
    }

    /** Parses an HTML page without a known URL. */
    public Article parseHtml(String html) {
        return parse(html, InputFormat.HTML, Hints.none());
    }

    /** Parses an HTML page fetched from {@code url}. */
    public Article parseHtml(String html, String url) {
        Objects.requireNonNull(url, "url");
        return parse(html, InputFormat.HTML, Hints.ofUrl(url));
    }

    /**
     * Parses HTML bytes. The charset is taken as browsers take it (the WHATWG encoding sniffing
     * rules): from a byte-order mark, which is not part of the text (a BOM alone is blank input),
     * else from {@code <meta charset>}, {@code http-equiv} or an XML declaration, else UTF-8. A
     * declaration of UTF-16 or UTF-32 in such ASCII-compatible bytes is read as UTF-8.
     */
    public Article parseHtml(byte[] html, Hints hints) {
        return parseHtml(html, Optional.empty(), hints);
    }

    /**
     * Parses HTML bytes in a known charset (such as the one an HTTP {@code Content-Type} named),
     * or detects it when {@code charset} is empty; a byte-order mark overrides {@code charset}.
     */
    public Article parseHtml(byte[] html, Optional<Charset> charset, Hints hints) {
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(hints, "hints");
        checkLength(html.length);
        if (mayHaveTooManyTags(html.length)) {
            checkStartTags(startTags(html));
        }
        return parse(HtmlBytes.parse(html, charset, hints.url().orElse("")), hints);
    }

    /**
     * Parses a body as an HTTP response or an archive record delivers it, in the format and
     * charset its {@code Content-Type} names: {@code text/html} and {@code application/xhtml+xml}
     * as HTML bytes ({@link #parseHtml(byte[], Optional, Hints)}, the {@code charset} parameter if
     * any, else sniffed), {@code text/markdown} and {@code text/x-markdown} as Markdown, any other
     * {@code text/*} as plain text. Text and Markdown are decoded from a byte-order mark, else the
     * {@code charset} parameter, else UTF-8 (malformed bytes become U+FFFD). A blank content type
     * means unknown: the format is then {@linkplain InputFormat#detect(String) detected}. A charset
     * the JVM does not know is ignored. One call per record, so that a job over a web archive
     * needs nothing of the archive format here.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the content type is not text (such as {@code
     *     image/jpeg}), or the body is past one of the {@link #limits()}
     */
    public Article parse(byte[] body, String contentType, Hints hints) {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(hints, "hints");
        ContentType type = ContentType.parse(contentType);
        checkLength(body.length);
        Optional<InputFormat> format = type.format();
        if (format.isPresent() && format.get() == InputFormat.HTML) {
            return parseHtml(body, type.charset(), hints);
        }
        int bom = HtmlBytes.bomLength(body);
        Charset charset = bom > 0 ? HtmlBytes.bomCharset(body) : type.charset().orElse(StandardCharsets.UTF_8);
        String text = new String(body, bom, body.length - bom, charset);
        InputFormat f = format.orElseGet(() -> InputFormat.detect(text));
        return f == InputFormat.HTML ? parseHtml(body, type.charset(), hints) : parse(text, f, hints);
    }

    /** Parses a jsoup document; its location, if set, serves as the URL hint. */
    public Article parse(Document document) {
        Objects.requireNonNull(document, "document");
        String loc = document.location();
        return parse(document, loc.isEmpty() ? Hints.none() : Hints.ofUrl(loc));
    }

    /**
     * Parses a jsoup document with hints. The document is not modified.
     *
     * @throws IllegalArgumentException if the document has more elements than {@link
     *     Limits#maxElements()} or more blocks than {@link Limits#maxBlocks()}
     */
    public Article parse(Document document, Hints hints) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(hints, "hints");
        // the reader counts the document's elements against the limit as it walks them
        HtmlInput in = HtmlReader.read(document, hints, keepCaptions, limits);
        return run(in.blocks(), in.metadata(), hints, InputFormat.HTML, in.document());
    }

    private void checkLength(int length) {
        if (length > limits.maxInputChars()) {
            throw new IllegalArgumentException("input of " + length + " characters is longer than the maximum "
                    + limits.maxInputChars() + " (Limits.Builder#maxInputChars, ArticleParser.Builder#maxInputLength)");
        }
    }

    /** The text, after checking that its non-blank lines are within {@link Limits#maxBlocks()}. */
    private String checkLines(String text) {
        int lines = DumpReader.countLines(text);
        if (lines > limits.maxBlocks()) {
            throw new IllegalArgumentException("input of " + lines + " lines has more than the maximum "
                    + limits.maxBlocks() + " (Limits.Builder#maxBlocks)");
        }
        return text;
    }

    /** Throws if the HTML has more start tags than {@link Limits#maxElements()}, before a parser builds them. */
    private void checkStartTags(String html) {
        if (mayHaveTooManyTags(html.length())) {
            checkStartTags(startTags(html));
        }
    }

    /**
     * Whether an input of this length could hold more start tags than {@link Limits#maxElements()}:
     * a start tag takes two characters at least, so a shorter input need not be scanned (most
     * pages: the default limit allows a megabyte).
     */
    private boolean mayHaveTooManyTags(long length) {
        return length / 2 > limits.maxElements();
    }

    private void checkStartTags(long tags) {
        if (tags > limits.maxElements()) {
            throw new IllegalArgumentException("HTML of " + tags + " start tags has more than the maximum "
                    + limits.maxElements() + " elements (Limits.Builder#maxElements)");
        }
    }

    /**
     * The start tags of an HTML string: a {@code <} followed by an ASCII letter. The search jumps
     * from one {@code <} to the next with {@link String#indexOf(int, int)}, which the JVM runs as a
     * vector loop.
     */
    static long startTags(String html) {
        long tags = 0;
        int n = html.length() - 1;
        for (int i = html.indexOf('<'); i >= 0 && i < n; i = html.indexOf('<', i + 1)) {
            char c = html.charAt(i + 1);
            if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
                tags++;
            }
        }
        return tags;
    }

    private static long startTags(byte[] html) {
        long tags = 0;
        for (int i = 0; i < html.length - 1; i++) {
            if (html[i] == '<') {
                int c = html[i + 1] | 0x20;
                if (c >= 'a' && c <= 'z') {
                    tags++;
                }
            }
        }
        return tags;
    }

    /** The dump's blocks as entries; its list is taken over (see {@link TextEntries}), not copied. */
    private static List<HtmlInput.Entry> entries(List<@Nullable TextBlock> blocks) {
        return new TextEntries(blocks);
    }

    /**
     * A text dump's blocks as entries of the pipeline (none removed, no structure), each made when
     * asked for: a list of entries would hold an object more per line of the dump. Setting an entry
     * to null lets go of its block, as {@link #page} does.
     */
    private static final class TextEntries extends java.util.AbstractList<HtmlInput.Entry>
            implements java.util.RandomAccess {
        private final List<@Nullable TextBlock> blocks;

        /**
         * Takes over the reader's own list, made for this parse alone, rather than a copy: the
         * reader's {@code Dump} is still referenced while the pipeline runs (the interpreter keeps
         * a method's locals alive), so a copy kept every block of the dump twice, once as read and
         * once as the page's copy with its index (two block objects a line of a page of many short lines).
         */
        TextEntries(List<@Nullable TextBlock> blocks) {
            this.blocks = blocks;
        }

        @Override
        public HtmlInput.Entry get(int i) {
            return new HtmlInput.Entry(Objects.requireNonNull(blocks.get(i), "entry let go of"), null, null);
        }

        @Override
        public HtmlInput.@Nullable Entry set(int i, HtmlInput.@Nullable Entry e) {
            TextBlock was = blocks.set(i, e == null ? null : e.block());
            return was == null ? null : new HtmlInput.Entry(was, null, null);
        }

        @Override
        public void clear() {
            blocks.clear();
            if (blocks instanceof ArrayList<?> list) {
                list.trimToSize(); // and its array: the reader's Dump still holds the list
            }
        }

        @Override
        public int size() {
            return blocks.size();
        }
    }

    /**
     * The Markdown reader's blocks with their shapes, as entries of the pipeline; a caption the
     * reader typed (under its image) is set aside as the HTML reader sets aside a figcaption, its
     * figure holding it, unless captions are kept.
     */
    private static List<HtmlInput.Entry> entries(MarkdownReader.Shaped md, boolean keepCaptions) {
        List<HtmlInput.Entry> out = new ArrayList<>(md.blocks().size());
        for (int i = 0; i < md.blocks().size(); i++) {
            TextBlock b = md.blocks().get(i);
            boolean aside = !keepCaptions && b.type() == BlockType.CAPTION;
            out.add(new HtmlInput.Entry(b, aside ? MARKDOWN_READER : null, aside ? "caption" : null, md.shapes().get(i)));
        }
        return out;
    }

    /** The name the Markdown reader's removals go by. */
    private static final String MARKDOWN_READER = "MarkdownReader";

    /**
     * The text language detection reads: the sentences not already removed (navigation, labels and
     * link lines say little about the language), else the blocks of six words or more, else every
     * block, as far as there are too few of the former.
     */
    private static CharSequence sample(List<HtmlInput.Entry> entries) {
        // Sentences first: a dump's menus and link residue ("page.cfm?lang=en", one-letter
        // fragments) are full of short tokens that are function words of some other language.
        StringBuilder sb = append(new StringBuilder(), entries, e -> e.removedBy() == null && e.block().words() >= 6
                && e.block().endsLikeSentence() && e.block().linkDensity() < 0.5);
        if (sb.length() < MIN_SAMPLE) {
            sb = append(new StringBuilder(), entries, e -> e.removedBy() == null && e.block().words() >= 6);
        }
        return sb.length() < MIN_SAMPLE ? append(sb, entries, e -> true) : sb;
    }

    /** Characters of sample below which language detection reads more blocks. */
    private static final int MIN_SAMPLE = 200;

    /** {@code sb} with the texts of the entries taken, one a line, until it holds what detection reads. */
    private static StringBuilder append(StringBuilder sb, List<HtmlInput.Entry> entries,
            java.util.function.Predicate<HtmlInput.Entry> take) {
        for (HtmlInput.Entry e : entries) {
            if (sb.length() >= LanguageDetector.MAX_CHARS) {
                break;
            }
            if (take.test(e)) {
                sb.append(e.block().text()).append('\n');
            }
        }
        return sb;
    }

    /**
     * The one pipeline every input format meets in: metadata, cleaners, content finder, article.
     * Empties {@code entries}, a list made for this parse alone, as the page takes its blocks.
     *
     * <p>Each stage lets go of what it was given once the next holds it: for a page of many short
     * lines every object kept per line counts (issue #14 bounds a parse's heap per input
     * character). The readers' blocks go as the page copies them, the page goes before the article
     * is assembled (the assembly needs only each block's type, text and whether it was kept), and
     * the structure arrays are made only for input that has structure.
     */
    private Article run(List<HtmlInput.Entry> entries, Found markup, Hints hints, InputFormat format,
            @Nullable Document document) {
        // One detection serves the metadata readers, the cleaners and the article; its sample is
        // the prose-like blocks, mostly the body already.
        Optional<String> language = MetadataResolver.language(markup, hints, sample(entries));
        // Day-first or month-first numeric dates are read by the page's language when the caller gave none.
        Hints readingHints = hints.language().isPresent() || language.isEmpty() ? hints
                : hints.toBuilder().language(language.get()).build();
        Found text = TextMetadataReader.read(new EntryBlocks(entries), readingHints, markup);

        // Only the structure and the readers' reasons are needed of the entries past the page.
        int n = entries.size();
        @Nullable Shape[] shapes = null;
        @Nullable String[] readerReasons = null;
        for (int i = 0; i < n; i++) {
            HtmlInput.Entry e = entries.get(i);
            if (e.shape() != null) {
                shapes = shapes == null ? new Shape[n] : shapes;
                shapes[i] = e.shape();
            }
            if (e.reason() != null) {
                readerReasons = readerReasons == null ? new String[n] : readerReasons;
                readerReasons[i] = e.reason();
            }
        }
        Page page = page(entries, text, markup, language, hints, document);

        for (Cleaner c : cleaners) {
            page.apply(c);
        }
        // The content finder looks for the article inside a whole page's dump; a document that states
        // its metadata in front matter (Hugo, Jekyll, toMarkdown()) is one article's text already.
        if (contentFinder != null && !markup.metadataStated()) {
            page.apply(contentFinder);
        }

        List<io.github.tidings.model.Removal> removals = page.removals();
        if (markup.accessibleForFree().isEmpty() && removals.stream().anyMatch(ArticleParser::paywallCut)) {
            // a teaser cut short by an invitation to subscribe: not free, unless the markup said otherwise
            markup.accessibleForFree(false);
            markup.candidate("accessibleForFree", "false", "cleaner:" + PAYWALL_CLEANER);
        }
        java.util.function.Consumer<Article.Builder> settings = settings(page);
        // What the assembly needs of each block; the page and its blocks can go.
        BlockType[] types = new BlockType[n];
        String[] texts = new String[n];
        boolean[] kept = new boolean[n];
        boolean[] figures = new boolean[n];
        for (int i = 0; i < n; i++) {
            TextBlock b = page.blocks().get(i);
            Optional<String> by = page.removedBy(b);
            Shape shape = shapes == null ? null : shapes[i];
            types[i] = b.type();
            texts[i] = b.text();
            kept[i] = by.isEmpty();
            // a figure shows where the block it stands before is kept, or was set aside only as a caption,
            // or is a caption whatever took it (a kept caption's credit can be read as a byline)
            figures[i] = shape != null && shape.hasFigures() && (by.isEmpty() || by.get().equals("CaptionCleaner")
                    || readerReasons != null && "caption".equals(readerReasons[i]) || b.type() == BlockType.CAPTION);
        }
        page = null; // let go of the page and its blocks before the article's are made
        @Nullable Shape[] shaped = shapes;
        List<Shape.Part> parts = new java.util.AbstractList<>() {
            @Override
            public Shape.Part get(int i) {
                return new Shape.Part(types[i], texts[i], shaped == null ? null : shaped[i], kept[i], figures[i]);
            }

            @Override
            public int size() {
                return n;
            }
        };
        Article.Builder ab = Article.builder();
        // the assembled blocks in no local: the article keeps a plain one's text and type, and the
        // block can go once it is appended
        ab.blocks(format == InputFormat.TEXT ? Shape.textLists(Shape.assemble(parts)) : Shape.assemble(parts));
        ab.removed(removals);
        MetadataResolver.applyTo(ab, text, markup, language, hints, format == InputFormat.HTML);
        settings.accept(ab);
        hints.url().ifPresent(ab::url);
        return ab.build();
    }

    /** The blocks of the entries, as the metadata readers read them, without a list of their own. */
    private static final class EntryBlocks extends java.util.AbstractList<TextBlock> implements java.util.RandomAccess {
        private final List<HtmlInput.Entry> entries;

        EntryBlocks(List<HtmlInput.Entry> entries) {
            this.entries = entries;
        }

        @Override
        public TextBlock get(int i) {
            return entries.get(i).block();
        }

        @Override
        public int size() {
            return entries.size();
        }
    }

    /**
     * The page of the entries' blocks, with what the metadata readers found. Each entry is cleared
     * once the page holds its copy of the block (with its index), so that a block is not held twice.
     */
    private static Page page(List<HtmlInput.Entry> entries, Found text, Found markup, Optional<String> language,
            Hints hints, @Nullable Document document) {
        Page.Builder pb = Page.builder().hints(hints);
        for (int i = 0; i < entries.size(); i++) {
            HtmlInput.Entry e = entries.get(i);
            entries.set(i, null); // the caller's list, made for this parse alone
            if (e.removedBy() == null) {
                pb.add(e.block());
            } else {
                pb.addRemoved(e.block(), e.removedBy(), e.reason());
            }
            if (e.element() != null) {
                pb.element(i, e.element());
            }
        }
        entries.clear();
        if (document != null) {
            pb.document(document);
        }
        MetadataResolver.published(text, markup).ifPresent(pb::published);
        MetadataResolver.siteName(text, markup).ifPresent(pb::siteName);
        text.titleBlocks().forEach(i -> pb.role(i, Page.Role.TITLE));
        text.dateBlocks().forEach(i -> pb.role(i, Page.Role.DATE));
        text.bylineBlocks().forEach(i -> pb.role(i, Page.Role.BYLINE));
        MetadataResolver.title(text, markup).ifPresent(pb::title);
        pb.authors(MetadataResolver.authors(text, markup));
        language.ifPresent(pb::language);
        return pb.build();
    }

    /** The built-in cleaner that removes a paywall's invitation at the body's end (package-private in clean). */
    private static final String PAYWALL_CLEANER = "PaywallCleaner";

    private static boolean paywallCut(io.github.tidings.model.Removal r) {
        return r.cleaner().equals(PAYWALL_CLEANER) && r.reason().startsWith("paywall");
    }

    /**
     * The metadata fields cleaners set, to apply over what the metadata readers found: read off the
     * page, so that the page can go before the article is made. Each applies its value and adds
     * its provenance, in the order title, published, authors, site name.
     */
    private static java.util.function.Consumer<Article.Builder> settings(Page page) {
        List<java.util.function.Consumer<Article.Builder>> set = new ArrayList<>(4);
        page.setBy(Page.Field.TITLE).ifPresent(by -> page.title().ifPresent(v -> set.add(ab -> {
            ab.title(v);
            ab.addProvenance(setBy("title", v, by));
        })));
        page.setBy(Page.Field.PUBLISHED).ifPresent(by -> page.published().ifPresent(v -> set.add(ab -> {
            ab.published(v);
            ab.addProvenance(setBy("published", v.toString(), by));
        })));
        page.setBy(Page.Field.AUTHORS).ifPresent(by -> {
            List<String> authors = page.authors();
            set.add(ab -> {
                ab.authors(authors);
                ab.addProvenance(setBy("authors", String.join(", ", authors), by));
            });
        });
        page.setBy(Page.Field.SITE_NAME).ifPresent(by -> page.siteName().ifPresent(v -> set.add(ab -> {
            ab.siteName(v);
            ab.addProvenance(setBy("siteName", v, by));
        })));
        return ab -> set.forEach(s -> s.accept(ab));
    }

    /** The provenance of a value a cleaner or a site rule set: {@code cleaner:NAME}. */
    private static Provenance setBy(String field, String value, String cleaner) {
        return Provenance.of(field, value, "cleaner:" + cleaner, List.of());
    }

    /**
     * Configures an {@link ArticleParser}. Not thread-safe; {@link #build()} validates the
     * configuration once and yields an immutable parser.
     */
    public static final class Builder {
        private final List<Cleaner> added = new ArrayList<>();
        private final Set<String> disabled = new LinkedHashSet<>();
        private boolean discover = true;
        private @Nullable ClassLoader classLoader;
        private @Nullable Cleaner contentFinder = TextContentFinder.defaults();
        private boolean keepCaptions;
        private Limits limits = Limits.defaults();
        private final RuleBook rules = new RuleBook();

        private Builder() {
        }

        /**
         * Loads a site rules file (UTF-8 JSON, the format {@link io.github.tidings.rules} describes);
         * repeatable, each file adding its sites. The file is read and checked here, once.
         *
         * @throws RulesFormatException if the file has a mistake (the message gives the file name,
         *     line and column), or defines a site an earlier file defined
         * @throws IOException if the file cannot be read
         */
        public Builder rules(Path file) throws IOException {
            Objects.requireNonNull(file, "file");
            return rules(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        }

        /**
         * Loads site rules from a reader, which is read to its end (not closed); {@code sourceName}
         * names it in error messages. Repeatable, like {@link #rules(Path)}.
         *
         * @throws RulesFormatException if the rules have a mistake
         * @throws IOException if the reader fails
         */
        public Builder rules(Reader reader, String sourceName) throws IOException {
            Objects.requireNonNull(reader, "reader");
            Objects.requireNonNull(sourceName, "sourceName");
            java.io.StringWriter text = new java.io.StringWriter();
            reader.transferTo(text);
            return rules(text.toString(), sourceName);
        }

        /**
         * Loads site rules from JSON text, named {@code <string>} in error messages. Repeatable,
         * like {@link #rules(Path)}.
         *
         * @throws RulesFormatException if the rules have a mistake
         */
        public Builder rules(String json) {
            return rules(Objects.requireNonNull(json, "json"), "<string>");
        }

        private Builder rules(String json, String sourceName) {
            rules.add(json, sourceName);
            return this;
        }

        /** Adds a cleaner; added cleaners run after the built-in ones, in the order added. */
        public Builder addCleaner(Cleaner cleaner) {
            added.add(Objects.requireNonNull(cleaner, "cleaner"));
            return this;
        }

        /**
         * Switches off a built-in or discovered cleaner by its {@link Cleaner#name()}. {@link #build()}
         * fails if no cleaner has that name, so a typo does not pass silently.
         */
        public Builder disableCleaner(String name) {
            disabled.add(Objects.requireNonNull(name, "name"));
            return this;
        }

        /**
         * Whether to load cleaners listed in {@code META-INF/services/io.github.tidings.clean.Cleaner}
         * with {@link ServiceLoader}; on by default. They are loaded once, by {@link #build()}.
         */
        public Builder discoverCleaners(boolean discover) {
            this.discover = discover;
            return this;
        }

        /** The class loader that {@link ServiceLoader} searches; the thread's context class loader by default. */
        public Builder classLoader(ClassLoader classLoader) {
            this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
            return this;
        }

        /**
         * Replaces the content finder: the cleaner that runs after all others and keeps the
         * article's region of what is left. Any {@link Cleaner} can be one; its removals are
         * reported like any cleaner's. The built-in finder, the default, finds the article in text
         * and Markdown dumps from the blocks' features and the earlier cleaners' removals, and
         * leaves HTML to the HTML reader, whose DOM scoring has already chosen the content, but
         * for a readers' thread of signed posts that shares the article's container. Its
         * type and tuning are internal, so that they can improve without breaking callers. No
         * finder runs on a Markdown document that opens with front matter ({@code ---}, {@code
         * key: value} lines, {@code ---}, as {@link io.github.tidings.model.Article#toMarkdown()},
         * Hugo and Jekyll write it): such a document is one article's text, not a page's dump.
         */
        public Builder contentFinder(Cleaner finder) {
            this.contentFinder = Objects.requireNonNull(finder, "finder");
            return this;
        }

        /** Runs no content finder: every block the cleaners keep is part of the body. */
        public Builder noContentFinder() {
            this.contentFinder = null;
            return this;
        }

        /**
         * Whether picture and video captions are kept: in HTML as
         * {@link io.github.tidings.model.BlockType#CAPTION} blocks, in text by not running the
         * {@code CaptionCleaner}. Off by default.
         */
        public Builder keepCaptions(boolean keep) {
            this.keepCaptions = keep;
            return this;
        }

        /**
         * The longest input, in characters (or bytes for byte input), that a parse accepts; longer
         * input throws {@link IllegalArgumentException}. Default {@link #DEFAULT_MAX_INPUT_LENGTH}.
         * The same as {@link Limits.Builder#maxInputChars(int)} on the current {@link #limits(Limits)}.
         *
         * @throws IllegalArgumentException if not positive
         */
        public Builder maxInputLength(int max) {
            if (max <= 0) {
                throw new IllegalArgumentException("maxInputLength must be positive: " + max);
            }
            this.limits = limits.toBuilder().maxInputChars(max).build();
            return this;
        }

        /**
         * The bounds every parse works within (input length, blocks, document nodes, JSON-LD); {@link
         * Limits#defaults()} unless set. See {@link Limits} for what happens past each.
         */
        public Builder limits(Limits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * The parser. Discovery, when on, happens here and only here: the cleaners listed in
         * {@code META-INF/services/io.github.tidings.clean.Cleaner} are loaded and instantiated
         * anew for each parser built.
         *
         * @throws IllegalArgumentException if a disabled name matches no cleaner, or two cleaners
         *     share a name (the message names both classes and where they were loaded from)
         * @throws IllegalStateException if a discovered cleaner cannot be loaded or instantiated
         *     (the message names the class and the services file that lists it; the cause is the
         *     {@link java.util.ServiceConfigurationError}); {@link #discoverCleaners(boolean)
         *     discoverCleaners(false)} avoids it
         */
        public ArticleParser build() {
            List<Cleaner> discovered = discover ? Discovery.cleaners(
                    classLoader != null ? classLoader : Thread.currentThread().getContextClassLoader())
                    : List.of();
            List<Cleaner> all = new ArrayList<>(BuiltInCleaners.all());
            all.addAll(added);
            all.addAll(discovered);
            RuleBook.Firings firings = rules.cleaners();
            all.addAll(firings.cleaners());
            Map<String, Cleaner> byName = new LinkedHashMap<>();
            for (Cleaner c : all) {
                String name = Discovery.name(c);
                Cleaner before = byName.putIfAbsent(name, c);
                if (before != null) {
                    throw new IllegalArgumentException("two cleaners are named " + name + ": "
                            + Discovery.describe(before) + " and " + Discovery.describe(c)
                            + "; give one another name(), or leave discovered ones out with discoverCleaners(false)");
                }
            }
            Set<String> names = byName.keySet();
            for (String d : disabled) {
                if (!names.contains(d)) {
                    throw new IllegalArgumentException("no cleaner named " + d + " to disable; known: " + names);
                }
            }
            // By name: the built-ins are package-private, and no other cleaner can share the name.
            all.removeIf(c -> disabled.contains(c.name()) || keepCaptions && c.name().equals("CaptionCleaner"));
            return new ArticleParser(this, all, firings);
        }
    }
}
