/**
 * The {@code tidings} command-line tool ({@link io.github.tidings.cli.Main}), packed with picocli,
 * Jackson and jwarc into {@code target/tidings-cli.jar}. Internal: not exported, and nothing depends
 * on it; library users do not inherit its dependencies (optional in Maven; picocli and Jackson are
 * {@code requires static} in the module, jwarc, which has no module name, is read from the class
 * path and only by {@code WarcInput}, so the tool runs on the module path for everything but
 * archives).
 *
 * <p>One small class per job: {@code Main} reads the options; {@code Sources} lists the inputs
 * (files, directory walks with globs, file lists); {@code Batch} runs them, reading and parsing on
 * {@code --jobs} workers and writing in input order with a bounded number of pages in flight;
 * {@code InputReader} reads a file with a size cap (counted while gunzipping) and refuses binary
 * files ({@code BinaryCheck}); {@code TextDecoding} chooses a text file's charset; {@code
 * WarcInput} streams the pages of WARC and WET files; {@code Records} renders a page in the output
 * format and {@code Output}/{@code FormatWriter} write it to standard output or to one file per
 * input; {@code Progress} draws the progress bar and prints the summary.
 */
@NullMarked
package io.github.tidings.cli;

import org.jspecify.annotations.NullMarked;
