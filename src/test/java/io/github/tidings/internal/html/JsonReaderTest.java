package io.github.tidings.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@SuppressWarnings("unchecked")
class JsonReaderTest {
    @Test
    void readsObjectsArraysAndScalars() {
        List<Object> v = JsonReader.readAll("{\"a\": \"x\\u00e9\\n\", \"b\": [1, 2.5, true, null], \"c\": {\"d\": false}}");

        assertThat(v).hasSize(1);
        Map<?, ?> m = (Map<?, ?>) v.get(0);
        assertThat(m.get("a")).isEqualTo("x\u00e9\n");
        assertThat((List<Object>) m.get("b")).containsExactly(1.0, 2.5, true);
        assertThat(((Map<?, ?>) m.get("c")).get("d")).isEqualTo(false);
    }

    @Test
    void readsStringsWithEscapesBetweenPlainRunsAndWithTheOtherQuoteInside() {
        List<Object> v = JsonReader.readAll("{\"a\": \"one \\\"two\\\" three\\\\four\", 'b': 'it\\'s \"so\"', \"c\": \"plain\"}");
        Map<?, ?> m = (Map<?, ?>) v.get(0);
        assertThat(m.get("a")).isEqualTo("one \"two\" three\\four");
        assertThat(m.get("b")).isEqualTo("it's \"so\"");
        assertThat(m.get("c")).isEqualTo("plain");
    }

    @Test
    void toleratesCommentsTrailingCommasSingleQuotesAndWrappers() {
        List<Object> v = JsonReader.readAll("<!--\n// a comment\n{'headline': 'Hi', /* note */ \"x\": [1,],}\n-->");

        Map<?, ?> m = (Map<?, ?>) v.get(0);
        assertThat(m.get("headline")).isEqualTo("Hi");
        assertThat((List<Object>) m.get("x")).containsExactly(1.0);
    }

    @Test
    void skipsAGarbledLineAndKeepsTheRest() {
        String json = "{\n\"description\": \"He said \"no\", then left\",\n\"datePublished\": \"2018-04-18\",\n"
                + "\"author\": \"Ann Lee\"\n}";

        Map<?, ?> m = (Map<?, ?>) JsonReader.readAll(json).get(0);

        assertThat(m.get("datePublished")).isEqualTo("2018-04-18");
        assertThat(m.get("author")).isEqualTo("Ann Lee");
    }

    @Test
    void aTruncatedScriptYieldsItsFirstFields() {
        Map<?, ?> m = (Map<?, ?>) JsonReader.readAll("{\"headline\": \"Cut\", \"articleBody\": \"Some te").get(0);

        assertThat(m.get("headline")).isEqualTo("Cut");
    }

    @Test
    void deepNestingEndsTheParseWithoutOverflow() {
        String deep = "[".repeat(200_000) + "]".repeat(200_000);

        List<Object> v = JsonReader.readAll(deep);

        assertThat(v).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void readsSeveralTopLevelValues() {
        assertThat(JsonReader.readAll("{\"a\":1} {\"b\":2}")).hasSize(2);
    }
}
