package io.github.tidings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles and runs a small consumer of the library (src/test/consumer: README's example and
 * README's cleaner) the two ways users build: as a module that {@code requires
 * io.github.tidings} and nothing else, and on the class path. Each is compiled with javac against
 * the compiled library and jsoup only (no JSpecify, which is compile-time only, no picocli or
 * Jackson, which are the CLI's) and run in a fresh JVM. A module consumer failed to compile before
 * module-info (jsoup's Document in parse(Document) was not readable), so this is what guards it.
 */
class ConsumerIntegrationTest {
    private static final Path SOURCES = Path.of("src", "test", "consumer");
    private static Path library;
    private static Path jsoup;

    @TempDir
    Path work;

    @BeforeAll
    static void locate() throws URISyntaxException {
        library = Path.of(ArticleParser.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        jsoup = Path.of(org.jsoup.Jsoup.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(library.resolve("module-info.class")).exists();
    }

    @Test
    void aModuleThatRequiresOnlyTidingsCompilesAndRuns() throws Exception {
        Path out = work.resolve("modular");
        String modulePath = library + java.io.File.pathSeparator + jsoup;
        compile(out, List.of("--module-path", modulePath), sources(true));
        String stdout = run(List.of("--module-path", out + java.io.File.pathSeparator + modulePath,
                "-m", "consumer/consumer.Main", input().toString()));
        assertThat(stdout).as("README example, cleaner found through provides").contains(
                "title: Floods close coastal highway as storm moves inland",
                "published: 2019-02-14T09:30",
                "removed by PodcastPromoCleaner",
                "html title: A page");
    }

    @Test
    void aClassPathConsumerCompilesAndRuns() throws Exception {
        Path out = work.resolve("classpath");
        String classPath = library + java.io.File.pathSeparator + jsoup;
        compile(out, List.of("-classpath", classPath), sources(false));
        Path services = out.resolve("META-INF/services/io.github.tidings.clean.Cleaner");
        Files.createDirectories(services.getParent());
        Files.writeString(services, "consumer.PodcastPromoCleaner\n");
        String stdout = run(List.of("-cp", out + java.io.File.pathSeparator + classPath, "consumer.Main",
                input().toString()));
        assertThat(stdout).as("README example, cleaner found through META-INF/services").contains(
                "title: Floods close coastal highway as storm moves inland",
                "published: 2019-02-14T09:30",
                "removed by PodcastPromoCleaner",
                "html title: A page");
    }

    /**
     * The command-line tool also runs as a module (README's command): picocli and Jackson are
     * optional to the module ('requires static'), so they are added by name, and picocli reaches
     * the options through the 'opens ... to info.picocli' clause.
     */
    @Test
    void theCliRunsOnTheModulePath() throws Exception {
        String modulePath = String.join(java.io.File.pathSeparator, library.toString(), jsoup.toString(),
                jarOf(picocli.CommandLine.class), jarOf(com.fasterxml.jackson.databind.ObjectMapper.class),
                jarOf(com.fasterxml.jackson.core.JsonFactory.class),
                jarOf(com.fasterxml.jackson.annotation.JsonProperty.class));
        String stdout = run(List.of("--module-path", modulePath, "--add-modules",
                "info.picocli,com.fasterxml.jackson.databind", "-m", "io.github.tidings/io.github.tidings.cli.Main",
                "--format", "jsonl", input().toString()));
        assertThat(stdout).contains("\"title\":\"Floods close coastal highway as storm moves inland\"");
    }

    private static String jarOf(Class<?> c) throws URISyntaxException {
        return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    /** A test article with README's podcast promotion at its end, for the consumer's cleaner. */
    private Path input() throws IOException {
        Path in = work.resolve("article.txt");
        if (!Files.exists(in)) {
            String article = Files.readString(Path.of("testdata", "articles", "01-en-seed-shape.txt"));
            // Before the footer, which a built-in cleaner removes with all that follows it.
            int footer = article.indexOf("BÖLGE HABERLERİ");
            assertThat(footer).isPositive();
            Files.writeString(in, article.substring(0, footer)
                    + "Listen to the Example Daily, our news podcast, every morning.\n\n" + article.substring(footer));
        }
        return in;
    }

    private static List<Path> sources(boolean withModuleInfo) throws IOException {
        try (Stream<Path> s = Files.walk(SOURCES)) {
            return s.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> withModuleInfo || !p.getFileName().toString().equals("module-info.java"))
                    .collect(Collectors.toList());
        }
    }

    /** Compiles with -Werror: the consumer's build must be as clean as ours (no missing-class notes). */
    private static void compile(Path out, List<String> pathOptions, List<Path> files) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StringWriter log = new StringWriter();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = new ArrayList<>(pathOptions);
            options.addAll(List.of("-d", out.toString(), "--release", "17", "-Xlint:all", "-Werror"));
            boolean ok = javac.getTask(log, fm, diagnostics, options, null, fm.getJavaFileObjectsFromPaths(files)).call();
            List<String> messages = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                messages.add(d.getKind() + " " + d.getMessage(Locale.ROOT));
            }
            assertThat(ok).as("consumer compiled: %s %s", messages, log).isTrue();
            assertThat(messages).as("compiler diagnostics").isEmpty();
        }
    }

    /** Runs a fresh JVM (the test's own) and returns its standard output; fails on a non-zero exit. */
    private String run(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(args);
        Path stdout = work.resolve("stdout-" + System.nanoTime());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(stdout.toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("consumer finished").isTrue();
        String text = Files.readString(stdout);
        assertThat(p.exitValue()).as("consumer exit status; output: %s", text).isZero();
        return text;
    }
}
