package io.github.tidings.internal.text;

import io.github.tidings.internal.words.WordFiles;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Detects the language of a text from its script and its function words. Internal: not part of
 * the API.
 *
 * <p>The script with the most letters decides first: a script used by one language names it (Hangul
 * is Korean, Greek is Greek, Thai is Thai); Han with kana is Japanese, Han alone Chinese. Within a
 * script shared by several languages (Latin, Cyrillic, Arabic) the language whose function words
 * ("the", "und", "и", "در") occur most wins; a word shared by several languages counts for each in
 * equal parts, so words unique to one language weigh most. A text with too few function words for
 * its length (fewer than one in a hundred words: a results table, a list of names) names no language:
 * the few it has say nothing. The function-word lists are resource
 * files {@code io/github/tidings/internal/text/stopwords/<tag>.txt}, one per language: adding a language is
 * adding a file and its tag to {@link #LANGUAGES}.
 *
 * <p>Only the first {@value #MAX_CHARS} characters are read, in one pass: time is linear and bounded.
 */
public final class LanguageDetector {
    /** How many characters of the text are read at most. */
    public static final int MAX_CHARS = 4_000;

    /** Languages told apart by function words; each has a stop-word list. */
    static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "pt", "it", "nl", "sv", "da", "nb", "fi", "pl",
            "cs", "sk", "hu", "ro", "tr", "id", "ms", "hr", "sl", "et", "lv", "lt", "ca", "vi", "sw", "af", "sq", "tl",
            "ru", "uk", "bg", "sr", "mk", "ar", "fa", "ur");

    /** Fewest function-word hits before a language is named. */
    private static final double MIN_HITS = 2.0;
    /**
     * Fewest function-word hits per word read before a language is named. Prose in every language
     * listed has one function word in a few; a results table, a list of names or of products has
     * hardly any, and the two or three it has (a club's "I", a name's "De") are noise that would
     * name any language.
     */
    private static final double MIN_HIT_SHARE = 0.01;

    private static final Map<UnicodeScript, String> SINGLE = singleScriptLanguages();
    /** The script of each language's function words, by index into LANGUAGES. */
    private static final List<UnicodeScript> SCRIPT_OF = scripts();
    /** word -> languages (indexes into LANGUAGES) whose lists hold it. */
    private static final WordHashes WORDS = loadWords();
    /** The length of the longest function word, in chars. */
    private static final int LONGEST_WORD = WORDS.longestWord();

    private LanguageDetector() {
    }

    /** The primary BCP 47 tag of the text's language, when it can be told. */
    public static Optional<String> detect(CharSequence text) {
        int n = Math.min(text.length(), MAX_CHARS);
        int[] letters = new int[SCRIPTS.length];
        double[] scores = new double[LANGUAGES.size()];
        int[] words = new int[1]; // the words read, counted where they end
        // The current word as a running hash and length: no string is built per word.
        long hash = WordHashes.START;
        int length = 0;
        int kana = 0;
        int han = 0;
        int latin = UnicodeScript.LATIN.ordinal();
        for (int i = 0; i < n; ) {
            char c = text.charAt(i);
            if (c < 0x80) {
                // ASCII, most of most pages: no table lookups
                i++;
                if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                    letters[latin]++;
                    hash = WordHashes.step(hash, c | 0x20);
                    length++;
                } else {
                    score(hash, length, scores, words);
                    hash = WordHashes.START;
                    length = 0;
                }
                continue;
            }
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                UnicodeScript s = scriptOf(cp);
                if (s == UnicodeScript.HIRAGANA || s == UnicodeScript.KATAKANA) {
                    kana++;
                } else if (s == UnicodeScript.HAN) {
                    han++;
                }
                letters[s.ordinal()] += weight(s);
                hash = WordHashes.step(hash, Character.toLowerCase(cp));
                length++;
            } else if (cp == '\u200c' && length > 0) {
                hash = WordHashes.step(hash, cp); // Persian zero-width non-joiner is part of a word
                length++;
            } else {
                score(hash, length, scores, words);
                hash = WordHashes.START;
                length = 0;
            }
        }
        score(hash, length, scores, words);
        UnicodeScript top = null;
        int best = 0;
        for (int k = 0; k < letters.length; k++) {
            if (letters[k] > best) {
                best = letters[k];
                top = SCRIPTS[k];
            }
        }
        if (top == null) {
            return Optional.empty();
        }
        switch (top) {
            case HAN, HIRAGANA, KATAKANA -> {
                return Optional.of(kana * 10 >= han + kana ? "ja" : "zh");
            }
            case LATIN, CYRILLIC, ARABIC -> {
                return byWords(top, scores, words[0]);
            }
            default -> {
                return Optional.ofNullable(SINGLE.get(top));
            }
        }
    }

    private static final UnicodeScript[] SCRIPTS = UnicodeScript.values();

    /** The script of a letter, with the commonest blocks answered without a table search. */
    private static UnicodeScript scriptOf(int cp) {
        if (cp < 0x0250) {
            return UnicodeScript.LATIN; // letters of Basic Latin to Latin Extended-B
        }
        if (cp >= 0x0400 && cp < 0x0530) {
            return UnicodeScript.CYRILLIC;
        }
        return UnicodeScript.of(cp);
    }

    /** Letters per word differ by script; weigh them so that a script's share reflects its words. */
    private static int weight(UnicodeScript s) {
        return switch (s) {
            case HAN, HIRAGANA, KATAKANA -> 3;
            case HANGUL, THAI -> 2;
            default -> 1;
        };
    }

    private static void score(long hash, int length, double[] scores, int[] words) {
        if (length == 0) {
            return;
        }
        words[0]++;
        if (length > LONGEST_WORD) {
            return; // no function word is that long: spare the lookup
        }
        int[] langs = WORDS.get(hash);
        if (langs != null) {
            double w = 1.0 / langs.length;
            for (int l : langs) {
                scores[l] += w;
            }
        }
    }

    private static Optional<String> byWords(UnicodeScript script, double[] scores, int words) {
        int best = -1;
        for (int i = 0; i < scores.length; i++) {
            if (SCRIPT_OF.get(i) == script && (best < 0 || scores[i] > scores[best])) {
                best = i;
            }
        }
        if (best < 0 || scores[best] < Math.max(MIN_HITS, words * MIN_HIT_SHARE)) {
            return Optional.empty();
        }
        return Optional.of(LANGUAGES.get(best));
    }

    private static WordHashes loadWords() {
        Map<String, List<Integer>> tmp = new HashMap<>();
        for (int i = 0; i < LANGUAGES.size(); i++) {
            String name = "stopwords/" + LANGUAGES.get(i) + ".txt";
            List<String> words = read(name);
            if (words.isEmpty()) {
                throw new IllegalStateException("missing or empty resource " + name);
            }
            for (String w : words) {
                List<Integer> l = tmp.computeIfAbsent(w, k -> new ArrayList<>());
                if (!l.contains(i)) {
                    l.add(i);
                }
            }
        }
        Map<String, int[]> out = new HashMap<>();
        tmp.forEach((w, l) -> out.put(w, l.stream().mapToInt(Integer::intValue).toArray()));
        return new WordHashes(out);
    }

    private static List<UnicodeScript> scripts() {
        List<UnicodeScript> out = new ArrayList<>();
        for (String lang : LANGUAGES) {
            List<String> words = read("stopwords/" + lang + ".txt");
            out.add(words.isEmpty() ? UnicodeScript.UNKNOWN : UnicodeScript.of(words.get(0).codePointAt(0)));
        }
        return List.copyOf(out);
    }

    private static List<String> read(String name) {
        return WordFiles.read(LanguageDetector.class, name).orElse(List.of());
    }

    private static Map<UnicodeScript, String> singleScriptLanguages() {
        Map<UnicodeScript, String> m = new EnumMap<>(UnicodeScript.class);
        m.put(UnicodeScript.HANGUL, "ko");
        m.put(UnicodeScript.GREEK, "el");
        m.put(UnicodeScript.HEBREW, "he");
        m.put(UnicodeScript.THAI, "th");
        m.put(UnicodeScript.DEVANAGARI, "hi");
        m.put(UnicodeScript.BENGALI, "bn");
        m.put(UnicodeScript.TAMIL, "ta");
        m.put(UnicodeScript.TELUGU, "te");
        m.put(UnicodeScript.KANNADA, "kn");
        m.put(UnicodeScript.MALAYALAM, "ml");
        m.put(UnicodeScript.GUJARATI, "gu");
        m.put(UnicodeScript.GURMUKHI, "pa");
        m.put(UnicodeScript.GEORGIAN, "ka");
        m.put(UnicodeScript.ARMENIAN, "hy");
        m.put(UnicodeScript.ETHIOPIC, "am");
        m.put(UnicodeScript.KHMER, "km");
        m.put(UnicodeScript.LAO, "lo");
        m.put(UnicodeScript.MYANMAR, "my");
        m.put(UnicodeScript.SINHALA, "si");
        return Collections.unmodifiableMap(m);
    }
}
