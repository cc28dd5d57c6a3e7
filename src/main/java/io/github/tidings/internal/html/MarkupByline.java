package io.github.tidings.internal.html;

import io.github.tidings.internal.metadata.TextMetadataReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

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
    /** The class words of {@link #BYLINE}. */
    static final List<String> CLASS_WORDS = List.of("fn", "author", "byline", "autor");
    /** Elements looked at, at most: a byline stands once near the article's top. */
    static final int MAX_ELEMENTS = 20;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Longer text is a paragraph or a box about the author, not a byline. */
    private static final int MAX_CHARS = 80;

    private MarkupByline() {
    }

    /** The names of the first marked byline, or none. */
    static List<String> names(Document doc) {
        return names(doc, null);
    }

    /**
     * The names of the first marked byline, or none.
     *
     * @param marks the body's first {@link #MAX_ELEMENTS} byline marks in document order, as the
     *     block walk found them ({@link BlockCollector#bylineMarks}); null to look for them here
     */
    static List<String> names(Document doc, @Nullable List<Element> marks) {
        Element body = doc.body();
        if (body == null) {
            return List.of();
        }
        int seen = 0;
        for (Element e : marks != null ? marks : body.select(BYLINE)) {
            if (++seen > MAX_ELEMENTS) {
                break;
            }
            if (inFurniture(e)) {
                continue;
            }
            String handle = handle(e);
            if (handle != null) {
                return List.of(handle);
            }
            Element name = e.selectFirst("[itemprop=name]");
            Element from = name != null ? name : e;
            if (from.text().length() > MAX_CHARS) {
                continue;
            }
            // Line by line: a byline often has its date on a line of its own ("by Jane Doe<br>Monday,
            // 18 November"), which text() would run into the name.
            for (String line : lines(from)) {
                List<String> names = TextMetadataReader.bylineNames(line);
                if (!names.isEmpty()) {
                    return names;
                }
            }
        }
        return List.of();
    }

    /** Whether the element marks a byline: what the selector scan of the body finds. */
    static boolean marks(Element e) {
        return BYLINE.matches(e, e); // attribute and class tests: the root plays no part
    }

    /**
     * Adds the byline marks at and below {@code e} to {@code out} in document order, until it holds
     * {@link #MAX_ELEMENTS}: for a subtree the block walk skips. Without recursion, as the walk.
     */
    static void addMarks(Element e, List<Element> out) {
        Node node = e;
        while (node != null && out.size() < MAX_ELEMENTS) {
            if (node instanceof Element el && el.attributesSize() > 0 && marks(el)) {
                out.add(el);
            }
            node = BlockCollector.following(node, e);
        }
    }

    /**
     * Whether the text holds one of {@link #CLASS_WORDS} in any case, as {@link String#regionMatches(boolean,
     * int, String, int, int)} compares (jsoup's class test does): an element whose class text holds
     * none has no byline class.
     */
    static boolean holdsClassWord(String text) {
        for (int i = 0; i + 1 < text.length(); i++) {
            // only an ASCII letter matches f, a or b, or n, u or y, ignoring case (no other
            // character folds to one), so most places need no comparison: the words' first two
            // letters are fn, au and by
            int c = text.charAt(i) | 0x20;
            int d = text.charAt(i + 1) | 0x20;
            if (!(c == 'f' && d == 'n' || c == 'a' && d == 'u' || c == 'b' && d == 'y')) {
                continue;
            }
            for (String w : CLASS_WORDS) {
                if (text.regionMatches(true, i, w, 0, w.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** What marks the author's name itself: a link to the author's page, an hCard name, a name property. */
    private static final Evaluator NAME_MARK = QueryParser.parse("[rel=author], .fn, [itemprop=name]");
    /** One word of letters and digits, as blogs and forums show their authors' user names ("jdoe", "HansG", "k.berg"). */
    private static final Pattern HANDLE = Pattern.compile("\\p{L}[\\p{L}\\p{N}._-]{1,29}");
    /** Words such a mark holds that name a role or an account, not a person. */
    private static final java.util.Set<String> NOT_HANDLES = java.util.Set.of("admin", "administrator", "webmaster",
            "author", "autor", "auteur", "autora", "autore", "editor", "redaktion", "redaccion", "redacción",
            "rédaction", "redakcja", "redação", "staff", "team", "user", "guest", "gast", "anonymous", "anonym",
            "anonimo", "anónimo", "anonyme", "root", "profile", "profil", "perfil");

    /**
     * The one word the element's name mark holds ({@code <a rel="author">jdoe</a>}, an hCard's
     * {@code fn}), or null: the markup says the word is the author's name, and blog and forum
     * authors are mostly known by their user names, which read as no person's name.
     */
    static @org.jspecify.annotations.Nullable String handle(Element e) {
        Element mark = e.is(NAME_MARK) ? e : e.selectFirst(NAME_MARK);
        if (mark == null) {
            return null;
        }
        String t = mark.text().strip();
        String lower = t.toLowerCase(java.util.Locale.ROOT);
        if (!HANDLE.matcher(t).matches() || NOT_HANDLES.contains(lower) || lower.startsWith("editor")
                || inComments(mark)) {
            return null;
        }
        return t;
    }

    /**
     * Inside the comments: there each commenter's user name is marked as an hCard too, while the
     * article's own author, if marked at all, stands above them.
     */
    private static boolean inComments(Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            String ci = (p.className() + ' ' + p.id()).toLowerCase(java.util.Locale.ROOT);
            if (ci.contains("comment") || ci.contains("respond") || ci.contains("discussion")) {
                return true;
            }
        }
        return false;
    }

    /** The element's text as the page shows it in lines: broken at {@code <br>} and at block elements. */
    static List<String> lines(Element e) {
        StringBuilder sb = new StringBuilder();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                sb.append(t.text());
            } else if (node instanceof Element el && (el.normalName().equals("br") || el.isBlock())) {
                sb.append('\n');
            }
        }, e);
        List<String> out = new ArrayList<>();
        for (String line : sb.toString().split("\n")) {
            String t = SPACES.matcher(line.strip()).replaceAll(" ");
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
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
