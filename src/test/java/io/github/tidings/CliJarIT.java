package io.github.tidings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded command-line jar as users run it ({@code java -jar target/tidings-cli.jar}), checked
 * after {@code package} by failsafe: its manifest comes from the shade transformer alone, every
 * dependency's module-info is dropped so it runs on the class path, and the licence files of the
 * packed libraries are kept.
 */
class CliJarIT {
    private static final Path JAR = Path.of("target", "tidings-cli.jar");

    @TempDir
    Path work;

    @Test
    void runsWithJavaDashJarAndReportsThePomVersion() throws Exception {
        assertThat(run("--version").strip()).isEqualTo("tidings " + System.getProperty("tidings.pom.version"));
        String line = run("--format", "jsonl", Path.of("testdata", "articles", "01-en-seed-shape.txt").toString());
        assertThat(line).contains("\"title\":\"Floods close coastal highway as storm moves inland\"");
    }

    @Test
    void readsWebArchivesWithTheShadedJwarc() throws Exception {
        String lines = run("--format", "jsonl", Path.of("testdata", "warc", "news.warc.gz").toString(),
                Path.of("testdata", "warc", "news.warc.wet.gz").toString());
        assertThat(lines).contains("\"url\":\"https://zeitung.example.de/lokal/markt\",\"fetched\":\"2024-06-12T09:15:40Z\","
                + "\"title\":\"Wochenmarkt zieht an den Hafen um\"")
                .contains("\"url\":\"https://journal.example.fr/culture/festival\"")
                .contains("tidings: 5 pages, 0 errors, 2 records skipped");
    }

    @Test
    void isAClassPathJarThatKeepsEveryLicence() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class")).isEqualTo("io.github.tidings.cli.Main");
            assertThat(jar.stream().map(e -> e.getName()).filter(n -> n.endsWith("module-info.class")).toList()).isEmpty();
            String licence = new String(jar.getInputStream(jar.getEntry("META-INF/LICENSE")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(licence).as("jsoup's MIT licence and Jackson's Apache licence, both")
                    .contains("Permission is hereby granted, free of charge").contains("Apache License");
        }
    }

    private String run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = work.resolve("out-" + System.nanoTime());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String text = Files.readString(out);
        assertThat(p.exitValue()).as(text).isZero();
        return text;
    }
}
