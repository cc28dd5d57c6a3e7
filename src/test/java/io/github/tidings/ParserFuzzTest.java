package io.github.tidings;

import io.github.tidings.model.Article;
import io.github.tidings.model.Hints;
import io.github.tidings.model.Limits;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.function.Supplier;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;

/**
 * The documented contract under arbitrary input (issue 14): a parse returns an {@link Article} or
 * throws one of the documented exceptions (here only {@link IllegalArgumentException}, for input
 * past a {@link Limits limit}); the same input gives the same article; and the article's text is
 * made of the input's own characters (decoded, normalised), spaces, line breaks and the grapheme
 * joiner the normaliser may put into long runs of combining marks.
 *
 * <p>In a normal build ({@code mvn verify}) each test runs once per saved input under
 * {@code src/test/resources/io/github/tidings/ParserFuzzTestInputs/<test>/}: the seeds and every
 * crash fuzzing ever found. {@code JAZZER_FUZZ=1 mvn test -Dtest=ParserFuzzTest#text} fuzzes one
 * test for {@code maxDuration} (README, "Fuzzing").
 */
class ParserFuzzTest {
    /** Small limits: a fuzzer's inputs are small, and a limit's exception is part of the contract. */
    private static final ArticleParser PARSER = ArticleParser.builder().discoverCleaners(false)
            .limits(Limits.builder().maxInputChars(1 << 16).maxBlocks(1 << 12).maxElements(1 << 12).build())
            .build();

    @FuzzTest(maxDuration = "60s")
    void text(FuzzedDataProvider data) {
        String input = data.consumeRemainingAsString();
        check(input, () -> PARSER.parse(input));
    }

    @FuzzTest(maxDuration = "60s")
    void markdown(FuzzedDataProvider data) {
        String input = data.consumeRemainingAsString();
        check(input, () -> PARSER.parseMarkdown(input, Hints.none()));
    }

    @FuzzTest(maxDuration = "60s")
    void htmlString(FuzzedDataProvider data) {
        String input = data.consumeRemainingAsString();
        check(input, () -> PARSER.parseHtml(input));
    }

    @FuzzTest(maxDuration = "60s")
    void htmlBytes(FuzzedDataProvider data) {
        byte[] input = data.consumeRemainingAsBytes();
        Supplier<Article> parse = () -> PARSER.parseHtml(input, Hints.none());
        // the characters the bytes can decode to: as UTF-8, Latin-1 (every byte a character),
        // UTF-16 either way; a page's charset may be any of many, so only the first three are checked
        String decoded = new String(input, StandardCharsets.UTF_8) + new String(input, StandardCharsets.ISO_8859_1)
                + new String(input, StandardCharsets.UTF_16LE) + new String(input, StandardCharsets.UTF_16BE);
        Article a = parseOrLimit(parse);
        if (a != null) {
            assertThat(parseOrLimit(parse)).isEqualTo(a);
            if (isSingleByteOrUnicode(input)) {
                assertOnlyInputCharacters(a, decoded);
            }
        }
    }

    /** Whether the bytes declare no charset other than UTF-8 or Latin-1 could read (a guess, on the safe side). */
    private static boolean isSingleByteOrUnicode(byte[] input) {
        String ascii = new String(input, StandardCharsets.ISO_8859_1).toLowerCase(java.util.Locale.ROOT);
        return !ascii.contains("charset") && !ascii.contains("encoding");
    }

    private static void check(String input, Supplier<Article> parse) {
        Article a = parseOrLimit(parse);
        if (a == null) {
            return;
        }
        assertThat(parseOrLimit(parse)).as("the same input parsed twice").isEqualTo(a);
        assertOnlyInputCharacters(a, input);
    }

    /** The article, or null when the input is past a limit (the one documented exception). */
    private static Article parseOrLimit(Supplier<Article> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).contains("Limits");
            return null;
        }
    }

    private static void assertOnlyInputCharacters(Article a, String input) {
        String unescaped = Parser.unescapeEntities(input, false);
        String allowed = input + unescaped + Jsoup.parse(input).wholeText();
        allowed = allowed + Normalizer.normalize(allowed, Normalizer.Form.NFC)
                + Normalizer.normalize(allowed, Normalizer.Form.NFD);
        java.util.Set<Integer> ok = new java.util.HashSet<>();
        allowed.codePoints().forEach(ok::add);
        a.text().codePoints().forEach(cp -> assertThat(ok.contains(cp) || Character.isWhitespace(cp)
                || cp == '\u034F' || cp == ' ').as("U+%04X in %s", cp, a.text()).isTrue());
    }
}
