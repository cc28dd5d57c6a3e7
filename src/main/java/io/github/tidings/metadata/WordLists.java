package io.github.tidings.metadata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Loads the phrase lists under {@code io/github/tidings/metadata/}: UTF-8, one entry per line,
 * {@code #} starts a comment line. Lists are read once into immutable values by their users.
 */
final class WordLists {
    /** The languages whose lists are shipped; adding a language is adding its files and its tag here. */
    static final List<String> LANGUAGES = List.of("en", "tr", "de", "fr", "es", "pt", "it", "ru", "id", "ar", "nl", "pl",
            "sv", "uk", "ja", "ko", "zh");

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
        InputStream in = WordLists.class.getResourceAsStream(name);
        if (in == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    out.add(s.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        return List.copyOf(out);
    }
}
