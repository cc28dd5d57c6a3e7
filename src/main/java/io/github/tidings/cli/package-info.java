/**
 * The {@code tidings} command-line tool ({@link io.github.tidings.cli.Main}), packed with picocli
 * and Jackson into {@code target/tidings-cli.jar}. Internal: not part of the library's API; library
 * users do not inherit its dependencies.
 */
@NullMarked
package io.github.tidings.cli;

import org.jspecify.annotations.NullMarked;
