package io.github.tidings.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link RelatedContentCleaner}'s line tests read the block's normalised text in place and cut
 * words out only after a cheap test; they must answer as the plain word-array version
 * ({@link RelatedContentByWords}) does, on random lines made of the phrases they look for.
 */
class RelatedContentCleanerTextTest {
    /** Words and separators of the lines: related, prompt, ad, credit, agency, time and gallery words. */
    private static final String[] PIECES = {"Related", "articles", "Read more", "More from", "Sportsnet", "You may also like",
        "Most popular", "Advertisement", "Sponsored", "Sign up", "for our", "newsletter", "newsletters", "subscribe",
        "Subscribers", "inbox", "We use cookies", "By signing up", "you agree", "Photo", "Photos", "Image", "credit",
        "Credit...", "Credit:", "Photo:", "by", "via", "courtesy", "Getty Images", "Reuters", "AP", "AFP", "Jane Doe",
        "hours ago", "min ago", "ago", "3", "12", "84k", "of", "von", "из", "Caption", "Close", "slide", "Bild",
        "Читайте также", "Реклама", "Foto", "de", "the", "a", "story", "goes", "on", "and", "©", "|", "»", "›", ">",
        ":", "/", "-", "–", ".", "...", "(", ")", "[", "]", "@", "www.example.com/news", " ", "  ", "İ", "e\u0301",
        "関連記事", "01:45"};

    @Test
    void lineTestsAnswerAsTheWordArrayVersionDoes() {
        Random random = new Random(11);
        int reasons = 0;
        int headings = 0;
        int credits = 0;
        int galleries = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder line = new StringBuilder();
            int pieces = 1 + random.nextInt(random.nextInt(4) == 0 ? 60 : 14);
            for (int k = 0; k < pieces; k++) {
                line.append(PIECES[random.nextInt(PIECES.length)]);
                if (random.nextInt(4) > 0) {
                    line.append(' ');
                }
            }
            String text = line.toString().strip();
            if (text.isEmpty()) {
                continue;
            }
            TextBlock b = TextBlock.of(text);
            String[] w = PhraseList.words(PhraseList.normalize(text));
            boolean afterProse = random.nextBoolean();
            String reason = RelatedContentByWords.lineReason(b, w, afterProse);
            assertThat(RelatedContentCleaner.lineReason(b, afterProse)).as(text).isEqualTo(reason);
            boolean heading = RelatedContentByWords.isHeading(b, w);
            assertThat(RelatedContentCleaner.isHeading(b)).as(text).isEqualTo(heading);
            assertThat(RelatedContentCleaner.isTailPrompt(b)).as(text)
                    .isEqualTo(RelatedContentByWords.isTailPrompt(b, w));
            boolean credit = RelatedContentByWords.isCredit(b, w);
            assertThat(RelatedContentCleaner.isCredit(b)).as(text).isEqualTo(credit);
            boolean gallery = RelatedContentByWords.isGalleryResidue(b, w);
            assertThat(RelatedContentCleaner.isGalleryResidue(b)).as(text).isEqualTo(gallery);
            reasons += reason != null ? 1 : 0;
            headings += heading ? 1 : 0;
            credits += credit ? 1 : 0;
            galleries += gallery ? 1 : 0;
        }
        // the comparison must see lines each test accepts, not only ones all of them turn down
        assertThat(reasons).isGreaterThan(2_000);
        assertThat(headings).isGreaterThan(100);
        assertThat(credits).isGreaterThan(100);
        assertThat(galleries).isGreaterThan(20);
    }

    @Test
    void wordAtCountsWordsOfTheNormalisedText() {
        assertThat(RelatedContentCleaner.wordAt("photo by jane doe", 0)).isEqualTo("photo");
        assertThat(RelatedContentCleaner.wordAt("photo by jane doe", 3)).isEqualTo("doe");
        assertThat(RelatedContentCleaner.wordAt("photo by jane doe", 4)).isEmpty();
        assertThat(RelatedContentCleaner.wordAt("", 0)).isEmpty();
    }
}
