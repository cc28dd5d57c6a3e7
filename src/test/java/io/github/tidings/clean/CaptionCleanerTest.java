package io.github.tidings.clean;

import static io.github.tidings.clean.CleanerTesting.BODY;
import static io.github.tidings.clean.CleanerTesting.keptTexts;
import static io.github.tidings.clean.CleanerTesting.reasonOf;
import static io.github.tidings.clean.CleanerTesting.removedTexts;
import static io.github.tidings.clean.CleanerTesting.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaptionCleanerTest {
    @Test
    void removesCaptionsEndingWithTheirCredit() {
        String ap = "A farmer loads hay onto a truck outside Lincoln, Neb., on Monday. (AP Photo/Jane Roe, File)";
        String by = "The new bridge at dusk. (Photo by Jane Roe/Getty Images)";
        String slash = "Traders work on the floor of the exchange on Monday. REUTERS/Jane Roe";
        String alone = "A cargo ship leaves the port on Aug. 31, 2019. (AP)";
        String caps = "The company's founder at a conference (AFP)";
        Page page = run(new CaptionCleaner(), ap, BODY, by, slash, alone, caps);
        assertThat(removedTexts(page)).containsExactly(ap, by, slash, alone, caps);
        assertThat(reasonOf(page, ap)).isEqualTo("picture caption (credit)");
    }

    @Test
    void aDateThatLabelsTheTextAfterItWithAColonDatesNoPicture() {
        String caption = "Supporters wave flags at a rally in the town square on Saturday, March 2, 2024, before the vote began.";
        String[] updates = {
                "Update on Wednesday, March 6, 2024: The council has now published the full list of streets that will"
                        + " be closed during the works.",
                "Aktualisierung am Mittwoch, 6. März 2024: Die Stadt hat inzwischen die vollständige Liste der"
                        + " gesperrten Straßen veröffentlicht.",
                "Aggiornamento di mercoledì, 6 marzo 2024: il comune ha pubblicato l'elenco completo delle strade che"
                        + " resteranno chiuse durante i lavori."};
        Page page = run(new CaptionCleaner(), BODY, caption, updates[0], updates[1], updates[2]);
        assertThat(reasonOf(page, caption)).isEqualTo("picture caption (dated)");
        assertThat(keptTexts(page)).containsExactly(BODY, updates[0], updates[1], updates[2]);
    }

    @Test
    void keepsProseThatMerelyEndsInParenthesesOrMentionsAnAgency() {
        String abbreviation = "Seit Jahren wird über die elektronische Patientenakte diskutiert (ePA)";
        String said = "The figures were first reported by the agency on Monday, said Reuters.";
        String aside = "The vote passed easily (with two abstentions)";
        Page page = run(new CaptionCleaner(), BODY, abbreviation, said, aside);
        assertThat(removedTexts(page)).isEmpty();
    }

    @Test
    void removesLabelledCaptionsAndHouseStyle() {
        String label = "Image caption The singer owns the rights to only one of her albums";
        String file = "FILE PHOTO: Traders work on the floor of the stock exchange in New York, November 18, 2019.";
        String inThis = "In this Dec. 12, 2006, file photo, made available by the agency, two astronauts work outside.";
        String concept = "An artist's concept of the lander on the surface of the moon.";
        String places = "The defence secretary, left, and his counterpart shake hands in Hanoi on Wednesday.";
        String german = "Die Ministerin (links) und der Bürgermeister bei der Eröffnung am Montag.";
        Page page = run(new CaptionCleaner(), label, file, BODY, inThis, concept, places, german);
        assertThat(removedTexts(page)).containsExactly(label, file, inThis, concept, places, german);
        assertThat(reasonOf(page, places)).isEqualTo("picture caption (who stands where)");
    }

    @Test
    void keepsSentencesThatOnlyLookAlike() {
        String left = "She turned left at the corner, then walked to the station.";
        String copyright = "Copyright (C) Example Media. All rights reserved.";
        String inThis = "In this case, the court said, the photo was evidence of nothing.";
        Page page = run(new CaptionCleaner(), BODY, left, copyright, inThis);
        assertThat(keptTexts(page)).containsExactly(BODY, left, copyright, inThis);
    }

    @Test
    void removesNumberedGalleryCaptionsOnlyWhenTheGalleryRepeats() {
        String one = "1 of 3 A shopper looks at extension cords at a hardware store on Tuesday.";
        String two = "2 of 3 Gas cans line the shelves ahead of the planned power shut-off.";
        String voters = "3 of 10 Voters said the economy was their main concern this year.";
        Page page = run(new CaptionCleaner(), one, BODY, two, voters);
        assertThat(removedTexts(page)).containsExactly(one, two);
        assertThat(reasonOf(page, one)).isEqualTo("gallery caption");
    }

    @Test
    void galleryCounterNeedsSmallNumbersInOrderAndACapitalAfter() {
        assertThat(CaptionCleaner.galleryTotal("1 of 4 Grass Valley")).isEqualTo(4);
        assertThat(CaptionCleaner.galleryTotal("2/5 The bridge")).isEqualTo(5);
        assertThat(CaptionCleaner.galleryTotal("5 of 4 The bridge")).isZero();
        assertThat(CaptionCleaner.galleryTotal("1 of 4 people")).isZero();
        assertThat(CaptionCleaner.galleryTotal("1999 of 2000 Things")).isZero();
        assertThat(CaptionCleaner.galleryTotal("1 of")).isZero();
    }

    @Test
    void looksForAPictureDateOnlyWhereAYearStandsAsAWord() {
        assertThat(CaptionCleaner.mayHoldYear("A crowd gathers on Tuesday, Nov. 19, 2019, in Denver.")).isTrue();
        assertThat(CaptionCleaner.mayHoldYear("(2020)")).isTrue();
        assertThat(CaptionCleaner.mayHoldYear("Order 12019 and model X2019 shipped 1,995 units")).isFalse();
        assertThat(CaptionCleaner.mayHoldYear("Room 1999a")).isFalse();
        assertThat(CaptionCleaner.mayHoldYear("203")).isFalse();
    }
}
