package io.github.tidings.clean;

/**
 * The extension point: a cleaner looks at a {@link Page}'s blocks and marks boilerplate with
 * {@link Page#remove(TextBlock, String)}, giving a short reason. It can also rescue a block with
 * {@link Page#keep(TextBlock, String)} and correct the metadata with {@link Page#setTitle} and its
 * siblings; {@link Page} says which wins when cleaners disagree.
 *
 * <p>A cleaner is a small class whose name says what it removes ({@code ShareToolsCleaner},
 * {@code CopyrightFooterCleaner}). It must be stateless or immutable, because one instance serves
 * every parse of a shared, thread-safe parser. It sees the blocks that earlier cleaners kept and
 * those they removed ({@link Page#isRemoved(TextBlock)}); it never sees the article before it is
 * built and cannot add or edit text.
 *
 * <p>Cleaners are registered with {@code ArticleParser.builder().addCleaner(...)} or discovered
 * through {@link java.util.ServiceLoader} (list the class in
 * {@code META-INF/services/io.github.tidings.clean.Cleaner}; it then needs a public no-argument
 * constructor). {@link #scope()} limits a cleaner to some sites or to pages with a signature line.
 *
 * <pre>{@code
 * public final class ExampleComNewsletterCleaner implements Cleaner {
 *     public void clean(Page page) {
 *         for (TextBlock b : page.kept()) {
 *             if (b.text().startsWith("Sign up for the Example newsletter")) {
 *                 page.remove(b, "newsletter prompt");
 *             }
 *         }
 *     }
 *     public Scope scope() {
 *         return Scope.hosts("example.com");
 *     }
 * }
 * }</pre>
 */
@FunctionalInterface
public interface Cleaner {

    /**
     * Marks boilerplate blocks of the page as removed. Called once per parse, only when
     * {@link #scope()} applies to the page.
     */
    void clean(Page page);

    /**
     * The name reported in {@link io.github.tidings.model.Removal#cleaner()} and used to switch the
     * cleaner off with {@code ArticleParser.Builder#disableCleaner(String)}. Defaults to the simple
     * class name; lambdas should be given a name with {@link Cleaners#named(String, Cleaner)}.
     */
    default String name() {
        return getClass().getSimpleName();
    }

    /** Where this cleaner applies; everywhere by default. */
    default Scope scope() {
        return Scope.everywhere();
    }
}
