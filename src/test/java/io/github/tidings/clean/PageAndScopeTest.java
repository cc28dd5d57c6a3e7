package io.github.tidings.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tidings.model.Hints;
import io.github.tidings.model.Removal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PageAndScopeTest {

    @Test
    void theArticleBeginsBelowAHeadlineFoundInTheBodyNotBelowThePagesFirstLine() {
        Page page = Page.builder().add(TextBlock.of("Bridge closes - City Herald")).add(TextBlock.of("Home"))
                .add(TextBlock.of("Bridge closes")).add(TextBlock.of("First paragraph.")).add(TextBlock.of("Second."))
                .role(0, Page.Role.TITLE).role(2, Page.Role.TITLE).build();
        assertThat(page.keptBelowHeadline()).hasValue(3);
        page.remove(page.blocks().get(2), "title, read as metadata");
        assertThat(page.keptBelowHeadline()).hasValue(2); // an index into kept(): the headline is no longer there
        assertThat(page.kept().get(2).text()).isEqualTo("First paragraph.");

        Page onlyTitleLine = Page.builder().add(TextBlock.of("Bridge closes")).add(TextBlock.of("First paragraph."))
                .role(0, Page.Role.TITLE).build();
        assertThat(onlyTitleLine.keptBelowHeadline()).isEmpty();
    }

    @Test
    void phraseTextIsLetGoOnceACleanerOtherThanTheBuiltInsRunsAndTheWordsAreMadeAgainWhenAsked() {
        Page page = Page.of("Share this story", "Lors du conseil, le maire a parlé.");
        TextBlock share = page.blocks().get(0);
        String[] words = share.phraseWords();
        assertThat(share.hasPhraseText()).isTrue();
        page.apply(BuiltInCleaners.all().get(0));
        assertThat(share.hasPhraseText()).as("kept for the next built-in").isTrue();

        page.apply(Cleaners.named("User", p -> { }));
        assertThat(share.hasPhraseText()).isFalse();
        assertThat(share.phraseWords()).containsExactly(words).containsExactly("share", "this", "story");
        assertThat(page.blocks().get(1).phraseWords()).containsExactly("lors", "du", "conseil", "le", "maire", "a",
                "parlé");
    }

    @Test
    void aLongBlocksPhrasesAreKeptInTheBlockUntilACleanerOtherThanTheBuiltInsRuns() {
        Page page = Page.of("Share this story with your friends online", "Lors du conseil, le maire a parlé.");
        TextBlock share = page.blocks().get(0);
        assertThat(share.text().length()).isGreaterThanOrEqualTo(TextBlock.PHRASES_KEPT_FROM);
        PhraseText made = share.phrases();
        assertThat(share.phrases()).isSameAs(made);
        assertThat(TextBlock.of("x").phrases().text()).isEqualTo("x"); // a short block takes slot 0 of the thread's table
        assertThat(share.phrases()).isSameAs(made);
        page.apply(Cleaners.named("User", p -> { }));
        assertThat(share.hasPhraseText()).isFalse();
        assertThat(share.phraseWords()).containsExactly("share", "this", "story", "with", "your", "friends", "online");
    }

    /**
     * A short block's phrases are kept in the thread's table by the block's index, not in the
     * block: another block at the same slot takes it over, and the first makes its own again, equal
     * to what they were.
     */
    @Test
    void aShortBlocksPhrasesAreKeptByTheThreadUntilItsSlotIsTaken() {
        Page page = Page.builder().add(TextBlock.of("Share – THIS!")).add(TextBlock.of("Home")).build();
        TextBlock menu = page.blocks().get(0);
        assertThat(menu.text().length()).isLessThan(TextBlock.PHRASES_KEPT_FROM);
        PhraseText made = menu.phrases();
        assertThat(made.text()).isEqualTo(PhraseList.normalize(menu.text())).isEqualTo("share this");
        assertThat(menu.hasPhraseText()).isTrue();
        assertThat(menu.phrases()).isSameAs(made);
        assertThat(page.blocks().get(1).phraseText()).isEqualTo("home");
        assertThat(menu.hasPhraseText()).as("another slot").isTrue();

        TextBlock other = TextBlock.of("Log in"); // index 0: menu's slot
        assertThat(other.phraseText()).isEqualTo("log in");
        assertThat(menu.hasPhraseText()).isFalse();
        assertThat(menu.phrasesIfMade()).isNull();
        assertThat(menu.phraseWords()).containsExactly("share", "this");
        assertThat(menu.phrases()).isNotSameAs(made);
        assertThat(other.hasPhraseText()).isFalse();

        menu.dropPhraseText();
        assertThat(menu.hasPhraseText()).isFalse();
        assertThat(menu.phraseText()).isEqualTo("share this");
    }

    /**
     * A page of more blocks than the thread's table has slots gives every block the phrases a
     * block of its own would make, however often the slots change hands, short and long blocks
     * alike: the table is a cache, never a source of another block's words.
     */
    @Test
    void phrasesOfAPageLargerThanTheTableAreEachBlocksOwn() {
        Page.Builder pb = Page.builder();
        java.util.Random random = new java.util.Random(14);
        String[] words = {"Home", "News", "Straße", "İZMİR", "Читайте", "関連記事", "2024", "©", "Share", "–", "this"};
        for (int i = 0; i < 3000; i++) {
            StringBuilder sb = new StringBuilder("Item " + i);
            for (int k = random.nextInt(i % 7 == 0 ? 9 : 3); k > 0; k--) {
                sb.append(' ').append(words[random.nextInt(words.length)]);
            }
            pb.add(TextBlock.of(sb.toString()));
        }
        Page page = pb.build();
        for (int round = 0; round < 3; round++) {
            for (int i = round; i < 3000; i += 1 + round) {
                TextBlock b = page.blocks().get(i);
                PhraseText plain = PhraseText.of(PhraseList.normalize(b.text()));
                PhraseText p = b.phrases();
                assertThat(p.text()).as(b.text()).isEqualTo(plain.text());
                assertThat(p.size()).isEqualTo(plain.size());
                for (int k = 0; k < p.size(); k++) {
                    assertThat(p.hash(k)).isEqualTo(plain.hash(k));
                    assertThat(p.end(k)).isEqualTo(plain.end(k));
                }
            }
        }
    }

    /** A block keeps its index and type in one int, and its link characters beside its text: each reads back as given. */
    @Test
    void indexTypeAndLinkCharactersReadBackForEveryTypeAndAPagesCopy() {
        Page.Builder pb = Page.builder();
        java.util.List<TextBlock> given = new java.util.ArrayList<>();
        for (io.github.tidings.model.BlockType type : io.github.tidings.model.BlockType.values()) {
            for (int links : new int[] {0, 3, 99}) {
                TextBlock b = TextBlock.of(type, "Read more here", null, null, links);
                given.add(b);
                pb.add(b);
            }
        }
        Page page = pb.build();
        for (int i = 0; i < given.size(); i++) {
            TextBlock b = given.get(i);
            TextBlock copy = page.blocks().get(i);
            assertThat(copy.index()).isEqualTo(i);
            assertThat(copy.type()).isEqualTo(b.type());
            assertThat(copy.linkChars()).isEqualTo(b.linkChars()).isEqualTo(Math.min(14, new int[] {0, 3, 99}[i % 3]));
            assertThat(copy.tag()).isEmpty();
            assertThat(copy.classAndId()).isEmpty();
        }
        TextBlock last = TextBlock.of(io.github.tidings.model.BlockType.FIGURE, "x").withIndex(TextBlock.MAX_INDEX);
        assertThat(last.index()).isEqualTo(TextBlock.MAX_INDEX);
        assertThat(last.type()).isEqualTo(io.github.tidings.model.BlockType.FIGURE);
        assertThatThrownBy(() -> last.withIndex(TextBlock.MAX_INDEX + 1)).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * A block without markup holds its text alone until it has something to keep beside it (its
     * phrases, a long text's counts); then one object holds both. Its text, counts and markup
     * features are the same before and after, on the block and on the page's copy made before.
     */
    @Test
    void aBlocksTextStaysWhenItsExtrasAreMadeLater() {
        String text = "Lors du conseil municipal de mardi, le maire a parlé longuement du budget.";
        assertThat(text.length()).isGreaterThan(TextBlock.MAX_PACKED);
        TextBlock b = TextBlock.of(text);
        TextBlock copy = Page.builder().add(TextBlock.of("first")).add(b).build().blocks().get(1);
        assertThat(b.tag()).isEmpty();
        assertThat(b.linkChars()).isZero();
        int words = b.words(); // a long text's counts: they make the extras
        assertThat(b.text()).isSameAs(text);
        b.phrases();
        assertThat(copy.text()).isSameAs(text);
        assertThat(copy.words()).isEqualTo(words).isEqualTo(13);
        assertThat(copy.phrases().text()).isEqualTo(PhraseList.normalize(text));
        assertThat(List.of(b.tag(), b.classAndId(), b.linkChars(), b.text())).isEqualTo(List.of(Optional.empty(), "",
                0, text));
        TextBlock marked = TextBlock.of(io.github.tidings.model.BlockType.PARAGRAPH, "Home", "a", () -> "Nav Menu", 4);
        assertThat(marked.words()).isEqualTo(1);
        assertThat(List.of(marked.text(), marked.tag().orElseThrow(), marked.classAndId(), marked.linkChars()))
                .isEqualTo(List.of("Home", "a", "nav menu", 4));
    }

    /**
     * A block packs its counts into one int up to {@link TextBlock#MAX_PACKED} characters and keeps
     * a longer text's counts beside it: both must give what a plain count of the text gives, also
     * for a text at the limit whose every count is at its largest, and for the page's copy of a
     * block (its counts copied, not made again).
     */
    @Test
    void packedCountsAreThePlainCountsOnBothSidesOfThePackingLimit() {
        java.util.Random random = new java.util.Random(14);
        String alphabet = "aZ9 .,'-\u00e9\u00c9\u4e2d\u0661\u00a0\u2019?!\u05d0";
        java.util.List<String> texts = new java.util.ArrayList<>(java.util.List.of("A", "9.", "ÉTÉ 2019!",
                "A".repeat(TextBlock.MAX_PACKED), "9".repeat(TextBlock.MAX_PACKED),
                "A".repeat(TextBlock.MAX_PACKED + 1), "Word. ".repeat(3000)));
        for (int i = 0; i < 300; i++) {
            int length = i % 3 == 0 ? TextBlock.MAX_PACKED - 5 + random.nextInt(10) : 1 + random.nextInt(200);
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < length; k++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(sb.toString());
        }
        for (String t : texts) {
            int chars = 0, letters = 0, upper = 0, digits = 0;
            for (int k = 0; k < t.length(); ) {
                int cp = t.codePointAt(k);
                k += Character.charCount(cp);
                chars += Character.isWhitespace(cp) ? 0 : 1;
                letters += Character.isLetter(cp) ? 1 : 0;
                upper += Character.isLetter(cp) && Character.isUpperCase(cp) ? 1 : 0;
                digits += Character.isDigit(cp) ? 1 : 0;
            }
            TextBlock b = TextBlock.of(t);
            String what = t.length() + " characters: " + t.substring(0, Math.min(40, t.length()));
            assertThat(b.chars()).as(what).isEqualTo(chars);
            assertThat(b.words()).as(what).isEqualTo(io.github.tidings.internal.words.Words.count(t));
            assertThat(b.letters()).as(what).isEqualTo(letters);
            assertThat(b.upperCaseLetters()).as(what).isEqualTo(upper);
            assertThat(b.digits()).as(what).isEqualTo(digits);
            assertThat(b.isAllCaps()).as(what).isEqualTo(letters >= 2 && upper == letters);
            String unquoted = t.replaceAll("['\u2019]+$", "");
            assertThat(b.endsLikeSentence()).as(what).isEqualTo(unquoted.endsWith(".") || unquoted.endsWith("!")
                    || unquoted.endsWith("?"));
            assertThat(b.tag()).isEmpty();
            assertThat(b.classAndId()).isEmpty();
            TextBlock copy = Page.builder().add(TextBlock.of("first")).add(b).build().blocks().get(1);
            assertThat(java.util.List.of(copy.chars(), copy.words(), copy.letters(), copy.upperCaseLetters(), copy.digits()))
                    .isEqualTo(java.util.List.of(b.chars(), b.words(), b.letters(), b.upperCaseLetters(), b.digits()));
            assertThat(copy.endsLikeSentence()).isEqualTo(b.endsLikeSentence());
        }
    }

    @Test
    void removalsRecordTheCleanerAndKeepTheFirstReason() {
        Page page = Page.of("one", "two", "three");
        page.apply(Cleaners.named("First", p -> p.remove(p.blocks().get(1), "first reason")));
        page.apply(Cleaners.named("Second", p -> p.remove(p.blocks().get(1), "second reason")));
        assertThat(page.removals()).containsExactly(Removal.of("two", "First", "first reason"));
        assertThat(page.kept()).extracting(TextBlock::text).containsExactly("one", "three");
        assertThat(page.removedBy(page.blocks().get(1))).contains("First");
    }

    /**
     * The page keeps each distinct pair of remover and reason once, shared by the blocks it
     * removed: each block still reports its own, a reason made anew (equal, not the same string)
     * included, and a keep that overrules one takes only that block's.
     */
    @Test
    void blocksRemovedAlikeShareTheirRemovalButReportTheirOwn() {
        Page page = Page.builder().add(TextBlock.of("a")).addRemoved(TextBlock.of("b"), "Reader", "menu")
                .add(TextBlock.of("c")).add(TextBlock.of("d")).build();
        String reason = "menu line";
        page.apply(Cleaners.named("First", p -> {
            p.remove(p.blocks().get(0), reason);
            p.remove(p.blocks().get(2), new StringBuilder("menu").append(" line").toString());
        }));
        page.apply(Cleaners.named("Second", p -> {
            p.remove(p.blocks().get(3), reason);
            p.keep(p.blocks().get(2), "needed");
        }));
        assertThat(page.removals()).containsExactly(Removal.of("a", "First", "menu line"),
                Removal.of("b", "Reader", "menu"),
                Removal.of("c", "Second", "kept: needed (overruling First: menu line)"),
                Removal.of("d", "Second", "menu line"));
        assertThat(page.removedBy(page.blocks().get(0))).contains("First");
        assertThat(page.removedBy(page.blocks().get(3))).contains("Second");
        assertThat(page.removalReason(page.blocks().get(3))).contains("menu line");
        assertThat(page.removedBy(page.blocks().get(2))).isEmpty();
        assertThat(page.removalReason(page.blocks().get(2))).isEmpty();
        assertThat(page.kept()).extracting(TextBlock::text).containsExactly("c");
    }

    @Test
    void removeRangeAndForeignBlocks() {
        Page page = Page.of("a", "b", "c", "d");
        page.apply(Cleaners.named("Tail", p -> p.removeRange(2, 4, "tail")));
        assertThat(page.kept()).extracting(TextBlock::text).containsExactly("a", "b");
        Page other = Page.of("x");
        assertThatThrownBy(() -> page.remove(other.blocks().get(0), "r")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> page.removeRange(3, 9, "r")).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void hostPatternsMatchSubdomainsButNotLookalikes() {
        Scope s = Scope.hosts("example.com");
        assertThat(s.matchesHost("example.com")).isTrue();
        assertThat(s.matchesHost("www.example.com")).isTrue();
        assertThat(s.matchesHost("badexample.com")).isFalse();
        Scope sub = Scope.hosts("*.example.com");
        assertThat(sub.matchesHost("example.com")).isFalse();
        assertThat(sub.matchesHost("news.example.com")).isTrue();
        assertThatThrownBy(() -> Scope.hosts()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Scope.hosts(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void scopeNeedsHostAndSignatureWhenBothAreGiven() {
        Scope s = Scope.hosts("example.com").withSignature(Pattern.compile("^Example Footer"));
        Page withBoth = Page.builder().hints(Hints.ofUrl("https://example.com/x")).add(TextBlock.of("Example Footer 2020"))
                .build();
        Page noSignature = Page.builder().hints(Hints.ofUrl("https://example.com/x")).add(TextBlock.of("Other"))
                .build();
        Page noHost = Page.of("Example Footer 2020");
        assertThat(s.appliesTo(withBoth)).isTrue();
        assertThat(s.appliesTo(noSignature)).isFalse();
        assertThat(s.appliesTo(noHost)).isFalse();
    }

    @Test
    void blockFeatures() {
        TextBlock b = TextBlock.of("YEREL HABERLER");
        assertThat(b.isAllCaps()).isTrue();
        assertThat(b.words()).isEqualTo(2);
        TextBlock s = TextBlock.of("He said: \"It is over.\"");
        assertThat(s.endsLikeSentence()).isTrue();
        assertThat(TextBlock.of("東京で会議").words()).isEqualTo(5);
        assertThat(TextBlock.of("Tel : +90 212 697 1000").digits()).isEqualTo(12);
    }

    @Test
    void blockFeaturesAgreeWithWordCountingInEveryScript() {
        for (String t : new String[] {"It's a well-known fact, 2019.", "Ayşe Yılmaz’ın haberi: 12 kişi",
                "東京で会議 2019年", "Москва — столица", "مرحبا بالعالم 2021", "e-mail -- 'quoted' x-", "  "}) {
            assertThat(TextBlock.of(t).words()).as(t).isEqualTo(io.github.tidings.internal.words.Words.count(t));
        }
        TextBlock b = TextBlock.of("Ab 1 Ç");
        assertThat(b.chars()).isEqualTo(4);
        assertThat(b.letters()).isEqualTo(3);
        assertThat(b.upperCaseLetters()).isEqualTo(2);
        assertThat(b.digits()).isEqualTo(1);
    }

    @Test
    void classAndIdTokensMadeOnDemandAreMadeOnceAndInLowerCase() {
        int[] calls = {0};
        TextBlock b = TextBlock.of(io.github.tidings.model.BlockType.PARAGRAPH, "text", "p", () -> {
            calls[0]++;
            return "Story-Body MAIN";
        }, 0);
        assertThat(calls[0]).isZero();
        assertThat(b.classAndId()).isEqualTo("story-body main");
        assertThat(b.classAndId()).isEqualTo("story-body main");
        assertThat(calls[0]).isEqualTo(1);
        Page page = Page.builder().add(b).build(); // the page's copy keeps what was made
        assertThat(page.blocks().get(0).classAndId()).isEqualTo("story-body main");
        assertThat(calls[0]).isEqualTo(1);
        assertThat(TextBlock.of(io.github.tidings.model.BlockType.PARAGRAPH, "t", null, () -> null, 0)
                .classAndId()).isEmpty();
    }
}
