package io.github.tidings.internal.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class ClassHintsTest {
    private static ClassHints.Facts facts(String classAndId) {
        return new ClassHints.Facts(classAndId);
    }

    @Test
    void longWordsMatchInsideATokenShortOnesOnlyAtItsStart() {
        assertThat(facts("commentlist").match(ClassHints.Facts.DROP_LIST)).isEqualTo("comment");
        assertThat(facts("user-comments").match(ClassHints.Facts.DROP_LIST)).isEqualTo("comment");
        assertThat(facts("menubar").match(ClassHints.Facts.DROP_LIST)).isEqualTo("menu");
        assertThat(facts("submenu").matches(ClassHints.Facts.DROP_LIST)).isFalse();
    }

    @Test
    void contentWordsVouchOnlyForWholeTokensOrLongPrefixes() {
        assertThat(facts("news").matches(ClassHints.Facts.CONTENT_LIST)).isTrue();
        assertThat(facts("newsletter").matches(ClassHints.Facts.CONTENT_LIST)).isFalse();
        assertThat(facts("storyline").matches(ClassHints.Facts.CONTENT_LIST)).isTrue();
        assertThat(facts("bigstory").matches(ClassHints.Facts.CONTENT_LIST)).isFalse();
    }

    @Test
    void eachListGivesItsFirstWordInTextOrderAndHyphenatedWordsFirst() {
        ClassHints.Facts f = facts("Post-Body related sr-only gallery");
        assertThat(f.match(ClassHints.Facts.DROP_LIST)).isEqualTo("sr-only");
        assertThat(f.match(ClassHints.Facts.CONTENT_LIST)).isEqualTo("post");
        assertThat(f.match(ClassHints.Facts.CAPTION_LIST)).isEqualTo("gallery");
        assertThat(facts("").matches(ClassHints.Facts.DROP_LIST)).isFalse();
    }

    @Test
    void listsReadOnDemandAnswerLikeTheOthers() {
        ClassHints.Facts f = facts("story-body comment-count article-byline");
        assertThat(f.match(ClassHints.Facts.FURNITURE_LIST)).isEqualTo("byline");
        assertThat(f.match(ClassHints.Facts.BOILERPLATE_LIST)).isEqualTo("comment"); // the first in text order
        assertThat(f.match(ClassHints.Facts.CONTENT_LIST)).isEqualTo("story");
        assertThat(facts("story-body").matches(ClassHints.Facts.FURNITURE_LIST)).isFalse();
    }

    @Test
    void theMemoGivesOneAnswerPerText() {
        ClassHints.Memo memo = new ClassHints.Memo();
        assertThat(memo.of("sidebar")).isSameAs(memo.of("sidebar"));
        assertThat(memo.of("sidebar").match(ClassHints.Facts.DROP_LIST)).isEqualTo("sidebar");
    }

    @Test
    void aTokenEndsAtEverySeparatorAndAtTheEndOfTheText() {
        for (String sep : List.of(" ", "-", "_", ":", ".", "/", "\t")) {
            assertThat(facts("x" + sep + "news" + sep + "y").matches(ClassHints.Facts.CONTENT_LIST)).as(sep).isTrue();
            assertThat(facts("x" + sep + "newsy").matches(ClassHints.Facts.CONTENT_LIST)).as(sep).isFalse();
        }
        assertThat(facts("x news").matches(ClassHints.Facts.CONTENT_LIST)).isTrue();
        assertThat(facts("n").matches(ClassHints.Facts.CONTENT_LIST)).isFalse();
    }

    @Test
    void aWordListHoldsOnlyLettersDigitsAndHyphens() {
        assertThatThrownBy(() -> new ClassHints(List.of("main_nav"), false))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("main_nav");
        assertThatThrownBy(() -> new ClassHints(List.of("x"), true)).isInstanceOf(IllegalStateException.class);
    }
}
