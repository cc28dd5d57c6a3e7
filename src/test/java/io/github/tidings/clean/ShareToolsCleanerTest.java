package io.github.tidings.clean;

import static io.github.tidings.clean.CleanerTesting.BODY;
import static io.github.tidings.clean.CleanerTesting.keptTexts;
import static io.github.tidings.clean.CleanerTesting.reasonOf;
import static io.github.tidings.clean.CleanerTesting.removedTexts;
import static io.github.tidings.clean.CleanerTesting.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShareToolsCleanerTest {
    private final ShareToolsCleaner cleaner = new ShareToolsCleaner();

    @Test
    void removesToolResidueInSeveralLanguages() {
        Page page = run(cleaner, BODY, "email Print zoom+ zoom-", "Share on Facebook", "Tweet", "WhatsApp", "A A A",
                "Share this article", "Copy link", "Facebook Twitter Pinterest Email",
                "Click to share on Reddit (Opens in new window)", "Paylaş Yazdır", "Teilen Drucken",
                "Partager Imprimer", "Compartir", "Compartilhar no WhatsApp", "Condividi", "Поделиться",
                "Bagikan", "مشاركة طباعة", BODY);
        assertThat(keptTexts(page)).containsExactly(BODY, BODY);
        assertThat(reasonOf(page, "email Print zoom+ zoom-")).isEqualTo("share, social or print tool");
        assertThat(page.removals()).allSatisfy(r -> assertThat(r.cleaner()).isEqualTo("ShareToolsCleaner"));
    }

    @Test
    void removesCountsAndNumbersNextToTools() {
        Page page = run(cleaner, BODY, "12 Comments", "0 shares", "Facebook", "55", "(42) Comments", "3 yorum");
        assertThat(removedTexts(page)).containsExactly("12 Comments", "0 shares", "Facebook", "55",
                "(42) Comments", "3 yorum");
        assertThat(reasonOf(page, "12 Comments")).isEqualTo("share or comment count");
    }

    @Test
    void keepsBareNumbersAwayFromTools() {
        Page page = run(cleaner, BODY, "2", BODY);
        assertThat(removedTexts(page)).isEmpty();
    }

    @Test
    void removesFollowPromptsAndWordlessResidue() {
        Page page = run(cleaner, BODY, "Follow us on Twitter and Instagram", "•", "{* loginWidget *}");
        assertThat(removedTexts(page)).containsExactly("Follow us on Twitter and Instagram", "•", "{* loginWidget *}");
        assertThat(reasonOf(page, "•")).isEqualTo("widget residue without words");
    }

    @Test
    void keepsProseThatMentionsSocialNetworks() {
        String mention = "The minister shared the video on Facebook and Twitter, where it was viewed a million times.";
        Page page = run(cleaner, mention, "Facebook bought the startup", "Share prices fell sharply",
                "Print media is in decline", "Email from the mayor");
        assertThat(removedTexts(page)).isEmpty();
    }

    @Test
    void removesFollowPromptsWithALinkOrHandle() {
        Page page = run(cleaner, BODY, "Follow our full coverage of the election at https://example.com/election",
                "Follow the money, investigators said, and you will find the network.");
        assertThat(removedTexts(page)).containsExactly("Follow our full coverage of the election at https://example.com/election");
    }
}
