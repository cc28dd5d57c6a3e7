package io.github.tidings.clean;

import static io.github.tidings.clean.CleanerTesting.BODY;
import static io.github.tidings.clean.CleanerTesting.removedTexts;
import static io.github.tidings.clean.CleanerTesting.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DuplicateBlockCleanerTest {
    private static final String CAPTION = "The mayor speaks to reporters outside city hall on Tuesday morning.";

    @Test
    void removesLaterCopiesNearbyAndKeepsTheFirst() {
        Page page = run(new DuplicateBlockCleaner(), CAPTION, "Image 1 of 3", CAPTION, BODY);
        assertThat(removedTexts(page)).containsExactly(CAPTION);
        assertThat(page.isRemoved(page.blocks().get(0))).isFalse();
        assertThat(page.isRemoved(page.blocks().get(2))).isTrue();
    }

    @Test
    void keepsCopiesFarApartAndShortRepeats() {
        Page page = run(new DuplicateBlockCleaner(), CAPTION, BODY, BODY + " 1", BODY + " 2", BODY + " 3", BODY + " 4",
                CAPTION, "Read more", "Read more");
        assertThat(removedTexts(page)).isEmpty();
    }

    @Test
    void removesABlockThatPrintsAPicturesTextAndThenItsCaption() {
        String english = "Firemen load water onto a helicopter Firemen load water onto a helicopter";
        String spanish = "Sesión en la Cámara de Diputados de la Nación Sesión en la Cámara de Diputados de la Nación"
                + " Foto: Ignacio Sánchez";
        String german = "Der Bürgermeister vor dem Rathaus in Köln Der Bürgermeister vor dem Rathaus in Köln";
        Page page = run(new DuplicateBlockCleaner(), english, BODY, spanish, german);
        assertThat(removedTexts(page)).containsExactly(english, spanish, german);
        assertThat(CleanerTesting.reasonOf(page, english)).contains("twice");
    }

    @Test
    void keepsARepeatFollowedByASentenceAndRepeatsOfFewWords() {
        String chant = "They shouted stop the war, stop the war, until the police arrived at the square at noon.";
        String quoteThenText = "Never again, said the mayor. Never again, said the mayor, and the crowd answered him"
                + " with a long applause that lasted minutes.";
        String shortHalf = "Go team go Go team go and then some more words here";
        Page page = run(new DuplicateBlockCleaner(), chant, quoteThenText, shortHalf, BODY);
        assertThat(removedTexts(page)).isEmpty();
    }
}
