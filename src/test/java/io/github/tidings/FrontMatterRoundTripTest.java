package io.github.tidings;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tidings.model.Article;
import io.github.tidings.model.Hints;
import io.github.tidings.model.Provenance;
import org.junit.jupiter.api.Test;

/** Markdown front matter: written by toMarkdown(), read back as the document's stated metadata. */
class FrontMatterRoundTripTest {
    private static final ArticleParser PARSER = ArticleParser.builder().discoverCleaners(false).build();

    /** A page with its metadata in the markup. */
    private static final String PAGE = """
            <html lang="nl"><head><title>Lichtfestival opent in de binnenstad - Stadskrant</title>
            <meta property="og:description" content="Dertig kunstwerken verlichten de grachten.">
            <meta property="article:published_time" content="2027-11-02T10:00:00+01:00">
            <meta name="author" content="Pieter de Vries">
            <meta property="article:tag" content="cultuur"></head>
            <body><article><h1>Lichtfestival opent in de binnenstad</h1>
            <p>Het festival loopt tot en met januari en trekt elk jaar meer bezoekers naar de stad, vooral in de weekenden.</p>
            <p>29 november 2027 | 20 januari 2028</p>
            <h2>Door de ogen van de kunstenaars</h2>
            <p>Dertig kunstwerken van ontwerpers uit zestien landen verlichten de grachten en de pleinen van het centrum.</p>
            <p>De route is te voet, per fiets of per boot te volgen, en de toegang tot de kunstwerken is gratis.</p>
            </article></body></html>""";

    @Test
    void theMetadataAndTheBodyComeBack() {
        Article a = PARSER.parseHtml(PAGE, "https://stadskrant.example.nl/cultuur/lichtfestival");
        assertThat(a.text()).contains("Door de ogen van de kunstenaars");
        String md = a.toMarkdown();
        assertThat(md).startsWith("---\ntitle: \"Lichtfestival opent in de binnenstad\"\n")
                .contains("authors: [\"Pieter de Vries\"]\n").contains("published: \"2027-11-02T10:00:00+01:00\"\n")
                .contains("tags: [\"cultuur\"]\n");
        Article back = PARSER.parseMarkdown(md, Hints.none());
        assertThat(back.text()).isEqualTo(a.text());
        assertThat(back.title()).isEqualTo(a.title());
        assertThat(back.authors()).isEqualTo(a.authors());
        assertThat(back.published()).isEqualTo(a.published());
        assertThat(back.description()).isEqualTo(a.description());
        assertThat(back.tags()).isEqualTo(a.tags());
        assertThat(back.url()).isEqualTo(a.url());
        assertThat(back.provenance("published")).map(Provenance::source).contains("front-matter:published");
    }

    @Test
    void aDocumentWithFrontMatterKeepsTextThatLooksLikeADateLineOrByline() {
        // without the front matter these lines right under the headline are read as the byline and date line
        String body = """
                # Eleições municipais

                Por trás das urnas

                12 de outubro de 2026

                A apuração começou às cinco da tarde e os primeiros resultados chegaram pouco depois das sete horas.
                """;
        Article plain = PARSER.parseMarkdown(body, Hints.none());
        Article stated = PARSER.parseMarkdown("---\ntitle: Eleições municipais\nauthor: Ana Souza\n"
                + "date: 2026-10-13\n---\n\n" + body, Hints.none());
        assertThat(plain.text()).doesNotContain("12 de outubro de 2026");
        assertThat(stated.text()).contains("Por trás das urnas").contains("12 de outubro de 2026")
                .doesNotContain("Eleições municipais");
        assertThat(stated.authors()).containsExactly("Ana Souza");
        assertThat(stated.published()).hasValueSatisfying(p -> assertThat(p.toString()).isEqualTo("2026-10-13"));
    }

    @Test
    void aDocumentWithFrontMatterIsNotCutByTheContentFinder() {
        // a list of short names under the prose: a page's menu to the finder, the document's own list here
        String body = """
                # Редакция

                Наша редакция работает в трёх городах и выпускает новости каждый день, включая выходные и праздники.

                Над этим номером работали журналисты, редакторы и фотографы из всех трёх наших бюро.

                -  Иван Петров
                -  Мария Смирнова
                -  Олег Иванов
                -  Анна Кузнецова
                -  Пётр Соколов
                -  Елена Попова
                """;
        Article stated = PARSER.parseMarkdown("---\ntitle: \"Редакция\"\nlanguage: \"ru\"\n---\n\n" + body, Hints.none());
        assertThat(stated.text()).contains("Иван Петров").contains("Елена Попова");
        assertThat(stated.language()).contains("ru");
    }

    @Test
    void anArticleWithoutMetadataHasNoFrontMatter() {
        Article a = Article.builder().blocks(java.util.List.of(io.github.tidings.model.Block.of(
                io.github.tidings.model.BlockType.PARAGRAPH, "Nur Text."))).build();
        assertThat(a.toMarkdown()).isEqualTo("Nur Text.\n");
    }

    @Test
    void aCaptionWithNoFigureAboveItIsAParagraphInItalics() {
        Article a = Article.builder().title("Le conseil vote le budget").blocks(java.util.List.of(
                io.github.tidings.model.Block.of(io.github.tidings.model.BlockType.PARAGRAPH, "Le conseil a voté."),
                io.github.tidings.model.Block.of(io.github.tidings.model.BlockType.CAPTION, "La salle du conseil lundi."))).build();
        String md = a.toMarkdown();
        assertThat(md).endsWith("# Le conseil vote le budget\n\nLe conseil a voté.\n\n*La salle du conseil lundi.*\n");
        Article back = ArticleParser.builder().discoverCleaners(false).keepCaptions(true).noContentFinder().build()
                .parseMarkdown(md, Hints.none());
        assertThat(back.blocks()).extracting(io.github.tidings.model.Block::text)
                .containsExactly("Le conseil a voté.", "La salle du conseil lundi.");
        assertThat(back.blocks().get(1).type()).isEqualTo(io.github.tidings.model.BlockType.PARAGRAPH);
    }
}
