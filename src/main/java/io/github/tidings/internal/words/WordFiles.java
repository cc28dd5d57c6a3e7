package io.github.tidings.internal.words;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the word and phrase lists shipped as resources: UTF-8, one entry per line, blank lines and
 * lines starting with {@code #} skipped, entries stripped and lower-cased (root locale). Every list
 * of this library is read this way, once, into an immutable list. Internal: not part of the API.
 */
public final class WordFiles {
    private WordFiles() {
    }

    /**
     * The entries of the resource {@code name}, resolved like {@link Class#getResourceAsStream(String)}
     * against {@code anchor}, or empty when there is no such resource (a language without that list).
     *
     * @throws UncheckedIOException if the resource exists but cannot be read
     */
    public static Optional<List<String>> read(Class<?> anchor, String name) {
        InputStream in = anchor.getResourceAsStream(name);
        if (in == null) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    out.add(s.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
        return Optional.of(List.copyOf(out));
    }

    /**
     * The entries of a resource that must exist.
     *
     * @throws IllegalStateException if it is missing: the jar is broken
     */
    public static List<String> require(Class<?> anchor, String name) {
        return read(anchor, name).orElseThrow(() -> new IllegalStateException("missing resource " + name));
    }
}
