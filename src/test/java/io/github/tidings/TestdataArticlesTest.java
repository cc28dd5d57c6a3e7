package io.github.tidings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.tidings.model.Article;
import io.github.tidings.model.Hints;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every article in {@code testdata/articles/}: each input file ({@code .txt}, {@code .md} or
 * {@code .html}) has a {@code <name>.expected.json} beside it. A key present in the expectation is
 * checked ({@code null} means the field must be absent); a key left out is not checked.
 */
class TestdataArticlesTest {
    static final Path DIR = Path.of("testdata", "articles");
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(p -> !p.getFileName().toString().endsWith(".expected.json")).sorted().toList().stream();
        }
    }

    static Article parse(ArticleParser parser, Path input, JsonNode expected) throws IOException {
        String name = input.getFileName().toString();
        Hints.Builder hints = Hints.builder();
        if (expected.hasNonNull("url")) {
            hints.url(expected.get("url").asText());
        }
        String text = Files.readString(input, StandardCharsets.UTF_8);
        InputFormat format = name.endsWith(".html") ? InputFormat.HTML
                : name.endsWith(".md") ? InputFormat.MARKDOWN : InputFormat.TEXT;
        return parser.parse(text, format, hints.build());
    }

    static JsonNode expectation(Path input) throws IOException {
        String name = input.getFileName().toString();
        Path exp = input.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".expected.json");
        return JSON.readTree(exp.toFile());
    }

    @Test
    void thereAreEnoughCasesInEnoughLanguages() throws IOException {
        List<Path> all = cases().toList();
        assertThat(all).hasSizeGreaterThanOrEqualTo(12);
        long languages = all.stream().map(p -> {
            try {
                return expectation(p).path("language").asText();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).distinct().count();
        assertThat(languages).isGreaterThanOrEqualTo(6);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void parsesAsExpected(Path input) throws IOException {
        JsonNode exp = expectation(input);
        Article a = parse(ArticleParser.defaults(), input, exp);
        Expectations.check(exp, a);
    }

    @Test
    void eightThreadsSharingOneParserGetTheSameResultsAsOne() throws Exception {
        ArticleParser parser = ArticleParser.defaults();
        Map<Path, Article> sequential = new TreeMap<>();
        List<Path> inputs = cases().toList();
        for (Path p : inputs) {
            sequential.put(p, parse(parser, p, expectation(p)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Map.Entry<Path, Article>>> futures = new ArrayList<>();
            for (int round = 0; round < 20; round++) {
                for (Path p : inputs) {
                    futures.add(pool.submit(() -> Map.entry(p, parse(parser, p, expectation(p)))));
                }
            }
            for (Future<Map.Entry<Path, Article>> f : futures) {
                Map.Entry<Path, Article> e = f.get();
                assertThat(e.getValue()).as(e.getKey().toString()).isEqualTo(sequential.get(e.getKey()));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
