package io.github.tidings.clean;

import static io.github.tidings.clean.CleanerTesting.BODY;
import static io.github.tidings.clean.CleanerTesting.keptTexts;
import static io.github.tidings.clean.CleanerTesting.reasonOf;
import static io.github.tidings.clean.CleanerTesting.removedTexts;
import static io.github.tidings.clean.CleanerTesting.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CopyrightFooterCleanerTest {
    private final CopyrightFooterCleaner cleaner = new CopyrightFooterCleaner();

    @Test
    void removesTheFooterWhatFollowsAndTheMenuBeforeIt() {
        Page page = run(cleaner, BODY, BODY, "Privacy Policy", "Terms of Use", "Contact Us",
                "Copyright © 2019 Example Media Group. All Rights Reserved.", "Powered by Something", "Back to top");
        assertThat(keptTexts(page)).containsExactly(BODY, BODY);
        assertThat(reasonOf(page, "Copyright © 2019 Example Media Group. All Rights Reserved.")).isEqualTo("copyright footer");
        assertThat(reasonOf(page, "Back to top")).isEqualTo("after the copyright footer");
        assertThat(reasonOf(page, "Terms of Use")).isEqualTo("footer menu");
    }

    @Test
    void copyrightMarkIsAWordOrCInBracketsBeforeAYearInAnyCase() {
        assertThat(CopyrightFooterCleaner.hasCopyrightMark("COPYRIGHT: 2019 Example")).isTrue();
        assertThat(CopyrightFooterCleaner.hasCopyrightMark("Text (C)2018 Example")).isTrue();
        assertThat(CopyrightFooterCleaner.hasCopyrightMark("the copyrights to 2019")).isFalse();
        assertThat(CopyrightFooterCleaner.hasCopyrightMark("copyright law, copyright 20190")).isFalse();
        assertThat(CopyrightFooterCleaner.hasCopyrightMark("copyright law, then Copyright 2020")).isTrue();
        assertThat(CopyrightFooterCleaner.hasCopyrightMark("(c) notes (c) 2020")).isFalse(); // only the first (c) counts
        assertThat(CopyrightFooterCleaner.hasCopyrightMark("\u0008c) 2020")).isFalse();
    }

    @Test
    void recognisesFootersInSeveralLanguages() {
        for (String footer : new String[] {"Example Yayın Grubu Tüm Hakları Saklıdır. Tel : +90 212 000 0000",
                "Alle Rechte vorbehalten", "Tous droits réservés", "Todos los derechos reservados",
                "Copyright 2010 Exemplo. Todos os direitos reservados.", "Riproduzione riservata",
                "Все права защищены", "Hak Cipta Dilindungi Undang-Undang", "جميع الحقوق محفوظة",
                "Fax: +1 555 0100 200"}) {
            Page page = run(cleaner, BODY, BODY, footer);
            assertThat(keptTexts(page)).as(footer).containsExactly(BODY, BODY);
        }
    }

    @Test
    void aCopyrightLineWithNothingAboveItEndsNoArticle() {
        // a short post whose only paragraph ends with its picture's credit, alone on the page
        String post = "I still cannot believe this is a painting. It looks like a photograph to me. Artwork © Jane Example";
        assertThat(keptTexts(run(cleaner, post))).containsExactly(post);
        // below a paragraph it is the footer still
        assertThat(keptTexts(run(cleaner, BODY, "Copyright © 2019 Example Media Group. All Rights Reserved.")))
                .containsExactly(BODY);
    }

    @Test
    void aShortPostThatEndsWithItsPicturesCreditIsNoCopyrightLineAboveTheArticle() {
        // No paragraph on the page is long enough to be prose: nothing is "above the article".
        for (String post : new String[] {
                "I still cannot believe this is a painting. It looks like a photograph to me. Artwork © Jane Example",
                "Ich kann kaum glauben, dass das ein Gemälde ist. Es sieht aus wie ein Foto. Bild © Max Beispiel",
                "No puedo creer que esto sea un dibujo. Parece una fotografía. Dibujo © Ana Ejemplo"}) {
            Page page = run(cleaner, post, "Labels: painting, art");
            assertThat(keptTexts(page)).as(post).contains(post);
        }
        // Above a paragraph of prose, a credit line with the mark is still a header strip.
        Page page = run(cleaner, "© 2024 Example Media", BODY, BODY);
        assertThat(reasonOf(page, "© 2024 Example Media")).isEqualTo("copyright line above the article");
    }

    @Test
    void aCopyrightMarkMidPageDoesNotEndTheArticle() {
        Page page = run(cleaner, BODY, "Image © Example Agency", BODY, BODY, BODY);
        assertThat(removedTexts(page)).isEmpty();
    }

    @Test
    void keepsProseAboutCopyright() {
        String s = "The court ruled that the company had infringed the copyright of three authors, all rights reserved "
                + "to them under the law of 1976, and ordered it to pay damages to each of the writers involved.";
        Page page = run(cleaner, BODY, BODY, s, "The case will be appealed, lawyers said.");
        assertThat(removedTexts(page)).isEmpty();
    }

    @Test
    void removesATrailingFooterMenuWithoutCopyright() {
        Page page = run(cleaner, BODY, BODY, "Privacy Policy", "Cookie Policy", "Contact");
        assertThat(keptTexts(page)).containsExactly(BODY, BODY);
    }

    @Test
    void keepsAShortLastLineThatIsNoMenu() {
        Page page = run(cleaner, BODY, BODY, "Editing by Jane Doe");
        assertThat(removedTexts(page)).isEmpty();
    }

    @Test
    void aCopyrightLineAboveTheArticleGoes() {
        Page page = run(cleaner, "© 2000-2018 Example.com, Inc. All Rights Reserved.", BODY, BODY);
        assertThat(keptTexts(page)).containsExactly(BODY, BODY);
    }

    @Test
    void aLegalNoticeInSentencesIsAFooterWhenALegalPhraseOpensIt() {
        String notice = "This copy is for your personal, non-commercial use only. Distribution and use of this "
                + "material are governed by our Subscriber Agreement and by copyright law.";
        String mention = "The court said this copy is for your personal, non-commercial use only, as the label "
                + "states, and fined the seller for selling it on.";
        Page page = run(new CopyrightFooterCleaner(), BODY, mention, BODY + " Again.", notice);
        assertThat(removedTexts(page)).containsExactly(notice);
        assertThat(keptTexts(page)).contains(mention);
    }
}
