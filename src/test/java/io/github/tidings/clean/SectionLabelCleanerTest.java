package io.github.tidings.clean;

import static io.github.tidings.clean.CleanerTesting.BODY;
import static io.github.tidings.clean.CleanerTesting.keptTexts;
import static io.github.tidings.clean.CleanerTesting.reasonOf;
import static io.github.tidings.clean.CleanerTesting.removedTexts;
import static io.github.tidings.clean.CleanerTesting.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SectionLabelCleanerTest {
    private final SectionLabelCleaner cleaner = new SectionLabelCleaner();

    @Test
    void removesBreadcrumbsAndLabelsAboveTheArticle() {
        Page page = run(cleaner, "Home > World > Europe", "News » Politics", "Opinion", BODY, BODY);
        assertThat(keptTexts(page)).containsExactly(BODY, BODY);
        assertThat(reasonOf(page, "Home > World > Europe")).isEqualTo("breadcrumb");
        assertThat(reasonOf(page, "Opinion")).isEqualTo("section label above the article");
    }

    @Test
    void removesTagListsInSeveralLanguages() {
        Page page = run(cleaner, BODY, "Tags: economy, budget", "Etiketler: ekonomi, bütçe", "Schlagwörter: Haushalt",
                "Mots-clés : budget", "Etiquetas: economía", "Теги: бюджет", "Topics", "Economy", "Budget 2020", BODY);
        assertThat(keptTexts(page)).containsExactly(BODY, BODY);
        assertThat(reasonOf(page, "Economy")).isEqualTo("tag");
    }

    @Test
    void removesTheLineOfTagsUnderATagHeadingButNotASentenceThere() {
        String tags = "river festival 2020 , summer concerts in the park , town council , local music scene";
        Page page = run(cleaner, BODY, "Tags", tags, BODY);
        assertThat(keptTexts(page)).containsExactly(BODY, BODY);
        assertThat(reasonOf(page, tags)).isEqualTo("tag list");

        String sentence = "The festival, which the council pays for, draws crowds from the whole region every summer";
        Page other = run(cleaner, BODY, "Tags", sentence, BODY);
        assertThat(keptTexts(other)).containsExactly(BODY, sentence, BODY);
    }

    @Test
    void removesAllCapsLabelsThatHeadNoParagraph() {
        Page page = run(cleaner, BODY, BODY, "YEREL HABERLER", "© 2016 Example");
        assertThat(reasonOf(page, "YEREL HABERLER")).isEqualTo("all-caps section label");
    }

    @Test
    void keepsAllCapsSubheadingsAndCapitalisedSentences() {
        Page page = run(cleaner, BODY, "WHAT YOU NEED TO KNOW", BODY, "THE VOTE PASSED BY A WIDE MARGIN.", BODY,
                "Politics is local", BODY);
        assertThat(removedTexts(page)).isEmpty();
    }

    @Test
    void removesMultiWordTagLabelsWithoutAColon() {
        Page page = run(cleaner, BODY, "Filed under china , illnesses , plague", "Posted in Open thread | Permalink", BODY);
        assertThat(keptTexts(page)).containsExactly(BODY, BODY);
        assertThat(reasonOf(page, "Filed under china , illnesses , plague")).isEqualTo("tag list");
    }
}
