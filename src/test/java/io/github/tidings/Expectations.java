package io.github.tidings;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tidings.model.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.SoftAssertions;

/**
 * The checks of the {@code testdata} fixtures' {@code .expected.json} files, shared by the article
 * and dump fixtures: {@code title}, {@code titleIgnoringCase}, {@code published},
 * {@code publishedDay}, {@code siteName}, {@code language}, {@code authors}, {@code textStartsWith},
 * {@code textEndsWith}, {@code textContains} and {@code textExcludes}, each checked where present;
 * every removal must name its cleaner and a reason.
 */
final class Expectations {
    private Expectations() {
    }

    static void check(JsonNode exp, Article a) {
        SoftAssertions soft = new SoftAssertions();
        checkOptional(soft, exp, "title", a.title().orElse(null));
        if (exp.has("titleIgnoringCase")) {
            soft.assertThat(a.title().orElse("").toLowerCase(Locale.ROOT)).as("title ignoring case")
                    .isEqualTo(exp.get("titleIgnoringCase").asText().toLowerCase(Locale.ROOT));
        }
        checkOptional(soft, exp, "published", a.published().map(Object::toString).orElse(null));
        if (exp.has("publishedDay")) {
            soft.assertThat(a.published().map(p -> p.toString().substring(0, Math.min(10, p.toString().length())))
                    .orElse(null)).as("published day").isEqualTo(exp.get("publishedDay").asText());
        }
        checkOptional(soft, exp, "siteName", a.siteName().orElse(null));
        checkOptional(soft, exp, "language", a.language().orElse(null));
        if (exp.has("authors")) {
            List<String> authors = new ArrayList<>();
            exp.get("authors").forEach(n -> authors.add(n.asText()));
            soft.assertThat(a.authors()).as("authors").isEqualTo(authors);
        }
        String text = a.text();
        if (exp.has("textStartsWith")) {
            soft.assertThat(text).as("text start").startsWith(exp.get("textStartsWith").asText());
        }
        if (exp.has("textEndsWith")) {
            soft.assertThat(text).as("text end").endsWith(exp.get("textEndsWith").asText());
        }
        exp.path("textContains").forEach(n -> soft.assertThat(text).as("text").contains(n.asText()));
        exp.path("textExcludes").forEach(n -> soft.assertThat(text).as("text").doesNotContain(n.asText()));
        a.removed().forEach(r -> soft.assertThat(r.cleaner()).as("removal of " + r.text()).isNotBlank());
        a.removed().forEach(r -> soft.assertThat(r.reason()).as("removal of " + r.text()).isNotBlank());
        soft.assertAll();
    }

    static void checkOptional(SoftAssertions soft, JsonNode exp, String key, String actual) {
        if (exp.has(key)) {
            JsonNode v = exp.get(key);
            soft.assertThat(actual).as(key).isEqualTo(v.isNull() ? null : v.asText());
        }
    }
}
