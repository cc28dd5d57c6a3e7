/**
 * Benchmarks, compiled only with the Maven profile {@code bench}. {@link
 * io.github.tidings.bench.ParseBenchmark} times text, Markdown and HTML parsing with JMH, jsoup's
 * own parse as the baseline in the same run; {@link io.github.tidings.bench.HtmlSideBySide} runs
 * tidings beside Readability4J and boilerpipe and writes each one's JSON Lines for {@code score.py}
 * (accuracy side by side, which JMH does not do). Both take the dataset's path as an argument.
 */
package io.github.tidings.bench;
