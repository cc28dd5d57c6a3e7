package io.github.tidings.internal.words;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void unifiesLineEndsAndCollapsesBlankLines() {
        assertThat(TextNormalizer.normalize("a\r\nb\rc\n\n\n\nd\n\n")).isEqualTo("a\nb\nc\n\nd");
    }

    @Test
    void theIndentKeepingFormKeepsEachLinesLeadingSpacesAndTabsOnly() {
        String md = "- a\r\n  - b  c \n\n\n\t* d\n\u00A0\u00A0e\n   \n";
        assertThat(TextNormalizer.normalizeKeepingIndent(md)).isEqualTo("- a\n  - b c\n\n\t* d\n  e");
        assertThat(TextNormalizer.normalize(md)).isEqualTo("- a\n- b c\n\n* d\ne");
        assertThat(TextNormalizer.normalizeKeepingIndent(md).length()).isLessThanOrEqualTo(md.length());
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
    void theCheapNfcTestPassesOnlyWhatNfcLeavesAlone() {
        for (char c = 1; c < 0x3000; c++) {
            String s = "a" + c + c + "\u00e9" + c;
            if (TextNormalizer.isPlainNfc(s)) {
                assertThat(java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC)).as("U+%04X", (int) c)
                        .isEqualTo(s);
            }
        }
        assertThat(TextNormalizer.isPlainNfc("Caf\u00e9 \u201cquoted\u201d \u2014 dash\u2026")).isTrue();
        assertThat(TextNormalizer.isPlainNfc("e\u0301")).isFalse();
    }

    @Test
    void plainCharactersAreLeftAsTheyStandAndNormalizePlainAgreesWithNormalize() {
        int plain = 0;
        for (char c = 0; c < 0xFFFF; c++) {
            String s = "a" + c + " " + c + c + "\u00e9 z" + c;
            if (TextNormalizer.isPlainChar(c) && c != ' ') { // a space is plain between words only
                plain++;
                assertThat(TextNormalizer.normalize(s)).as("U+%04X", (int) c).isEqualTo(s);
            }
            if (TextNormalizer.isPlainChar(c)) {
                String t = "a" + c + "b";
                assertThat(TextNormalizer.normalizePlain(t)).as("U+%04X", (int) c).isEqualTo(TextNormalizer.normalize(t));
            }
        }
        assertThat(plain).isGreaterThan(700); // printable ASCII, Latin-1 and Latin Extended, punctuation
        for (char c : "\n\t\u0007\u007f\u00a0\u00ad\u0301\u200b\u2009\u2028\ufeff".toCharArray()) {
            assertThat(TextNormalizer.isPlainChar(c)).as("U+%04X", (int) c).isFalse();
        }
        assertThat(TextNormalizer.normalizePlain("AT&amp;T")).isEqualTo("AT&T");
    }

    @Test
    void ampersandsBetweenWordsNeedNoUnescaping() {
        assertThat(TextNormalizer.mayHoldEntity("Q & A, 5&6, a&")).isFalse();
        assertThat(TextNormalizer.mayHoldEntity("AT&T, ?id=3&lang=en&page=2, &copy2024")).isFalse(); // no such entities
        assertThat(TextNormalizer.mayHoldEntity("AT&amp;T")).isTrue();
        assertThat(TextNormalizer.mayHoldEntity("&copy 2024")).isTrue(); // jsoup reads it without the ';'
        assertThat(TextNormalizer.mayHoldEntity("&#8217;")).isTrue();
        assertThat(TextNormalizer.mayHoldEntity("&lang;")).isTrue(); // not of the base set: only with the ';'
        assertThat(TextNormalizer.normalize("Q & A &amp; more")).isEqualTo("Q & A & more");
        assertThat(TextNormalizer.normalize("?id=3&lang=en &copy 2024")).isEqualTo("?id=3&lang=en \u00A9 2024");
    }

    @Test
    void textSparedUnescapingIsTextUnescapingLeavesAsItIs() {
        // the shortcut against the plain version: wherever mayHoldEntity says no, jsoup's
        // unescaping gives the text back unchanged, so skipping it changes nothing
        String[] pieces = {"&", "&", "&", "#", "x", "X", "amp", "AMP", "copy", "T", "lt", "gt", "nbsp", "quot", "not",
            "notin", "lang", "AElig", "eacute", "9", "0", "3", "f", ";", ";", " ", "é", "ü", "\r", "\n", "\t", "a", "=", "?",
            "<", "Ä", "新", "\uD83D\uDE00", "ʼ"};
        java.util.Random random = new java.util.Random(11);
        int spared = 0;
        for (int k = 0; k < 20_000; k++) {
            StringBuilder sb = new StringBuilder();
            for (int p = 1 + random.nextInt(8); p > 0; p--) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = sb.toString();
            if (!TextNormalizer.mayHoldEntity(s)) {
                spared++;
                assertThat(org.jsoup.parser.Parser.unescapeEntities(s, false)).as(s).isEqualTo(s);
            }
        }
        assertThat(spared).isGreaterThan(4_000); // the test reaches the shortcut often
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

    @Test
    void longRunsOfCombiningMarksGetAGraphemeJoinerEveryThirtyMarks() {
        String marks = "\u0301\u0316\u0334\u0345"; // four combining classes, so NFC reorders them
        String text = "a" + marks.repeat(20); // 80 marks on one letter
        String safe = TextNormalizer.streamSafe(text);
        assertThat(safe.length()).isEqualTo(text.length() + 2);
        assertThat(safe.charAt(31)).isEqualTo(TextNormalizer.CGJ);
        assertThat(safe.charAt(62)).isEqualTo(TextNormalizer.CGJ);
        assertThat(safe.replace("\u034F", "")).isEqualTo(text);
        // idempotent: the joiner ends a run, so a second pass adds none
        assertThat(TextNormalizer.streamSafe(safe)).isSameAs(safe);
        String once = TextNormalizer.normalize(text);
        assertThat(TextNormalizer.normalize(once)).isEqualTo(once);
        assertThat(java.text.Normalizer.isNormalized(once, java.text.Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void shortRunsAndSupplementaryMarksAreLeftAlone() {
        String vietnamese = "Vi\u1EC7t Nam e\u0323\u0302"; // two marks on one letter, real text
        assertThat(TextNormalizer.streamSafe(vietnamese)).isSameAs(vietnamese);
        String thirty = "a" + "\u0301".repeat(30);
        assertThat(TextNormalizer.streamSafe(thirty)).isSameAs(thirty);
        String musical = "a" + "\uD834\uDD67".repeat(31); // U+1D167, a combining mark above the BMP
        String safe = TextNormalizer.streamSafe(musical);
        assertThat(safe).isEqualTo("a" + "\uD834\uDD67".repeat(30) + "\u034F\uD834\uDD67");
    }

    @Test
    void normalisingLongMarkRunsTakesLinearTime() {
        // "a" and 50k groups of four marks of mixed classes: about a minute per normalisation pass
        // when the normaliser reorders one 200k-mark run by insertion sort, well under a second now
        String text = "a" + "\u0301\u0316\u0334\u0345".repeat(50_000);
        String out = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(15),
                () -> TextNormalizer.nfkc(TextNormalizer.normalize(text)));
        assertThat(out.length()).isGreaterThan(text.length());
    }
}
