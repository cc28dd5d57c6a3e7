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

    private final boolean strict;
    /** Words by their first two characters, so a token is checked against only the words that can start at each position. */
    private final String[][] byPair;
    private final String[] hyphenated;

    private ClassHints(List<String> words, boolean strict) {
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

    /**
     * What every list says about one class/id text: for each list, the first of its words that the
     * text matches, or null. The lists the walk needs for every element are matched together in one
     * pass over the text, each word checked where its first two characters stand ({@link Group});
     * the others in a second pass, only when first asked for.
     */
    static final class Facts {
        static final int CONTENT_LIST = 0;
        static final int BOILERPLATE_LIST = 1;
        static final int DROP_LIST = 2;
        static final int CAPTION_LIST = 3;
        static final int FURNITURE_LIST = 4;
        static final int FURNITURE_WEAK_LIST = 5;
        private static final ClassHints[] LISTS = {CONTENT, BOILERPLATE, DROP, CAPTION, FURNITURE, FURNITURE_WEAK};
        /** The lists the walk asks about for every element with a class or id. */
        static final Group WALK = new Group(CONTENT_LIST, DROP_LIST, CAPTION_LIST);
        /** The lists asked about for a few elements only (content candidates, blocks in the content): read on demand. */
        static final Group LATE = new Group(BOILERPLATE_LIST, FURNITURE_LIST, FURNITURE_WEAK_LIST);

        final String text;
        private final String[] found = new String[LISTS.length];
        /** The text as matched (lower case, bounded); null when empty. */
        private final String matched;
        private Tokens lateTokens;

        Facts(String text) {
            this(text, new Tokens(WALK, 16), new Tokens(LATE, 16));
        }

        private Facts(String text, Tokens walkTokens, Tokens lateTokens) {
            this.text = text;
            this.matched = text.isEmpty() ? null : lower(text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text);
            this.lateTokens = lateTokens;
            if (matched != null) {
                read(WALK, matched, walkTokens);
            }
        }

        private void read(Group g, String s, Tokens tokens) {
            int open = g.lists.length; // lists still without a word; a list is done when found[list] is set
            if (s.indexOf('-') >= 0) {
                for (int l : g.lists) {
                    for (String w : LISTS[l].hyphenated) {
                        if (s.contains(w)) {
                            found[l] = w; // a hyphenated word is matched across the token split
                            open--;
                            break;
                        }
                    }
                }
            }
            int n = s.length();
            int i = 0;
            while (i < n && open > 0) {
                while (i < n && isSeparator(s.charAt(i))) {
                    i++;
                }
                int start = i;
                while (i < n && !isSeparator(s.charAt(i))) {
                    i++;
                }
                if (i > start) {
                    String[] t = tokens.of(s, start, i);
                    if (t == Tokens.NONE) {
                        continue;
                    }
                    for (int l : g.lists) {
                        if (found[l] == null && t[l] != null) {
                            found[l] = t[l];
                            open--;
                        }
                    }
                }
            }
        }

        /** The first word of list {@code list} (one of the {@code *_LIST} constants) that the text matches, or null. */
        String match(int list) {
            if (lateTokens != null && LATE.has(list)) {
                Tokens t = lateTokens;
                lateTokens = null;
                if (matched != null) {
                    read(LATE, matched, t);
                }
            }
            return found[list];
        }

        boolean matches(int list) {
            return match(list) != null;
        }
    }

    /**
     * Some of the lists, matched together in one pass: their words by their first two characters,
     * with the list each belongs to. A list's answer is the one it would give alone, since the pass
     * meets each list's words in that list's own order.
     */
    static final class Group {
        final int[] lists;
        private final String[][] pairWords = new String[PAIRS][];
        private final int[][] pairLists = new int[PAIRS][];

        private Group(int... lists) {
            this.lists = lists;
            for (int p = 0; p < PAIRS; p++) {
                List<String> ws = new ArrayList<>();
                List<Integer> ls = new ArrayList<>();
                for (int l : lists) {
                    String[] cands = Facts.LISTS[l].byPair[p];
                    if (cands != null) {
                        for (String w : cands) {
                            ws.add(w);
                            ls.add(l);
                        }
                    }
                }
                if (!ws.isEmpty()) {
                    pairWords[p] = ws.toArray(new String[0]);
                    pairLists[p] = ls.stream().mapToInt(Integer::intValue).toArray();
                }
            }
        }

        boolean has(int list) {
            for (int l : lists) {
                if (l == list) {
                    return true;
                }
            }
            return false;
        }

        /** Each of the group's lists' first word in one token, {@code s[start, end)} (by list number), or {@link Tokens#NONE}. */
        String[] token(String s, int start, int end) {
            String[] found = null;
            int len = end - start;
            // Only the token's start can match a strict or short word; long loose words may match anywhere.
            for (int i = start; i + 1 < end; i++) {
                int p = pair(s, i);
                String[] cands = p < 0 ? null : pairWords[p];
                if (cands == null) {
                    continue;
                }
                int[] ls = pairLists[p];
                for (int k = 0; k < cands.length; k++) {
                    int l = ls[k];
                    String w = cands[k];
                    int wl = w.length();
                    if (found != null && found[l] != null || i + wl > end || !s.startsWith(w, i)) {
                        continue;
                    }
                    boolean strict = Facts.LISTS[l].strict;
                    if (i == start ? !strict || wl == len || wl >= 5 : !strict && wl >= 5) {
                        if (found == null) {
                            found = new String[Facts.LISTS.length];
                        }
                        found[l] = w;
                    }
                }
            }
            return found == null ? Tokens.NONE : found;
        }
    }

    /**
     * {@link Facts} by class/id text, for one parse: a page repeats the same class text on many
     * elements (menu items, list entries, cards). Not thread-safe, never shared.
     */
    static final class Memo {
        private final Map<String, Facts> byText = new HashMap<>(512); // a page has a few hundred class texts
        // A page has a few hundred distinct tokens; the late lists see those of a few dozen elements.
        private final Tokens walkTokens = new Tokens(Facts.WALK, 512);
        private final Tokens lateTokens = new Tokens(Facts.LATE, 128);

        Facts of(String classAndId) {
            Facts f = byText.get(classAndId);
            if (f == null) {
                f = new Facts(classAndId, walkTokens, lateTokens);
                byText.put(classAndId, f);
            }
            return f;
        }
    }

    /**
     * Each list's first word in a token, by token: different class texts share most of their
     * tokens ({@code menu-item}, {@code col}, {@code active}). Looked up by the characters
     * in place, so a known token costs no substring. For one parse: not thread-safe.
     */
    static final class Tokens {
        /** The answer for a token no list matches (most tokens). */
        static final String[] NONE = new String[0];

        private final Group group;
        private String[] keys;
        private int[] hashes;
        private String[][] values;
        private int size;

        /** @param capacity a power of two, twice the distinct tokens expected */
        Tokens(Group group, int capacity) {
            this.group = group;
            this.keys = new String[capacity];
            this.hashes = new int[capacity];
            this.values = new String[capacity][];
        }

        String[] of(String s, int start, int end) {
            int len = end - start;
            int h = 0;
            for (int i = start; i < end; i++) {
                h = 31 * h + s.charAt(i);
            }
            int mask = keys.length - 1;
            int i = spread(h) & mask;
            for (String k = keys[i]; k != null; i = (i + 1) & mask, k = keys[i]) {
                if (hashes[i] == h && k.length() == len && s.regionMatches(start, k, 0, len)) {
                    return values[i];
                }
            }
            String[] v = group.token(s, start, end);
            keys[i] = s.substring(start, end);
            hashes[i] = h;
            values[i] = v;
            if (++size * 2 > keys.length) {
                grow();
            }
            return v;
        }

        private void grow() {
            String[] oldKeys = keys;
            int[] oldHashes = hashes;
            String[][] oldValues = values;
            keys = new String[oldKeys.length * 2];
            hashes = new int[keys.length];
            values = new String[keys.length][];
            int mask = keys.length - 1;
            for (int j = 0; j < oldKeys.length; j++) {
                if (oldKeys[j] != null) {
                    int i = spread(oldHashes[j]) & mask;
                    while (keys[i] != null) {
                        i = (i + 1) & mask;
                    }
                    keys[i] = oldKeys[j];
                    hashes[i] = oldHashes[j];
                    values[i] = oldValues[j];
                }
            }
        }

        private static int spread(int h) {
            return h ^ (h >>> 16) ^ (h >>> 7);
        }
    }

    private static List<String> load(String name) {
        return WordFiles.require(ClassHints.class, name);
    }
}
