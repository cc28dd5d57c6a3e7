package io.github.tidings.cli;

import io.github.tidings.ArticleParser;
import io.github.tidings.model.Article;
import io.github.tidings.model.Hints;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The {@code tidings} command: parses files, directories and web archives of scraped text, Markdown
 * or HTML and prints the articles as readable text, JSON, or JSON Lines. The options are read
 * here; {@link Sources} lists the inputs, {@link Batch} runs them, {@link Output} writes them and
 * {@link Progress} reports on standard error.
 */
@Command(name = "tidings", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        sortOptions = false,
        description = "Turns scraped news-article text, Markdown or HTML into a clean article.",
        footer = {"", "Directories are read recursively: the files matching --glob, by default",
                "*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.warc *.wet, and .gz of each.",
                "WARC and WET files (.warc, .wet, gzipped or not, or --input warc) are read",
                "record by record. A page that cannot be read or parsed is reported on standard",
                "error with its name (in JSON also as {\"source\",\"error\"}); the batch goes on.",
                "Exit status: 0 every page parsed, 1 some page failed, 2 bad usage.",
                "'tidings learn FILE... > site.json' learns a site profile (see 'tidings learn --help')."})
public final class Main implements Callable<Integer> {

    /** Output formats. */
    enum Format { text, json, jsonl, markdown, html }

    /** Input formats; {@code auto} goes by the file name, then by the content. */
    enum Input { auto, text, markdown, html, warc }

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

