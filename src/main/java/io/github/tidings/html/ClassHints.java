package io.github.tidings.html;

import io.github.tidings.text.WordFiles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
    static final ClassHints CAPTION = new ClassHints(load("caption-class-hints.txt"), false);
    static final ClassHints FURNITURE = new ClassHints(load("furniture-class-hints.txt"), false);
    static final ClassHints FURNITURE_WEAK = new ClassHints(load("furniture-weak-class-hints.txt"), false);

    /** Longest class/id text examined: class soups beyond this add nothing but time. */
    private static final int MAX_LENGTH = 400;

    private final String[] words;
    private final boolean strict;
    /** Words by their first two characters, so a token is checked against only the words that can start at each position. */
    private final String[][] byPair;
    private final String[] hyphenated;

    private ClassHints(List<String> words, boolean strict) {
        this.words = words.toArray(new String[0]);
        this.strict = strict;
        Map<Integer, List<String>> m = new HashMap<>();
        List<String> hy = new ArrayList<>();
        for (String w : words) {
            if (w.indexOf('-') >= 0) {
                hy.add(w);
            } else if (w.length() >= 2 && pair(w, 0) >= 0) {
                m.computeIfAbsent(pair(w, 0), k -> new ArrayList<>()).add(w);
            }
        }
        this.byPair = new String[PAIRS][];
        m.forEach((k, v) -> byPair[k] = v.toArray(new String[0]));
        this.hyphenated = hy.toArray(new String[0]);
    }

    private static final int PAIRS = 37 * 37;

    /** The index of two characters among a-z0-9 and others, or -1 when one is outside. */
    private static int pair(String s, int i) {
        int a = code(s.charAt(i));
        int b = code(s.charAt(i + 1));
        return a < 0 || b < 0 ? -1 : a * 37 + b;
    }

    private static int code(char c) {
        return c >= 'a' && c <= 'z' ? c - 'a' : c >= '0' && c <= '9' ? 26 + c - '0' : -1;
    }

    /** The first word of this list that the class/id text matches, or {@code null}. */
    String match(String classAndId) {
        if (classAndId.isEmpty()) {
            return null;
        }
        String s = classAndId.length() > MAX_LENGTH ? classAndId.substring(0, MAX_LENGTH) : classAndId;
        s = lower(s);
        if (s.indexOf('-') >= 0) {
            for (String w : hyphenated) {
                if (s.contains(w)) {
                    return w; // a hyphenated word is matched across the token split
                }
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
        // Only the token's start can match a strict or short word; long loose words may match anywhere.
        for (int i = start; i + 1 < end; i++) {
            int p = pair(s, i);
            String[] cands = p < 0 ? null : byPair[p];
            if (cands == null) {
                continue;
            }
            for (String w : cands) {
                int wl = w.length();
                if (i + wl > end || !s.startsWith(w, i)) {
                    continue;
                }
                if (i == start) {
                    if (!strict || wl == len || wl >= 5) {
                        return w;
                    }
                } else if (!strict && wl >= 5) {
                    return w;
                }
            }
        }
        return null;
    }

    /** Lower case without allocating when the text already is (as class names mostly are). */
    private static String lower(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z' || c > 127) {
                return s.toLowerCase(Locale.ROOT);
            }
        }
        return s;
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '-' || c == '_' || c == '\t' || c == '\n' || c == ':' || c == '.' || c == '/';
    }

    private static List<String> load(String name) {
        return WordFiles.require(ClassHints.class, name);
    }
}
