package io.github.tidings.internal.metadata;

import io.github.tidings.internal.words.WordFiles;

import java.util.ArrayList;
import java.util.List;

/**
 * Loads the phrase lists under {@code io/github/tidings/internal/metadata/}: UTF-8, one entry per line,
 * {@code #} starts a comment line. Lists are read once into immutable values by their users.
 */
final class WordLists {
    /** The languages whose lists are shipped; adding a language is adding its files and its tag here. */
    static final List<String> LANGUAGES = List.of("en", "tr", "de", "fr", "es", "pt", "it", "ru", "id", "ar", "nl", "pl",
            "sv", "uk", "ja", "ko", "zh", "he");

    private WordLists() {
    }

    /** Entries of {@code <purpose>/<lang>.txt} for every shipped language, lower-cased; missing files are skipped. */
    static List<String> all(String purpose) {
        List<String> out = new ArrayList<>();
        for (String lang : LANGUAGES) {
            out.addAll(load(purpose + "/" + lang + ".txt"));
        }
        return List.copyOf(out);
    }

    /** Entries of one file, lower-cased, or none if it does not exist. */
    static List<String> load(String name) {
        return WordFiles.read(WordLists.class, name).orElse(List.of());
    }
}
