package io.github.tidings.internal.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The word lists {@link TextContentFinder} reads: function words per language, function characters
 * of languages written without spaces, the headings that end an article's region, the headings of
 * link boxes that may stand inside it, and the phrases
 * of site footers. Loaded once
 * from {@code finder/index.txt} on the classpath; immutable.
 */
final class FinderWords {
    private static final String DIR = "/io/github/tidings/internal/text/finder/";
    static final FinderWords INSTANCE = load();

    private final Map<String, Set<String>> stopWordsByLanguage;
    private final Set<String> allStopWords;
    private final LongHashSet allHashes;
    private final Map<String, LongHashSet> hashesByLanguage;
    private final int[] particles; // sorted
    private final Set<String> endMarkers;
    private final Set<String> markerFirstWords;
    private final int longestMarkerFirstWord;
    /** Bits by {@link #signature} of {@link #markerFirstWords}; filled once, never changed. */
    private final long[] markerFirstSignatures = new long[1 << 8];
    private final Set<String> boxMarkers;
    private final Set<String> threadNouns;
    private final List<String> footerPhrases;
    private final int longestMarkerWords;

    private FinderWords(Map<String, Set<String>> byLanguage, Set<Integer> particles, Set<String> endMarkers,
            Set<String> boxMarkers, Set<String> threadNouns, Set<String> footerPhrases) {
        this.stopWordsByLanguage = Map.copyOf(byLanguage);
        Set<String> all = new HashSet<>();
        byLanguage.values().forEach(all::addAll);
        this.allStopWords = Set.copyOf(all);
        this.allHashes = hashes(allStopWords);
        Map<String, LongHashSet> h = new HashMap<>();
        byLanguage.forEach((k, v) -> h.put(k, hashes(v)));
        this.hashesByLanguage = Map.copyOf(h);
        this.particles = particles.stream().mapToInt(Integer::intValue).sorted().toArray();
        this.endMarkers = Set.copyOf(endMarkers);
        Set<String> first = new HashSet<>();
        for (String m : endMarkers) {
            int space = m.indexOf(' ');
            first.add(space < 0 ? m : m.substring(0, space));
        }
        this.markerFirstWords = Set.copyOf(first);
        int longestFirst = 0;
        for (String w : first) {
            longestFirst = Math.max(longestFirst, w.length());
        }
        this.longestMarkerFirstWord = longestFirst;
        for (String w : first) {
            if (!w.isEmpty()) {
                int sig = signature(w, w.length());
                markerFirstSignatures[sig >>> 6] |= 1L << sig;
            }
        }
        this.boxMarkers = Set.copyOf(boxMarkers);
        this.threadNouns = Set.copyOf(threadNouns);
        this.footerPhrases = List.copyOf(footerPhrases);
        int longest = 1;
        for (String m : endMarkers) {
            longest = Math.max(longest, m.split(" ").length);
        }
        this.longestMarkerWords = longest;
    }

    /** The function words of a language, or of every language with a list when it has none or is unknown. */
    Set<String> stopWords(@Nullable String language) {
        if (language != null) {
            Set<String> s = stopWordsByLanguage.get(language.toLowerCase(Locale.ROOT));
            if (s != null) {
                return s;
            }
        }
        return allStopWords;
    }

    /**
     * The function words of {@link #stopWords(String)} as a set of {@link #hash(CharSequence) hashes},
     * so that the finder can look words up while scanning, without making strings.
     */
    LongHashSet stopHashes(@Nullable String language) {
        Set<String> words = stopWords(language);
        return words == allStopWords ? allHashes : hashesByLanguage.get(language.toLowerCase(Locale.ROOT));
    }

    /** FNV-1a over the lower-case code points: the key of {@link #stopHashes(String)}. */
    static long hash(CharSequence word) {
        long h = FNV_OFFSET;
        for (int i = 0; i < word.length(); ) {
            int cp = Character.codePointAt(word, i);
            i += Character.charCount(cp);
            h = step(h, Character.toLowerCase(cp));
        }
        return h;
    }

    /** One step of {@link #hash(CharSequence)}. */
    static long step(long h, int lowerCaseCodePoint) {
        return (h ^ lowerCaseCodePoint) * 0x100000001b3L;
    }

