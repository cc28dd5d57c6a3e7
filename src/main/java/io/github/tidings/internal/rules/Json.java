package io.github.tidings.internal.rules;

import io.github.tidings.rules.RulesFormatException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict JSON reader for rules files that remembers where each value starts, so that a rule's
 * mistake can be reported at its line and column. The project's other JSON reader
 * ({@code internal.html.JsonReader}) is lenient on purpose (it recovers what it can of a page's
 * broken JSON-LD); a rules file must instead fail loudly, so this one accepts RFC 8259 JSON only and
 * rejects duplicate keys. Nesting is limited to {@value #MAX_DEPTH} levels (recursion is bounded by
 * it); time is linear in the text.
 */
final class Json {
    static final int MAX_DEPTH = 32;

    /** A value and where it starts (line and column from 1). */
    sealed interface Node permits Obj, Arr, Str, Num, Bool, Null {
        int line();

        int column();

        /** What kind of value this is, for messages. */
        String kind();
    }

    /** A member of an object: its key's place and its value. */
    record Member(String key, int line, int column, Node value) {
    }

    record Obj(Map<String, Member> members, int line, int column) implements Node {
        @Override
        public String kind() {
            return "an object";
        }
    }

    record Arr(List<Node> items, int line, int column) implements Node {
        @Override
        public String kind() {
            return "an array";
        }
    }

    record Str(String value, int line, int column) implements Node {
        @Override
        public String kind() {
            return "a string";
        }
    }

    record Num(double value, int line, int column) implements Node {
        @Override
        public String kind() {
            return "a number";
        }
    }

    record Bool(boolean value, int line, int column) implements Node {
        @Override
        public String kind() {
            return "true or false";
        }
    }

    record Null(int line, int column) implements Node {
        @Override
        public String kind() {
            return "null";
        }
    }

    private final String s;
    private final String source;
    private int pos;
    private int line = 1;
    private int lineStart;

    private Json(String s, String source) {
        this.s = s;
        this.source = source;
    }

    /**
     * Reads one JSON value filling the whole text.
     *
     * @throws RulesFormatException at the first syntax error
     */
    static Node read(String text, String source) {
        Json j = new Json(text, source);
        if (text.startsWith("\uFEFF")) {
            j.pos = 1;
            j.lineStart = 1;
        }
        j.space();
        if (j.pos >= text.length()) {
            throw j.error("empty rules file: expected a JSON object");
        }
        Node n = j.value(0);
        j.space();
        if (j.pos < text.length()) {
            throw j.error("unexpected text after the JSON value");
        }
        return n;
    }

    private RulesFormatException error(String problem) {
        return error(line, pos - lineStart + 1, problem);
    }

    private RulesFormatException error(int l, int c, String problem) {
        return new RulesFormatException(source, l, c, problem);
    }

    private void space() {
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == '\n') {
                line++;
                lineStart = pos + 1;
            } else if (c != ' ' && c != '\t' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private Node value(int depth) {
        if (depth >= MAX_DEPTH) {
            throw error("nested deeper than " + MAX_DEPTH + " levels");
        }
        int l = line;
        int c = pos - lineStart + 1;
        if (pos >= s.length()) {
            throw error("unexpected end of the file: expected a value");
        }
        char ch = s.charAt(pos);
        switch (ch) {
            case '{':
                return object(depth, l, c);
            case '[':
                return array(depth, l, c);
            case '"':
                return new Str(string(), l, c);
            case 't':
                literal("true");
                return new Bool(true, l, c);
            case 'f':
                literal("false");
                return new Bool(false, l, c);
            case 'n':
                literal("null");
                return new Null(l, c);
            default:
                if (ch == '-' || ch >= '0' && ch <= '9') {
                    return number(l, c);
                }
                if (ch == '/') {
                    throw error("comments are not JSON; use a \"comment\" key instead");
                }
                throw error("unexpected character '" + ch + "': expected a value");
        }
    }

    private Obj object(int depth, int l, int c) {
        pos++;
        Map<String, Member> members = new LinkedHashMap<>();
        space();
        if (peek() == '}') {
            pos++;
            return new Obj(members, l, c);
        }
        while (true) {
            space();
            if (peek() != '"') {
                throw error(peek() == '}' ? "trailing comma before '}'" : "expected a key in double quotes");
            }
            int kl = line;
            int kc = pos - lineStart + 1;
            String key = string();
            if (members.containsKey(key)) {
                throw error(kl, kc, "duplicate key \"" + key + "\"");
            }
            space();
            if (peek() != ':') {
                throw error("expected ':' after the key \"" + key + "\"");
            }
            pos++;
            space();
            members.put(key, new Member(key, kl, kc, value(depth + 1)));
            space();
            char ch = peek();
            pos++;
            if (ch == '}') {
                return new Obj(members, l, c);
            }
            if (ch != ',') {
                pos--;
                throw error(ch == 0 ? "unexpected end of the file: expected ',' or '}'" : "expected ',' or '}'");
            }
        }
    }

    private Arr array(int depth, int l, int c) {
        pos++;
        List<Node> items = new ArrayList<>();
        space();
        if (peek() == ']') {
            pos++;
            return new Arr(items, l, c);
        }
        while (true) {
            space();
            if (peek() == ']') {
                throw error("trailing comma before ']'");
            }
            items.add(value(depth + 1));
            space();
            char ch = peek();
            pos++;
            if (ch == ']') {
                return new Arr(items, l, c);
            }
            if (ch != ',') {
                pos--;
                throw error(ch == 0 ? "unexpected end of the file: expected ',' or ']'" : "expected ',' or ']'");
            }
        }
    }

    private char peek() {
        return pos < s.length() ? s.charAt(pos) : 0;
    }

    private void literal(String word) {
        if (!s.startsWith(word, pos)) {
            throw error("unexpected text: expected a value (strings need double quotes)");
        }
        pos += word.length();
    }

    private Num number(int l, int c) {
        int start = pos;
        while (pos < s.length() && "+-.eE0123456789".indexOf(s.charAt(pos)) >= 0) {
            pos++;
        }
        String t = s.substring(start, pos);
        if (!t.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
            pos = start;
            throw error("malformed number " + t);
        }
        return new Num(Double.parseDouble(t), l, c);
    }

    private String string() {
        pos++; // the opening quote
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= s.length()) {
                throw error("unexpected end of the file inside a string");
            }
            char ch = s.charAt(pos);
            if (ch == '"') {
                pos++;
                return sb.toString();
            }
            if (ch < 0x20) {
                throw error(ch == '\n' ? "line break inside a string (end it with \" or write \\n)"
                        : "control character inside a string");
            }
            if (ch != '\\') {
                sb.append(ch);
                pos++;
                continue;
            }
            if (pos + 1 >= s.length()) {
                throw error("unexpected end of the file inside a string");
            }
            char e = s.charAt(pos + 1);
            switch (e) {
                case '"', '\\', '/' -> sb.append(e);
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> {
                    if (pos + 6 > s.length()
                            || !s.substring(pos + 2, pos + 6).matches("[0-9a-fA-F]{4}")) {
                        throw error("malformed \\u escape: four hexadecimal digits expected");
                    }
                    sb.append((char) Integer.parseInt(s.substring(pos + 2, pos + 6), 16));
                    pos += 4;
                }
                default -> throw error("unknown escape \\" + e);
            }
            pos += 2;
        }
    }
}
