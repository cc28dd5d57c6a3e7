package io.github.tidings.internal.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Repairs a page whose {@code <title>} is never closed. A title's text runs to its end tag, so
 * without one the parser reads the rest of the page as the title and the body is empty; old and
 * truncated pages in archives have such titles, and the browsers they were made for showed the
 * page. When the title holds what must be the page (long, with markup in it) and the body holds
 * nothing, the title is cut at its first line break and the rest read again as the page.
 */
final class UnclosedTitle {
    /** Longer than any real title: what a title of this size holds is the page. */
    static final int MAX_TITLE_CHARS = 2000;

    private static final org.jsoup.select.Evaluator TITLE = org.jsoup.select.QueryParser.parse("title");

    private UnclosedTitle() {
    }

    /** The document itself, or a new one read from it with the title closed. The argument is never changed. */
    static Document repaired(Document doc) {
        Element head = doc.head();
        Element title = head == null ? null : head.selectFirst(TITLE);
        if (title == null || title.childNodeSize() != 1 || !(title.childNode(0) instanceof TextNode t)) {
            return doc;
        }
        String raw = t.getWholeText();
        if (raw.length() <= MAX_TITLE_CHARS || raw.indexOf('<') < 0 || doc.body() == null
                || !doc.body().text().isBlank()) {
            return doc;
        }
        String s = raw.stripLeading();
        int cut = s.indexOf('\n');
        int tag = s.indexOf('<');
        if (cut < 0 || tag >= 0 && tag < cut) {
            cut = tag;
        }
        if (cut <= 0) {
            return doc;
        }
        String html = "<html><head><title>" + org.jsoup.nodes.Entities.escape(s.substring(0, cut)) + "</title>"
                + s.substring(cut);
        return Jsoup.parse(html, doc.location());
    }
}
