package io.github.tidings.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.tidings.ArticleParser;
import io.github.tidings.InputFormat;
import io.github.tidings.model.Article;
import io.github.tidings.model.Block;
import io.github.tidings.model.Hints;
import io.github.tidings.model.Provenance;
import io.github.tidings.model.Removal;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The {@code tidings} command: parses files of scraped text, Markdown or HTML and prints the
 * articles as readable text, JSON, or JSON Lines.
 */
@Command(name = "tidings", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Turns scraped news-article text, Markdown or HTML into a clean article.",
        footer = {"", "A file that cannot be read or parsed is reported (in JSON formats as {\"source\",\"error\"})",
                "and makes the exit status 1; the other files are still processed."})
public final class Main implements Callable<Integer> {

    /** Output formats. */
    enum Format { text, json, jsonl, markdown, html }

    /**
     * The version the POM states, from a resource Maven filters at build time, so that it cannot
     * drift from the artifact's version as a literal here did.
     */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
                if (in == null) {
                    throw new IOException("version.properties missing from the build");
                }
                p.load(in);
            }
            return new String[] {"tidings " + p.getProperty("version")};
        }
    }

    /** Input formats; {@code auto} goes by the file name, then by the content. */
    enum Input { auto, text, markdown, html }

    @Option(names = "--format", defaultValue = "text", description = "text, json, jsonl, markdown or html (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--input", defaultValue = "auto",
            description = "auto, text, markdown or html (default: ${DEFAULT-VALUE}).")
    Input input;

    @Option(names = "--url", description = "The source URL (used for site cleaners and relative links).")
    @Nullable String url;

    @Option(names = "--language", description = "The language as a BCP 47 tag, when known.")
    @Nullable String language;

    @Option(names = "--no-content-finder",
            description = "Keep every block the cleaners keep (for inputs that hold only the article's region).")
    boolean noContentFinder;

    @Option(names = "--explain", description = "Also report what was removed, by which cleaner and why.")
    boolean explain;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to parse; - reads standard input; .gz files are decompressed.")
    List<String> files = new ArrayList<>();

    private final ObjectMapper json = new ObjectMapper();
    private final PrintStream stdout;
    private final PrintStream stderr;
    private final InputStream stdin;

    private Main(PrintStream stdout, PrintStream stderr, InputStream stdin) {
        this.stdout = stdout;
        this.stderr = stderr;
        this.stdin = stdin;
    }

    /** Runs the command and exits with its status. */
    public static void main(String[] args) {
        System.exit(run(System.out, System.err, System.in, args));
    }

    /**
     * Runs the command on the given streams and returns its exit status: 0 when every file was
     * parsed, 1 when a file failed, 2 for bad usage.
     */
    public static int run(PrintStream out, PrintStream err, InputStream in, String... args) {
        CommandLine cl = new CommandLine(new Main(out, err, in)).setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("tidings: " + ex);
            return 1;
        });
        return cl.execute(args);
    }

    @Override
    public Integer call() throws IOException {
        Hints.Builder hb = Hints.builder();
        if (url != null) {
            hb.url(url);
        }
        if (language != null) {
            hb.language(language);
        }
        Hints hints = hb.build();
        ArticleParser parser = noContentFinder ? ArticleParser.builder().noContentFinder().build()
                : ArticleParser.defaults();
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8)));
        boolean failed = false;
        boolean jsonArray = format == Format.json && files.size() > 1;
        if (jsonArray) {
            out.println("[");
        }
        for (int i = 0; i < files.size(); i++) {
            String source = files.get(i);
            Map<String, Object> record;
            Article article = null;
            try {
                article = parse(parser, source, hints);
                record = record(source, article, explain);
            } catch (IOException | RuntimeException | StackOverflowError e) {
                failed = true;
                record = new LinkedHashMap<>();
                record.put("source", source);
                record.put("error", describe(e));
            }
            switch (format) {
                case jsonl -> out.println(write(record, false));
                case json -> out.println(write(record, true) + (jsonArray && i < files.size() - 1 ? "," : ""));
                case markdown, html -> {
                    if (article == null) {
                        failed = true;
                    } else {
                        out.print(format == Format.markdown ? article.toMarkdown() : article.toHtml());
                    }
                }
                case text -> {
                    if (files.size() > 1) {
                        out.println("==> " + source + " <==");
                    }
                    if (article == null) {
                        out.println("error: " + record.get("error"));
                    } else {
                        printText(out, article);
                    }
                    if (files.size() > 1 && i < files.size() - 1) {
                        out.println();
                    }
                }
            }
            if (article == null && format != Format.text && format != Format.html && format != Format.markdown
                    || article == null && (format == Format.html || format == Format.markdown)) {
                stderr.println("tidings: " + source + ": " + record.get("error"));
            }
        }
        if (jsonArray) {
            out.println("]");
        }
        out.flush();
        return failed ? 1 : 0;
    }

    private static String describe(Throwable e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    private Article parse(ArticleParser parser, String source, Hints hints) throws IOException {
        byte[] bytes = read(source);
        String name = source.toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        InputFormat fmt = switch (input) {
            case text -> InputFormat.TEXT;
            case markdown -> InputFormat.MARKDOWN;
            case html -> InputFormat.HTML;
            case auto -> name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml") ? InputFormat.HTML
                    : name.endsWith(".md") || name.endsWith(".markdown") ? InputFormat.MARKDOWN
                    : name.endsWith(".txt") ? InputFormat.TEXT
                    : InputFormat.detect(new String(bytes, 0, Math.min(bytes.length, 65536), StandardCharsets.UTF_8));
        };
        if (fmt == InputFormat.HTML) {
            return parser.parseHtml(bytes, hints);
        }
        return parser.parse(new String(bytes, StandardCharsets.UTF_8), fmt, hints);
    }

    private byte[] read(String source) throws IOException {
        byte[] raw = source.equals("-") ? stdin.readAllBytes() : Files.readAllBytes(Path.of(source));
        boolean gzip = raw.length >= 2 && (raw[0] & 0xff) == 0x1f && (raw[1] & 0xff) == 0x8b;
        if (!gzip) {
            return raw;
        }
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(raw))) {
            ByteArrayOutputStream buf = new ByteArrayOutputStream(raw.length * 4);
            in.transferTo(buf);
            return buf.toByteArray();
        }
    }

    /**
     * The JSON object the {@code json} and {@code jsonl} formats write for one article, fields in
     * their documented order; with {@code explain} also {@code removed}. Benchmarks write the same.
     */
    public static Map<String, Object> record(String source, Article a, boolean explain) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", source);
        m.put("title", a.title().orElse(null));
        m.put("published", a.published().map(Object::toString).orElse(null));
        m.put("authors", a.authors());
        m.put("siteName", a.siteName().orElse(null));
        m.put("language", a.language().orElse(null));
        m.put("text", a.text());
        List<Map<String, Object>> blocks = new ArrayList<>();
        for (Block b : a.blocks()) {
            blocks.add(block(b));
        }
        m.put("blocks", blocks);
        if (explain) {
            List<Map<String, String>> removed = new ArrayList<>();
            for (Removal r : a.removed()) {
                Map<String, String> rm = new LinkedHashMap<>();
                rm.put("text", r.text());
                rm.put("cleaner", r.cleaner());
                rm.put("reason", r.reason());
                removed.add(rm);
            }
            m.put("removed", removed);
            List<Map<String, Object>> provenance = new ArrayList<>();
            for (Provenance p : a.provenance()) {
                Map<String, Object> pm = new LinkedHashMap<>();
                pm.put("field", p.field());
                pm.put("value", p.value());
                pm.put("source", p.source());
                List<Map<String, String>> rejected = new ArrayList<>();
                for (Provenance.Candidate c : p.rejected()) {
                    rejected.add(Map.of("value", c.value(), "source", c.source()));
                }
                pm.put("rejected", rejected);
                provenance.add(pm);
            }
            m.put("provenance", provenance);
        }
        return m;
    }

    /** One block as JSON: {@code type} and {@code text}, and the structure fields the block has. */
    private static Map<String, Object> block(Block b) {
        Map<String, Object> bm = new LinkedHashMap<>();
        bm.put("type", b.type().name().toLowerCase(Locale.ROOT));
        bm.put("text", b.text());
        b.level().ifPresent(l -> bm.put("level", l));
        if (b.listDepth() > 0) {
            bm.put("listDepth", b.listDepth());
            bm.put("ordered", b.ordered());
        }
        if (!b.links().isEmpty()) {
            List<Map<String, Object>> links = new ArrayList<>();
            for (Block.Link l : b.links()) {
                links.add(Map.of("start", l.start(), "end", l.end(), "url", l.url()));
            }
            bm.put("links", links);
        }
        b.table().ifPresent(t -> {
            List<List<Map<String, Object>>> rows = new ArrayList<>();
            for (List<Block> row : t.rows()) {
                List<Map<String, Object>> cells = new ArrayList<>();
                row.forEach(c -> cells.add(block(c)));
                rows.add(cells);
            }
            bm.put("headerRow", t.headerRow());
            bm.put("rows", rows);
        });
        b.figure().ifPresent(f -> {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("url", f.url());
            fm.put("alt", f.alt());
            fm.put("caption", f.caption());
            fm.put("credit", f.credit());
            bm.put("figure", fm);
        });
        return bm;
    }

    private String write(Map<String, Object> record, boolean pretty) {
        try {
            return pretty ? json.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(record)
                    : json.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void printText(PrintWriter out, Article a) {
        a.title().ifPresent(t -> out.println("Title:     " + t));
        a.published().ifPresent(p -> out.println("Published: " + p));
        if (!a.authors().isEmpty()) {
            out.println("Authors:   " + String.join(", ", a.authors()));
        }
        a.siteName().ifPresent(s -> out.println("Site:      " + s));
        a.section().ifPresent(s -> out.println("Section:   " + s));
        a.language().ifPresent(l -> out.println("Language:  " + l));
        out.println("Words:     " + a.wordCount());
        out.println();
        out.println(a.text());
        if (explain && !a.removed().isEmpty()) {
            out.println();
            out.println("Removed:");
            for (Removal r : a.removed()) {
                out.println("  [" + r.cleaner() + "] " + r.reason() + ": " + r.text());
            }
        }
        if (explain && !a.provenance().isEmpty()) {
            out.println();
            out.println("Provenance:");
            for (Provenance p : a.provenance()) {
                out.println("  " + p);
            }
        }
    }
}
