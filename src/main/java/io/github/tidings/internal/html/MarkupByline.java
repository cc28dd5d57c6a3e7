package io.github.tidings.internal.html;

import io.github.tidings.internal.metadata.TextMetadataReader;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The byline the markup marks where no metadata names the author: {@code rel="author"}, {@code
 * itemprop="author"}, an hCard's name ({@code class="fn"}), an element
 * whose class is {@code author}, {@code byline} or {@code autor}. The first such element outside
 * the page's navigation, sidebars and footer whose text reads as a byline gives the names.
 */
final class MarkupByline {
    // ".fn" alone, not ".vcard .fn": a descendant selector climbs every element's ancestors, and
    // an hCard's fn class names nothing else
    private static final Evaluator BYLINE = QueryParser.parse(
            "[rel=author], [itemprop=author], .fn, .author, .byline, .autor");
    /** Elements looked at, at most: a byline stands once near the article's top. */
    private static final int MAX_ELEMENTS = 20;
    /** Longer text is a paragraph or a box about the author, not a byline. */
    private static final int MAX_CHARS = 80;

    private MarkupByline() {
    }

    /** The names of the first marked byline, or none. */
    static List<String> names(Document doc) {
        Element body = doc.body();
        if (body == null) {
            return List.of();
        }
        int seen = 0;
        for (Element e : body.select(BYLINE)) {
            if (++seen > MAX_ELEMENTS) {
                break;
            }
            if (inFurniture(e)) {
                continue;
            }
            Element name = e.selectFirst("[itemprop=name]");
            String text = (name != null ? name : e).text().strip();
            if (text.isEmpty() || text.length() > MAX_CHARS) {
                continue;
            }
            List<String> names = TextMetadataReader.bylineNames(text);
            if (!names.isEmpty()) {
                return names;
            }
        }
        return List.of();
    }

    /** Inside navigation, a sidebar or the footer, where other articles' bylines stand. */
    private static boolean inFurniture(Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            String tag = p.normalName();
            if (tag.equals("nav") || tag.equals("aside") || tag.equals("footer")) {
                return true;
            }
        }
        return false;
    }
}