    @Option(names = "--format", defaultValue = "text",
            description = "text, json (one array), jsonl (one object a line), markdown or html (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--input", defaultValue = "auto",
            description = "auto, text, markdown, html or warc (default: ${DEFAULT-VALUE}).")
    Input input;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "Write one file per input below DIR, mirroring the inputs' paths, instead of standard output.")
    @Nullable Path outputDir;

    @Option(names = "--files-from", paramLabel = "LIST", description = "Also read the files listed in LIST, one a line (- : standard input).")
    @Nullable String filesFrom;

    @Option(names = "--glob", paramLabel = "PATTERN",
            description = "Files to take from directories (repeatable; matched against the name, or the path below the directory when it has a /).")
    List<String> globs = new ArrayList<>();

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Pages parsed at once (default: the processors, here ${DEFAULT-VALUE}).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--progress", negatable = true,
            description = "Show a progress bar on standard error (default: when it is a terminal and there are several inputs).")
    @Nullable Boolean progress;

    @Option(names = "--url", description = "The source URL (used for site cleaners and relative links).")
    @Nullable String url;

    @Option(names = "--language", description = "The language as a BCP 47 tag, when known.")
    @Nullable String language;

    @Option(names = "--zone", paramLabel = "ZONE",
            description = "Time zone of times stated without an offset, e.g. Europe/Berlin or +02:00.")
    @Nullable String zone;

    @Option(names = "--reference-time", paramLabel = "TIME",
            description = "When the pages were fetched (ISO 8601, e.g. 2024-05-01T12:00Z): relative dates such as '2 hours ago' are read against it. Archive records use their WARC-Date unless this is given.")
    @Nullable String referenceTime;

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "Charset of text and Markdown files that are not UTF-8 and have no byte-order mark (default: windows-1252, with a note).")
    @Nullable String encoding;

    @Option(names = "--max-input-length", paramLabel = "BYTES",
            description = "Largest input (after decompression) or archive record body (default: ${DEFAULT-VALUE}).")
    int maxInputLength = ArticleParser.DEFAULT_MAX_INPUT_LENGTH;

    @Option(names = "--keep-captions", description = "Keep picture and video captions.")
    boolean keepCaptions;

    @Option(names = "--disable-cleaner", paramLabel = "NAME", description = "Switch off a cleaner by name (repeatable).")
    List<String> disabledCleaners = new ArrayList<>();

    @Option(names = "--no-content-finder",
            description = "Keep every block the cleaners keep (for inputs that hold only the article's region).")
    boolean noContentFinder;

    @Option(names = "--explain", description = "Also report what was removed, by which cleaner and why.")
    boolean explain;

    @Option(names = "--links", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Keep the article's links in markdown, html and json output (default: on; --no-links writes their text alone).")
    boolean links;

    @Option(names = "--images", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Keep the article's images (figures) in markdown, html and json output (default: on).")
    boolean images;

    @Option(names = "--tables", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Keep the article's tables in every format (default: on; --no-tables leaves them and their text out).")
    boolean tables;

    @Option(names = "--rules", paramLabel = "FILE",
            description = "A site rules file (JSON) to apply; repeatable. A file with a mistake stops the run (status 2).")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--rules-report",
            description = "After the run, print to standard error how often each site rule fired, and which never did.")
    boolean rulesReport;

    @Parameters(arity = "0..*", paramLabel = "FILE",
            description = "Files or directories to parse; - reads standard input; .gz files are decompressed.")
    List<String> files = new ArrayList<>();

    private final PrintStream stdout;
    private final PrintStream stderr;
    private final InputStream stdin;
    private final boolean terminal;

    private Main(PrintStream stdout, PrintStream stderr, InputStream stdin, boolean terminal) {
        this.stdout = stdout;
        this.stderr = stderr;
        this.stdin = stdin;
        this.terminal = terminal;
    }

    /** Runs the command and exits with its status. */
    public static void main(String[] args) {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(System.out, err, System.in, Progress.stderrIsTerminal(), args));
    }

    /**
     * Runs the command on the given streams and returns its exit status: 0 when every page was
     * parsed, 1 when a page failed, 2 for bad usage. No progress bar unless {@code --progress}.
     */
    public static int run(PrintStream out, PrintStream err, InputStream in, String... args) {
        return run(out, err, in, false, args);
    }

    static int run(PrintStream out, PrintStream err, InputStream in, boolean terminal, String... args) {
        // "learn" is dispatched here rather than declared as a picocli subcommand, which would make
        // the parsing command's FILE parameters a subcommand's sibling for everyone.
        boolean learn = args.length > 0 && args[0].equals("learn");
        CommandLine cl = learn ? new CommandLine(new LearnCommand())
                : new CommandLine(new Main(out, err, in, terminal)).setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof UsageException) {
                cmd.getErr().println("tidings: " + ex.getMessage());
                return 2;
            }
            cmd.getErr().println("tidings: " + ex);
            return 1;
        });
        return cl.execute(learn ? java.util.Arrays.copyOfRange(args, 1, args.length) : args);
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (files.isEmpty() && filesFrom == null) {
            throw new UsageException("no input: give files, directories, - or --files-from LIST (--help for more)");
        }
        if (jobs < 1 || maxInputLength < 1) {
            throw new UsageException("--jobs and --max-input-length must be positive");
        }
        Hints hints = hints();
        Optional<Charset> charset = charset();
        ArticleParser parser = parser();
        List<Source> sources = new Sources(globs).list(files, filesFrom, stdin);

        boolean batch = sources.size() > 1 || input == Input.warc || sources.stream().anyMatch(Source::namedLikeArchive);
        boolean bar = progress != null ? progress : terminal && batch;
        Progress prog = new Progress(stderr, bar, totalBytes(sources));
        Output output = outputDir != null ? Output.directory(outputDir, format)
                : Output.stream(stdout, format, sources.size() > 1);
        Batch.Settings settings = new Batch.Settings(input, hints, referenceTime != null, charset, maxInputLength, jobs);
        boolean ok;
        try {
            ok = new Batch(settings, parser, new Records(format, explain, new Records.Parts(links, images, tables)), output, prog, stdin).run(sources);
        } finally {
            prog.finish(batch || Boolean.TRUE.equals(progress));
        }
        if (rulesReport) {
            String report = parser.ruleStats().report();
            stderr.print(report.isEmpty() ? "tidings: no site rules loaded (--rules FILE)\n" : report);
            stderr.flush();
        }
        return ok ? 0 : 1;
    }

    private Hints hints() {
        Hints.Builder hb = Hints.builder();
        try {
            if (url != null) {
                hb.url(url);
            }
            if (language != null) {
                hb.language(language);
            }
            Optional<ZoneId> z = Optional.empty();
            if (zone != null) {
                z = Optional.of(ZoneId.of(zone));
                hb.zone(z.get());
            }
            if (referenceTime != null) {
                hb.referenceTime(referenceTime(referenceTime, z.orElse(ZoneOffset.UTC)));
            }
            return hb.build();
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** An ISO 8601 instant, date-time with or without offset (then in {@code zone}), or date. */
    static ZonedDateTime referenceTime(String s, ZoneId zone) {
        try {
            return ZonedDateTime.parse(s);
        } catch (DateTimeParseException e) {
            // try the next form
        }
        try {
            return OffsetDateTime.parse(s).toZonedDateTime();
        } catch (DateTimeParseException e) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(s).atZone(zone);
        } catch (DateTimeParseException e) {
            // try the next form
        }
        try {
            return LocalDate.parse(s).atStartOfDay(zone);
        } catch (DateTimeParseException e) {
            throw new UsageException("--reference-time " + s + " is not an ISO 8601 time such as 2024-05-01T12:00Z");
        }
    }

    private Optional<Charset> charset() {
        try {
            return encoding == null ? Optional.empty() : Optional.of(Charset.forName(encoding));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--encoding " + encoding + ": no such charset");
        }
    }

    private ArticleParser parser() {
        ArticleParser.Builder b = ArticleParser.builder().maxInputLength(maxInputLength).keepCaptions(keepCaptions);
        if (noContentFinder) {
            b.noContentFinder();
        }
        disabledCleaners.forEach(b::disableCleaner);
        try {
            for (Path r : rules) {
                b.rules(r);
            }
            return b.build();
        } catch (IllegalArgumentException e) { // RulesFormatException too: file:line:column and what is wrong
            throw new UsageException(e.getMessage());
        } catch (IOException e) {
            throw new UsageException("cannot read a rules file: " + e);
        }
    }

    private static long totalBytes(List<Source> sources) {
        long total = 0;
        for (Source s : sources) {
            Path p = s.path();
            if (p == null) {
                return -1;
            }
            try {
                total += Files.size(p);
            } catch (IOException e) {
                // the page reports it
            }
        }
        return total;
    }

    /**
     * The JSON object the {@code json} and {@code jsonl} formats write for one file's article, fields
     * in their documented order; with {@code explain} also {@code removed}. Benchmarks write the same.
     */
    public static Map<String, Object> record(String source, Article a, boolean explain) {
        return Records.record(source, null, a, explain);
    }
}
