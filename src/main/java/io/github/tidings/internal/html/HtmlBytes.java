package io.github.tidings.internal.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Decodes HTML bytes the way browsers do (the WHATWG encoding sniffing rules), where jsoup's own
 * detection differs: a byte-order mark decides the charset and is not text, so a BOM and nothing
 * else is an empty page; and a {@code <meta charset>} (or XML declaration) naming UTF-16 or UTF-32,
 * found in bytes that could be read as ASCII, means UTF-8, since the declaration could not have
 * been read in the charset it names. Internal: not part of the API.
 */
public final class HtmlBytes {
    private HtmlBytes() {
    }

    /**
     * The document: charset from a BOM, else {@code charset} when given, else from {@code <meta
     * charset>}, {@code http-equiv} or an XML declaration, else UTF-8.
     */
    public static Document parse(byte[] html, Optional<Charset> charset, String baseUri) {
        int bomLength = bomLength(html);
        if (bomLength > 0) {
            // the BOM overrides any declared charset, as in browsers
            return Jsoup.parse(new String(html, bomLength, html.length - bomLength, bomCharset(html)), baseUri);
        }
        Document doc = parse(html, charset.map(Charset::name).orElse(null), baseUri);
        if (charset.isEmpty() && isWideUnicode(doc.charset())) {
            doc = parse(html, StandardCharsets.UTF_8.name(), baseUri);
        }
        return doc;
    }

    private static Document parse(byte[] html, String charsetName, String baseUri) {
        try {
            return Jsoup.parse(new ByteArrayInputStream(html), charsetName, baseUri);
        } catch (IOException e) {
            throw new UncheckedIOException("reading in-memory bytes cannot fail", e);
        }
    }

    /** The length of a UTF-8, UTF-16BE or UTF-16LE byte-order mark at the start, or 0 (WHATWG "BOM sniff"). */
    public static int bomLength(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return 3;
        }
        if (b.length >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF
                || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)) {
            return 2;
        }
        return 0;
    }

    /** The charset of the byte-order mark at the start; only when {@link #bomLength(byte[])} is positive. */
    public static Charset bomCharset(byte[] b) {
        return switch (b[0] & 0xFF) {
            case 0xEF -> StandardCharsets.UTF_8;
            case 0xFE -> StandardCharsets.UTF_16BE;
            default -> StandardCharsets.UTF_16LE;
        };
    }

    /** UTF-16 and UTF-32 in any byte order: charsets a declaration read from ASCII-like bytes cannot mean. */
    static boolean isWideUnicode(Charset cs) {
        String name = cs.name().toUpperCase(java.util.Locale.ROOT);
        return name.startsWith("UTF-16") || name.startsWith("UTF-32") || name.startsWith("X-UTF-16")
                || name.startsWith("X-UTF-32");
    }
}
