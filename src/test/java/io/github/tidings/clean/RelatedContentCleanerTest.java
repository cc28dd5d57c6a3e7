package io.github.tidings.clean;

import static io.github.tidings.clean.CleanerTesting.BODY;
import static io.github.tidings.clean.CleanerTesting.cleanerOf;
import static io.github.tidings.clean.CleanerTesting.keptTexts;
import static io.github.tidings.clean.CleanerTesting.reasonOf;
import static io.github.tidings.clean.CleanerTesting.removedTexts;
import static io.github.tidings.clean.CleanerTesting.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RelatedContentCleanerTest {
    private final RelatedContentCleaner cleaner = new RelatedContentCleaner();

    @Test
    void removesAHeadingWithTheLinksAfterItUpToTheNextParagraph() {
        Page page = run(cleaner, BODY, "Related articles", "Mayor opens the new bridge", "Storm closes schools",
                "2 hours ago", BODY);
        assertThat(keptTexts(page)).containsExactly(BODY, BODY);
        assertThat(reasonOf(page, "Related articles")).isEqualTo("related-content heading");
        assertThat(reasonOf(page, "Mayor opens the new bridge")).isEqualTo("related-content link");
        assertThat(cleanerOf(page, "Storm closes schools")).isEqualTo("RelatedContentCleaner");
    }

    @Test
    void recognisesHeadingsInSeveralLanguages() {
        for (String heading : new String[] {"Read more", "More from Sportsnet", "İlgili Haberler", "Lesen Sie auch",
                "À lire aussi", "Noticias relacionadas", "Leia também", "Leggi anche", "Читайте также",
                "Baca juga", "اقرأ أيضا"}) {
            Page page = run(cleaner, BODY, heading, "A headline about something else", BODY);
            assertThat(keptTexts(page)).as(heading).containsExactly(BODY, BODY);
        }
    }

    @Test
    void recognisesTheCommonReadAlsoHeadingsOfEachLanguage() {
        for (String heading : new String[] {"Материалы по теме", "Новости по теме", "Вам также может понравиться",
                "Weitere Beiträge zum Thema", "Das könnte dich auch interessieren", "À lire également",
                "Pour aller plus loin", "Te podría interesar", "Confira também", "Potrebbe interessarti anche",
                "Simak juga", "Şunlar da ilginizi çekebilir", "Dit vind je misschien ook leuk",
                "You may also be interested in"}) {
            Page page = run(cleaner, BODY, heading, "A headline about something else", BODY);
            assertThat(keptTexts(page)).as(heading).containsExactly(BODY, BODY);
        }
    }

    @Test
    void aListItemMayStartWithANameThatHasACapitalInside() {
        Page page = run(cleaner, BODY, "Weitere Beiträge zum Thema", "eZ Platform: die neuen Funktionen",
                "iPhone sales fall again", BODY);
        assertThat(keptTexts(page)).containsExactly(BODY, BODY);
    }

    @Test
    void japaneseHeadlinesUnderARelatedHeadingGoThoughEachCharacterCountsAsAWord() {
        String first = "新しいパソコンにソフトをインストールしたらライセンス認証できなかった問題を解決";
        String second = "パスワード管理ソフトの起動ショートカットキーを変更する方法";
        String sentence = "この記事では、パスワード管理ソフトの起動ショートカットキーを変更する方法を紹介しました。";
        Page page = run(cleaner, BODY, "関連記事", first, second, sentence);
        assertThat(removedTexts(page)).containsExactly("関連記事", first, second);
    }

    @Test
    void aListStopsAtTheNextHeadingWhichTakesItsOwnList() {
        String[] first = {"Mac Price Guide", "Phone Price Guide", "Tablet Price Guide", "Watch Price Guide",
                "Laptop Price Guide", "Camera Price Guide", "Speaker Price Guide", "Router Price Guide",
                "Monitor Price Guide", "Printer Price Guide", "Drive Price Guide", "Mouse Price Guide",
                "Keyboard Price Guide", "Charger Price Guide"};
        java.util.List<String> lines = new java.util.ArrayList<>(java.util.List.of(BODY, "Most popular"));
        lines.addAll(java.util.List.of(first));
        lines.addAll(java.util.List.of("Latest news", "Storm closes schools", "Mayor opens the new bridge",
                "Council votes on the budget", BODY));
        Page page = run(cleaner, lines.toArray(String[]::new));
        assertThat(keptTexts(page)).containsExactly(BODY, BODY);
        assertThat(reasonOf(page, "Latest news")).isEqualTo("related-content heading");
        assertThat(reasonOf(page, "Council votes on the budget")).isEqualTo("related-content link");
    }

    @Test
    void removesInlineRelatedLinksButNotSentencesStartingAlike() {
        Page page = run(cleaner, BODY, "Related: Possible water plumes found on Europa",
                "Read more: How the vote was won", "More from the minister came later in the week, when she spoke.");
        assertThat(removedTexts(page)).containsExactly("Related: Possible water plumes found on Europa",
                "Read more: How the vote was won");
    }

    @Test
    void removesAdvertisementLabelsAndPrompts() {
        Page page = run(cleaner, BODY, "Advertisement", "Anzeige", "Publicidade", "Реклама",
                "Sign up for our newsletter", "We use cookies to improve your experience on our site.",
                "By signing up, you agree to our Privacy Policy and European users agree to the data transfer policy.",
                "Abonnez-vous", BODY);
        assertThat(keptTexts(page)).containsExactly(BODY, BODY);
        assertThat(reasonOf(page, "Advertisement")).isEqualTo("advertisement label");
        assertThat(reasonOf(page, "Sign up for our newsletter")).isEqualTo("newsletter, subscription or cookie prompt");
    }

    @Test
    void keepsAShoppingSentenceThatUsesSignUp() {
        String deal = "Sign up for the streaming bundle using the same email as your existing account, and save five dollars.";
        Page page = run(cleaner, BODY, deal);
        assertThat(removedTexts(page)).isEmpty();
    }

    @Test
    void removesImageCredits() {
        Page page = run(cleaner, BODY, "Photo: Jane Doe/Reuters", "(Photo by John Roe/AFP)", "Image credit: NASA",
                "Sanjeev Verma/Hindustan Times/Getty Images", "Getty Images", "Foto: Anadolu Ajansı",
                "Smoke rises over the city (Image: GETTY)", BODY);
        assertThat(keptTexts(page)).containsExactly(BODY, BODY);
        assertThat(reasonOf(page, "Getty Images")).isEqualTo("image credit");
    }

    @Test
    void keepsProseThatMentionsPhotosOrAgencies() {
        String s1 = "Photos of the damage, taken by residents, were shared widely before the agency responded.";
        String s2 = "Reuters reported that the talks would resume on Monday in Geneva.";
        Page page = run(cleaner, s1, s2, "Photo of the year");
        assertThat(removedTexts(page)).isEmpty();
    }

    @Test
    void removesGalleryResidueAndTeaserTimes() {
        Page page = run(cleaner, BODY, "Image 1 of 23", "1 / 23", "Caption", "13 hours ago", "vor 3 Stunden", "01:45");
        assertThat(keptTexts(page)).containsExactly(BODY);
    }

    @Test
    void aHeadingEndingInDotsIsStillAHeading() {
        Page page = run(cleaner, BODY, "You may also like...", "Who will make the hall of fame next year", BODY);
        assertThat(keptTexts(page)).containsExactly(BODY, BODY);
    }

    @Test
    void removesJapaneseRelatedHeadings() {
        Page page = run(cleaner, BODY, "関連記事", "商標の判決シリーズ", BODY);
        assertThat(keptTexts(page)).containsExactly(BODY, BODY);
    }

    @Test
    void removesInboxPromptsButKeepsSentencesAboutEmail() {
        String prompt = "Get the day's top headlines delivered to your inbox every morning by subscribing to our newsletter.";
        String prose = "The company said customers would find the refunds delivered to your inbox by Friday, a spokesman said.";
        Page page = run(cleaner, BODY, prompt, prose);
        assertThat(removedTexts(page)).containsExactly(prompt);
    }

    @Test
    void aListStopsAtAHardWrappedParagraph() {
        Page page = run(cleaner, BODY, "Read more", "Mayor opens the new bridge",
                "after the vote, officials said the bridge would open to traffic in the",
                "spring. The cost rose by a third over two years, the audit found.");
        assertThat(removedTexts(page)).containsExactly("Read more", "Mayor opens the new bridge");
    }

    @Test
    void aSignUpParagraphAtTheEndIsAPromptButTheSameWordsHigherUpAreNot() {
        String early = "Readers can sign up for the program at the library, which opens at nine on weekdays.";
        String tail = "There's plenty more where that came from. Sign up for The Daily today to get the free "
                + "newsletter delivered to your inbox every morning.";
        Page page = run(new RelatedContentCleaner(), early, BODY, BODY + " Again.", BODY + " Once more.", tail);
        assertThat(removedTexts(page)).containsExactly(tail);
        assertThat(keptTexts(page)).contains(early);
    }
}
