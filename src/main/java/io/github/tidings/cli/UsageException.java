package io.github.tidings.cli;

/** Bad usage found after picocli's own checks (a file list that cannot be read, stdin twice): exit status 2. */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
