package io.github.tidings.internal.text;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Resolves a Markdown link's or image's URL against the page's URL, parsed once per page. Only
 * absolute {@code http(s)} results are kept: the model holds no other. No network: parsing a URL
 * resolves nothing.
 */
final class UrlResolver {
    private final @Nullable URL base;

    /** A resolver against {@code baseUrl}; an empty or malformed one resolves only absolute URLs. */
    UrlResolver(String baseUrl) {
        URL u;
        try {
            u = baseUrl.isEmpty() ? null : new URL(baseUrl);
        } catch (MalformedURLException e) {
            u = null;
        }
        this.base = u != null && isWeb(u.toExternalForm()) ? u : null;
    }

    /** The URL resolved, if the result is an absolute http(s) URL without spaces or quotes; else null. */
    @Nullable String resolve(String address) {
        String a = address.strip();
        if (a.isEmpty()) {
            return null;
        }
        if (!isWeb(a)) {
            if (base == null || hasScheme(a)) {
                return null; // mailto:, javascript:, data: and the like are no web address
            }
            try {
                a = new URL(base, a).toExternalForm();
            } catch (MalformedURLException | IllegalArgumentException e) {
                return null;
            }
        }
        return isWeb(a) && a.chars().noneMatch(c -> c <= ' ' || c == '"' || c == '<' || c == '>') ? a : null;
    }

    private static boolean isWeb(String u) {
        String l = u.toLowerCase(Locale.ROOT);
        return l.startsWith("http://") && l.length() > 7 || l.startsWith("https://") && l.length() > 8;
    }

    /** Whether the address starts with a scheme ({@code mailto:}, {@code data:}): letters, then a colon, before any slash. */
    private static boolean hasScheme(String a) {
        for (int i = 0; i < a.length(); i++) {
            char c = a.charAt(i);
            if (c == ':') {
                return i > 0;
            }
            if (!(Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.')) {
                return false;
            }
        }
        return false;
    }
}
