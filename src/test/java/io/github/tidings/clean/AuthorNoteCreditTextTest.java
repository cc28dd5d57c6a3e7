package io.github.tidings.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link AuthorNoteCleaner#isCredit(PhraseText)} reads the normalised text in place and cuts its words
 * out only when a "contributed" phrase occurs: it must answer as the word-array version does.
 */
class AuthorNoteCreditTextTest {
    private static final String[] PIECES = {"Reporting by", "Editing by", "Additional reporting by", "Jane Doe",
        "and", "John", "contributed to this report", "contributed reporting", "contributed", "to", "this", "report",
        "Mit Material von", "dpa", "Reuters", "the", "story", "goes", "on", "12", ";", ",", ".", "(", ")", ":",
        "—", " ", "  ", "İ", "e\u0301", "Читайте", "記事"};

    @Test
    void creditInTheTextAnswersAsTheWordArrayDoes() {
        Random random = new Random(11);
        int credits = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder line = new StringBuilder();
            int pieces = random.nextInt(random.nextInt(4) == 0 ? 40 : 10);
            for (int k = 0; k < pieces; k++) {
                line.append(PIECES[random.nextInt(PIECES.length)]);
                if (random.nextInt(4) > 0) {
                    line.append(' ');
                }
            }
            String normalized = PhraseList.normalize(line.toString());
            boolean credit = AuthorNoteCleaner.isCredit(PhraseList.words(normalized));
            assertThat(AuthorNoteCleaner.isCredit(PhraseText.of(normalized))).as(line.toString()).isEqualTo(credit);
            credits += credit ? 1 : 0;
        }
        assertThat(credits).as("credit lines: the comparison must see matches too").isGreaterThan(1_000);
    }
}
