/**
 * Site rules: the strict JSON reader of rules files, the checks that make a mistake fail at load
 * with its line and column, and the rules themselves, each run as a {@link
 * io.github.tidings.clean.Cleaner} named {@code site/rule} through the cleaner SPI (removing,
 * keeping and setting metadata with {@link io.github.tidings.clean.Page}). Internal: not part of
 * the API; the format is documented in {@link io.github.tidings.rules}.
 */
@NullMarked
package io.github.tidings.internal.rules;

import org.jspecify.annotations.NullMarked;
