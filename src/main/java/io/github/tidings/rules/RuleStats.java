package io.github.tidings.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How often each site rule fired: a snapshot taken by {@code ArticleParser#ruleStats()} of what the
 * parser's rules did since it was built, over all parses and threads. A rule fires on a page when
 * it removes, keeps or sets something there; a rule that never fires over a batch of its site's
 * pages has most likely stopped matching the site's template. Immutable.
 */
public final class RuleStats {
    private final List<Rule> rules;

    private RuleStats(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Statistics of the given rules, in the order given. */
    public static RuleStats of(List<Rule> rules) {
        return new RuleStats(Objects.requireNonNull(rules, "rules"));
    }

    /** Every rule the parser holds, in load order. */
    public List<Rule> rules() {
        return rules;
    }

    /** The rule with the given name ({@code site/rule}). */
    public Optional<Rule> rule(String name) {
        Objects.requireNonNull(name, "name");
        return rules.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /** The names of the rules that fired on no page. */
    public List<String> neverFired() {
        List<String> out = new ArrayList<>();
        for (Rule r : rules) {
            if (r.pages() == 0) {
                out.add(r.name());
            }
        }
        return out;
    }

    /**
     * A report for people: one line per rule with its pages and changes, then the rules that never
     * fired. Empty when there are no rules.
     */
    public String report() {
        if (rules.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("rule\tpages\tchanges\n");
        for (Rule r : rules) {
            sb.append(r.name()).append('\t').append(r.pages()).append('\t').append(r.changes()).append('\n');
        }
        List<String> never = neverFired();
        sb.append(never.isEmpty() ? "every rule fired\n" : "never fired: " + String.join(", ", never) + "\n");
        return sb.toString();
    }

    @Override
    public String toString() {
        return report();
    }

    /** One rule's counts. Immutable. */
    public static final class Rule {
        private final String name;
        private final long pages;
        private final long changes;

        private Rule(String name, long pages, long changes) {
            this.name = Objects.requireNonNull(name, "name");
            if (pages < 0 || changes < 0) {
                throw new IllegalArgumentException("negative count");
            }
            this.pages = pages;
            this.changes = changes;
        }

        /**
         * A rule's counts.
         *
         * @param name the rule's name, {@code site/rule}
         * @param pages the pages it fired on
         * @param changes the blocks it removed or kept and the fields it set, over all pages
         * @throws IllegalArgumentException if a count is negative
         */
        public static Rule of(String name, long pages, long changes) {
            return new Rule(name, pages, changes);
        }

        /** The rule's name, {@code site/rule}, as {@code Removal#cleaner()} reports it. */
        public String name() {
            return name;
        }

        /** The pages the rule fired on. */
        public long pages() {
            return pages;
        }

        /** The blocks removed or kept and the fields set by the rule, over all pages. */
        public long changes() {
            return changes;
        }

        @Override
        public String toString() {
            return name + ": " + pages + " pages, " + changes + " changes";
        }
    }
}
