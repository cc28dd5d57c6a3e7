package io.github.tidings.internal.rules;

import io.github.tidings.clean.Cleaner;
import io.github.tidings.clean.Page;
import io.github.tidings.clean.Scope;
import io.github.tidings.rules.RuleStats;
import io.github.tidings.rules.RulesFormatException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * The site rules a parser builder has loaded, from one or more rules files; each {@link #cleaners()}
 * call makes them into cleaners with fresh counters, one cleaner per rule, named {@code site/rule}
 * and scoped to the rule's site. Not thread-safe while loading (a builder's state); the cleaners
 * and {@link Firings} it makes are.
 */
public final class RuleBook {
    private final List<RulesReader.Site> sites = new ArrayList<>();
    /** Where each site was loaded from, to name both files when two define the same site. */
    private final Map<String, String> sources = new HashMap<>();

    /** An empty book. */
    public RuleBook() {
    }

    /**
     * Loads a rules file's text and adds its sites.
     *
     * @param source the file's name, for error messages
     * @throws RulesFormatException if the file has a mistake, or defines a site an earlier file did
     */
    public void add(String text, String source) {
        List<RulesReader.Site> read = RulesReader.read(text, source);
        for (RulesReader.Site s : read) {
            String before = sources.get(s.name());
            if (before != null) {
                throw new RulesFormatException(source, 1, 1, "site \"" + s.name() + "\" is already defined in "
                        + before + "; put its rules in one file or rename one site");
            }
        }
        for (RulesReader.Site s : read) {
            sources.put(s.name(), source);
            sites.add(s);
        }
    }

    /** Whether no rules are loaded. */
    public boolean isEmpty() {
        return sites.isEmpty();
    }

    /** The rules as cleaners, in load order, counting into a new {@link Firings}. */
    public Firings cleaners() {
        List<RuleCleaner> out = new ArrayList<>();
        for (RulesReader.Site s : sites) {
            for (SiteRule r : s.rules()) {
                out.add(new RuleCleaner(r, s.scope()));
            }
        }
        return new Firings(List.copyOf(out));
    }

    /** The cleaners of one parser and what they have done. Thread-safe. */
    public static final class Firings {
        private final List<RuleCleaner> cleaners;

        private Firings(List<RuleCleaner> cleaners) {
            this.cleaners = cleaners;
        }

        /** The cleaners, one per rule, in load order. */
        public List<Cleaner> cleaners() {
            return List.copyOf(cleaners);
        }

        /** A snapshot of the counts. */
        public RuleStats stats() {
            List<RuleStats.Rule> rules = new ArrayList<>();
            for (RuleCleaner c : cleaners) {
                rules.add(RuleStats.Rule.of(c.name(), c.pages.sum(), c.changes.sum()));
            }
            return RuleStats.of(rules);
        }
    }

    /** One rule as a cleaner: the rule does its work through the cleaner SPI, and its firings are counted. */
    static final class RuleCleaner implements Cleaner {
        private final SiteRule rule;
        private final Scope scope;
        final LongAdder pages = new LongAdder();
        final LongAdder changes = new LongAdder();

        RuleCleaner(SiteRule rule, Scope scope) {
            this.rule = rule;
            this.scope = scope;
        }

        @Override
        public void clean(Page page) {
            int n = rule.apply(page);
            if (n > 0) {
                pages.increment();
                changes.add(n);
            }
        }

        @Override
        public String name() {
            return rule.name;
        }

        @Override
        public Scope scope() {
            return scope;
        }

        @Override
        public String toString() {
            return rule.name;
        }
    }
}
