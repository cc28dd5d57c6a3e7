package io.github.tidings.internal.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class TitleReaderTest {
    @Test
    void theCheapNfkcTestPassesOnlyWhatNfkcLeavesAlone() {
        for (char c = 1; c < 0x3000; c++) {
            String s = "a" + c + c + "\u00e9" + c;
            if (TitleReader.isNfkcStable(s)) {
                assertThat(Normalizer.normalize(s, Normalizer.Form.NFKC)).as("U+%04X", (int) c).isEqualTo(s);
            }
        }
        assertThat(TitleReader.isNfkcStable("Caf\u00e9 \u201cquoted\u201d \u2014 it\u2019s")).isTrue();
        assertThat(TitleReader.isNfkcStable("wait\u2026")).isFalse(); // the ellipsis becomes three dots
        assertThat(TitleReader.isNfkcStable("\uFF21BC")).isFalse(); // a full-width letter
    }

    @Test
    void normalisedTitlesIgnoreCaseQuotesAndSpacing() {
        assertThat(TitleReader.norm("  \u201cBig\u201d   News \u2014 Today\u2026 ")).isEqualTo("big\" news - today"); // ends trimmed to a letter or digit
        assertThat(TitleReader.norm("A `Big` NEWS")).isEqualTo("a 'big' news");
        assertThat(TitleReader.words("It\u2019s 3 o'clock")).isEqualTo(TitleReader.tokens("It\u2019s 3 o'clock").size())
                .isEqualTo(5);
    }
}
