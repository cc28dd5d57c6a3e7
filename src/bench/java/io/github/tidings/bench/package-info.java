/**
 * Benchmarks, compiled only with the Maven profile {@code bench}: they write JSON Lines for
 * {@code score.py} and time tidings against its peers. They take the dataset's path as an argument.
 */
package io.github.tidings.bench;
