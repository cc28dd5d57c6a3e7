package io.github.tidings.internal.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A small, lenient JSON reader for the JSON-LD scripts of web pages, which are often not quite
 * JSON: comments, trailing commas, single-quoted strings, raw control characters in strings,
 * CDATA or HTML comment wrappers, several values in a row, or text cut off in the middle.
 *
 * <p>Objects become {@link LinkedHashMap}s, arrays {@link ArrayList}s, strings {@link String}s,
 * numbers {@link Double}s, {@code true}/{@code false} {@link Boolean}s and {@code null} is left out
 * of objects. Parsing uses an explicit stack, never recursion, so deep nesting cannot overflow the
 * call stack; nesting deeper than {@link #MAX_DEPTH} ends the parse. On an error the reader returns
 * what it built so far, closing the open containers: a truncated script still yields its first
 * fields. A syntax error inside an object or array skips the rest of its line and goes on. Time is linear in the input.
 */
final class JsonReader {
    static final int MAX_DEPTH = 512;

    private static final int MAX_RECOVERIES = 30;

    private final String s;
    /** The most elements kept of one array; later ones are read (to find the array's end) and dropped. */
    private final int maxArray;
    private int pos;
    private int recoveries;

    private JsonReader(String s, int maxArray) {
        this.s = s;
        this.maxArray = maxArray;
    }

    /**
     * Reads every top-level value in the text (a script may hold several, or an array of them).
     * Never throws on malformed input.
     */
    static List<Object> readAll(String text) {
        return readAll(text, Integer.MAX_VALUE);
    }

    /**
     * {@link #readAll(String)}, keeping at most {@code maxArray} elements of each array (and of the
     * top level): a page's metadata never needs more, and a long array costs memory for nothing.
     */
    static List<Object> readAll(String text, int maxArray) {
        JsonReader r = new JsonReader(stripWrappers(text), maxArray);
        List<Object> out = new ArrayList<>();
        while (true) {
            r.skipSpace();
            if (r.pos >= r.s.length()) {
                break;
            }
            int before = r.pos;
            Optional<Object> v = r.readValue();
            if (out.size() < maxArray) {
                v.ifPresent(out::add);
            }
            if (r.pos == before) {
                r.pos++; // not a value start: skip the character rather than loop
            }
        }
        return out;
    }

    private static String stripWrappers(String text) {
        String t = text.strip();
        t = stripPrefix(t, "<!--");
        if (t.startsWith("//") && t.substring(2).strip().startsWith("<![CDATA[")) {
            t = t.substring(2).strip();
        }
        t = stripPrefix(t, "<![CDATA[");
        if (t.endsWith("-->")) {
            t = t.substring(0, t.length() - 3);
        }
        t = t.strip();
        if (t.endsWith("]]>")) {
            t = t.substring(0, t.length() - 3);
            t = t.strip();
            if (t.endsWith("//")) {
                t = t.substring(0, t.length() - 2);
            }
        }
        return t;
    }

    private static String stripPrefix(String t, String prefix) {
        return t.startsWith(prefix) ? t.substring(prefix.length()).strip() : t;
    }

    /** A container being filled: a map awaiting a key or value, or a list. */
    private static final class Frame {
        final @Nullable Map<String, Object> map;
        final @Nullable List<Object> list;
        final int maxArray;
        @Nullable String key;

        Frame(@Nullable Map<String, Object> map, @Nullable List<Object> list, int maxArray) {
            this.map = map;
            this.list = list;
            this.maxArray = maxArray;
        }

        void put(Object v) {
            if (map != null) {
                if (key != null && v != NULL) {
                    map.put(key, v);
                }
                key = null;
            } else if (v != NULL && list.size() < maxArray) {
                list.add(v);
            }
        }
    }

    private static final Object NULL = new Object();

    /** Reads one value; on an error returns the partial value. Empty if nothing was read. */
    private Optional<Object> readValue() {
        Deque<Frame> stack = new ArrayDeque<>();
        Object root = null;
        try {
            while (true) {
                skipSpace();
                if (pos >= s.length()) {
                    break;
                }
                Frame top = stack.peek();
                char c = s.charAt(pos);
                if (top != null && (c == ',')) {
                    pos++;
                    continue;
                }
                if (top != null && (top.map != null && c == '}' || top.list != null && c == ']')) {
                    pos++;
                    Frame done = stack.pop();
                    if (stack.isEmpty()) {
                        return Optional.of(done.map != null ? done.map : done.list);
                    }
                    continue;
                }
                if (top != null && top.map != null && top.key == null) {
                    top.key = readKey();
                    skipSpace();
                    if (pos < s.length() && (s.charAt(pos) == ':' || s.charAt(pos) == '=')) {
                        pos++;
                    } else if (!recover(top)) {
                        break; // malformed: stop with what we have
                    }
                    continue;
                }
                if (c == '{' || c == '[') {
                    if (stack.size() >= MAX_DEPTH) {
                        break;
                    }
                    pos++;
                    Frame f = c == '{' ? new Frame(new LinkedHashMap<>(), null, maxArray)
                            : new Frame(null, new ArrayList<>(), maxArray);
                    Object container = f.map != null ? f.map : f.list;
                    if (top == null) {
                        root = container;
                    } else {
                        top.put(container);
                    }
                    stack.push(f);
                    continue;
                }
                Object scalar = readScalar();
                if (scalar == null) {
                    if (top != null && recover(top)) {
                        continue;
                    }
                    break; // unexpected character
                }
                if (top == null) {
                    return scalar == NULL ? Optional.empty() : Optional.of(scalar);
                }
                top.put(scalar);
            }
        } catch (RuntimeException malformed) {
            // fall through: return the partial value
        }
        if (!stack.isEmpty()) {
            // unbalanced input: skip to the end so the caller does not re-read the inside
            pos = s.length();
        }
        return Optional.ofNullable(root);
    }

    /**
     * Skips the rest of the line after a syntax error inside a container, as a person would skip a
     * garbled line (often an unescaped quote in a description); bounded to a few times per script.
     */
    private boolean recover(Frame top) {
        if (recoveries >= MAX_RECOVERIES) {
            return false;
        }
        int nl = s.indexOf('\n', pos);
        if (nl < 0) {
            return false;
        }
        recoveries++;
        pos = nl + 1;
        top.key = null;
        return true;
    }

    private String readKey() {
        char c = s.charAt(pos);
        if (c == '"' || c == '\'') {
            return readString(c);
        }
        int start = pos;
        while (pos < s.length()) {
            char k = s.charAt(pos);
            if (k == ':' || k == '=' || Character.isWhitespace(k) || k == '}' || k == ',') {
                break;
            }
            pos++;
        }
        if (pos == start) {
            throw new IllegalStateException("no key at " + pos);
        }
        return s.substring(start, pos);
    }

    /** A string, number, boolean or NULL; Java null if no value starts here. */
    private @Nullable Object readScalar() {
        char c = s.charAt(pos);
        if (c == '"' || c == '\'') {
            return readString(c);
        }
        int start = pos;
        while (pos < s.length()) {
            char k = s.charAt(pos);
            if (k == ',' || k == '}' || k == ']' || k == ':' || Character.isWhitespace(k)) {
                break;
            }
            pos++;
        }
        String word = s.substring(start, pos);
        switch (word) {
            case "true":
                return Boolean.TRUE;
            case "false":
                return Boolean.FALSE;
            case "null":
            case "undefined":
                return NULL;
            case "":
                return null;
            default:
                try {
                    return Double.valueOf(word);
                } catch (NumberFormatException e) {
                    return word; // a bare word: keep it as a string
                }
        }
    }

    private String readString(char quote) {
        pos++;
        // Runs without escapes are copied whole; a string without any (most) is cut out as it is.
        int run = pos;
        skipPlain(quote);
        if (pos < s.length() && s.charAt(pos) == quote) {
            return s.substring(run, pos++);
        }
        StringBuilder b = new StringBuilder(pos - run + 16).append(s, run, pos);
        while (pos < s.length()) {
            if (s.charAt(pos++) == quote) {
                return b.toString();
            }
            // a backslash: the plain runs stop only there and at the quote
            if (pos >= s.length()) {
                break;
            }
            char e = s.charAt(pos++);
            switch (e) {
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case 'r' -> b.append('\r');
                case 'b' -> b.append('\b');
                case 'f' -> b.append('\f');
                case 'u' -> {
                    if (pos + 4 <= s.length()) {
                        try {
                            b.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
                            pos += 4;
                        } catch (NumberFormatException ex) {
                            b.append('u');
                        }
                    }
                }
                default -> b.append(e);
            }
            run = pos;
            skipPlain(quote);
            b.append(s, run, pos);
        }
        return b.toString(); // unterminated: what there is
    }

    /** Moves past characters that are neither the quote nor a backslash. */
    private void skipPlain(char quote) {
        while (pos < s.length() && s.charAt(pos) != quote && s.charAt(pos) != '\\') {
            pos++;
        }
    }

    private void skipSpace() {
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (Character.isWhitespace(c) || c == ';') {
                pos++;
            } else if (c == '/' && pos + 1 < s.length() && s.charAt(pos + 1) == '/') {
                int nl = s.indexOf('\n', pos);
                pos = nl < 0 ? s.length() : nl + 1;
            } else if (c == '/' && pos + 1 < s.length() && s.charAt(pos + 1) == '*') {
                int end = s.indexOf("*/", pos + 2);
                pos = end < 0 ? s.length() : end + 2;
            } else {
                return;
            }
        }
    }
}
