package io.github.tidings.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tidings.model.Hints;
import io.github.tidings.model.Removal;
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
    void removalsRecordTheCleanerAndKeepTheFirstReason() {
        Page page = Page.of("one", "two", "three");
        page.apply(Cleaners.named("First", p -> p.remove(p.blocks().get(1), "first reason")));
        page.apply(Cleaners.named("Second", p -> p.remove(p.blocks().get(1), "second reason")));
        assertThat(page.removals()).containsExactly(Removal.of("two", "First", "first reason"));
        assertThat(page.kept()).extracting(TextBlock::text).containsExactly("one", "three");
        assertThat(page.removedBy(page.blocks().get(1))).contains("First");
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
