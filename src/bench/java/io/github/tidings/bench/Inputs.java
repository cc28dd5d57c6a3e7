package io.github.tidings.bench;

import java.nio.charset.StandardCharsets;

/**
 * Inputs of a given size made by code, one per input kind the benchmarks measure: ordinary ones
 * (prose text, Markdown, HTML) and hostile ones (many short lines, long runs of combining marks,
 * mixed scripts, bidi controls, long JSON-LD arrays). Deterministic, so runs compare.
 */
final class Inputs {
    /** The kinds {@link #make(String, int)} knows. */
    static final String[] MEMORY_KINDS = {"text", "lines", "lines-distinct", "markdown", "html", "html-bytes"};
    static final String[] TIME_KINDS = {"text", "lines", "markdown", "html", "html-bytes", "combining",
        "mixed-scripts", "bidi", "jsonld-authors", "jsonld-array", "html-paragraphs"};

    private static final String PROSE = "The council met on Tuesday evening and agreed, after a long debate, "
            + "to rebuild the old sea wall before the winter storms. ";

    private Inputs() {
    }

    /** The input of that kind with {@code chars} characters (bytes for {@code html-bytes}), as a String or byte[]. */
    static Object make(String kind, int chars) {
        StringBuilder sb = new StringBuilder(chars + 256);
        switch (kind) {
            case "text" -> {
                sb.append("A headline about the sea wall\n\n");
                for (int i = 0; sb.length() < chars; i++) {
                    sb.append(PROSE).append(PROSE).append(i).append(".\n\n");
                }
            }
            case "lines" -> {
                for (int i = 0; sb.length() < chars; i++) {
                    sb.append("Item ").append(i % 97).append('\n');
                }
            }
            case "lines-distinct" -> {
                // as "lines", but no line repeats: nothing is shared by lines that are the same
                for (int i = 0; sb.length() < chars; i++) {
                    sb.append("Item ").append(i).append('\n');
                }
            }
            case "lines60" -> {
                // the most lines the default limits accept, each as long as 16 Mi characters allow
                for (int i = 0; sb.length() < chars; i++) {
                    sb.append("Menu entry ").append(i).append(" of the site navigation, with more words\n");
                }
            }
            case "markdown" -> {
                sb.append("# A headline about the sea wall\n\n");
                for (int i = 0; sb.length() < chars; i++) {
                    sb.append(PROSE).append("**Read** [more](https://example.com/").append(i % 50).append(") now.\n\n");
                    if (i % 20 == 0) {
                        sb.append("## Section ").append(i).append("\n\n* one item\n* two items\n\n");
                    }
                }
            }
            case "html", "html-bytes", "html-paragraphs" -> {
                sb.append("<html><head><title>A headline</title></head><body><nav><a href=/>Home</a></nav>"
                        + "<article><h1>A headline about the sea wall</h1>");
                String p = kind.equals("html-paragraphs") ? "<p>Item %d</p>" : "<p>Paragraph %d. " + PROSE
                        + "<a href=\"/x%d\">More</a> " + PROSE + "</p>\n";
                for (int i = 0; sb.length() < chars - 40; i++) {
                    sb.append(p.replace("%d", Integer.toString(i)));
                }
                sb.append("</article></body></html>");
            }
            case "one-line", "markdown-one-line" -> {
                while (sb.length() < chars) {
                    sb.append("word and more words, ");
                }
            }
            case "html-inline" -> {
                sb.append("<html><body><p>");
                for (int i = 0; sb.length() < chars - 40; i++) {
                    sb.append("<b>x</b> ");
                }
                sb.append("</p></body></html>");
            }
            case "combining" -> {
                sb.append('a');
                while (sb.length() < chars) {
                    sb.append("\u0301\u0316\u0334\u0345");
                }
            }
            case "mixed-scripts" -> {
                String[] words = {"news ", "новости ", "ειδήσεις ", "أخبار ", "חדשות ", "ข่าว ", "समाचार ", "新闻 ",
                    "뉴스 ", "ニュース ", "Vi\u1EC7t ", "e\u0301 "};
                for (int i = 0; sb.length() < chars; i++) {
                    sb.append(words[(i * 7) % words.length]);
                    if (i % 23 == 22) {
                        sb.append(".\n");
                    }
                }
            }
            case "bidi" -> {
                for (int i = 0; sb.length() < chars; i++) {
                    sb.append("\u202Eabc\u202C \u2067שלום\u2069 \u200F123\u200E ");
                    if (i % 15 == 14) {
                        sb.append('\n');
                    }
                }
            }
            case "jsonld-authors", "jsonld-array" -> {
                String key = kind.equals("jsonld-authors") ? "author" : "keywords";
                sb.append("<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                        + "\"headline\":\"A headline\",\"").append(key).append("\":[");
                for (int i = 0; sb.length() < chars - 200; i++) {
                    sb.append(i == 0 ? "" : ",").append("\"Name").append(i).append(" Person\"");
                }
                sb.append("]}</script></head><body><p>").append(PROSE).append("</p></body></html>");
            }
            default -> throw new IllegalArgumentException("unknown kind " + kind);
        }
        if (sb.length() > chars) {
            sb.setLength(chars); // exactly the size asked for, so that the default maximum is not passed
        }
        return kind.equals("html-bytes") ? sb.toString().getBytes(StandardCharsets.UTF_8) : sb.toString();
    }
}
