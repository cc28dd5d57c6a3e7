package io.github.tidings.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tidings.ArticleParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every class of mistake in a rules file fails at load, naming the file, line, column and the mistake. */
class RulesFormatErrorsTest {

    /** A file of one site whose rules are the given lines, one rule per line from line 3. */
    private static String site(String... rules) {
        return "{\"sites\": [{\"site\": \"example\", \"hosts\": [\"example.com\"],\n"
                + "  \"rules\": [\n" + String.join(",\n", rules) + "\n]}]}";
    }

    private static RulesFormatException fail(String json) {
        try {
            ArticleParser.builder().rules(json);
        } catch (RulesFormatException e) {
            return e;
        }
        throw new AssertionError("loaded without error: " + json);
    }

    private static void failsAt(String json, int line, int column, String problem) {
        RulesFormatException e = fail(json);
        assertThat(e.source()).isEqualTo("<string>");
        assertThat(e.problem()).contains(problem);
        assertThat(e.line()).as("line of: %s", e.getMessage()).isEqualTo(line);
        assertThat(e.column()).as("column of: %s", e.getMessage()).isEqualTo(column);
        assertThat(e.getMessage()).isEqualTo("<string>:" + line + ":" + column + ": " + e.problem());
    }

    @Test
    void malformedJson() {
        failsAt(site("{\"name\": \"a\", \"remove\": {\"exact\": \"x y\"},}"), 3, 42, "trailing comma");
        failsAt(site("{name: \"a\"}"), 3, 2, "expected a key in double quotes");
        failsAt(site("{\"name\": \"a\" \"remove\": 1}"), 3, 14, "expected ',' or '}'");
        failsAt("{\"sites\": [\n  // a comment\n]}", 2, 3, "comments are not JSON");
        failsAt("{\"sites\": [\"unterminated\n]}", 1, 25, "line break inside a string");
        failsAt("{\"sites\": []} extra", 1, 15, "unexpected text after the JSON value");
        failsAt("", 1, 1, "empty rules file");
        failsAt("{\"sites\": [", 1, 12, "unexpected end of the file");
        failsAt("[".repeat(40), 1, 33, "nested deeper than");
        failsAt("{\"sites\": [], \"sites\": []}", 1, 15, "duplicate key \"sites\"");
    }

    @Test
    void unknownKeysAreErrorsWherever() {
        failsAt("{\"site\": []}", 1, 2, "unknown key \"site\" in the rules file");
        failsAt("{\"sites\": [{\"site\": \"a\", \"host\": [\"a.com\"], \"rules\": []}]}", 1, 26,
                "unknown key \"host\" in a site");
        failsAt(site("{\"name\": \"a\", \"remvoe\": {\"exact\": \"x\"}}"), 3, 15, "unknown key \"remvoe\" in a rule");
        failsAt(site("{\"name\": \"a\", \"remove\": {\"exactly\": \"x\"}}"), 3, 26, "unknown key \"exactly\"");
        failsAt(site("{\"name\": \"a\", \"title\": {\"css\": \"h1\"}}"), 3, 25, "unknown key \"css\"");
    }

    @Test
    void wrongTypes() {
        failsAt("[]", 1, 1, "the rules file must be an object, not an array");
        failsAt("{\"sites\": {}}", 1, 11, "\"sites\" must be an array, not an object");
        failsAt(site("{\"name\": 7, \"remove\": {\"exact\": \"x\"}}"), 3, 10, "\"name\" must be a string, not a number");
        failsAt(site("{\"name\": \"a\", \"remove\": \"x\"}"), 3, 25, "must be an object, not a string");
        failsAt(site("{\"name\": \"a\", \"removeSelector\": [\"div\"]}"), 3, 33, "must be a string, not an array");
        failsAt(site("{\"name\": \"a\", \"siteName\": \"X\", \"comment\": 1}"), 3, 43, "\"comment\" must be a string");
    }

