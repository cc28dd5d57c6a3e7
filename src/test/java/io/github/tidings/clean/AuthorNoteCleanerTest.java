package io.github.tidings.clean;

import static io.github.tidings.clean.CleanerTesting.BODY;
import static io.github.tidings.clean.CleanerTesting.keptTexts;
import static io.github.tidings.clean.CleanerTesting.reasonOf;
import static io.github.tidings.clean.CleanerTesting.removedTexts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AuthorNoteCleanerTest {
    private static Page page(List<String> authors, String... lines) {
        Page.Builder b = Page.builder().authors(authors);
        for (String l : lines) {
            b.add(TextBlock.of(l));
        }
        Page page = b.build();
        assertThat(page.apply(new AuthorNoteCleaner())).isTrue();
        return page;
    }

    @Test
    void removesContributorCreditsAfterTheArticle() {
        String reporting = "Reporting by Jane Roe; Editing by John Doe";
        String contributed = "Associated Press writers Ann Lee and Bo Chen contributed to this report.";
        Page page = page(List.of(), BODY, BODY + " Again.", reporting, contributed);
        assertThat(removedTexts(page)).containsExactly(reporting, contributed);
        assertThat(reasonOf(page, reporting)).isEqualTo("contributor credit");
    }

    @Test
    void removesTheAuthorsBiographyContactAndAboutHeading() {
        String bio = "Jane Roe is a freelance writer based in Toronto. Her work has appeared in many magazines.";
        String contact = "Email Jane Roe at jane@example.com or follow her on social media.";
        Page page = page(List.of("Jane Roe"), BODY, BODY + " More.", BODY + " Still more.", bio, contact);
        assertThat(removedTexts(page)).containsExactly(bio, contact);
        assertThat(reasonOf(page, bio)).isEqualTo("author's biography");
        assertThat(reasonOf(page, contact)).isEqualTo("author's contact");

        String heading = "Sobre Carlos Pereira";
        String note = "Pai de dois filhos, Carlos Pereira é também coordenador pedagógico numa escola.";
        Page pt = page(List.of("Carlos Pereira"), BODY, BODY + " Mais.", heading, note);
        assertThat(removedTexts(pt)).containsExactly(heading, note);
    }

    @Test
    void keepsTheAuthorsNameWhereItIsNotANote() {
        String byline = "Jane Roe is a freelance writer based in Toronto.";
        String headline = "Jane Roe Wins the Annual Award";
        String quote = "Jane Roe, who won the award last year, said the jury had chosen well this time.";
        Page top = page(List.of("Jane Roe"), byline, BODY, BODY + " More.");
        assertThat(removedTexts(top)).as("a note before the article's prose stays").isEmpty();
        Page page = page(List.of("Jane Roe"), BODY, BODY + " More.", headline, quote);
        assertThat(keptTexts(page)).contains(headline, quote);
    }

    @Test
    void needsAuthorsForBiographies() {
        String bio = "Jane Roe is a freelance writer based in Toronto.";
        Page page = page(List.of(), BODY, BODY + " More.", bio);
        assertThat(removedTexts(page)).isEmpty();
    }
}
