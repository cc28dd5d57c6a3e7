package io.github.tidings.html;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Word lists that judge an element by its class and id: words naming content, page furniture, or
 * regions safe to drop. The lists are data files beside this class, loaded once and immutable.
 *
 * <p>A class or id value is split into tokens at spaces, hyphens and underscores. A word of five
 * or more letters matches a token containing it ({@code comment} matches {@code commentlist}); a
 * shorter word must start the token ({@code nav} matches {@code navbar}, not {@code canvas}).
 * Content words match only a whole token or, when five or more letters long, its start, so that
 * {@code news} does not vouch for {@code newsletter}. A hyphenated word ({@code sr-only}) matches
 * anywhere in the text.
 */
final class ClassHints {
    static final ClassHints CONTENT = new ClassHints(load("content-class-hints.txt"), true);
    static final ClassHints BOILERPLATE = new ClassHints(load("boilerplate-class-hints.txt"), false);
    static final ClassHints DROP = new ClassHints(load("drop-class-hints.txt"), false);

    /** Longest class/id text examined: class soups beyond this add nothing but time. */
    private static final int MAX_LENGTH = 400;

    private final String[] words;
    private final boolean strict;

    private ClassHints(List<String> words, boolean strict) {
        this.words = words.toArray(new String[0]);
        this.strict = strict;
    }

    /** The first word of this list that the class/id text matches, or {@code null}. */
    String match(String classAndId) {
        if (classAndId.isEmpty()) {
            return null;
        }
        String s = classAndId.length() > MAX_LENGTH ? classAndId.substring(0, MAX_LENGTH) : classAndId;
        s = s.toLowerCase(Locale.ROOT);
        for (String w : words) {
            if (w.indexOf('-') >= 0 && s.contains(w)) {
                return w; // a hyphenated word is matched across the token split
            }
        }
        int n = s.length();
        int i = 0;
        while (i < n) {
            while (i < n && isSeparator(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isSeparator(s.charAt(i))) {
                i++;
            }
            if (i > start) {
                String w = matchToken(s, start, i);
                if (w != null) {
                    return w;
                }
            }
        }
        return null;
    }

    boolean matches(String classAndId) {
        return match(classAndId) != null;
    }

    private String matchToken(String s, int start, int end) {
        int len = end - start;
        for (String w : words) {
            int wl = w.length();
            if (wl > len) {
                continue;
            }
            if (strict) {
                if ((wl == len || wl >= 5) && s.startsWith(w, start)) {
                    return w;
                }
            } else if (wl < 5) {
                if (s.startsWith(w, start)) {
                    return w;
                }
            } else {
                int at = s.indexOf(w, start);
                if (at >= 0 && at + wl <= end) {
                    return w;
                }
            }
        }
        return null;
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '-' || c == '_' || c == '\t' || c == '\n' || c == ':' || c == '.' || c == '/';
    }

    private static List<String> load(String name) {
        List<String> out = new ArrayList<>();
        try (InputStream in = ClassHints.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }
}
