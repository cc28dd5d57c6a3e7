package io.github.tidings.example.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example job on Spark in local mode, on the archives in testdata/warc (invented pages). */
class WarcArticlesTest {
    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("tidings-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void extractsTheArticlesOfWarcAndWetRecords(@TempDir Path out) {
        Dataset<Row> articles = WarcArticles.extract(spark, Path.of("testdata", "warc").toAbsolutePath() + "/*.gz");
        List<Row> rows = articles.orderBy("url", "fetched", "text").collectAsList();

        assertThat(rows).extracting(r -> r.<String>getAs("url")).containsExactly(
                "https://gazette.example.com/news/ferry-returns", "https://gazette.example.com/news/ferry-returns",
                "https://journal.example.fr/culture/festival", "https://journal.example.fr/culture/festival",
                "https://zeitung.example.de/lokal/markt");
        assertThat(rows).allSatisfy(r -> assertThat(r.<String>getAs("error")).isNull());
        Row markt = rows.get(4);
        assertThat(markt.<String>getAs("title")).isEqualTo("Wochenmarkt zieht an den Hafen um");
        assertThat(markt.<String>getAs("fetched")).isEqualTo("2024-06-12T09:15:40Z");
        assertThat(markt.<String>getAs("published")).isEqualTo("2024-06-10T07:30:00+02:00");
        assertThat(markt.getList(markt.fieldIndex("authors"))).containsExactly("Jörg Weißmüller");
        assertThat(markt.<String>getAs("language")).isEqualTo("de");
        assertThat(markt.<String>getAs("text")).contains("Die Händler begrüßen den Umzug");
        assertThat(rows.get(2).<String>getAs("language")).isEqualTo("fr");
        assertThat(rows.get(2).<String>getAs("text")).contains("navettes depuis la gare");

        articles.write().json(out.resolve("json").toString());
        assertThat(spark.read().schema(WarcArticles.SCHEMA).json(out.resolve("json").toString()).count()).isEqualTo(5);
    }
}
