package io.github.tidings;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tidings.model.Article;
import io.github.tidings.model.Removal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A picture caption with a credit right under the first paragraph is a caption, not a byline:
 * it neither gives the authors nor goes as "byline, read as authors"; a real byline above it still
 * reads.
 */
class CaptionNotBylineTest {
    private static final ArticleParser KEEPING = ArticleParser.builder().discoverCleaners(false).keepCaptions(true).build();
    private static final ArticleParser DEFAULT = ArticleParser.builder().discoverCleaners(false).build();

    private static String page(String lang, String headline, String byline, String first, String caption, String rest) {
        return "<!DOCTYPE html><html lang=\"" + lang + "\"><head><meta charset=\"utf-8\"><title>" + headline
                + "</title></head><body><article><h1>" + headline + "</h1>" + byline + "<p>" + first + "</p>"
                + "<figure><img src=\"a.jpg\" alt=\"\"><figcaption>" + caption + "</figcaption></figure>"
                + "<p>" + rest + "</p><p>" + rest.replace(". ", "; ") + "</p></article></body></html>";
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "de|Neuer Haushalt für die Stadt|Der Stadtrat hat am Montag nach langer Debatte den Haushalt für das kommende Jahr beschlossen. Die Mehrheit stimmte dafür.|Der Sitzungssaal am Montag. Foto: Anna Berg|Im Mittelpunkt standen die Ausgaben für Schulen und Straßen. Die Kämmerin sprach von einem soliden Plan ohne neue Schulden.|Von Jonas Keller|Jonas Keller",
        "en|Council passes the new budget|The council passed next year's budget on Monday after a long debate. A clear majority voted for the treasurer's draft.|The council chamber on Monday. Photo: Anna Berg|Spending on schools and roads was at the heart of the debate. The treasurer spoke of a solid plan without new debt.|By Jonas Keller, Reuters|Jonas Keller",
        "fr|Le conseil adopte le budget|Le conseil municipal a adopté lundi le budget de l'année prochaine après un long débat. Une large majorité a voté pour.|La salle du conseil lundi. Crédit photo : Anna Berg|Les dépenses pour les écoles et les routes étaient au cœur du débat. L'adjointe aux finances a parlé d'un plan solide sans nouvelle dette.|Par Jonas Keller|Jonas Keller"})
    void aCaptionWithACreditIsNotReadAsAByline(String lang, String headline, String first, String caption, String rest,
            String byline, String author) {
        String without = page(lang, headline, "", first, caption, rest);
        Article kept = KEEPING.parseHtml(without);
        assertThat(kept.text()).contains(caption);
        assertThat(kept.authors()).isEmpty();
        assertThat(kept.removed()).extracting(Removal::reason).doesNotContain("byline, read as authors");
        assertThat(DEFAULT.parseHtml(without).authors()).isEmpty();

        String with = page(lang, headline, "<p class=\"byline\">" + byline + "</p>", first, caption, rest);
        Article bylined = KEEPING.parseHtml(with);
        assertThat(bylined.authors()).containsExactly(author);
        assertThat(bylined.text()).contains(caption);
        assertThat(DEFAULT.parseHtml(with).authors()).containsExactly(author);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Neuer Haushalt für die Stadt|Der Stadtrat hat am Montag nach langer Debatte den Haushalt für das kommende Jahr beschlossen. Die Mehrheit stimmte für den Entwurf der Kämmerin.|Der Sitzungssaal am Montag. Foto: Anna Berg",
        "Council passes the new budget|The council passed next year's budget on Monday after a long debate. A clear majority voted for the treasurer's draft.|The council chamber on Monday. Photo: Anna Berg"})
    void aCreditLineInATextDumpGivesNoAuthor(String headline, String first, String caption) {
        String text = headline + "\n\n" + first + "\n\n" + caption + "\n\n" + first.replace(". ", "; ") + "\n\n"
                + first.replace("Monday", "Tuesday").replace("Montag", "Dienstag");
        Article a = KEEPING.parse(text);
        assertThat(a.authors()).isEmpty();
        // a text dump does not mark the caption: the image-credit rule may take it, the byline rule may not
        assertThat(a.removed()).filteredOn(r -> r.text().equals(caption)).extracting(Removal::reason)
                .doesNotContain("byline, read as authors");
    }
}
