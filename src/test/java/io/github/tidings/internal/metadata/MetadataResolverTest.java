package io.github.tidings.internal.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tidings.model.Article;
import io.github.tidings.model.Hints;
import io.github.tidings.model.Published;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MetadataResolverTest {
    private static final String ENGLISH = "The council said on Tuesday that the new budget would be voted in the spring "
            + "and that it was not too late for the schools.";

    @Test
    void visibleHeadlineAndLabelledBylineWinOverMarkup() {
        Found text = new Found().title("Visible headline").titleVisible(true).authorsLabelled(true)
                .published(Published.of(LocalDate.of(2019, 11, 18)));
        text.authors().add("Jane Doe");
        Found markup = new Found().title("SEO title").siteName("Coast Times")
                .published(Published.parse("2019-11-19T13:03:00Z"));
        markup.authors().add("Coast Times Staff");
        Article.Builder ab = Article.builder();
        MetadataResolver.applyTo(ab, text, markup, Optional.of("en"));
        Article a = ab.build();
        assertThat(a.title()).contains("Visible headline");
        assertThat(a.authors()).containsExactly("Jane Doe");
        assertThat(a.published().map(Object::toString)).contains("2019-11-19T13:03:00Z");
        assertThat(a.siteName()).contains("Coast Times");
    }

    @Test
    void markupNamesWinOverTheSamePeopleWithAGluedWord() {
        Found text = new Found().authorsLabelled(true);
        text.authors().addAll(java.util.List.of("Sonia Mevißen Erstellt", "Jan NovákFollow"));
        Found markup = new Found();
        markup.authors().addAll(java.util.List.of("Sonia Mevißen", "Jan Novák"));
        assertThat(MetadataResolver.authors(text, markup)).containsExactly("Sonia Mevißen", "Jan Novák");

        // other people, or as many names spelled the same: the visible byline stays
        Found other = new Found();
        other.authors().addAll(java.util.List.of("Redaktion", "Jan Novák"));
        assertThat(MetadataResolver.authors(text, other)).containsExactly("Sonia Mevißen Erstellt", "Jan NovákFollow");
        Found same = new Found().authorsLabelled(true);
        same.authors().add("Ana Lima");
        Found sameMarkup = new Found();
        sameMarkup.authors().add("ana lima");
        assertThat(MetadataResolver.authors(same, sameMarkup)).containsExactly("Ana Lima");
    }

    @Test
    void markupNamesWinOverTheSamePeopleCutShort() {
        Found text = new Found().authorsLabelled(true);
        text.authors().addAll(java.util.List.of("Eichhorn", "Ana"));
        Found markup = new Found();
        markup.authors().addAll(java.util.List.of("Christoph von Eichhorn", "Ana Lúcia Prado"));
        assertThat(MetadataResolver.authors(text, markup)).containsExactly("Christoph von Eichhorn", "Ana Lúcia Prado");

        Found one = new Found().authorsLabelled(true);
        one.authors().add("Marek");
        Found oneMarkup = new Found();
        oneMarkup.authors().add("Marek Kowalski");
        assertThat(MetadataResolver.authors(one, oneMarkup)).containsExactly("Marek Kowalski");

        // a part of a word is no name cut short, nor is another person with the same first name
        Found part = new Found().authorsLabelled(true);
        part.authors().add("Ann");
        Found partMarkup = new Found();
        partMarkup.authors().add("Anna Berg");
        assertThat(MetadataResolver.authors(part, partMarkup)).containsExactly("Ann");
        Found two = new Found().authorsLabelled(true);
        two.authors().addAll(java.util.List.of("Jean", "Paul Martin"));
        Found twoMarkup = new Found();
        twoMarkup.authors().addAll(java.util.List.of("Jean Dupont", "Claire Martin"));
        assertThat(MetadataResolver.authors(two, twoMarkup)).containsExactly("Jean", "Paul Martin");
    }

    @Test
    void aVisibleMarkupTitleWinsOverTheHeadingThatHoldsItWithAKicker() {
        Found text = new Found().title("Analyse Wie Firmen ihre Beschäftigten schützen").titleVisible(true);
        Found markup = new Found().title("Wie Firmen ihre Beschäftigten schützen").titleVisible(true);
        assertThat(MetadataResolver.title(text, markup)).contains("Wie Firmen ihre Beschäftigten schützen");
        // not told apart by the markup reader: the heading as shown stays
        Found unsettled = new Found().title("Wie Firmen ihre Beschäftigten schützen");
        assertThat(MetadataResolver.title(text, unsettled)).contains("Analyse Wie Firmen ihre Beschäftigten schützen");
        assertThat(MetadataResolver.holdsAtAnEnd("Ferry resumes after storm: crossings hourly", "Ferry resumes after storm"))
                .isTrue();
        assertThat(MetadataResolver.holdsAtAnEnd("Ferry resumes after storms", "Ferry resumes after storm")).isFalse();
        assertThat(MetadataResolver.holdsAtAnEnd("Breaking: Ferry resumes", "Ferry resumes")).isFalse(); // two words
    }

    @Test
    void markupTitleWinsOverAnInvisibleTitle() {
        Found text = new Found().title("Headline from the title tag");
        Found markup = new Found().title("Markup headline");
        assertThat(MetadataResolver.title(text, markup)).contains("Markup headline");
    }

    @Test
    void htmlLangCountsOnlyWhenTheTextAgrees() {
        assertThat(MetadataResolver.language(new Found().language("de"), Hints.none(), ENGLISH)).contains("en");
        assertThat(MetadataResolver.language(new Found().language("en-US"), Hints.none(), ENGLISH)).contains("en");
        assertThat(MetadataResolver.language(new Found().language("de"), Hints.none(), "12:30")).contains("de");
        assertThat(MetadataResolver.language(new Found(), Hints.builder().language("pt-BR").build(), ENGLISH))
                .contains("pt-BR");
    }

    @Test
    void aVisibleBylineGivesWholeTheNamesTheMarkupCutShort() {
        // an account's display name in the markup, the whole name in an unlabelled byline line
        String[][] cases = {
            {"Nils", "Nils Pickert"}, {"Todd", "Todd Bates"}, {"Loïc", "Loïc Le Clerc"},
            {"Marta", "Marta Sánchez"}, {"Zofia", "Zofia Nowak"}, {"João", "João Carvalho"},
        };
        for (String[] c : cases) {
            Found text = new Found();
            text.authors().add(c[1]);
            Found markup = new Found();
            markup.authors().add(c[0]);
            assertThat(MetadataResolver.authors(text, markup)).as(c[0]).containsExactly(c[1]);
        }
        // another person in the text, or the markup's whole name: the markup stays
        Found other = new Found();
        other.authors().add("Anna Berg");
        Found markup = new Found();
        markup.authors().add("Nils");
        assertThat(MetadataResolver.authors(other, markup)).containsExactly("Nils");
        Found labelled = new Found();
        labelled.authors().add("Themenstarter Pepe");
        Found handle = new Found();
        handle.authors().add("Pepe");
        assertThat(MetadataResolver.authors(labelled, handle)).containsExactly("Pepe");
        Found whole = new Found();
        whole.authors().add("Nils Pickert");
        assertThat(MetadataResolver.authors(new Found(), whole)).containsExactly("Nils Pickert");
    }
}
