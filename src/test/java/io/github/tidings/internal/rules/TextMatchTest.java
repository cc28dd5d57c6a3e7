package io.github.tidings.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TextMatchTest {

    @Test
    void exactAndPrefixIgnoreCaseSpacesAndTheTurkishIs() {
        TextMatch exact = TextMatch.of(TextMatch.Kind.EXACT, "YEREL  HABERLER");
        assertThat(exact.matches("Yerel Haberler")).isTrue();
        assertThat(exact.matches("  yerel haberler ")).isTrue();
        assertThat(exact.matches("Yerel Haberler ve daha fazlası")).isFalse();
        assertThat(TextMatch.of(TextMatch.Kind.EXACT, "İLGİLİ HABERLER").matches("ilgili haberler")).isTrue();
        assertThat(TextMatch.of(TextMatch.Kind.EXACT, "Ilık hava").matches("ILIK HAVA")).isTrue();

        TextMatch prefix = TextMatch.of(TextMatch.Kind.PREFIX, "Etiketler:");
        assertThat(prefix.capture("ETİKETLER: kütüphane, kültür")).isEqualTo("kütüphane, kültür");
        assertThat(prefix.matches("Bazı etiketler: x")).isFalse();
    }

    @Test
    void patternsMatchTheWholeTextAndCaptureTheFirstStar() {
        TextMatch p = TextMatch.of(TextMatch.Kind.PATTERN, "Reklam Alanı *");
        assertThat(p.capture("Reklam Alanı 3")).isEqualTo("3");
        assertThat(p.matches("Bu bir Reklam Alanı 3")).isFalse();
        TextMatch mid = TextMatch.of(TextMatch.Kind.PATTERN, "Read more * at * today");
        assertThat(mid.capture("Read more stories at Example today")).isEqualTo("stories");
        assertThat(mid.matches("Read more stories at Example")).isFalse();
        assertThat(mid.matches("Read more at today")).isFalse(); // the pieces may not overlap
        assertThat(TextMatch.of(TextMatch.Kind.PATTERN, "*photo*").matches("A PHOTO of the bridge")).isTrue();
        assertThat(TextMatch.of(TextMatch.Kind.PATTERN, "a*a").matches("a")).isFalse();
        assertThat(TextMatch.of(TextMatch.Kind.PATTERN, "a*a").matches("aa")).isTrue();
        assertThat(TextMatch.of(TextMatch.Kind.PATTERN, "Published on *").capture("Published on 2 May 2024"))
                .isEqualTo("2 May 2024");
        assertThat(TextMatch.of(TextMatch.Kind.PATTERN, "Tags").capture("tags")).isEqualTo("tags");
    }

    @Test
    void aPatternWithManyStarsOnALongLineTakesLinearTime() {
        TextMatch p = TextMatch.of(TextMatch.Kind.PATTERN, "a*a*a*a*a*a*a*a*a*a*b");
        String line = "a".repeat(200_000);
        assertThat(org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> p.matches(line))).isFalse();
    }

    @Test
    void textWithoutLettersOrDigitsIsRefused() {
        assertThatThrownBy(() -> TextMatch.of(TextMatch.Kind.PATTERN, "* - *"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nearly every block");
        assertThatThrownBy(() -> TextMatch.of(TextMatch.Kind.EXACT, "---"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
