/**
 * What blocks, cleaners and readers all need about text, depending on nothing else of this
 * library: normalisation ({@link io.github.tidings.internal.words.TextNormalizer}), word counting
 * ({@link io.github.tidings.internal.words.Words}), the reading of word-list resources
 * ({@link io.github.tidings.internal.words.WordFiles}) and month names in every language the JDK
 * knows ({@link io.github.tidings.internal.words.MonthNames}), which the date parser and the content
 * finder's comment-stamp test both need.
 *
 * <p>Internal: not exported by the module. It sits at the bottom of the package graph so that the
 * cleaner SPI ({@code clean}) and the readers above it can share these without importing each
 * other.
 */
@NullMarked
package io.github.tidings.internal.words;

import org.jspecify.annotations.NullMarked;
