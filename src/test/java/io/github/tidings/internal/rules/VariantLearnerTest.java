package io.github.tidings.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Template lines that change a little from page to page, on sites this test invents. */
class VariantLearnerTest {

    private static List<String> patterns(List<List<String>> pages, int minPages) {
        return VariantLearner.learn(pages, minPages).stream().map(ProfileLearner.Line::text).toList();
    }

    @Test
    void aLineWhoseEndChangesIsLearnedAsItsSharedStartAndAStar() {
        List<List<String>> pages = List.of(
                List.of("Eingestellt von Anna Berger | Permalink | 3 Kommentare", "Der Stadtrat tagt am Montag."),
                List.of("Eingestellt von Anna Berger | Permalink | Kommentieren", "Die Fähre fährt wieder."),
                List.of("Eingestellt von Anna Berger | Permalink | 12 Kommentare", "Neue Bänke am Ufer."));
        List<String> learned = patterns(pages, 2);
        assertThat(learned).contains("Eingestellt von Anna Berger | Permalink | *");
        TextMatch m = TextMatch.of(TextMatch.Kind.PATTERN, learned.get(0));
        assertThat(m.matches("Eingestellt von Anna Berger | Permalink | 1 Kommentar")).isTrue();
        assertThat(m.matches("Der Stadtrat tagt am Montag.")).isFalse();
    }

    @Test
    void aLineWhoseStartChangesIsLearnedByItsSharedEndWithNumbersAsNumbers() {
        List<List<String>> pages = List.of(
                List.of("Rubriques : culture, cinéma — par la rédaction @ 11:07"),
                List.of("Rubriques : sport — par la rédaction @ 09:30"),
                List.of("Rubriques : économie, emploi, région — par la rédaction @ 18:45"));
        List<String> learned = patterns(pages, 2);
        assertThat(learned).containsExactly("Rubriques : * — par la rédaction @ #");
        TextMatch m = TextMatch.of(TextMatch.Kind.PATTERN, learned.get(0));
        assertThat(m.matches("Rubriques : météo — par la rédaction @ 07:15")).isTrue();
        assertThat(m.matches("Rubriques : météo — par la rédaction @ ce matin")).isFalse();
    }

    @Test
    void articleSentencesThatOnlyStartAlikeAreNotTemplate() {
        List<List<String>> pages = List.of(
                List.of("The council said on Monday that the new coast road would open in the spring."),
                List.of("The council said it would not raise the harbour fees again this year."),
                List.of("The council said the ferry timetable would change from next week."));
        assertThat(patterns(pages, 2)).isEmpty();
    }

    @Test
    void aLineOnTooFewPagesOrTheSameOnEveryPageIsNoVariant() {
        List<List<String>> once = List.of(
                List.of("Yazan: Ayşe Demir | 3 yorum | Paylaş"),
                List.of("Yazan: Ayşe Demir | yorum yok | Paylaş"),
                List.of("Belediye yeni otobüs hattını açtı."));
        assertThat(patterns(once, 3)).isEmpty();
        List<List<String>> same = List.of(
                List.of("Yazan: Ayşe Demir | Paylaş | Yazdır"),
                List.of("Yazan: Ayşe Demir | Paylaş | Yazdır"));
        assertThat(patterns(same, 2)).as("the exact rules learn a line that does not change").isEmpty();
    }
}
