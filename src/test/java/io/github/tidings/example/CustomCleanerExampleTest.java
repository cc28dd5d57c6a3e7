package io.github.tidings.example;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tidings.ArticleParser;
import io.github.tidings.model.Article;
import io.github.tidings.model.Hints;
import io.github.tidings.model.Removal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The custom-cleaner example of README.md, registered on the builder and discovered with ServiceLoader. */
class CustomCleanerExampleTest {

    static final String PAGE = String.join("\n",
            "Harbour bridge to close for repairs",
            "",
            "The harbour bridge will close for three weeks from Monday while engineers replace its expansion joints, "
                    + "the city council said on Tuesday.",
            "",
            "Buses will run every ten minutes between the two shores, and the ferry will add evening sailings.",
            "",
            "Listen to The Example Daily, our morning news podcast.",
            "",
            "Subscribe on your favourite app.");

    static final Hints FROM_EXAMPLE = Hints.ofUrl("https://news.example.com/city/bridge");

    @Test
    void registeredOnTheBuilder() {
        ArticleParser parser = ArticleParser.builder().discoverCleaners(false).addCleaner(new PodcastPromoCleaner())
                .build();
        Article article = parser.parse(PAGE, FROM_EXAMPLE);

        assertThat(article.text()).contains("Buses will run every ten minutes").doesNotContain("Listen to",
                "Subscribe");
        assertThat(article.removed()).contains(Removal.of("Listen to The Example Daily, our morning news podcast.",
                "PodcastPromoCleaner", "podcast promotion and what follows"));
    }

    @Test
    void discoveredWithServiceLoader() {
        // src/test/resources/META-INF/services/io.github.tidings.clean.Cleaner lists the class.
        ArticleParser parser = ArticleParser.builder().build();
        assertThat(parser.cleaners()).extracting(c -> c.name()).contains("PodcastPromoCleaner");

        Article article = parser.parse(PAGE, FROM_EXAMPLE);
        assertThat(article.text()).doesNotContain("Listen to The Example Daily");
        assertThat(article.removed()).extracting(Removal::cleaner).contains("PodcastPromoCleaner");
    }

    @Test
    void scopedToItsHost() {
        ArticleParser parser = ArticleParser.builder().build();
        Article elsewhere = parser.parse(PAGE, Hints.ofUrl("https://other.example.org/bridge"));
        assertThat(elsewhere.removed()).extracting(Removal::cleaner).doesNotContain("PodcastPromoCleaner");
        Article unknownHost = parser.parse(PAGE);
        assertThat(unknownHost.removed()).extracting(Removal::cleaner).doesNotContain("PodcastPromoCleaner");
    }

    @Test
    void switchedOffByName() {
        ArticleParser parser = ArticleParser.builder().disableCleaner("PodcastPromoCleaner").build();
        assertThat(parser.cleaners()).extracting(c -> c.name()).doesNotContain("PodcastPromoCleaner");
    }

    @Test
    void readmeShowsThisExactExample() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String source = Files.readString(Path.of("src/test/java/io/github/tidings/example/PodcastPromoCleaner.java"));
        String body = source.substring(source.indexOf("public final class"));
        assertThat(readme).contains(body.strip());
    }
}
