package io.github.tidings.internal.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tidings.model.Hints;
import org.junit.jupiter.api.Test;

class FrontMatterTest {

    @Test
    void readsScalarsQuotedValuesAndListsOfBothKinds() {
        String md = """
                ---
                title: "Die \\"neue\\" Brücke"
                author: 'Anna O''Neill'
                date: 2027-03-04T09:30+01:00
                lastmod: 2027-03-05
                site_name: Stadtanzeiger # the paper's name
                lang: de-AT
                tags: [Verkehr, "Bau, Brücken"]
                categories:
                  - Lokales
                  - Wien
                layout: post
                image: https://bilder.example.at/bruecke.jpg
                ---

                # Die "neue" Brücke
                """;
        Found f = new Found();
        int body = FrontMatter.read(md, Hints.none(), f);
        assertThat(md.substring(body)).startsWith("\n# Die");
        assertThat(f.metadataStated()).isTrue();
        assertThat(f.title()).contains("Die \"neue\" Brücke");
        assertThat(f.authors()).containsExactly("Anna O'Neill");
        assertThat(f.published()).hasValueSatisfying(p -> assertThat(p.toString()).isEqualTo("2027-03-04T09:30+01:00"));
        assertThat(f.modified()).hasValueSatisfying(p -> assertThat(p.toString()).isEqualTo("2027-03-05"));
        assertThat(f.siteName()).contains("Stadtanzeiger");
        assertThat(f.language()).contains("de");
        assertThat(f.tags()).containsExactly("Verkehr", "Bau, Brücken");
        assertThat(f.categories()).containsExactly("Lokales", "Wien");
        assertThat(f.leadImage()).contains("https://bilder.example.at/bruecke.jpg");
        assertThat(f.candidates("published")).extracting(c -> c.source()).containsExactly("front-matter:date");
    }

    @Test
    void jsonEscapesInDoubleQuotesAreRead() {
        Found f = new Found();
        FrontMatter.read("---\ntitle: \"Ligne 1\\u00e9\\tfin \\\\ ok\"\n---\nTexte.\n", Hints.none(), f);
        assertThat(f.title()).contains("Ligne 1é\tfin \\ ok");
    }

    @Test
    void aRuleThatOpensTextIsNoFrontMatter() {
        Found f = new Found();
        assertThat(FrontMatter.read("---\nEl pleno votó el martes.\n---\nMás texto.\n", Hints.none(), f)).isZero();
        assertThat(FrontMatter.read("---\n---\ntexto\n", Hints.none(), f)).isZero();
        assertThat(FrontMatter.read("---\ntitle: sin cierre\n\nEl pleno votó el martes.\n", Hints.none(), f)).isZero();
        assertThat(FrontMatter.read("Texto.\n---\ntitle: x\n---\n", Hints.none(), f)).isZero();
        assertThat(f.metadataStated()).isFalse();
        assertThat(f.title()).isEmpty();
    }

    @Test
    void aValueThatIsNoWebAddressIsNoUrlAndAnUnreadableDateNoDate() {
        Found f = new Found();
        FrontMatter.read("---\nurl: /posts/a\nimage: javascript:alert(1)\ndate: someday\n---\n", Hints.none(), f);
        assertThat(f.url()).isEmpty();
        assertThat(f.leadImage()).isEmpty();
        assertThat(f.published()).isEmpty();
        assertThat(f.metadataStated()).isTrue();
    }
}
