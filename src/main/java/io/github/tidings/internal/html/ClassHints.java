package io.github.tidings.internal.html;

import io.github.tidings.internal.words.WordFiles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

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

    ClassHints(List<String> words, boolean strict) {
        this.strict = strict;
        Map<Integer, List<String>> m = new HashMap<>();
        List<String> hy = new ArrayList<>();
        for (String w : words) {
            if (!isWord(w)) {
                // The one-pass match relies on it: a word never holds a separator but the hyphen.
                throw new IllegalStateException("class hint \"" + w + "\" is not two or more of a-z, 0-9 and -");
            }
            if (w.indexOf('-') >= 0) {
                hy.add(w);
            } else {
                m.computeIfAbsent(pair(w, 0), k -> new ArrayList<>()).add(w);
            }
        }
        this.byPair = new String[PAIRS][];
        m.forEach((k, v) -> byPair[k] = v.toArray(new String[0]));
        this.hyphenated = hy.toArray(new String[0]);
    }

    private static final int PAIRS = 37 * 37;

    private static boolean isWord(String w) {
        if (w.length() < 2) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (code(c) < 0 && c != '-') {
                return false;
            }
        }
        return true;
    }

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
        private final @Nullable String matched;
        /** Whether the {@link #LATE} lists have been matched. */
        private boolean lateRead;

        /** Whether the class or id names a paywall: once per distinct class text, not per element. */
        final boolean paywall;
        /**
         * Whether the text holds, in any case, a class word that marks a byline ({@link
         * MarkupByline#CLASS_WORDS}): once per distinct class text. Every class token jsoup's class
         * test can match is in the text, so without such a word the element is no byline mark by
         * its class.
         */
        final boolean mayByline;

        Facts(String text) {
            this.text = text;
            this.matched = text.isEmpty() ? null : lower(text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text);
            this.paywall = matched != null && namesPaywall(matched);
            this.mayByline = MarkupByline.holdsClassWord(text);
            if (matched != null) {
                read(WALK, matched);
            }
        }

        /**
         * Whether lower-case class or id text names a paywall or a registration wall, or content for
         * subscribers only: the conventions of publishing systems and paywall vendors alike.
         */
        static boolean namesPaywall(String m) {
            return m.contains("paywall") || m.contains("pay-wall") || m.contains("regwall") || m.contains("reg-wall")
                    || m.contains("registration-wall") || m.contains("subscriber-only") || m.contains("subscribers-only")
                    || m.contains("subscriber_only") || m.contains("subscribers_only");
        }

        /**
         * Matches the group's lists in one pass over the characters. Positions are visited in
         * order, and at each the candidates in list order, so every list gets the word its own
         * token-by-token reading would give: the first token holding one, at the earliest place in
         * that token. A word never spans two tokens, as its characters are letters and digits.
         */
        private void read(Group g, String s) {
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
            int tokenStart = 0;
            int next = n == 0 ? -1 : code(s.charAt(0));
            for (int i = 0; i + 1 < n && open > 0; i++) {
                int here = next;
                char c1 = s.charAt(i + 1);
                next = code(c1);
                if (here < 0) {
                    if (isSeparator(s.charAt(i))) {
                        tokenStart = i + 1;
                    }
                    continue;
                }
                String[] cands = next < 0 ? null : g.pairWords[here * 37 + next];
                if (cands == null) {
                    continue;
                }
                int[] ls = g.pairLists[here * 37 + next];
                for (int k = 0; k < cands.length; k++) {
                    int l = ls[k];
                    String w = cands[k];
                    if (found[l] != null || !s.startsWith(w, i)) {
                        continue;
                    }
                    int wl = w.length();
                    boolean strict = LISTS[l].strict;
                    boolean ok;
                    if (i == tokenStart) {
                        ok = !strict || wl >= 5 || i + wl == n || isSeparator(s.charAt(i + wl)); // the whole token
                    } else {
                        ok = !strict && wl >= 5;
                    }
                    if (ok) {
                        found[l] = w;
                        open--;
                    }
                }
            }
        }

        /** The first word of list {@code list} (one of the {@code *_LIST} constants) that the text matches, or null. */
        String match(int list) {
            if (!lateRead && LATE.has(list)) {
                lateRead = true;
                if (matched != null) {
                    read(LATE, matched);
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
    }

    /**
     * {@link Facts} by class/id text, for one parse: a page repeats the same class text on many
     * elements (menu items, list entries, cards). Not thread-safe, never shared.
     */
    static final class Memo {
        private final Map<String, Facts> byText = new HashMap<>(512); // a page has a few hundred class texts

        Facts of(String classAndId) {
            Facts f = byText.get(classAndId);
            if (f == null) {
                f = new Facts(classAndId);
                byText.put(classAndId, f);
            }
            return f;
        }
    }

    private static List<String> load(String name) {
        return WordFiles.require(ClassHints.class, name);
    }
}
