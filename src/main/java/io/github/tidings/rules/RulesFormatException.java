package io.github.tidings.rules;

import java.util.Objects;

/**
 * A site rules file that cannot be used: its JSON is malformed, or a rule is unknown, incomplete or
 * invalid (an unknown key, a missing name, a CSS selector jsoup cannot parse, a pattern with no
 * literal text). Thrown when the file is loaded, never later; the message reads
 * {@code source:line:column: what is wrong}, like a compiler's.
 */
public final class RulesFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final int column;
    private final String problem;

    /**
     * An error at a place in a rules file.
     *
     * @param source the file name (or other name the caller gave the text)
     * @param line the line, from 1
     * @param column the column, from 1, counted in UTF-16 characters
     * @param problem what is wrong, in a short sentence
     */
    public RulesFormatException(String source, int line, int column, String problem) {
        super(Objects.requireNonNull(source, "source") + ":" + line + ":" + column + ": "
                + Objects.requireNonNull(problem, "problem"));
        this.source = source;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    /** The name of the rules file (or of the text) in error. */
    public String source() {
        return source;
    }

    /** The line of the error, from 1. */
    public int line() {
        return line;
    }

    /** The column of the error, from 1. */
    public int column() {
        return column;
    }

    /** What is wrong, without the place. */
    public String problem() {
        return problem;
    }
}
