package io.github.tidings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * README's coordinates state the POM's version, which surefire passes, so that they cannot drift;
 * its Markdown example is what the parser makes of its HTML example.
 */
class ReadmeTest {

    @Test
    void markdownExampleIsTheParsersOutput() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String html = block(readme, "<!-- readme-example: html -->\n```html\n");
        String markdown = block(readme, "<!-- readme-example: markdown -->\n```markdown\n");
        String out = ArticleParser.defaults().parseHtml(html, "https://jornal.example.pt/economia/orcamento").toMarkdown();
        assertThat(out).isEqualTo(markdown);
    }

    @Test
    void provenanceExampleIsTheParsersProvenance() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String html = block(readme, "<!-- readme-example: provenance-html -->\n```html\n");
        String lines = block(readme, "<!-- readme-example: provenance -->\n```\n");
        List<String> provenance = ArticleParser.defaults()
                .parseHtml(html, "https://stadtanzeiger.example.de/politik/haushalt").provenance().stream()
                .map(Object::toString).toList();
        assertThat(provenance).contains(lines.strip().split("\n"));
    }

    private static String block(String readme, String start) {
        int from = readme.indexOf(start);
        assertThat(from).as(start).isNotNegative();
        from += start.length();
        return readme.substring(from, readme.indexOf("```\n", from));
    }

    @Test
    void coordinatesNameThePomVersion() throws IOException {
        String pomVersion = System.getProperty("tidings.pom.version");
        assertThat(pomVersion).isNotBlank();
        String readme = Files.readString(Path.of("README.md"));
        List<String> stated = new ArrayList<>();
        Matcher maven = Pattern.compile("<artifactId>tidings</artifactId>\\s*<version>([^<]+)</version>").matcher(readme);
        while (maven.find()) {
            stated.add(maven.group(1));
        }
        Matcher gradle = Pattern.compile("io\\.github\\.tidings:tidings:([^\"'\\s]+)").matcher(readme);
        while (gradle.find()) {
            stated.add(gradle.group(1));
        }
        assertThat(stated).as("versions in README").hasSizeGreaterThanOrEqualTo(2).containsOnly(pomVersion);
    }
}
