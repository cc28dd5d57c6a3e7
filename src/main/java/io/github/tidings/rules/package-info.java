/**
 * Site rules as data: the rules file format, the error a file with a mistake raises
 * ({@link io.github.tidings.rules.RulesFormatException}) and how often each rule fired
 * ({@link io.github.tidings.rules.RuleStats}). Load files with
 * {@code ArticleParser.Builder#rules(Path)} (or from a {@code Reader} or a string; repeatable, each
 * file adding sites) or the CLI's {@code --rules FILE}; {@code --rules-report} prints the
 * statistics after a run.
 *
 * <h2>The format</h2>
 * A UTF-8 JSON object (strict JSON: no comments, no trailing commas, no duplicate keys) with an
 * array {@code "sites"}. Each site has a name ({@code "site"}), says which pages it covers, and
 * lists named rules:
 * <pre>{@code
 * {
 *   "sites": [
 *     {
 *       "site": "example",
 *       "hosts": ["example.com"],
 *       "signature": "Example News Ltd",
 *       "rules": [
 *         {"name": "share-bar",   "remove": {"exact": "Share this article"}},
 *         {"name": "tags",        "remove": {"prefix": "Tags:"}},
 *         {"name": "read-more",   "remove": {"pattern": "Read more * at Example"}},
 *         {"name": "footer",      "removeFrom": {"prefix": "© Example News"}},
 *         {"name": "masthead",    "removeUntil": {"exact": "Top stories"}},
 *         {"name": "pull-quote",  "keep": {"prefix": "Quote:"}},
 *         {"name": "ads",         "removeSelector": "div.ad, .sponsored"},
 *         {"name": "summary",     "keepSelector": "p.summary"},
 *         {"name": "article",     "rootSelector": "article.story"},
 *         {"name": "site-name",   "siteName": "Example News"},
 *         {"name": "headline",    "title": {"selector": "h1.headline"}},
 *         {"name": "date",        "published": {"line": "Published on *"}},
 *         {"name": "byline",      "authors": {"selector": ".byline a[rel=author]"}}
 *       ]
 *     }
 *   ]
 * }
 * }</pre>
 *
 * <h3>Which pages a site covers</h3>
 * {@code "hosts"}: host names; each matches itself and its subdomains, and a leading {@code www.}
 * is ignored ({@code example.com} covers {@code www.example.com} and {@code news.example.com};
 * {@code *.example.com} covers subdomains only). The host is the one in the parse's hints (the
 * URL). {@code "signature"}: a line of the site's template, found literally (letter case counts) in
 * some block of the page; with hosts too, it is used only for pages whose host is unknown (a text
 * dump without a URL). A site needs hosts, a signature, or both.
 *
 * <h3>Rules</h3>
 * Every rule is an object with a {@code "name"} (a word: letters, digits, {@code . _ -}) and exactly
 * one action. The rule reports as {@code site/name} in {@code Article.removed()}, in
 * {@code --explain} and in the statistics, and can be switched off with
 * {@code ArticleParser.Builder#disableCleaner("site/name")}.
 * <ul>
 * <li>{@code "remove"}: removes every block (a line of a text dump, a paragraph) that matches.</li>
 * <li>{@code "removeFrom"}: finds the first block that matches (the marker) and removes it and
 * every block after it.</li>
 * <li>{@code "removeUntil"}: finds the first block that matches and removes every block before it;
 * the marker stays. For both, a block holding the page's own headline (the title, or the title
 * before a separator and the site's name) is never the marker: a story's title that ends the
 * articles in a site's list of popular stories is that story's headline on its own page. And where
 * the headline stands below the page's first line, a marker on its wrong side (a {@code removeUntil}
 * marker below it, a {@code removeFrom} marker above it) does not bound this page's article: the
 * rule does nothing.</li>
 * <li>{@code "keep"}: keeps every block that matches, whatever removed it or removes it later (a
 * built-in cleaner, the content finder, another rule): a keep always wins.</li>
 * <li>{@code "removeSelector"}, {@code "keepSelector"}: the same for the blocks of HTML elements
 * matching a CSS selector (jsoup's syntax), or lying inside one.</li>
 * <li>{@code "rootSelector"}: the first element matching the selector holds the article: blocks
 * outside it are removed, and blocks inside it that the HTML content finder had left outside its
 * own choice are kept (other drops inside it, such as scripts, navigation or share tools, stand,
 * and so do blocks inside an element the site's {@code removeSelector} rules match, wherever those
 * rules stand in the file). When nothing matches, the finder's choice stands.</li>
 * <li>{@code "siteName"}: the site's name, a fixed string.</li>
 * <li>{@code "title"}, {@code "published"}, {@code "authors"}: where the field is, as
 * {@code {"selector": css}} for HTML (the first match's text; for a date its {@code datetime} or
 * {@code content} attribute first; for authors every match's text) or {@code {"line": pattern}}
 * for any input (the first block matching the pattern; the value is what its first {@code *}
 * stood for, or the whole line; authors are split at commas, {@code &} and "and" in a few
 * languages). The value overrides what tidings found; a line used this way leaves the body, as a
 * byline does. A value that is not a date leaves the date tidings found.</li>
 * </ul>
 * A match object has exactly one of {@code "exact"} (the whole block equals the text),
 * {@code "prefix"} (the block starts with it) and {@code "pattern"} (the whole block matches, each
 * {@code *} standing for any run of characters and each {@code #} for a whole number: a run of
 * digits with {@code . , : / -} between digits, as in {@code 2012}, {@code 7:30}, {@code 1.250}). Letter case and runs of white space do not count,
 * and the Turkish İ, I and ı all match {@code i}. Regular expressions are not offered: they can
 * backtrack for a very long time on some lines, and telling those apart at load time is not
 * reliable; the wildcard patterns are matched in time linear in the line.
 * Rules, sites and the file may carry a {@code "comment"} (a string) and a {@code "count"} (a
 * number, as learned profiles write); any other key is an error.
 *
 * <h3>Order</h3>
 * The rules run as cleaners after the built-in, added and discovered cleaners and before the content
 * finder, one after another in file order and files in load order. Removals they make before the
 * finder help it find the article; keeps hold against the finder. A field set by a rule overrides
 * what the metadata readers found and what any cleaner set; when two rules set one field, the later
 * wins.
 *
 * <h3>Mistakes</h3>
 * A file with any mistake fails to load with {@link io.github.tidings.rules.RulesFormatException},
 * whose message reads {@code file:line:column: what is wrong}: malformed JSON, an unknown key, a
 * value of the wrong type, a rule without a name or action or with two actions, a duplicate site or
 * rule name, a host that is a URL, a CSS selector jsoup cannot parse, an empty list, a pattern or
 * phrase without a letter or digit. A rule never silently does nothing because of a typo.
 */
@NullMarked
package io.github.tidings.rules;

import org.jspecify.annotations.NullMarked;
