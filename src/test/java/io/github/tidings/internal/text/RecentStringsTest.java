package io.github.tidings.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class RecentStringsTest {
    /**
     * Whatever it shares, the table gives a string equal to the plain substring or string asked
     * for; an equal text given again while still in its slot is the same string.
     */
    @Test
    void givesWhatThePlainSubstringGivesAndSharesRepeats() {
        Random random = new Random(14);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            // short lines from a small vocabulary (many repeats, many hash collisions across slots) and some unique ones
            sb.append(i % 7 == 0 ? "Line " + i : "Menu " + random.nextInt(3000)).append(i % 11 == 0 ? "ä€" : "")
                    .append('\n');
        }
        String input = sb.toString();
        RecentStrings table = new RecentStrings();
        RecentStrings byString = new RecentStrings();
        int shared = 0;
        for (int from = 0, to; from < input.length(); from = to + 1) {
            to = input.indexOf('\n', from);
            String plain = input.substring(from, to);
            String got = table.share(input, from, to);
            assertThat(got).isEqualTo(plain);
            String again = byString.share(plain);
            assertThat(again).isEqualTo(plain);
            shared += got == table.share(new String(plain)) ? 1 : 0; // just given: the same string
        }
        assertThat(shared).isEqualTo(20_000);
        assertThat(table.share(input, 0, 0)).isEmpty();
    }

    @Test
    void aRepeatedLineIsOneString() {
        RecentStrings table = new RecentStrings();
        String input = "Home\nNews\nHome\n";
        assertThat(table.share(input, 10, 14)).isSameAs(table.share(input, 0, 4)).isEqualTo("Home");
        assertThat(table.share("News")).isSameAs(table.share(input, 5, 9));
    }
}
