package io.github.tidings.internal.html;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The headline a page hands to sharing services: share and bookmark links ({@code
 * del.icio.us/post?url=...&title=...}, {@code facebook.com/sharer.php?u=...&t=...}, {@code
 * twitter.com/intent/tweet?url=...&text=...}) carry the article's address and its title in their
 * query. Old pages whose {@code <title>} names only the site, and which set their headline in a
 * plain table cell, still state it there. It is evidence only where the page also shows it
 * ({@link TitleChooser#shared}).
 */
final class ShareTitle {
    /** Links read at most: share bars sit among a page's first few hundred links. */
    private static final int MAX_LINKS = 2_000;
    private static final int MAX_VALUE = 300;

    private ShareTitle() {
    }

    /**
     * The title most share links of the page carry (the first of equals), or empty: a link counts
     * when its query names an address ({@code url}, {@code u}, {@code link}) and a title ({@code
     * title}, {@code t}, {@code text}) of two words or more.
     */
    static String of(@Nullable Element body) {
        if (body == null) {
            return "";
        }
        Map<String, Integer> counts = new HashMap<>();
        String best = "";
        int bestCount = 0;
        int seen = 0;
        for (Element a : body.getElementsByTag("a")) {
            if (++seen > MAX_LINKS) {
                break;
            }
            String title = titleOf(a.attr("href"));
            if (title == null) {
                continue;
            }
            int n = counts.merge(title, 1, Integer::sum);
            if (n > bestCount) {
                best = title;
                bestCount = n;
            }
        }
        return best;
    }

    /** The title a share link's query carries, or null when it is no share link. */
    static @Nullable String titleOf(String href) {
        int q = href.indexOf('?');
        if (q < 0 || href.length() > 4_000) {
            return null;
        }
        boolean address = false;
        String title = null;
        for (String pair : href.substring(q + 1).split("&(?:amp;)?")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String key = pair.substring(0, eq).toLowerCase(Locale.ROOT);
            switch (key) {
                case "url", "u", "link" -> address = true;
                case "title", "t", "text" -> {
                    if (title == null) {
                        title = decode(pair.substring(eq + 1));
                    }
                }
                default -> {
                }
            }
        }
        if (!address || title == null || title.length() > MAX_VALUE || TitleChooser.words(title) < 2) {
            return null;
        }
        return title;
    }

    private static @Nullable String decode(String value) {
        try {
            String v = URLDecoder.decode(value, StandardCharsets.UTF_8);
            return HtmlMetadata.clean(v);
        } catch (IllegalArgumentException e) {
            return null; // a malformed escape: not read
        }
    }
}
