package io.github.tidings.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tidings.ArticleParser;
import io.github.tidings.InputFormat;
import io.github.tidings.model.Article;
import io.github.tidings.model.Hints;
import io.github.tidings.model.Published;
import io.github.tidings.model.Removal;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's rules file for Milli Gazete, on two pages of that site this project wrote
 * (testdata/rules/): a text dump without a URL, known by the site's signature line, and an HTML page
 * with its URL. Every kind of rule fires on one of them, and shows in {@code removed()} by name.
 */
class SiteRulesTest {
    private static final Path RULES = Path.of("testdata/rules/milligazete.json");
    private static final String URL = "https://www.milligazete.com.tr/haber/sahil-yolu-bisiklet-123";

    private static ArticleParser parser() throws IOException {
        return ArticleParser.builder().rules(RULES).build();
    }

    private static String read(String name) throws IOException {
        return Files.readString(Path.of("testdata/rules", name), StandardCharsets.UTF_8);
    }

    private static List<String> by(Article a, String rule) {
        List<String> out = new ArrayList<>();
        for (Removal r : a.removed()) {
            if (r.cleaner().equals("milligazete/" + rule)) {
                out.add(r.reason() + ": " + r.text());
            }
        }
        return out;
    }

    @Test
    void theReadmeShowsTheTestedRulesFile() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("<!-- rules: testdata/rules/milligazete.json -->\\s*```json\\n(.*?)```",
                Pattern.DOTALL).matcher(readme);
        assertThat(m.find()).as("the README's rules example").isTrue();
        assertThat(m.group(1)).isEqualTo(Files.readString(RULES, StandardCharsets.UTF_8));
    }

    @Test
    void aTextDumpWithoutUrlIsKnownByTheSignatureAndCleanedByTheLineRules() throws IOException {
        String dump = read("milligazete-dump.txt");
        Article without = ArticleParser.defaults().parse(dump);
        Article with = parser().parse(dump);

        // without rules: the menu, both headline copies, the ad slot and the local news stay
        assertThat(without.text()).contains("Anasayfa | Gündem", "Reklam Alanı 3", "Çarşı esnafından")
                .doesNotContain("Kaynak: İHA");
        assertThat(with.text()).doesNotContain("Anasayfa", "Reklam Alanı", "Çarşı esnafından", "Haberi sesli dinle",
                "Kent merkezine yeni kütüphane açılıyor")
                .startsWith("Belediye, şehir merkezindeki eski postane binasını")
                .endsWith("Kaynak: İHA");
        assertThat(with.siteName()).hasValue("Milli Gazete");
        assertThat(with.published()).hasValue(Published.parse("2024-03-14T09:30"));
        assertThat(with.authors()).containsExactly("Ayşe Yılmaz", "Mehmet Demir");

        assertThat(by(with, "menu")).containsExactly(
                "matches prefix \"Anasayfa |\": Anasayfa | Gündem | Ekonomi | Dünya | Spor | Yazarlar");
        assertThat(by(with, "ad-slot")).containsExactly("matches pattern \"Reklam Alanı *\": Reklam Alanı 3");
        assertThat(by(with, "listen")).containsExactly("matches exact \"Haberi sesli dinle\": Haberi sesli dinle");
        assertThat(by(with, "masthead")).hasSize(2).allMatch(s -> s.startsWith("above the marker prefix \"Yayınlanma:\""));
        assertThat(by(with, "local-news")).containsExactly(
                "from the marker exact \"YEREL HABERLER\" to the end: Çarşı esnafından yağmur suyu önlemi talebi",
                "from the marker exact \"YEREL HABERLER\" to the end: Sahil yolunda bisiklet şeridi çalışması başladı");
        assertThat(by(with, "agency")).containsExactly("kept: matches prefix \"Kaynak:\" (overruling "
                + "RelatedContentCleaner: image credit): Kaynak: İHA");
        assertThat(by(with, "site-name")).containsExactly(
                "site name set: fixed by the site's rules (replacing \"Milli Gazete Yayın Grubu\"): Milli Gazete");
        assertThat(by(with, "byline")).singleElement().asString().startsWith("authors set: from the line matching");
        assertThat(by(with, "date-line")).singleElement().asString().startsWith("published set: from the line");
        // the HTML-only rules find nothing in text
        assertThat(by(with, "sponsored")).isEmpty();
        assertThat(by(with, "headline")).isEmpty();
    }

    @Test
    void anHtmlPageIsKnownByItsHostAndCleanedBySelectors() throws IOException {
        String html = read("milligazete-page.html");
        Article without = ArticleParser.defaults().parseHtml(html, URL);
        Article with = parser().parseHtml(html, URL);

        assertThat(without.text()).contains("Sponsorlu içerik", "Haberi sesli dinle")
                .doesNotContain("Esnaf temsilcileri", "Dört kilometrelik şerit");
        assertThat(without.siteName()).hasValue("milligazete.com.tr");
        assertThat(with.text()).doesNotContain("Sponsorlu içerik", "Haberi sesli dinle", "bültenimize")
                .startsWith("Dört kilometrelik şerit")
                .contains("Esnaf temsilcileri")
                .endsWith("Kaynak: İHA");
        assertThat(with.siteName()).hasValue("Milli Gazete");
        assertThat(with.title()).hasValue("Sahil yolunda bisiklet şeridi çalışması başladı");
        assertThat(with.published()).hasValue(Published.parse("2024-04-02T11:15:00+03:00"));
        assertThat(with.authors()).containsExactly("Zeynep Kaya");

        assertThat(by(with, "sponsored")).singleElement().asString()
                .startsWith("inside an element matching div.reklam: Sponsorlu içerik");
        assertThat(by(with, "summary")).singleElement().asString()
                .startsWith("kept: inside an element matching p.spot (overruling HtmlContentFinder");
        assertThat(by(with, "article")).singleElement().asString()
                .startsWith("kept: inside the article root article.haber-govde (overruling HtmlContentFinder: "
                        + "outside the main content): Esnaf temsilcileri");
        assertThat(by(with, "headline")).singleElement().asString().startsWith("title set: from the element");
        assertThat(by(with, "date-element")).singleElement().asString().startsWith("published set: from the element");
        assertThat(by(with, "reporter")).singleElement().asString().startsWith("authors set: from the element");
    }

    @Test
    void rulesOfAnotherSiteDoNothing() throws IOException {
        String html = read("milligazete-page.html");
        String other = "https://news.example.org/a/1";
        assertThat(parser().parseHtml(html, other)).isEqualTo(ArticleParser.defaults().parseHtml(html, other));
        // with a known host the signature is not consulted
        String dump = read("milligazete-dump.txt");
        Hints elsewhere = Hints.ofUrl(other);
        assertThat(parser().parse(dump, elsewhere)).isEqualTo(ArticleParser.defaults().parse(dump, elsewhere));
    }

    @Test
    void ruleStatsCountFiringsOverABatchAndNameTheRulesThatNeverFired() throws Exception {
        ArticleParser p = parser();
        assertThat(p.ruleStats().neverFired()).hasSize(15);
        p.parse(read("milligazete-dump.txt"));
        List<String> afterText = p.ruleStats().neverFired();
        assertThat(afterText).containsExactly("milligazete/sponsored", "milligazete/summary", "milligazete/article",
                "milligazete/headline", "milligazete/date-element", "milligazete/reporter");
        p.parseHtml(read("milligazete-page.html"), URL);
        RuleStats stats = p.ruleStats();
        assertThat(stats.neverFired()).isEmpty();
        assertThat(stats.rule("milligazete/masthead")).hasValueSatisfying(r -> {
            assertThat(r.pages()).isEqualTo(1);
            assertThat(r.changes()).isEqualTo(2);
        });
        assertThat(stats.report()).contains("milligazete/local-news\t1\t2", "every rule fired");

        // parses on many threads are all counted
        ArticleParser shared = parser();
        String dump = read("milligazete-dump.txt");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Article>> runs = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                runs.add(pool.submit(() -> shared.parse(dump)));
            }
            for (Future<Article> f : runs) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(shared.ruleStats().rule("milligazete/menu").orElseThrow().pages()).isEqualTo(40);
        // each parser counts for itself
        assertThat(parser().ruleStats().rule("milligazete/menu").orElseThrow().pages()).isZero();
    }

    @Test
    void rulesLoadFromAReaderOrAStringAndAddUp() throws IOException {
        String other = "{\"sites\": [{\"site\": \"example\", \"hosts\": [\"example.com\"], \"rules\": ["
                + "{\"name\": \"promo\", \"remove\": {\"prefix\": \"Listen to the Example Daily\"}}]}]}";
        ArticleParser p = ArticleParser.builder()
                .rules(new StringReader(Files.readString(RULES)), "mg.json")
                .rules(other)
                .build();
        assertThat(p.ruleStats().rules()).hasSize(16);
        assertThat(p.cleaners()).extracting(c -> c.name()).contains("milligazete/menu", "example/promo");
        Article a = p.parse("Council approves the new budget\n\nThe council approved the budget on Tuesday after a "
                + "long debate about schools and roads in the district.\n\nListen to the Example Daily podcast now.\n\n"
                + "The new budget takes effect in January and runs for one year.",
                Hints.ofUrl("https://www.example.com/news/1"));
        assertThat(a.text()).doesNotContain("Listen to the Example Daily");
        assertThat(a.removed()).anyMatch(r -> r.cleaner().equals("example/promo"));
    }

    @Test
    void aRuleCanBeSwitchedOffByName() throws IOException {
        ArticleParser p = ArticleParser.builder().rules(RULES).disableCleaner("milligazete/agency").build();
        assertThat(p.parse(read("milligazete-dump.txt")).text()).doesNotContain("Kaynak: İHA");
    }

    @Test
    void withoutRulesTheParserIsUnchanged() throws IOException {
        String dump = read("milligazete-dump.txt");
        ArticleParser none = ArticleParser.builder().build();
        assertThat(none.parse(dump, Hints.none())).isEqualTo(ArticleParser.defaults().parse(dump, InputFormat.TEXT,
                Hints.none()));
        assertThat(none.ruleStats().rules()).isEmpty();
        assertThat(none.ruleStats().report()).isEmpty();
    }
}
