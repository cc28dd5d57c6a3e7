/**
 * The {@code tidings} command-line tool ({@link io.github.tidings.cli.Main}), packed with picocli
 * and Jackson into {@code target/tidings-cli.jar}. Internal: not exported, and nothing depends on it;
 * library users do not inherit its dependencies (optional in Maven, {@code requires static} in the
 * module).
 */
@NullMarked
package io.github.tidings.cli;

import org.jspecify.annotations.NullMarked;
