package io.github.tidings.clean;

import static io.github.tidings.clean.CleanerTesting.BODY;
import static io.github.tidings.clean.CleanerTesting.keptTexts;
import static io.github.tidings.clean.CleanerTesting.reasonOf;
import static io.github.tidings.clean.CleanerTesting.removedTexts;
import static io.github.tidings.clean.CleanerTesting.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommentSectionCleanerTest {
    private final CommentSectionCleaner cleaner = new CommentSectionCleaner();

    @Test
    void aCommentHeadingNearTheEndEndsTheArticle() {
        Page page = run(cleaner, BODY, BODY, BODY, "Leave a Reply", "Anna", "Great article, thanks for writing it!",
                "Reply");
        assertThat(keptTexts(page)).containsExactly(BODY, BODY, BODY);
        assertThat(reasonOf(page, "Leave a Reply")).isEqualTo("comment prompt");
        assertThat(reasonOf(page, "Anna")).isEqualTo("comment section");
    }

    @Test
    void belowAHeadlineAnArticlesWorthOfProseEndsAtTheCommentHeadingHoweverLongTheComments() {
        String comment = "I could not agree more with every word of this, and I have been saying so to anyone "
                + "who would listen for years, though nobody ever listens to me at all.";
        Page.Builder b = Page.builder().add(TextBlock.of("Council closes the old bridge - City Herald"))
                .add(TextBlock.of("Council closes the old bridge"));
        for (int i = 0; i < 6; i++) {
            b.add(TextBlock.of(BODY));
        }
        b.add(TextBlock.of("Leave a Reply"));
        for (int i = 0; i < 12; i++) {
            b.add(TextBlock.of("Reader " + i)).add(TextBlock.of(comment));
        }
        Page page = b.role(1, Page.Role.TITLE).build();
        page.apply(cleaner);
        assertThat(reasonOf(page, "Reader 3")).isEqualTo("comment section");
        assertThat(keptTexts(page)).contains(BODY).doesNotContain(comment);

        // Without a headline the comments, being most of the text, are not cut.
        Page.Builder nb = Page.builder();
        for (int i = 0; i < 6; i++) {
            nb.add(TextBlock.of(BODY));
        }
        nb.add(TextBlock.of("Leave a Reply"));
        for (int i = 0; i < 12; i++) {
            nb.add(TextBlock.of("Reader " + i)).add(TextBlock.of(comment));
        }
        Page plain = nb.build();
        plain.apply(cleaner);
        assertThat(keptTexts(plain)).contains(comment);
    }

    @Test
    void aCommentsLinkAboveTheHeadlineUnderALongMenuDoesNotEndTheArticle() {
        Page.Builder b = Page.builder().add(TextBlock.of("Der Rat schließt die alte Brücke - Stadtkurier"));
        for (int i = 0; i < 40; i++) {
            b.add(TextBlock.of("Neueste Nachrichten aus der Region und dem Land, Nummer " + i)); // a long menu of teasers
        }
        b.add(TextBlock.of("Kommentare")); // a jump to the comments, above the headline
        b.add(TextBlock.of("Der Rat schließt die alte Brücke"));
        int headline = 42;
        for (int i = 0; i < 3; i++) {
            b.add(TextBlock.of(BODY));
        }
        Page page = b.role(headline, Page.Role.TITLE).build();
        page.apply(cleaner);
        assertThat(reasonOf(page, "Kommentare")).isEqualTo("comment prompt");
        assertThat(keptTexts(page)).contains(BODY);
    }

    @Test
    void aPromptEarlyOnGoesAloneInSeveralLanguages() {
        Page page = run(cleaner, BODY, "Deixe um comentário", "Yorum yap", "Kommentare", "Комментарии", BODY, BODY);
        assertThat(removedTexts(page)).containsExactly("Deixe um comentário", "Yorum yap", "Kommentare", "Комментарии");
        assertThat(keptTexts(page)).containsExactly(BODY, BODY, BODY);
    }

    @Test
    void aHeadingFollowedByALongParagraphDoesNotCutTheArticle() {
        Page page = run(cleaner, BODY, BODY, BODY, "Comments", BODY + " " + BODY);
        assertThat(removedTexts(page)).containsExactly("Comments");
    }

    @Test
    void keepsProseAboutComments() {
        String s = "Comments from the public will be accepted until the end of the month, the agency said.";
        Page page = run(cleaner, BODY, s, "12");
        assertThat(removedTexts(page)).isEmpty();
    }
}
