package io.github.tidings.internal.text;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Resolves link targets and image sources against a page's URL, parsed once per page (jsoup's
 * {@code absUrl} parses the base again for every call), as browsers resolve them. Only absolute
 * {@code http(s)} results are kept: the model holds no other. The one resolver of the HTML and
 * Markdown readers. No network: parsing a URL resolves nothing. Internal: not part of the API.
 */
public final class UrlResolver {
    private final @Nullable URL base;

    /** A resolver against {@code baseUrl}; an empty or malformed one resolves only absolute addresses. */
    public UrlResolver(String baseUrl) {
        URL u;
        try {
            u = baseUrl.isEmpty() ? null : new URL(baseUrl);
        } catch (MalformedURLException e) {
            u = null; // relative addresses then resolve to nothing
        }
        this.base = u;
    }

    /** The address resolved, if the result is an absolute http(s) URL; else null. */
    public @Nullable String resolve(String address) {
        String a = address.strip();
        if (a.regionMatches(true, 0, "http://", 0, 7) || a.regionMatches(true, 0, "https://", 0, 8)) {
            return webUrl(a);
        }
        if (base == null || a.isEmpty() || a.regionMatches(true, 0, "data:", 0, 5)) {
            return null;
        }
        try {
            // as jsoup does: a bare query keeps the base's path (java.net.URL would drop it)
            String rel = a.startsWith("?") ? base.getPath() + a : a;
            return webUrl(aboveRoot(new URL(base, rel).toExternalForm()));
        } catch (MalformedURLException | IllegalArgumentException e) {
            return null;
        }
    }

    /** The URL without {@code /../} steps above its root, which browsers drop. */
    static String aboveRoot(String url) {
        int host = url.indexOf("://");
        int path = host < 0 ? -1 : url.indexOf('/', host + 3);
        if (path < 0) {
            return url;
        }
        int p = path;
        while (url.startsWith("/../", p)) {
            p += 3;
        }
        return p == path ? url : url.substring(0, path) + url.substring(p);
    }

    /**
     * The URL if it is an absolute {@code http(s)} one, its spaces escaped; null when it is not,
     * or holds control characters, quotes or angle brackets.
     */
    public static @Nullable String webUrl(String u) {
        String l = u.toLowerCase(Locale.ROOT);
        if (!(l.startsWith("http://") || l.startsWith("https://"))) {
            return null;
        }
        String s = u.strip().replace(" ", "%20");
        return s.chars().anyMatch(c -> c < ' ' || c == '"' || c == '<' || c == '>') || s.length() <= 8 ? null : s;
    }
}
