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
    void countsAndFirstOccurrencesAreThoseOfAMapOfKeyStrings() {
        Random random = new Random(14);
        TextContentFinder.KeyCounts counts = new TextContentFinder.KeyCounts();
        Map<String, int[]> plain = new HashMap<>();
        String[] lines = new String[20_000];
        for (int i = 0; i < lines.length; i++) {
            // few distinct lines at first (menus), then mostly distinct ones: the table grows
            lines[i] = i < 5_000 ? WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)]
                    : WORDS[random.nextInt(WORDS.length)] + " " + random.nextInt(1_000_000);
            String key = TextContentFinder.key(lines[i]);
            counts.add(TextContentFinder.keyHash(key), i);
            plain.computeIfAbsent(key, k -> new int[] {0, -1});
            int[] v = plain.get(key);
            v[0]++;
            v[1] = v[1] < 0 ? i : v[1];
        }
        for (String line : lines) {
            String key = TextContentFinder.key(line);
            int slot = counts.slot(TextContentFinder.keyHash(key));
            assertThat(slot).isNotNegative();
            assertThat(counts.count(slot)).as(line).isEqualTo(plain.get(key)[0]);
            assertThat(counts.first(slot)).as(line).isEqualTo(plain.get(key)[1]);
        }
        assertThat(counts.slot(TextContentFinder.keyHash("never seen line"))).isNegative();
    }

    @Test
    void theHashOfAKeyBufferIsTheHashOfTheKeyString() {
        for (String text : new String[] {"", "Item 12", "Économie — Le Monde", "İstanbul'da 新闻 ニュース", "a".repeat(500)}) {
            String key = TextContentFinder.key(text);
            assertThat(TextContentFinder.keyHash(key.toCharArray(), key.length())).isEqualTo(TextContentFinder.keyHash(key));
        }
    }
}
