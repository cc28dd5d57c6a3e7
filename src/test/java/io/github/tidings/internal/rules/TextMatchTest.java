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
    void aHashStandsForAWholeNumberAndForNothingElse() {
        TextMatch pages = TextMatch.of(TextMatch.Kind.PATTERN, "# - # of #");
        assertThat(pages.matches("1 - 10 of 250")).isTrue();
        assertThat(pages.matches("1.250 - 2.500 of 10.000")).isTrue();
        // a star would take any text here; a number sign takes only a number
        assertThat(pages.matches("SOFIA, 7 Kas (Reuters) - Bulgaristan'ın kadrosu, 23 oyuncu of 30")).isFalse();
        assertThat(TextMatch.of(TextMatch.Kind.PATTERN, "# Kommentare").matches("12 Kommentare")).isTrue();
        assertThat(TextMatch.of(TextMatch.Kind.PATTERN, "# Kommentare").matches("Keine Kommentare")).isFalse();
        assertThat(TextMatch.of(TextMatch.Kind.PATTERN, "Publié le # à #").matches("Publié le 07/11/2012 à 14:05"))
                .isTrue();
        assertThat(TextMatch.of(TextMatch.Kind.PATTERN, "Publié le # à #").matches("Publié le 7 novembre à 14:05"))
                .isFalse();
        TextMatch both = TextMatch.of(TextMatch.Kind.PATTERN, "Posted by * on #");
        assertThat(both.capture("Posted by Ada Lovelace on 2012-11-07")).isEqualTo("Ada Lovelace");
        assertThat(both.matches("Posted by Ada Lovelace on Wednesday")).isFalse();
        assertThat(TextMatch.of(TextMatch.Kind.PATTERN, "*# yorum").matches("Bu habere 3 yorum")).isTrue();
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
