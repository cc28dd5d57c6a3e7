package io.github.tidings;

import java.util.Objects;

/** The shape of an input: plain text, Markdown, or HTML. */
public enum InputFormat {
    /** Plain text, one page element per line: a scrape of the article's region or a full-page text dump. */
    TEXT,
    /** A Markdown dump of a page, as html2text and similar tools write it. */
    MARKDOWN,
    /** An HTML document. */
    HTML;

    /**
     * Guesses the format from the start of the input: HTML when its first non-blank characters are
     * {@code <!DOCTYPE html}, {@code <html}, {@code <head>} or {@code <body>}, or an {@code <html}
     * tag appears early; Markdown when the input opens with YAML front matter (a {@code ---} line,
     * then a {@code key: value} line, as {@code Article#toMarkdown()}, Hugo and Jekyll write it) or
     * several lines use Markdown's heading, link or image syntax; plain text otherwise. Reads at most
     * the first 64 KiB.
     */
    public static InputFormat detect(String input) {
        Objects.requireNonNull(input, "input");
        String head = input.length() > 65536 ? input.substring(0, 65536) : input;
        String start = head.stripLeading().toLowerCase(java.util.Locale.ROOT);
        if (start.startsWith("\uFEFF")) {
            start = start.substring(1);
        }
        if (start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<head")
                || start.startsWith("<body") || (start.startsWith("<") && start.contains("<html"))) {
            return HTML;
        }
        if (opensWithFrontMatter(head)) {
            return MARKDOWN;
        }
        int markdown = 0;
        int lines = 0;
        for (String line : head.split("\n", 2000)) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            lines++;
            if (l.startsWith("# ") || l.startsWith("## ") || l.startsWith("### ") || l.contains("](")
                    || l.startsWith("![") || l.startsWith("* [")) {
                markdown++;
            }
        }
        return markdown >= 3 && markdown * 20 >= lines ? MARKDOWN : TEXT;
    }

    /** Whether the text opens with a {@code ---} line and a {@code key: value} line under it: front matter. */
    private static boolean opensWithFrontMatter(String head) {
        String s = head.startsWith("\uFEFF") ? head.substring(1) : head;
        s = s.replace("\r\n", "\n");
        if (!s.startsWith("---\n")) {
            return false;
        }
        int i = 4;
        int from = i;
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_' || s.charAt(i) == '-')) {
            i++;
        }
        return i > from && i < s.length() && s.charAt(i) == ':' && (i + 1 == s.length() || s.charAt(i + 1) == ' '
                || s.charAt(i + 1) == '\n');
    }
}