    static final long FNV_OFFSET = 0xcbf29ce484222325L;

    private static LongHashSet hashes(Set<String> words) {
        long[] out = new long[words.size()];
        int i = 0;
        for (String w : words) {
            out[i++] = hash(w);
        }
        return new LongHashSet(out);
    }

    /** Whether the code point is a function character of Chinese or Japanese. */
    boolean isParticle(int cp) {
        return java.util.Arrays.binarySearch(particles, cp) >= 0;
    }

    /**
     * Nouns (lower case) that, after a count, head the readers' thread below an article
     * ("40 responses", "3 Gedanken zu „…“"). Without the count they do not: "Thoughts" or
     * "Antworten" may head a section of the article itself.
     */
    Set<String> threadNouns() {
        return threadNouns;
    }

    /** Headings (lower case, single spaces, no end punctuation) after which an article does not go on. */
    Set<String> endMarkers() {
        return endMarkers;
    }

    /** The length of the longest of {@link #markerFirstWords()}. */
    int longestMarkerFirstWord() {
        return longestMarkerFirstWord;
    }

    /** The first word (up to the first space) of every end marker. */
    Set<String> markerFirstWords() {
        return markerFirstWords;
    }

    /**
     * Whether {@code k}'s first {@code length} characters, a word, may be one of
     * {@link #markerFirstWords()}: false means surely not, told from its first and last characters
     * and its length, without cutting it out and hashing it (most lines' first words are no
     * marker's).
     */
    boolean mayBeMarkerFirstWord(String k, int length) {
        int sig = signature(k, length);
        return (markerFirstSignatures[sig >>> 6] & (1L << sig)) != 0;
    }

    /** 14 bits of the word {@code w[0, length)}: its first and last characters and its length. */
    private static int signature(String w, int length) {
        return (w.charAt(0) & 31) << 9 | (w.charAt(length - 1) & 31) << 4 | (length & 15);
    }

    /**
     * Headings (lower case, single spaces, no punctuation) of link boxes that sites put inside an
     * article as well as after it ("Related articles", "Read also"): they do not by themselves
     * end the article.
     */
    Set<String> boxMarkers() {
        return boxMarkers;
    }

    /** Phrases (lower case) that make a short line the site's footer wherever they stand in it. */
    List<String> footerPhrases() {
        return footerPhrases;
    }

    /** The most words any end marker has. */
    int longestMarkerWords() {
        return longestMarkerWords;
    }

    private static FinderWords load() {
        Map<String, Set<String>> stop = new HashMap<>();
        Set<Integer> particles = new HashSet<>();
        Set<String> markers = new HashSet<>();
        Set<String> boxes = new HashSet<>();
        Set<String> threads = new HashSet<>();
        Set<String> footer = new HashSet<>();
        for (String file : lines("index.txt")) {
            List<String> entries = lines(file);
            String lang = file.substring(file.indexOf('-') + 1, file.lastIndexOf('.'));
            if (file.startsWith("stopwords-")) {
                for (String e : entries) {
                    stop.computeIfAbsent(lang, k -> new HashSet<>()).add(e.toLowerCase(Locale.ROOT));
                }
            } else if (file.startsWith("particles-")) {
                for (String e : entries) {
                    particles.add(e.codePointAt(0));
                }
            } else if (file.startsWith("end-markers-")) {
                for (String e : entries) {
                    markers.add(e.toLowerCase(Locale.ROOT));
                }
            } else if (file.startsWith("box-markers-")) {
                for (String e : entries) {
                    boxes.add(e.toLowerCase(Locale.ROOT));
                }
            } else if (file.startsWith("thread-nouns-")) {
                for (String e : entries) {
                    threads.add(e.toLowerCase(Locale.ROOT));
                }
            } else if (file.startsWith("footer-")) {
                for (String e : entries) {
                    footer.add(e.toLowerCase(Locale.ROOT));
                }
            } else {
                throw new IllegalStateException("unknown kind of finder word list: " + file);
            }
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        stop.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        return new FinderWords(frozen, particles, markers, boxes, threads, footer);
    }

    private static List<String> lines(String name) {
        List<String> out = new ArrayList<>();
        try (InputStream in = FinderWords.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DIR + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    out.add(l);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
