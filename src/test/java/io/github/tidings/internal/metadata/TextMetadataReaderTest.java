package io.github.tidings.internal.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tidings.clean.TextBlock;
import io.github.tidings.model.Hints;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextMetadataReaderTest {

    private static List<TextBlock> blocks(String... lines) {
        List<TextBlock> out = new ArrayList<>();
        for (String l : lines) {
            out.add(TextBlock.of(l));
        }
        return out;
    }

    private static final String PROSE = "The council voted on Tuesday to close the old bridge for repairs that are "
            + "expected to last until the end of next summer, a decision that drew protests.";

    @Test
    void aFirstLineThatIsALinkOrMenuEntryIsNotThePagesTitle() {
        List<TextBlock> page = new ArrayList<>(List.of(
                TextBlock.of(io.github.tidings.model.BlockType.LIST_ITEM, "Home", null, null, 4),
                TextBlock.of(io.github.tidings.model.BlockType.LIST_ITEM, "Sport", null, null, 5),
                TextBlock.of("Weather warning for the weekend"),
                TextBlock.of("Council closes the old bridge for a year"),
                TextBlock.of("By Jane Doe | 19 November 2019"),
                TextBlock.of(PROSE), TextBlock.of(PROSE), TextBlock.of(PROSE)));
        assertThat(TextMetadataReader.startsWithTitle(page)).isFalse();
        Found f = TextMetadataReader.read(page, Hints.none());
        assertThat(f.title()).contains("Council closes the old bridge for a year");
        assertThat(f.authors()).containsExactly("Jane Doe");
        assertThat(f.published().map(Object::toString)).contains("2019-11-19");
    }

    @Test
    void withoutADateTheHeadlineIsTheTitleLikeLineNearestAboveTheProse() {
        List<TextBlock> page = new ArrayList<>(List.of(
                TextBlock.of(io.github.tidings.model.BlockType.PARAGRAPH, "#alternate", null, null, 10),
                TextBlock.of("Skip to the main content"),
                TextBlock.of("Council closes the old bridge for a year"),
                TextBlock.of(PROSE), TextBlock.of(PROSE),
                TextBlock.of("Readers also liked these stories from the region")));
        assertThat(TextMetadataReader.proseStart(page)).isEqualTo(3);
        assertThat(TextMetadataReader.read(page, Hints.none()).title()).contains("Council closes the old bridge for a year");
    }

    @Test
    void aFirstLineRepeatedBelowIsThePagesTitleEvenAmongHeadings() {
        List<TextBlock> page = new ArrayList<>(List.of(
                TextBlock.of("Council closes the old bridge for a year - City Herald"),
                TextBlock.of(io.github.tidings.model.BlockType.HEADING, "Most read"),
                TextBlock.of(io.github.tidings.model.BlockType.HEADING, "Council closes the old bridge for a year"),
                TextBlock.of(PROSE), TextBlock.of(PROSE)));
        assertThat(TextMetadataReader.startsWithTitle(page)).isTrue();
        assertThat(TextMetadataReader.read(page, Hints.none()).title()).contains("Council closes the old bridge for a year");
    }

    @Test
    void aHeadlineSetTwiceAboveItsStandfirstIsTheTitleNotTheStandfirst() {
        var heading = io.github.tidings.model.BlockType.HEADING;
        String headline = "El ayuntamiento cierra el puente viejo durante un año";
        List<TextBlock> page = new ArrayList<>(List.of(
                TextBlock.of(io.github.tidings.model.BlockType.LIST_ITEM, "Portada", null, null, 7),
                TextBlock.of(heading, headline),
                TextBlock.of(heading, headline),
                // The standfirst, set at the margin as headings are, and nearer the byline.
                TextBlock.of(heading, "Los vecinos tendrán que cruzar el río por el puente nuevo hasta el verano que viene"),
                TextBlock.of("Por María López | 19 de noviembre de 2019"),
                TextBlock.of(PROSE), TextBlock.of(PROSE)));
        assertThat(TextMetadataReader.read(page, Hints.none()).title()).contains(headline);
    }

    @Test
    void aHeadingAboveTheProseIsTheTitleBeforeACommentHeadingWithDatesBelowIt() {
        var heading = io.github.tidings.model.BlockType.HEADING;
        String headline = "Le conseil ferme le vieux pont pendant un an";
        List<TextBlock> page = new ArrayList<>(List.of(
                TextBlock.of(io.github.tidings.model.BlockType.LIST_ITEM, "Accueil", null, null, 7),
                TextBlock.of(heading, headline),
                TextBlock.of(PROSE), TextBlock.of(PROSE), TextBlock.of(PROSE),
                TextBlock.of(heading, "Trois commentaires de nos lecteurs"),
                TextBlock.of("Paul Martin, le 20 novembre 2019"),
                TextBlock.of("Enfin une bonne décision.")));
        assertThat(TextMetadataReader.read(page, Hints.none()).title()).contains(headline);
    }

    @Test
    void anUnmarkedHeadlineWithItsBylineAboveTheProseComesBeforeAHeadingBelowIt() {
        // The dump marks headings, but set the headline as a plain line; the comment form's
        // heading below, with the comments' dates under it, is no headline.
        var heading = io.github.tidings.model.BlockType.HEADING;
        String headline = "A prefeitura fecha a ponte velha durante um ano";
        List<TextBlock> page = new ArrayList<>(List.of(
                TextBlock.of(io.github.tidings.model.BlockType.LIST_ITEM, "Início", null, null, 6),
                TextBlock.of(headline),
                TextBlock.of("Maria Souza 19/11/2019 Comente!"),
                TextBlock.of(PROSE), TextBlock.of(PROSE), TextBlock.of(PROSE),
                TextBlock.of(heading, "Deixe uma resposta Cancelar resposta"),
                TextBlock.of("João Lima 20/11/2019 às 10:14"),
                TextBlock.of("Finalmente uma boa decisão.")));
        assertThat(TextMetadataReader.read(page, Hints.none()).title()).contains(headline);
        // With nothing below the line to tell it from a menu line, a heading below would win (a
        // dump that marks headings would have marked a headline), but not the comment form's.
        page.set(2, TextBlock.of("Compartilhe esta notícia com os seus amigos"));
        page.set(6, TextBlock.of(heading, "A ponte velha da cidade"));
        assertThat(TextMetadataReader.read(page, Hints.none()).title()).contains("A ponte velha da cidade");
        page.set(6, TextBlock.of(heading, "Deixe uma resposta Cancelar resposta"));
        assertThat(TextMetadataReader.read(page, Hints.none()).title()).isNotEqualTo(Optional.of("Deixe uma resposta Cancelar resposta"));
    }

    @Test
    void aCommentHeadingThatQuotesALineAboveGivesThatLineAsTheTitle() {
        // The article's prose is shorter than its readers' comments, so the prose "begins" in the
        // comments, and the comment heading with their dates below looks like the headline; the
        // line it quotes stands above, the article's own headline.
        var heading = io.github.tidings.model.BlockType.HEADING;
        String comment = "Der Rat hat recht, die Brücke war schon lange in einem schlechten Zustand und musste dringend "
                + "repariert werden, bevor noch etwas passiert.";
        List<TextBlock> page = new ArrayList<>(List.of(
                TextBlock.of(io.github.tidings.model.BlockType.LIST_ITEM, "Startseite", null, null, 10),
                TextBlock.of(heading, "Brückensperrung"),
                TextBlock.of("Die Brücke ist zu."),
                TextBlock.of(heading, "3 Kommentare zu „Brückensperrung“"),
                TextBlock.of("Anna Weber, 20.11.2019 um 9:16"),
                TextBlock.of(comment), TextBlock.of(comment), TextBlock.of(comment)));
        assertThat(TextMetadataReader.read(page, Hints.none()).title()).contains("Brückensperrung");
        assertThat(TextMetadataReader.citedLine(page, 3)).isEqualTo(1);

        // English and French forms, and a product's reviews.
        List<TextBlock> en = blocks("Bridge closure", "Some text.", "12 Responses to “Bridge closure”");
        assertThat(TextMetadataReader.citedLine(en, 2)).isZero();
        List<TextBlock> fr = blocks("Fermeture du pont", "Du texte.", "5 réponses à « Fermeture du pont »");
        assertThat(TextMetadataReader.citedLine(fr, 2)).isZero();
        List<TextBlock> shop = blocks("Kleintierstall Natura 120", "Kundenbewertungen für \"Kleintierstall Natura 120\"");
        assertThat(TextMetadataReader.citedLine(shop, 1)).isZero();
        // A headline that is a quotation, or that quotes words no line above holds, stays.
        List<TextBlock> quote = blocks("Bridge closure", "“Bridge closure”");
        assertThat(TextMetadataReader.citedLine(quote, 1)).isEqualTo(1);
        List<TextBlock> said = blocks("Bridge closure", "Mayor on the bridge: “We had no choice”");
        assertThat(TextMetadataReader.citedLine(said, 1)).isEqualTo(1);
        List<TextBlock> button = blocks("Weiter »", "Trage deine Adresse ein und klicke dann unten auf \"Weiter »\"");
        assertThat(TextMetadataReader.citedLine(button, 1)).isEqualTo(1);
    }

    @Test
    void aCommentFormsHeadingIsNoHeadline() {
        assertThat(TextMetadataReader.isSectionHeading("Leave a Reply Cancel reply")).isTrue();
        assertThat(TextMetadataReader.isSectionHeading("Schreibe einen Kommentar Antworten abbrechen")).isTrue();
        assertThat(TextMetadataReader.isSectionHeading("Deixe uma resposta")).isTrue();
        assertThat(TextMetadataReader.isSectionHeading("You may also like")).isTrue();
        assertThat(TextMetadataReader.isSectionHeading("Diese Webseite verwendet Cookies")).isTrue();
        assertThat(TextMetadataReader.isSectionHeading("Sign up for our daily newsletter")).isTrue();
        assertThat(TextMetadataReader.isSectionHeading("Zum Inhalt springen")).isTrue();
        assertThat(TextMetadataReader.isSectionHeading("Skip to main content")).isTrue();
        assertThat(TextMetadataReader.isSkipLink("Aller au contenu")).isTrue();
        // Compared without punctuation, as the cleaners compare; a label before a colon opens a headline.
        assertThat(TextMetadataReader.isSectionHeading("IHR BROWSER IST VERALTET!")).isTrue();
        assertThat(TextMetadataReader.isSectionHeading("Was möchtest du suchen?")).isTrue();
        assertThat(TextMetadataReader.isSectionHeading("Photo gallery: the new bridge at night")).isFalse();
        assertThat(TextMetadataReader.isSkipLink("Der Inhalt des Koalitionsvertrags")).isFalse();
        // A dump that opens with a skip link does not open with the page's title.
        List<TextBlock> skip = blocks("Zum Inhalt springen", "Startseite", "Die Brücke am Fluss wird gesperrt", PROSE, PROSE);
        assertThat(TextMetadataReader.startsWithTitle(skip)).isFalse();
        // One word of a comment phrase opens an opinion piece's headline too.
        assertThat(TextMetadataReader.isSectionHeading("Kommentar: Die Brücke hätte längst saniert werden müssen")).isFalse();
        assertThat(TextMetadataReader.isSectionHeading("Council closes the old bridge")).isFalse();

        // A short post under its one-word headline, then a comment form: the form's heading
        // stands nearest above the readers' longer comments, but is not the headline.
        var heading = io.github.tidings.model.BlockType.HEADING;
        List<TextBlock> page = new ArrayList<>(List.of(
                TextBlock.of(io.github.tidings.model.BlockType.LIST_ITEM, "Startseite", null, null, 10),
                TextBlock.of("Die Brücke am Fluss"),
                TextBlock.of("Die Brücke ist seit heute gesperrt."),
                TextBlock.of(heading, "Schreibe einen Kommentar Antworten abbrechen"),
                TextBlock.of(PROSE), TextBlock.of(PROSE), TextBlock.of(PROSE)));
        assertThat(TextMetadataReader.read(page, Hints.none()).title()).contains("Die Brücke am Fluss");
    }

    @Test
    void aDateHeadingOrAPictureCreditIsNoHeadline() {
        var heading = io.github.tidings.model.BlockType.HEADING;
        String headline = "Die Stadt schließt die alte Brücke für ein Jahr";
        // A blog sets the day's date as a heading above the post's title.
        List<TextBlock> blog = new ArrayList<>(List.of(
                TextBlock.of(io.github.tidings.model.BlockType.LIST_ITEM, "Startseite", null, null, 10),
                TextBlock.of(heading, "Samstag, 9. September 2017"),
                TextBlock.of("von Anna Berg | 3 Kommentare"),
                TextBlock.of(heading, headline),
                TextBlock.of(PROSE), TextBlock.of(PROSE), TextBlock.of(PROSE)));
        assertThat(TextMetadataReader.read(blog, Hints.none()).title()).contains(headline);
        // A headline may carry a date; only a line that is mostly a date is a date line.
        blog.set(3, TextBlock.of(heading, "Börsenbericht 11.9.17"));
        assertThat(TextMetadataReader.read(blog, Hints.none()).title()).contains("Börsenbericht 11.9.17");
        // A picture's credit right above the byline is not the headline either.
        List<TextBlock> page = new ArrayList<>(List.of(
                TextBlock.of(io.github.tidings.model.BlockType.LIST_ITEM, "Startseite", null, null, 10),
                TextBlock.of(headline),
                TextBlock.of("Foto: Anna Berg, dpa"),
                TextBlock.of("Von Jan Koch, 19. November 2019"),
                TextBlock.of(PROSE), TextBlock.of(PROSE), TextBlock.of(PROSE)));
        assertThat(TextMetadataReader.read(page, Hints.none()).title()).contains(headline);
        assertThat(TextMetadataReader.isCredit("Photo: Meg Smith, AP")).isTrue();
        assertThat(TextMetadataReader.isCredit("Pflegefinanzierung: Papier fordert Reform")).isFalse();
    }

    @Test
    void aRelatedListsHeadingIsNoHeadline() {
        // html-to-text sets every heading in capitals: a "more on this topic" box between the
        // headline and the article, with a date below it, looked like the headline with its date.
        var heading = io.github.tidings.model.BlockType.HEADING;
        String headline = "Die besten Geräte des Jahres im Test";
        List<TextBlock> page = new ArrayList<>(List.of(
                TextBlock.of(io.github.tidings.model.BlockType.LIST_ITEM, "Startseite", null, null, 10),
                TextBlock.of(heading, headline.toUpperCase(java.util.Locale.ROOT)),
                TextBlock.of("Zwölf Geräte, drei Sieger"),
                TextBlock.of(heading, "MEHR ZUM THEMA TECHNIK"),
                TextBlock.of("19. November 2019"),
                TextBlock.of(PROSE), TextBlock.of(PROSE), TextBlock.of(PROSE)));
        assertThat(TextMetadataReader.read(page, Hints.none()).title()).contains(headline.toUpperCase(java.util.Locale.ROOT));
        assertThat(TextMetadataReader.isListHeading("YOU MAY ALSO LIKE")).isTrue();
        assertThat(TextMetadataReader.isListHeading("More from Jason Roe:")).isTrue();
        assertThat(TextMetadataReader.isListHeading("Te puede interesar")).isTrue();
        // A headline that happens to open with a one-word list heading ("More", "Related") is one.
        assertThat(TextMetadataReader.isListHeading("More than 100 homes flooded in the north")).isFalse();
        assertThat(TextMetadataReader.isListHeading("Mehr von allem: Der Haushalt wächst kräftig")).isFalse();
    }

    @Test
    void aShortHeadingRightAboveTheProseIsTheHeadlineButNotABylinesAgency() {
        var heading = io.github.tidings.model.BlockType.HEADING;
        List<TextBlock> page = new ArrayList<>(List.of(
                TextBlock.of(io.github.tidings.model.BlockType.LIST_ITEM, "Reiseziele", null, null, 10),
                TextBlock.of(heading, "Emden"),
                TextBlock.of(PROSE), TextBlock.of(PROSE), TextBlock.of(PROSE),
                TextBlock.of(heading, "Was Sie in der Stadt noch sehen sollten"),
                TextBlock.of("Anna Berg, 20. November 2019")));
        assertThat(TextMetadataReader.read(page, Hints.none()).title()).contains("Emden");
        // Set under the byline, the agency's name is part of the byline, not a headline.
        List<TextBlock> wire = new ArrayList<>(List.of(
                TextBlock.of(io.github.tidings.model.BlockType.LIST_ITEM, "Sports", null, null, 6),
                TextBlock.of("Giants beat the Cowboys in overtime"),
                TextBlock.of("BY TOM SMITH"),
                TextBlock.of(heading, "ASSOCIATED PRESS"),
                TextBlock.of("Monday, January 14, 2008"),
                TextBlock.of(PROSE), TextBlock.of(PROSE), TextBlock.of(PROSE)));
        assertThat(TextMetadataReader.read(wire, Hints.none()).title()).contains("Giants beat the Cowboys in overtime");
    }

    @Test
    void aFirstHeadingThatDoesNotComeAgainIsNotThePagesTitle() {
        var heading = io.github.tidings.model.BlockType.HEADING;
        String headline = "Il consiglio chiude il vecchio ponte per un anno";
        List<TextBlock> page = new ArrayList<>(List.of(
                TextBlock.of(heading, "Navigazione accessibile"),
                TextBlock.of(io.github.tidings.model.BlockType.LIST_ITEM, "Cronaca", null, null, 7),
                TextBlock.of(heading, headline),
                TextBlock.of("di Marco Rossi, 19 novembre 2019"),
                TextBlock.of(PROSE), TextBlock.of(PROSE), TextBlock.of(PROSE)));
        assertThat(TextMetadataReader.startsWithTitle(page)).isFalse();
        assertThat(TextMetadataReader.read(page, Hints.none()).title()).contains(headline);
    }

    @Test
    void aTwoWordFirstLineIsThePagesTitleOnlyWhenItComesAgainAsAHeading() {
        var heading = io.github.tidings.model.BlockType.HEADING;
        // A site's name in its header, again in its footer: not the page's title.
        List<TextBlock> site = new ArrayList<>(List.of(
                TextBlock.of("Radio Nord"),
                TextBlock.of(heading, "Neue Brücke über die Ems eröffnet"),
                TextBlock.of("Von Anna Berg, 19. November 2019"),
                TextBlock.of(PROSE), TextBlock.of(PROSE),
                TextBlock.of("Radio Nord")));
        assertThat(TextMetadataReader.startsWithTitle(site)).isFalse();
        assertThat(TextMetadataReader.read(site, Hints.none()).title()).contains("Neue Brücke über die Ems eröffnet");
        // A short <title> that the headline repeats is.
        List<TextBlock> page = new ArrayList<>(List.of(
                TextBlock.of("Soziale Energie"),
                TextBlock.of(heading, "Soziale Energie"),
                TextBlock.of(PROSE), TextBlock.of(PROSE)));
        assertThat(TextMetadataReader.startsWithTitle(page)).isTrue();
    }

    @Test
    void aRenderedPagesFirstLineIsItsTitleOnlyWhenItComesAgain() {
        List<TextBlock> page = new ArrayList<>(List.of(
                TextBlock.of("Nachrichten aus der Region"),
                TextBlock.of("Die Stadt schließt die alte Brücke für ein Jahr"),
                TextBlock.of("Von Anna Berg, 19. November 2019"),
                TextBlock.of(PROSE), TextBlock.of(PROSE)));
        // Without headings, a dump's first line is its <title> (html-text), unless the layout
        // shows a page rendered as text, which shows no <title>.
        assertThat(TextMetadataReader.startsWithTitle(page, false)).isTrue();
        assertThat(TextMetadataReader.startsWithTitle(page, true)).isFalse();
        Found f = TextMetadataReader.read(page, Hints.none(), new Found().noTitleLine(true));
        assertThat(f.title()).contains("Die Stadt schließt die alte Brücke für ein Jahr");

        // The site's name in the header and again whole in the footer is no <title>; a part of
        // it coming again as the headline ("Headline | Site") is.
        page.add(TextBlock.of("Nachrichten aus der Region"));
        assertThat(TextMetadataReader.startsWithTitle(page, false)).isTrue();
        assertThat(TextMetadataReader.startsWithTitle(page, true)).isFalse();
        page.set(0, TextBlock.of("Die Stadt schließt die alte Brücke für ein Jahr | Nachrichten aus der Region"));
        assertThat(TextMetadataReader.startsWithTitle(page, true)).isTrue();
    }

    @Test
    void searchesTheFooterForASiteNameOnlyWhenTheMarkupStatesNone() {
        List<TextBlock> page = blocks(
                "Bridge over the river reopens after two years",
                "The old bridge was closed in 2016, on 4 May, after an inspection found cracks.",
                "Riverside Daily News Publishing Group All Rights Reserved © 2001-2018");
        Found withoutName = TextMetadataReader.read(page, Hints.none(), new Found().title("Bridge over the river reopens"));
        assertThat(withoutName.siteName()).contains("Riverside Daily News");

        Found markup = new Found().title("Bridge over the river reopens").siteName("Riverside Daily");
        Found withName = TextMetadataReader.read(page, Hints.none(), markup);
        assertThat(withName.siteName()).isEmpty();
        assertThat(withName.title()).isEqualTo(withoutName.title());
    }

    @Test
    void readsAnArticleRegionScrape() {
        Found f = TextMetadataReader.read(blocks(
                "Bridge over the river reopens after two years",
                "Bridge over the river reopens after two years",
                "Date: 03.02.2018 09:30",
                "The old bridge was closed in 2016, on 4 May, after an inspection found cracks.",
                "Riverside Daily News Publishing Group All Rights Reserved © 2001-2018"), Hints.none());
        assertThat(f.title()).contains("Bridge over the river reopens after two years");
        assertThat(f.published().map(Object::toString)).contains("2018-02-03T09:30");
        assertThat(f.siteName()).contains("Riverside Daily News");
        assertThat(f.titleBlocks()).containsExactly(0, 1);
        assertThat(f.dateBlocks()).containsExactly(2);
    }

    @Test
    void findsTheHeadlineBelowTheMenusAndCutsTheSiteFromTheTitle() {
        Found f = TextMetadataReader.read(blocks(
                "Council approves new budget | City Herald",
                "Home", "Politics", "Sports",
                "Council approves new budget",
                "By Jane Doe and John Roe | Nov 19, 2019 5:53 PM",
                "The council voted on Tuesday to approve a budget of 4 million.",
                "Council approves new budget"), Hints.none());
        assertThat(f.title()).contains("Council approves new budget");
        assertThat(f.titleVisible()).isTrue();
        assertThat(f.siteName()).contains("City Herald");
        assertThat(f.authors()).containsExactly("Jane Doe", "John Roe");
        assertThat(f.published().map(Object::toString)).contains("2019-11-19T17:53");
        assertThat(f.bylineBlocks()).isEmpty();
        assertThat(f.dateBlocks()).containsExactly(5);
        assertThat(f.titleBlocks()).containsExactly(0, 4, 7);
    }

    @Test
    void readsTheDateABylineOpensALongBlockWith() {
        // A wrapped dump joins a date line that fills the width to the lines below it.
        String german = "Die Brücke über den Fluss ist nach zwei Jahren wieder offen, und die Stadt feiert "
                + "das mit einem Fest am Wochenende, zu dem viele Gäste erwartet werden.";
        Found de = TextMetadataReader.read(blocks(
                "Brücke wieder offen",
                "Brücke wieder offen",
                "Von Anna Berg — 18. November 2019 Die alte Brücke im Abendlicht. Foto: Stadtarchiv " + german),
                Hints.none());
        assertThat(de.published().map(Object::toString)).contains("2019-11-18");
        assertThat(de.dateBlocks()).isEmpty(); // the block holds more than the date: it stays
        Found fr = TextMetadataReader.read(blocks(
                "Le pont rouvre",
                "Le pont rouvre",
                "Publié le 3 décembre 2019 Le vieux pont a été fermé en 2016 après une inspection qui a trouvé "
                        + "des fissures, et les travaux ont duré plus longtemps que prévu par la ville."),
                Hints.none());
        assertThat(fr.published().map(Object::toString)).contains("2019-12-03");
    }

    @Test
    void aLongBlockOpeningWithAnUnlabelledDateGivesNoDate() {
        Found f = TextMetadataReader.read(blocks(
                "Bridge reopens",
                "Bridge reopens",
                "On March 3, 2020, the council voted to reopen the old bridge after repairs that took much "
                        + "longer than planned, and the mayor said the city had learned its lesson."),
                Hints.none());
        assertThat(f.published()).isEmpty();
    }

    @Test
    void withoutADateNearTheHeadlineTheDateLineAboveTheProseIsRead() {
        List<String> lines = new ArrayList<>(List.of("Bridge reopens | City Herald", "Bridge reopens"));
        for (int i = 0; i < 30; i++) {
            lines.add("Section " + i);
        }
        lines.add("Anna Berg | 19.11.2019 14:05");
        lines.add(PROSE);
        lines.add(PROSE);
        Found f = TextMetadataReader.read(blocks(lines.toArray(String[]::new)), Hints.builder().language("de").build());
        assertThat(f.published().map(Object::toString)).contains("2019-11-19T14:05");
        assertThat(f.dateBlocks()).containsExactly(32);

        List<String> es = new ArrayList<>(List.of("El puente reabre | Diario", "El puente reabre"));
        for (int i = 0; i < 30; i++) {
            es.add("Sección " + i);
        }
        es.add("Publicado el 5 de marzo de 2019");
        String prosa = "El ayuntamiento votó el martes a favor de reabrir el viejo puente después de unas obras que "
                + "duraron mucho más de lo previsto, y el alcalde pidió paciencia.";
        es.add(prosa);
        es.add(prosa);
        assertThat(TextMetadataReader.read(blocks(es.toArray(String[]::new)), Hints.none()).published()
                .map(Object::toString)).contains("2019-03-05");
    }

    @Test
    void aSentenceWithADateAboveTheProseIsNoDateLine() {
        List<String> lines = new ArrayList<>(List.of("Bridge reopens | City Herald", "Bridge reopens"));
        for (int i = 0; i < 30; i++) {
            lines.add("Section " + i);
        }
        lines.add("The bridge closed on 4 May 2016 after cracks were found.");
        lines.add(PROSE);
        lines.add(PROSE);
        assertThat(TextMetadataReader.read(blocks(lines.toArray(String[]::new)), Hints.none()).published()).isEmpty();
    }

    @Test
    void neverMarksAParagraphThatMerelyContainsADate() {
        Found f = TextMetadataReader.read(blocks(
                "Storm hits the coast",
                "Storm hits the coast",
                "The storm reached the coast on 19 November 2019 and cut power to thousands of homes."),
                Hints.none());
        assertThat(f.dateBlocks()).isEmpty();
    }

    @Test
    void prefersThePublishedDateOverTheUpdate() {
        Found f = TextMetadataReader.read(blocks(
                "Markets rally",
                "Markets rally",
                "Updated: 18 Nov 2019 9:38 pm",
                "Posted: 18 Nov 2019 8:11 pm"), Hints.none());
        assertThat(f.published().map(Object::toString)).contains("2019-11-18T20:11");
    }

    @Test
    void takesThePageTitleFromOutsideTheBlocks() {
        Found f = TextMetadataReader.read(blocks("Menu", "Storm hits the coast", "Yazar: Ayşe Yılmaz"),
                Hints.none(), Optional.of("Storm hits the coast - Coast Times"));
        assertThat(f.title()).contains("Storm hits the coast");
        assertThat(f.titleBlocks()).containsExactly(1);
        assertThat(f.authors()).containsExactly("Ayşe Yılmaz");
        assertThat(f.bylineBlocks()).containsExactly(2);
    }

    @Test
    void fallsBackToTheTitleWithoutItsSiteAndToTheHost() {
        Found f = TextMetadataReader.read(blocks("Storm hits the coast - Coast Times", "Some text."),
                Hints.ofUrl("https://www.example-news.com/a/1"));
        assertThat(f.title()).contains("Storm hits the coast");
        assertThat(f.titleVisible()).isFalse();
        assertThat(f.siteName()).contains("Coast Times");
        Found g = TextMetadataReader.read(blocks("Storm hits the coast", "Some text."),
                Hints.ofUrl("https://www.example-news.com/a/1"));
        assertThat(g.siteName()).contains("Example-news");
    }

    @Test
    void prefersTheRewordedHeadlineWithADateBelowOverAPartOfTheTitleRepeatedInALink() {
        Found f = TextMetadataReader.read(blocks(
                "Elections: Key results from the vote in the northern provinces - Daily Planet",
                "Menu",
                "Key results from the regional vote in the northern provinces",
                "Von Anna Schmidt",
                "20.11.2019",
                "The vote was close in every province.",
                "Read more",
                "Key results from the vote in the northern provinces"), Hints.none());
        assertThat(f.title()).contains("Key results from the regional vote in the northern provinces");
        assertThat(f.authors()).containsExactly("Anna Schmidt");
        assertThat(f.published().map(Object::toString)).contains("2019-11-20");
    }

    @Test
    void readsANameInCapitalsBesideTheDateAndANameLineWithoutAVisibleHeadline() {
        Found caps = TextMetadataReader.read(blocks(
                "Water found on the icy moon",
                "SPACE",
                "Water found on the icy moon",
                "JANE DOE, STAR NEWS",
                "18 NOV 2019",
                "A team of researchers has found water on the moon."), Hints.none());
        assertThat(caps.authors()).containsExactly("Jane Doe");

        Found capsAlone = TextMetadataReader.read(blocks(
                "Le pont rouvre après deux ans",
                "Le pont rouvre après deux ans",
                "JEAN DUPONT",
                "20 novembre 2019",
                "Le vieux pont était fermé depuis deux ans."), Hints.none());
        assertThat(capsAlone.authors()).containsExactly("Jean Dupont");

        Found noHeadline = TextMetadataReader.read(blocks(
                "Wie man früh in Rente geht - Geld Magazin",
                "Sparen, anlegen, früher aufhören: ein Plan in Schritten",
                "Anna Schmidt, Geld Magazin",
                "13.11.2019, 23:06",
                "Wer früh aufhören will, braucht einen Plan."), Hints.none());
        assertThat(noHeadline.authors()).containsExactly("Anna Schmidt");
    }

    @Test
    void takesTheHeadlineOfAMarkdownDumpFromTheHeadingWithTheBylineBelow() {
        List<TextBlock> md = List.of(
                TextBlock.of(io.github.tidings.model.BlockType.LIST_ITEM, "Home"),
                TextBlock.of(io.github.tidings.model.BlockType.HEADING, "Most read stories today"),
                TextBlock.of(io.github.tidings.model.BlockType.LIST_ITEM, "Another story"),
                // A heading the dump tool wrapped comes joined from the Markdown reader (MarkdownReaderTest).
                TextBlock.of(io.github.tidings.model.BlockType.HEADING,
                        "El puente sobre el río vuelve a abrir tras dos años de obras en la ciudad"),
                TextBlock.of("Por María García"),
                TextBlock.of("20 de noviembre de 2019"),
                TextBlock.of("El viejo puente estaba cerrado desde 2017."));
        Found f = TextMetadataReader.read(md, Hints.none());
        assertThat(f.title()).contains("El puente sobre el río vuelve a abrir tras dos años de obras en la ciudad");
        assertThat(f.authors()).containsExactly("María García");
        assertThat(f.published().map(Object::toString)).contains("2019-11-20");
        assertThat(f.titleBlocks()).contains(3);
    }

    @Test
    void theLastItemOfANumberedTrailIsTheTitleWithoutItsNumber() {
        // html-to-text prints the numbers of an ordered list; a breadcrumb trail set as one ends
        // with the headline, in capitals as html-to-text sets headings.
        var heading = io.github.tidings.model.BlockType.HEADING;
        List<TextBlock> page = new ArrayList<>(List.of(
                TextBlock.of("1. Startseite"),
                TextBlock.of("2. Lokales"),
                TextBlock.of("3. Verkehr"),
                TextBlock.of(heading, "4. DIE ALTE BRÜCKE BLEIBT EIN JAHR GESPERRT"),
                TextBlock.of("19.11.2019, 08:16 Uhr"),
                TextBlock.of(PROSE), TextBlock.of(PROSE)));
        Found f = TextMetadataReader.read(page, Hints.none());
        assertThat(f.title()).contains("DIE ALTE BRÜCKE BLEIBT EIN JAHR GESPERRT");
        assertThat(f.published().map(Object::toString)).contains("2019-11-19T08:16");
        // Without the item before it, the number is the headline's own.
        page.set(2, TextBlock.of("Verkehr"));
        page.set(3, TextBlock.of(heading, "1. FC KÖLN GEWINNT DAS DERBY IN DER NACHSPIELZEIT"));
        assertThat(TextMetadataReader.read(page, Hints.none()).title()).contains("1. FC KÖLN GEWINNT DAS DERBY IN DER NACHSPIELZEIT");
    }

    @Test
    void theHeadingsOfAListOfTeasersWithTheirDatesAreNoHeadline() {
        // A slider of other stories above the article: each teaser's heading has its date below
        // (a picture's credit between), as the headline has; the headline is the one no teaser
        // follows.
        var heading = io.github.tidings.model.BlockType.HEADING;
        var item = io.github.tidings.model.BlockType.LIST_ITEM;
        List<TextBlock> page = new ArrayList<>(List.of(
                TextBlock.of(item, "Startseite", null, null, 10),
                TextBlock.of(heading, "Sturm schließt den Hafen für zwei Tage"),
                TextBlock.of("18. November 2019"),
                TextBlock.of(heading, "Bürgermeisterin eröffnet die neue Bibliothek"),
                TextBlock.of("17. November 2019"),
                TextBlock.of("Foto: Anna Berg"),
                TextBlock.of("Top News"),
                TextBlock.of(heading, "Stadtwerke erhöhen die Preise für Fernwärme"),
                TextBlock.of("16. November 2019"),
                TextBlock.of(item, "Lokales", null, null, 7),
                TextBlock.of(item, "Sport", null, null, 5),
                TextBlock.of(item, "Kultur", null, null, 6),
                TextBlock.of(item, "Wetter", null, null, 6),
                TextBlock.of(heading, "Die alte Brücke bleibt ein Jahr gesperrt"),
                TextBlock.of("19. November 2019"),
                TextBlock.of(PROSE), TextBlock.of(PROSE)));
        Found f = TextMetadataReader.read(page, Hints.none());
        assertThat(f.title()).contains("Die alte Brücke bleibt ein Jahr gesperrt");
        assertThat(f.published().map(Object::toString)).contains("2019-11-19");
        // A kicker with the date under it above the headline with its byline is no list of teasers.
        List<TextBlock> kicker = new ArrayList<>(List.of(
                TextBlock.of(item, "Startseite", null, null, 10),
                TextBlock.of(heading, "Verkehr in der Innenstadt"),
                TextBlock.of("19. November 2019"),
                TextBlock.of(heading, "Die alte Brücke bleibt ein Jahr gesperrt"),
                TextBlock.of("Von Jana Schmidt"),
                TextBlock.of(PROSE), TextBlock.of(PROSE)));
        assertThat(TextMetadataReader.read(kicker, Hints.none()).title()).contains("Verkehr in der Innenstadt");
    }

    @Test
    void aDateThatStampsTheHeadlineIsNotPartOfTheTitle() {
        // A dump without the <title> line: the headline comes with an archive's date in front.
        var heading = io.github.tidings.model.BlockType.HEADING;
        List<TextBlock> page = new ArrayList<>(List.of(
                TextBlock.of("Startseite"),
                TextBlock.of(heading, "23.01.2022 - Die alte Brücke bleibt ein Jahr gesperrt"),
                TextBlock.of("Von Anna Weber"),
                TextBlock.of(PROSE), TextBlock.of(PROSE)));
        assertThat(TextMetadataReader.read(page, Hints.none()).title()).contains("Die alte Brücke bleibt ein Jahr gesperrt");
        // A date that reads into the headline's words stays.
        page.set(1, TextBlock.of(heading, "September 2018 open thread for our readers"));
        assertThat(TextMetadataReader.read(page, Hints.none()).title()).contains("September 2018 open thread for our readers");
    }
}
