/**
 * tidings: turns scraped news-article text, Markdown or HTML into an immutable article.
 *
 * <p>Exports the API only: {@link io.github.tidings} (the parser), {@link io.github.tidings.model}
 * (the values going in and out), {@link io.github.tidings.clean} (the cleaner SPI) and
 * {@link io.github.tidings.rules} (site rules files: their format, errors and statistics). The internals
 * ({@code io.github.tidings.internal.*}) and the command-line tool ({@code io.github.tidings.cli})
 * are not exported.
 *
 * <p>jsoup is required transitively because {@code ArticleParser.parse(org.jsoup.nodes.Document)}
 * is API: a module that reads this one can then name jsoup's types without requiring it itself.
 * Cleaners are found with {@link java.util.ServiceLoader}: another module {@code provides
 * io.github.tidings.clean.Cleaner with ...}; the built-in cleaners are not provided as a service,
 * because they always run (and would then run twice).
 *
 * @uses io.github.tidings.clean.Cleaner
 */
module io.github.tidings {
    requires transitive org.jsoup;

    // The nullness annotations: needed to compile this module, not to run it, and not to compile
    // a consumer (static, not transitive: a consumer's javac would otherwise demand the module).
    requires static org.jspecify;
    // The command-line tool's libraries: optional Maven dependencies, needed only to run
    // io.github.tidings.cli, which library users never load.
    requires static info.picocli;
    requires static com.fasterxml.jackson.databind;

    exports io.github.tidings;
    exports io.github.tidings.model;
    exports io.github.tidings.clean;
    exports io.github.tidings.rules;

    // picocli sets the command's annotated fields reflectively.
    opens io.github.tidings.cli to info.picocli;

    uses io.github.tidings.clean.Cleaner;
}
