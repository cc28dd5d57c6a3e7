package io.github.tidings.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlResolverTest {

    @Test
    void addressesResolveAgainstTheBaseAsBrowsersDo() {
        UrlResolver r = new UrlResolver("https://news.example.org/politics/story.html");
        assertThat(r.resolve("/img/a.jpg")).isEqualTo("https://news.example.org/img/a.jpg");
        assertThat(r.resolve("../../x.jpg")).isEqualTo("https://news.example.org/x.jpg");
        assertThat(r.resolve("?page=2")).isEqualTo("https://news.example.org/politics/story.html?page=2");
        assertThat(r.resolve("HTTPS://other.example/a")).isEqualTo("HTTPS://other.example/a");
        assertThat(r.resolve("javascript:alert(1)")).isNull();
        assertThat(r.resolve("mailto:desk@example.org")).isNull();
        assertThat(r.resolve("data:image/png;base64,AAAA")).isNull();
        assertThat(new UrlResolver("").resolve("/relative")).isNull();
    }
}
