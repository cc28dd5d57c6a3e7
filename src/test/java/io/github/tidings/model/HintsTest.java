package io.github.tidings.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HintsTest {

    @Test
    void hostComesFromTheUrl() {
        assertThat(Hints.ofUrl("https://WWW.Example.com/a/b?c=1").host()).contains("www.example.com");
        assertThat(Hints.builder().host("News.Example.org").build().host()).contains("news.example.org");
        assertThat(Hints.ofUrl("not a url").host()).isEmpty();
        assertThat(Hints.none().url()).isEmpty();
    }

    @Test
    void languageMustBeATag() {
        assertThat(Hints.builder().language("pt-BR").build().language()).contains("pt-BR");
        assertThatThrownBy(() -> Hints.builder().language("")).isInstanceOf(IllegalArgumentException.class);
    }
}
