package io.github.tidings.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void unifiesLineEndsAndCollapsesBlankLines() {
        assertThat(TextNormalizer.normalize("a\r\nb\rc\n\n\n\nd\n\n")).isEqualTo("a\nb\nc\n\nd");
    }

    @Test
    void decodesEntitiesLeftInText() {
        assertThat(TextNormalizer.normalize("AT&amp;T&#8217;s &quot;plan&quot; &nbsp;now")).isEqualTo("AT&T’s \"plan\" now");
        assertThat(TextNormalizer.normalize("Tom & Jerry")).isEqualTo("Tom & Jerry");
    }

    @Test
    void composesToNfc() {
        assertThat(TextNormalizer.normalize("Yayın tarihi e\u0301")).isEqualTo("Yayın tarihi é");
    }

    @Test
    void oddSpacesBecomeOneSpaceAndLinesAreTrimmed() {
        assertThat(TextNormalizer.normalize("\u00A0 one\u2009two\u3000\tthree  \n")).isEqualTo("one two three");
    }

    @Test
    void dropsInvisibleAndControlCharactersButKeepsJoiners() {
        assertThat(TextNormalizer.normalize("zero\u200Bwidth soft\u00ADhyphen \uFEFFbom bell\u0007")).isEqualTo(
                "zerowidth softhyphen bom bell");
        assertThat(TextNormalizer.normalize("می\u200Cخواهم")).isEqualTo("می\u200Cخواهم");
    }

    @Test
    void whitespaceOnlyLinesAreBlank() {
        assertThat(TextNormalizer.normalize("a\n \u00A0 \nb")).isEqualTo("a\n\nb");
        assertThat(TextNormalizer.normalize(" \n\t\n")).isEmpty();
    }

    @Test
    void linearOnLargeInput() {
        String big = "word &amp; word\u00A0\r\n".repeat(200_000);
        String out = TextNormalizer.normalize(big);
        assertThat(out).startsWith("word & word\nword & word").hasLineCount(200_000);
    }
}
