package io.github.tidings.testing;

import java.lang.reflect.Method;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/** Runs a {@link KnownFailure} test and inverts an assertion's verdict, as that annotation says. */
public final class KnownFailureExtension implements InvocationInterceptor {

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call,
            ExtensionContext context) throws Throwable {
        KnownFailure known = call.getExecutable().getAnnotation(KnownFailure.class);
        try {
            invocation.proceed();
        } catch (AssertionError expected) {
            return; // still failing as known
        }
        throw new AssertionError(context.getDisplayName() + " now passes: take off @KnownFailure(\""
                + known.value() + "\")");
    }
}
