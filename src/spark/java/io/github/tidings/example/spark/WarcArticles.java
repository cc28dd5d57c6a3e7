package io.github.tidings.example.spark;

import io.github.tidings.ArticleParser;
import io.github.tidings.model.Article;
import io.github.tidings.model.Hints;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * An example Spark job: the articles of WARC and WET files (HTML responses with status 200, WET
 * conversions), one row each, written as JSON or Parquet. Each task streams its archive record by
 * record with jwarc and hands each body to {@link ArticleParser#parse(byte[], String, Hints)} with
 * the record's URI and date as hints; one parser serves each executor JVM.
 *
 * <pre>{@code
 * spark-submit --class io.github.tidings.example.spark.WarcArticles --jars tidings.jar,jsoup.jar,jwarc.jar \
 *     job.jar 's3://bucket/crawl/*.warc.gz' s3://bucket/articles parquet
 * }</pre>
 */
public final class WarcArticles {
    /** The columns: the Article's fields, the record's URI and date, and an error for a record that failed. */
    public static final StructType SCHEMA = new StructType()
            .add("url", DataTypes.StringType)
            .add("fetched", DataTypes.StringType)
            .add("title", DataTypes.StringType)
            .add("published", DataTypes.StringType)
            .add("authors", DataTypes.createArrayType(DataTypes.StringType))
            .add("siteName", DataTypes.StringType)
            .add("section", DataTypes.StringType)
            .add("language", DataTypes.StringType)
            .add("wordCount", DataTypes.IntegerType)
            .add("text", DataTypes.StringType)
            .add("error", DataTypes.StringType);

    private static final int MAX_BODY = ArticleParser.DEFAULT_MAX_INPUT_LENGTH;

    private WarcArticles() {
    }

    /** One parser per executor JVM: built on first use there, thread-safe, shared by its tasks. */
    private static final class Parser {
        static final ArticleParser INSTANCE = ArticleParser.defaults();
    }

    /** Arguments: the input files (a Hadoop path or glob), the output directory, and json or parquet. */
    public static void main(String[] args) {
        SparkSession spark = SparkSession.builder().appName("tidings WARC articles").getOrCreate();
        Dataset<Row> articles = extract(spark, args[0]);
        if (args.length > 2 && args[2].equals("parquet")) {
            articles.write().parquet(args[1]);
        } else {
            articles.write().json(args[1]);
        }
        spark.stop();
    }

    /** The articles of the archives at {@code input}, one row per page record. */
    public static Dataset<Row> extract(SparkSession spark, String input) {
        JavaRDD<PortableDataStream> files = JavaSparkContext.fromSparkContext(spark.sparkContext())
                .binaryFiles(input).values();
        JavaRDD<Row> rows = files.flatMap(file -> {
            try (InputStream in = file.open()) {
                return rows(in).iterator();
            }
        });
        return spark.createDataFrame(rows, SCHEMA);
    }

    /** The rows of one archive, read as a stream. */
    static List<Row> rows(InputStream archive) throws IOException {
        List<Row> out = new ArrayList<>();
        try (WarcReader reader = new WarcReader(archive)) {
            reader.onWarning(w -> { });
            for (Optional<WarcRecord> next = reader.next(); next.isPresent(); next = reader.next()) {
                WarcRecord r = next.get();
                if (r instanceof WarcResponse response) {
                    HttpResponse http = response.http();
                    String type = http.headers().first("Content-Type").orElse("");
                    if (http.status() == 200 && type.toLowerCase(java.util.Locale.ROOT).startsWith("text/html")) {
                        out.add(row(response.target(), response.date(), type, http.bodyDecoded().stream()));
                    }
                } else if (r instanceof WarcConversion conversion) {
                    out.add(row(conversion.target(), conversion.date(),
                            conversion.headers().first("Content-Type").orElse("text/plain"), conversion.body().stream()));
                }
            }
        }
        return out;
    }

    private static Row row(String uri, java.time.Instant date, String contentType, InputStream body) {
        try {
            byte[] bytes = body.readNBytes(MAX_BODY + 1);
            Hints hints = Hints.builder().url(uri).referenceTime(date.atZone(ZoneOffset.UTC)).build();
            Article a = Parser.INSTANCE.parse(bytes, contentType, hints);
            return RowFactory.create(uri, date.toString(), a.title().orElse(null),
                    a.published().map(Object::toString).orElse(null), a.authors().toArray(new String[0]),
                    a.siteName().orElse(null), a.section().orElse(null), a.language().orElse(null), a.wordCount(),
                    a.text(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            // a page past the limits or of a type that is not text: a row that says so, the job goes on
            return RowFactory.create(uri, date.toString(), null, null, new String[0], null, null, null, 0, null,
                    e.toString());
        }
    }
}
