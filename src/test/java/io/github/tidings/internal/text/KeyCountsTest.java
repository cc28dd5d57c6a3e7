package io.github.tidings.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The finder counts lines by their key's hash as a map of the key strings would count them. */
class KeyCountsTest {
    private static final String[] WORDS = {"Home", "Nachrichten", "Économie", "спорт", "新闻", "İstanbul", "2024",
        "Read more", "—", "·", "ニュース", "Ελλάδα", "x"};

    @Test
    void repeatsAndFirstOccurrencesAreThoseOfAMapOfKeyStrings() {
        Random random = new Random(14);
        String[] lines = new String[20_000];
        Map<String, int[]> plain = new HashMap<>();
        for (int i = 0; i < lines.length; i++) {
            // few distinct lines at first (menus), then mostly distinct ones, some numbered in a row
            lines[i] = i < 5_000 ? WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)]
                    : i % 2 == 0 ? "Item " + i : WORDS[random.nextInt(WORDS.length)] + " " + random.nextInt(1_000_000);
            String key = TextContentFinder.key(lines[i]);
            plain.computeIfAbsent(key, k -> new int[] {0, -1});
            int[] v = plain.get(key);
            v[0]++;
            v[1] = v[1] < 0 ? i : v[1];
        }
        // the compact way (sieved) and the plain one, on the same keys, and on a page as small as
        // the sieve's least (and too few lines said: it is a size, not a limit)
        TextContentFinder.KeyCounts tooSmall = new TextContentFinder.KeyCounts(100, true);
        for (TextContentFinder.KeyCounts counts : new TextContentFinder.KeyCounts[] {
            new TextContentFinder.KeyCounts(lines.length), new TextContentFinder.KeyCounts(lines.length, false),
            tooSmall}) {
            if (counts.sieves()) {
                for (String line : lines) {
                    counts.sieve(TextContentFinder.keyHash(TextContentFinder.key(line)));
                }
            }
            for (int i = 0; i < lines.length; i++) {
                counts.add(TextContentFinder.keyHash(TextContentFinder.key(lines[i])), i);
            }
            int repeated = 0;
            for (String line : lines) {
                String key = TextContentFinder.key(line);
                boolean repeats = plain.get(key)[0] >= 2;
                assertThat(counts.repeats(TextContentFinder.keyHash(key))).as(line).isEqualTo(repeats);
                if (repeats) {
                    repeated++;
                    assertThat(counts.first(TextContentFinder.keyHash(key))).as(line).isEqualTo(plain.get(key)[1]);
                }
            }
            assertThat(repeated).as("lines that repeat").isBetween(5_000, 15_000);
            long onceOnly = plain.values().stream().filter(v -> v[0] == 1).count();
            long repeatedKeys = plain.size() - onceOnly;
            if (counts.sieves() && counts != tooSmall) {
                // of the keys that occur once, the sieve lets some one in eight into the table at most
                assertThat(counts.size() - repeatedKeys).as("keys of one line in the table").isLessThan(onceOnly / 5);
            } else if (!counts.sieves()) {
                assertThat(counts.size()).isEqualTo(plain.size());
            }
            assertThat(counts.repeats(TextContentFinder.keyHash("never seen line"))).isFalse();
            assertThat(counts.first(TextContentFinder.keyHash("never seen line"))).isEqualTo(Integer.MAX_VALUE);
        }
        assertThat(new TextContentFinder.KeyCounts(TextContentFinder.KeyCounts.SIEVE_FROM).sieves()).isTrue();
        assertThat(new TextContentFinder.KeyCounts(TextContentFinder.KeyCounts.SIEVE_FROM - 1).sieves()).isFalse();
    }

    /** Counting stops at {@link TextContentFinder.KeyCounts#MANY}: a key added many times still repeats, and keeps its first. */
    @Test
    void aKeyAddedManyTimesRepeatsFromItsFirstOccurrence() {
        for (boolean sieved : new boolean[] {false, true}) {
            TextContentFinder.KeyCounts counts = new TextContentFinder.KeyCounts(10, sieved);
            long menu = TextContentFinder.keyHash("home");
            long once = TextContentFinder.keyHash("only once");
            if (sieved) {
                for (int i = 0; i < 10; i++) {
                    counts.sieve(menu);
                }
                counts.sieve(once);
            }
            counts.add(once, 0);
            assertThat(counts.repeats(once)).isFalse();
            for (int i = 0; i < 10; i++) {
                counts.add(menu, 3 + i);
                assertThat(counts.repeats(menu)).isEqualTo(i >= 1);
            }
            assertThat(counts.first(menu)).isEqualTo(3);
        }
    }

    @Test
    void aBlockSparedItsKeyForTheHeadlineCouldNotRepeatTheTitle() {
        // the headline search skips a block whose letters and digits alone make too long a key;
        // the plain version makes every key and compares it with the title
        Random random = new Random(3);
        String[] pieces = {"Brücke", "wird", "gesperrt", "İSTANBUL", "belediye", "東京", "市議会", "مجلس",
            "المدينة", "Ελλάδα", "x", "12", "2024", "—", ":", "'", " ", "  ", "e\u0301", "\uD835\uDC00", "ﬁ", "Ǆ", "ß"};
        int spared = 0;
        int same = 0;
        for (int n = 0; n < 20_000; n++) {
            String title = TextContentFinder.key(line(random, pieces, 1 + random.nextInt(12)));
            String text = line(random, pieces, random.nextInt(random.nextBoolean() ? 20 : 120));
            if (random.nextInt(3) == 0 && !title.isEmpty()) {
                text = random.nextBoolean() ? title : title + " " + line(random, pieces, random.nextInt(6));
            }
            io.github.tidings.clean.TextBlock b = io.github.tidings.clean.TextBlock.of(text);
            String key = TextContentFinder.key(text);
            if (text.length() <= 400) {
                assertThat(key.length()).as(text).isGreaterThanOrEqualTo(b.letters() + b.digits());
            }
            boolean plain = TextContentFinder.sameAsTitle(key, title);
            if (TextContentFinder.keyTooLongFor(b, title)) {
                spared++;
                assertThat(plain).as(text + " / " + title).isFalse();
            }
            same += plain ? 1 : 0;
        }
        assertThat(spared).as("blocks spared their key").isGreaterThan(2_000);
        assertThat(same).as("blocks that repeat the title: the comparison must see them too").isGreaterThan(2_000);
    }

    private static String line(Random random, String[] pieces, int count) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < count; k++) {
            sb.append(pieces[random.nextInt(pieces.length)]).append(random.nextInt(3) == 0 ? "" : " ");
        }
        return sb.toString();
    }

    /** The hash the finder counts lines by, made without the key, is the hash of the key made as a string. */
    @Test
    void theHashMadeWithoutTheKeyIsTheHashOfTheKey() {
        Random random = new Random(7);
        String[] pieces = {"Brücke", "İSTANBUL", "東京", "مجلس", "Ελλάδα", "x", "12", "—", ":", "'", " ", "  ", "\t",
            "e\u0301", "\uD835\uDC00", "\uD801\uDC00", "ﬁ", "Ǆ", "ß", "Σ", "\uD800", "ǅemal", "ＡＢＣ", "٣"};
        for (int n = 0; n < 20_000; n++) {
            String text = line(random, pieces, random.nextInt(n % 10 == 0 ? 200 : 20));
            if (n % 50 == 0) {
                text = "a".repeat(399) + "\uD801\uDC00 tail"; // a pair across the 400 characters read
            }
            assertThat(TextContentFinder.keyHashOf(text)).as(text)
                    .isEqualTo(TextContentFinder.keyHash(TextContentFinder.key(text)));
        }
    }

    @Test
    void theHashOfAKeyBufferIsTheHashOfTheKeyString() {
        for (String text : new String[] {"", "Item 12", "Économie — Le Monde", "İstanbul'da 新闻 ニュース", "a".repeat(500)}) {
            String key = TextContentFinder.key(text);
            assertThat(TextContentFinder.keyHash(key.toCharArray(), key.length())).isEqualTo(TextContentFinder.keyHash(key));
        }
    }
}
