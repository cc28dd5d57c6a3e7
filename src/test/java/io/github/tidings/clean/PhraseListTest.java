package io.github.tidings.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhraseListTest {
    private static String[] w(String s) {
        return PhraseList.words(PhraseList.normalize(s));
    }

    @Test
    void normalizesCasePunctuationAndTurkishDottedI() {
        assertThat(PhraseList.normalize("  Share this:  ")).isEqualTo("share this");
        assertThat(PhraseList.normalize("email Print zoom+ zoom-")).isEqualTo("email print zoom zoom");
        assertThat(PhraseList.normalize("TÜM HAKLARI SAKLIDIR")).isEqualTo("tüm haklari saklidir");
        assertThat(PhraseList.normalize("İZİNSİZ")).isEqualTo("izinsiz");
        assertThat(PhraseList.normalize("•  –")).isEmpty();
    }

    @Test
    void coversLinesMadeOnlyOfPhrasesAndNumbers() {
        PhraseList list = PhraseList.of("share on", "facebook", "twitter", "email");
        assertThat(list.covers(w("Share on Facebook"), false)).isTrue();
        assertThat(list.covers(w("Facebook Twitter 12"), true)).isTrue();
        assertThat(list.covers(w("Facebook Twitter 12"), false)).isFalse();
        assertThat(list.covers(w("Facebook bought a company"), true)).isFalse();
    }

    @Test
    void prefixAndOccurrenceRespectWordBoundaries() {
        PhraseList list = PhraseList.of("read more", "all rights reserved");
        assertThat(list.prefixWords(w("Read more: the full story"))).isEqualTo(2);
        assertThat(list.prefixWords(w("Reading more books"))).isZero();
        assertThat(list.occursIn(w("© 2019 Example Ltd. All Rights Reserved."))).isTrue();
        assertThat(list.occursIn(w("all rightsreserved"))).isFalse();
        assertThat(list.occursIn(w("read more"), 3)).isFalse();
    }

    @Test
    void loadsEveryLanguageOfAPurpose() {
        PhraseList footer = Phrases.FOOTER;
        assertThat(footer.occursIn(w("All rights reserved"))).isTrue();
        assertThat(footer.occursIn(w("Tüm hakları saklıdır"))).isTrue();
        assertThat(footer.occursIn(w("Alle Rechte vorbehalten"))).isTrue();
        assertThat(footer.occursIn(w("Tous droits réservés"))).isTrue();
        assertThat(footer.occursIn(w("Todos los derechos reservados"))).isTrue();
        assertThat(footer.occursIn(w("Todos os direitos reservados"))).isTrue();
        assertThat(footer.occursIn(w("Tutti i diritti riservati"))).isTrue();
        assertThat(footer.occursIn(w("Все права защищены"))).isTrue();
        assertThat(footer.occursIn(w("Hak cipta dilindungi undang-undang"))).isTrue();
        assertThat(footer.occursIn(w("جميع الحقوق محفوظة"))).isTrue();
        assertThat(Phrases.AGENCIES.matches("getty images")).isTrue();
    }

    @Test
    void countsWithSuffixAreNumbers() {
        assertThat(PhraseList.isNumber("84k")).isTrue();
        assertThat(PhraseList.isNumber("12")).isTrue();
        assertThat(PhraseList.isNumber("k84")).isFalse();
        assertThat(PhraseList.isNumber("2019a")).isFalse();
    }

    @Test
    void tellsWhichWordsBeginAPhrase() {
        PhraseList list = PhraseList.of("share on", "facebook", "Read more");
        assertThat(list.hasPhraseStartingWith("share")).isTrue();
        assertThat(list.hasPhraseStartingWith("read")).isTrue();
        assertThat(list.hasPhraseStartingWith("on")).isFalse(); // inside a phrase, not at its start
        assertThat(list.hasPhraseStartingWith("more")).isFalse();
    }

    @Test
    void leadingAndFirstWordsAreTheBlocksOwn() {
        String paragraph = "Photo caption: the long paragraph goes on with a great many words, more than the"
                + " opening tests read, so that only its start is normalised; " + "and it goes on. ".repeat(30);
        TextBlock b = TextBlock.of(paragraph);
        String[] all = w(paragraph);
        String[] leading = Lines.leadingWords(TextBlock.of(paragraph));
        assertThat(leading.length).isGreaterThanOrEqualTo(Lines.LEADING_WORDS).isLessThan(all.length);
        assertThat(leading).containsExactly(java.util.Arrays.copyOf(all, leading.length));
        assertThat(Lines.firstWord(b)).isEqualTo("photo");
        assertThat(Lines.firstWord(TextBlock.of("Supercalifragilisticexpialidocious-like words go on and on")))
                .isEqualTo("supercalifragilisticexpialidocious");
        assertThat(Lines.firstWord(TextBlock.of("x".repeat(60) + " and more words after it"))).isNull(); // not told
        assertThat(Lines.leadingWords(TextBlock.of("Short block."))).containsExactly("short", "block");
    }

    @Test
    void firstWordOfALongBlockIsTheFirstOfAllItsWords() {
        // the shortcut for long blocks (the prefix's text up to its first space) against the plain
        // version: the first of the block's normalised words
        String[] texts = {
            "«İSTANBUL» — Belediye meclisi salı akşamı toplandı ve uzun bir tartışmadan sonra karar verdi.",
            "Der Gemeinderat tagte am Dienstagabend und beschloss nach langer Debatte den Neubau der Mauer.",
            "  ...   Photo: a caption that opens with a label and goes on for more than the prefix read",
            "東京 — 市議会は火曜日の夜に会合を開き、長い議論の末に古い防波堤を再建することに合意した。とても長い文章です。",
            "مجلس المدينة اجتمع مساء الثلاثاء ووافق بعد نقاش طويل على إعادة بناء الجدار البحري القديم قبل الشتاء",
            "e\u0301te\u0301 en ville : le conseil municipal s'est réuni mardi soir et a voté la reconstruction",
            "12.03.2024 | 14:05 Uhr — ein Datum vorne und danach noch viele weitere Wörter des Absatzes"};
        for (String t : texts) {
            assertThat(t.length()).isGreaterThan(48);
            assertThat(Lines.firstWord(TextBlock.of(t))).as(t).isEqualTo(w(t)[0]);
        }
    }

    @Test
    void firstWordOfANormalisedBlockIsReadFromItsPhrases() {
        // once a cleaner has normalised the block whole, its first word is told even past the prefix
        String t = "x".repeat(60) + " and more words after it";
        TextBlock b = TextBlock.of(t);
        assertThat(Lines.firstWord(b)).isNull(); // not told from the prefix
        b.phrases();
        assertThat(Lines.firstWord(b)).isEqualTo("x".repeat(60));
        TextBlock german = TextBlock.of("Der Gemeinderat tagte am Dienstagabend und beschloss nach langer Debatte.");
        german.phrases();
        assertThat(Lines.firstWord(german)).isEqualTo("der");
    }

    /** Words and separators the lines of the test below are made of: several scripts, case, marks, punctuation. */
    private static final String[] PIECES = {"Read", "more", "READ MORE", "read-more", "all", "Rights", "reserved",
        "All rights reserved.", "Tags", "tags:", "Related", "articles", "Share", "this", "Facebook", "İZİNSİZ",
        "Tüm", "HAKLARI", "saklıdır", "Читайте", "также", "ЧИТАЙТЕ ТАКЖЕ", "関連記事", "関連", "記事", "新闻",
        "이", "기사", "관련기사", "اقرأ", "أيضا", "café", "cafe\u0301", "Straße", "STRASSE", "ǅemal", "12", "84k",
        "2024", "©", "—", "•", "|", ":", "...", "«", "»", "(", ")", "[", "]", " ", "  ", "\t", "-", "'", "’", "e\u0301",
        "\uD835\uDC00", "x", "i\u0307", "Ĳ", "ﬁ"};

    @Test
    void lookupsInTheNormalisedTextAndItsPhraseTextAnswerAsTheWordArrayDoes() {
        java.util.Random random = new java.util.Random(11);
        PhraseList own = PhraseList.of("read more", "all rights reserved", "read more all", "tags", "related articles",
                "читайте также", "関連記事", "관련기사", "اقرأ أيضا", "tüm haklari saklidir", "izinsiz", "café",
                "12", "share this facebook", "strasse");
        PhraseList[] lists = {own, Phrases.FOOTER, Phrases.RELATED, Phrases.TAGS, Phrases.PROMPTS,
            Phrases.CONTRIBUTORS, Phrases.SHARE, Phrases.ADS};
        int hits = 0;
        int covered = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder line = new StringBuilder();
            int pieces = random.nextInt(14);
            for (int k = 0; k < pieces; k++) {
                line.append(PIECES[random.nextInt(PIECES.length)]);
                if (random.nextInt(4) > 0) {
                    line.append(' ');
                }
            }
            String text = line.toString();
            String normalized = PhraseList.normalize(text);
            String[] words = PhraseList.words(normalized);
            assertThat(PhraseList.wordCount(normalized)).as(text).isEqualTo(words.length);
            PhraseText phrases = PhraseText.of(normalized);
            assertThat(phrases.size()).as(text).isEqualTo(words.length);
            assertThat(phrases.words()).as(text).containsExactly(words);
            for (int k = 0; k < words.length; k++) {
                assertThat(phrases.hash(k)).as(text).isEqualTo(words[k].hashCode());
                assertThat(normalized.substring(phrases.start(k), phrases.end(k))).as(text).isEqualTo(words[k]);
            }
            for (PhraseList list : lists) {
                int prefix = list.prefixWords(normalized);
                assertThat(prefix).as(text).isEqualTo(list.prefixWords(words));
                assertThat(list.prefixWords(phrases)).as(text).isEqualTo(prefix);
                for (int k = 0; k <= words.length; k++) {
                    assertThat(list.longestAt(phrases, k)).as(text).isEqualTo(list.longestAt(words, k));
                }
                for (int min = 1; min <= 3; min++) {
                    assertThat(list.occursIn(normalized, min)).as(text).isEqualTo(list.occursIn(words, min));
                    assertThat(list.occursIn(phrases, min)).as(text).isEqualTo(list.occursIn(words, min));
                }
                assertThat(list.occursIn(normalized)).as(text).isEqualTo(list.occursIn(words));
                assertThat(list.occursIn(phrases)).as(text).isEqualTo(list.occursIn(words));
                assertThat(list.covers(normalized, true)).as(text).isEqualTo(list.covers(words, true));
                assertThat(list.covers(normalized, false)).as(text).isEqualTo(list.covers(words, false));
                assertThat(list.covers(phrases, true)).as(text).isEqualTo(list.covers(words, true));
                assertThat(list.covers(phrases, false)).as(text).isEqualTo(list.covers(words, false));
                covered += list.covers(words, true) ? 1 : 0;
                hits += prefix > 0 ? 1 : 0;
            }
        }
        assertThat(hits).as("lines that start with a phrase: the comparison must see matches too").isGreaterThan(5_000);
        assertThat(covered).as("lines made only of phrases and numbers").isGreaterThan(500);
    }
}
