/**
 * Benchmarks, compiled only with the Maven profile {@code bench}. {@link
 * io.github.tidings.bench.ParseBenchmark} times text, Markdown and HTML parsing with JMH, jsoup's
 * own parse as the baseline in the same run; {@link io.github.tidings.bench.HtmlSideBySide} runs
 * tidings beside Readability4J and boilerpipe and writes each one's JSON Lines for {@code score.py}
 * (accuracy side by side, which JMH does not do); {@link io.github.tidings.bench.AccuracyTable}
 * scores every set and input style of the benchmark data with {@code score.py} in one run and
 * prints one row per set and style; {@link io.github.tidings.bench.WarcStreamBenchmark} writes a
 * large WARC.gz from a set's HTML and streams it through the CLI jar with a 512 MB heap. Each takes
 * the dataset's path as an argument.
 */
package io.github.tidings.bench;
