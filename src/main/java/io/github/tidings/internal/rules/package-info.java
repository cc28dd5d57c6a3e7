/**
 * Site rules: the strict JSON reader of rules files, the checks that make a mistake fail at load
 * with its line and column, and the rules themselves, each run as a {@link
 * io.github.tidings.clean.Cleaner} named {@code site/rule} through the cleaner SPI (removing,
 * keeping and setting metadata with {@link io.github.tidings.clean.Page}); and the learners of site
 * profiles: recurring blocks ({@link io.github.tidings.internal.rules.ProfileLearner}), template
 * lines with a changing part ({@link io.github.tidings.internal.rules.VariantLearner}), where text
 * articles start and end ({@link io.github.tidings.internal.rules.MarkerLearner}, from what the
 * parser kept on each page, recorded by {@link io.github.tidings.internal.rules.FinderRecorder}),
 * the article's element, the site's name and a signature from HTML markup
 * ({@link io.github.tidings.internal.rules.HtmlLearner}), and the template's elements in or around
 * the article, as remove selectors ({@link io.github.tidings.internal.rules.BoilerplateLearner}).
 * Internal: not part of the API; the format
 * is documented in {@link io.github.tidings.rules}.
 */
@NullMarked
package io.github.tidings.internal.rules;

import org.jspecify.annotations.NullMarked;
