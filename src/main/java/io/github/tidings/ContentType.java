package io.github.tidings;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;

/**
 * An HTTP {@code Content-Type} value as {@link ArticleParser#parse(byte[], String,
 * io.github.tidings.model.Hints)} reads it: the media type decides the input format, the {@code
 * charset} parameter the decoding. Lenient, as HTTP headers in the wild need: parameters it cannot
 * read are ignored, and a charset the JVM does not know counts as none.
 */
record ContentType(String mediaType, Optional<Charset> charset) {

    static ContentType parse(String value) {
        String[] parts = value.split(";");
        String media = parts[0].strip().toLowerCase(Locale.ROOT);
        Optional<Charset> charset = Optional.empty();
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].strip();
            int eq = p.indexOf('=');
            if (eq > 0 && p.substring(0, eq).strip().equalsIgnoreCase("charset")) {
                charset = charset(p.substring(eq + 1).strip().replace("\"", "").replace("'", ""));
            }
        }
        return new ContentType(media, charset);
    }

    private static Optional<Charset> charset(String name) {
        try {
            return name.isEmpty() ? Optional.empty() : Optional.of(Charset.forName(name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    /**
     * The format the media type names: HTML for {@code text/html} and XHTML, Markdown for {@code
     * text/markdown} and {@code text/x-markdown}, text for other {@code text/*} types; empty for a
     * blank media type (the caller detects it).
     *
     * @throws IllegalArgumentException for a media type that is not text
     */
    Optional<InputFormat> format() {
        if (mediaType.isEmpty()) {
            return Optional.empty();
        }
        return switch (mediaType) {
            case "text/html", "application/xhtml+xml" -> Optional.of(InputFormat.HTML);
            case "text/markdown", "text/x-markdown" -> Optional.of(InputFormat.MARKDOWN);
            default -> {
                if (mediaType.startsWith("text/")) {
                    yield Optional.of(InputFormat.TEXT);
                }
                throw new IllegalArgumentException("content type " + mediaType
                        + " is not text, Markdown or HTML");
            }
        };
    }
}
