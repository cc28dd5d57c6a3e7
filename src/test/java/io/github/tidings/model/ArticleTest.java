package io.github.tidings.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleTest {

    @Test
    void absentValuesAreEmptyNotNull() {
        Article a = Article.builder().build();
        assertThat(a.title()).isEmpty();
        assertThat(a.published()).isEmpty();
        assertThat(a.siteName()).isEmpty();
        assertThat(a.language()).isEmpty();
        assertThat(a.url()).isEmpty();
        assertThat(a.section()).isEmpty();
        assertThat(a.authors()).isEmpty();
        assertThat(a.blocks()).isEmpty();
        assertThat(a.removed()).isEmpty();
        assertThat(a.text()).isEmpty();
        assertThat(a.wordCount()).isZero();
    }

    @Test
    void listsAreDefensiveCopiesAndUnmodifiable() {
        List<String> authors = new ArrayList<>(List.of("Ayşe Yılmaz"));
        Article a = Article.builder().authors(authors).addBlock(Block.paragraph("One.")).build();
        authors.add("Someone Else");
        assertThat(a.authors()).containsExactly("Ayşe Yılmaz");
        assertThatThrownBy(() -> a.authors().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> a.blocks().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void textJoinsBlocksWithABlankLine() {
        Article a = Article.builder().addBlock(Block.heading("Heading")).addBlock(Block.paragraph("Body text."))
                .build();
        assertThat(a.text()).isEqualTo("Heading\n\nBody text.");
    }

    @Test
    void wordCountCountsIdeographsOneByOne() {
        Article en = Article.builder().addBlock(Block.paragraph("It's a well-known fact, 2019.")).build();
        assertThat(en.wordCount()).isEqualTo(5);
        Article ja = Article.builder().addBlock(Block.paragraph("東京で会議")).build();
        assertThat(ja.wordCount()).isEqualTo(5);
    }

    @Test
    void valueEqualityAndToBuilder() {
        Article a = Article.builder().title("T").published(Published.parse("2019-11-19"))
                .addBlock(Block.paragraph("P.")).addRemoved(Removal.of("x", "C", "r")).build();
        assertThat(a.toBuilder().build()).isEqualTo(a).hasSameHashCodeAs(a);
        assertThat(a.toBuilder().title("U").build()).isNotEqualTo(a);
        assertThat(a.toString()).contains("title=T", "published=2019-11-19", "blocks=1");
    }

    @Test
    void builderRejectsNulls() {
        assertThatThrownBy(() -> Article.builder().title(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("title");
        assertThatThrownBy(() -> Block.of(null, "x")).isInstanceOf(NullPointerException.class);
    }
}
