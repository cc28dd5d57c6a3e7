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
