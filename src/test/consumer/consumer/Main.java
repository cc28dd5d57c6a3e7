package consumer;

import io.github.tidings.ArticleParser;
import io.github.tidings.model.Article;
import io.github.tidings.model.Hints;
import io.github.tidings.model.Removal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;

/**
 * README's example as a user writes it: one parser built once, a text article and an HTML page
 * (the latter through jsoup's own Document, API because jsoup is required transitively).
 */
public final class Main {
    public static void main(String[] args) throws Exception {
        String scrapedText = Files.readString(Path.of(args[0]));
        ArticleParser parser = ArticleParser.defaults();
        Article article = parser.parse(scrapedText, Hints.ofUrl("https://news.example.com/news/1"));
        System.out.println("title: " + article.title().orElse("?"));
        System.out.println("published: " + article.published().map(Object::toString).orElse("?"));
        for (Removal r : article.removed()) {
            System.out.println("removed by " + r.cleaner());
        }
        Article html = parser.parse(Jsoup.parse("<html><head><title>A page</title></head><body><article>"
                + "<h1>A page</h1><p>" + "The body of the page says a good deal about nothing. ".repeat(5)
                + "</p></article></body></html>", "https://example.com/a"));
        System.out.println("html title: " + html.title().orElse("?"));
    }
}
