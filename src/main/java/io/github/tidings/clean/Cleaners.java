package io.github.tidings.clean;

import java.util.Objects;

/** Small helpers for making cleaners. */
public final class Cleaners {
    private Cleaners() {
    }

    /** A cleaner with a name, from a lambda or method reference. */
    public static Cleaner named(String name, Cleaner cleaner) {
        return scoped(name, Scope.everywhere(), cleaner);
    }

    /** A cleaner with a name and a scope, from a lambda or method reference. */
    public static Cleaner scoped(String name, Scope scope, Cleaner cleaner) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(cleaner, "cleaner");
        if (name.isBlank()) {
            throw new IllegalArgumentException("blank cleaner name");
        }
        return new Cleaner() {
            @Override
            public void clean(Page page) {
                cleaner.clean(page);
            }

            @Override
            public String name() {
                return name;
            }

            @Override
            public Scope scope() {
                return scope;
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }
}
