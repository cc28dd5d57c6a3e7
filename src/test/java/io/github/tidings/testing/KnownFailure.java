package io.github.tidings.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test whose expectation tidings does not meet yet: the test runs every time, passes while its
 * assertion fails, and fails once the assertion holds, so that the mark is taken off and the case
 * guards the fix from then on (a strict "expected failure"). Unlike {@code @Disabled}, a case
 * cannot pass unnoticed or break differently unnoticed: anything but an {@link AssertionError}
 * still fails it.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(KnownFailureExtension.class)
public @interface KnownFailure {
    /** Why tidings fails this case today. */
    String value();
}