    @Test
    void incompleteOrAmbiguousRules() {
        failsAt(site("{\"remove\": {\"exact\": \"x\"}}"), 3, 1, "a rule has no \"name\"");
        failsAt(site("{\"name\": \"a\"}"), 3, 1, "rule \"example/a\" has no action");
        failsAt(site("{\"name\": \"a\", \"remove\": {\"exact\": \"x\"}, \"keep\": {\"exact\": \"y\"}}"), 3, 41,
                "has two actions, \"remove\" and \"keep\"");
        failsAt(site("{\"name\": \"a\", \"remove\": {\"exact\": \"x\", \"prefix\": \"y\"}}"), 3, 25, "exactly one of");
        failsAt(site("{\"name\": \"a\", \"remove\": {}}"), 3, 25, "exactly one of");
        failsAt(site("{\"name\": \"a\", \"title\": {\"selector\": \"h1\", \"line\": \"T: *\"}}"), 3, 24,
                "exactly one of \"selector\" (HTML) and \"line\"");
        failsAt(site("{\"name\": \"a\", \"siteName\": \"  \"}"), 3, 27, "\"siteName\" is blank");
    }

    @Test
    void duplicateNames() {
        failsAt(site("{\"name\": \"a\", \"siteName\": \"X\"}", "{\"name\": \"a\", \"siteName\": \"Y\"}"), 4, 1,
                "a second rule named \"example/a\"");
        failsAt("{\"sites\": [{\"site\": \"s\", \"signature\": \"S\", \"rules\": [{\"name\": \"a\", \"siteName\": \"X\"}]},\n"
                + "{\"site\": \"s\", \"signature\": \"T\", \"rules\": [{\"name\": \"a\", \"siteName\": \"X\"}]}]}", 2, 1,
                "a second site named \"s\"");
        failsAt(site("{\"name\": \"a b\", \"siteName\": \"X\"}"), 3, 10, "must be a word");
        String one = site("{\"name\": \"a\", \"siteName\": \"X\"}");
        assertThatThrownBy(() -> ArticleParser.builder().rules(one).rules(one))
                .isInstanceOf(RulesFormatException.class)
                .hasMessageContaining("site \"example\" is already defined in <string>");
    }

    @Test
    void sitesMustSayWhichPagesTheyCover() {
        failsAt("{\"sites\": [{\"site\": \"s\", \"rules\": [{\"name\": \"a\", \"siteName\": \"X\"}]}]}", 1, 12,
                "needs \"hosts\" or a \"signature\"");
        failsAt("{\"sites\": [{\"site\": \"s\", \"hosts\": [\"https://example.com/news\"], \"rules\": []}]}", 1, 36,
                "not a host name: \"https://example.com/news\"");
        failsAt("{\"sites\": [{\"site\": \"s\", \"hosts\": [], \"rules\": []}]}", 1, 35, "\"hosts\" is empty");
        failsAt("{\"sites\": [{\"site\": \"s\", \"hosts\": [\"a.com\"], \"rules\": []}]}", 1, 55, "is empty");
        failsAt("{\"sites\": []}", 1, 11, "\"sites\" is empty");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"name\": \"a\", \"removeSelector\": \"div[\"}|3|33|not a CSS selector jsoup can read: div[",
        "{\"name\": \"a\", \"rootSelector\": \"::\"}|3|31|not a CSS selector",
        "{\"name\": \"a\", \"authors\": {\"selector\": \"a:no-such-thing\"}}|3|39|not a CSS selector",
        "{\"name\": \"a\", \"remove\": {\"pattern\": \"* - *\"}}|3|37|has no letter or digit",
        "{\"name\": \"a\", \"remove\": {\"exact\": \"***\"}}|3|35|has no letter or digit",
        "{\"name\": \"a\", \"published\": {\"line\": \"*\"}}|3|37|has no letter or digit"})
    void valuesThatCouldNeverMatchOrNotParse(String rule, int line, int column, String problem) {
        failsAt(site(rule), line, column, problem);
    }

    @Test
    void aFileIsNamedInItsErrorsAndAMissingFileIsAnIoError(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("site.json"), "{\n  \"sites\": 3\n}\n");
        ThrowingCallable load = () -> ArticleParser.builder().rules(bad);
        assertThatThrownBy(load).isInstanceOf(RulesFormatException.class)
                .hasMessage(bad + ":2:12: \"sites\" must be an array, not a number");
        assertThatThrownBy(() -> ArticleParser.builder().rules(dir.resolve("missing.json")))
                .isInstanceOf(NoSuchFileException.class);
    }
}
