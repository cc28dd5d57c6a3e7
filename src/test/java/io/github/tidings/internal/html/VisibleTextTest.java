package io.github.tidings.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tidings.model.BlockType;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class VisibleTextTest {
    private static VisibleText of(String... texts) {
        List<BlockCollector.Raw> blocks = new ArrayList<>();
        for (String t : texts) {
            blocks.add(new BlockCollector.Raw(new Element("p"), BlockType.PARAGRAPH, t, 0, null, null));
        }
        return new VisibleText(blocks);
    }

    @Test
    void findsFoldedTextInsideAndAcrossBlocks() {
        VisibleText v = of("Home  News", "By JANE  Doe", "\u00ad", "Council approves \u201cbudget\u201d");
        assertThat(v.contains("jane doe")).isTrue();
        assertThat(v.contains("news by jane")).isTrue(); // blocks read as joined by a space
        assertThat(v.contains("doe council")).isTrue(); // a block that folds to nothing adds no space
        assertThat(v.contains("approves \"budget\"")).isTrue();
        assertThat(v.contains("john smith")).isFalse();
        assertThat(v.contains("home news")).isTrue(); // asked again after the whole text is folded
    }

    @Test
    void nonAsciiBlocksAreFoldedWithNfkc() {
        VisibleText v = of("Ｆｕｌｌｗｉｄｔｈ Ｔｉｔｌｅ", "Ünïcödé Straße");
        assertThat(v.contains("fullwidth title")).isTrue();
        assertThat(v.contains("ünïcödé straße")).isTrue();
    }

    @Test
    void aBlockIsFoldedAsItsTextWouldBeWhateverItsCharacters() {
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse("<p>Plain ASCII, With CAPS.</p><p>Caf\u00e9 \u201cquoted\u201d"
                + " \u2014 dash</p><p>odd\u000bspace and  two\n lines</p><p>Ｆｕｌｌ</p><pre>Pre  FORMAT\nted</pre>"
                + "<p>soft\u00adhyphen &amp; entity</p>");
        List<BlockCollector.Raw> blocks = BlockCollector.collect(doc.body()).blocks;
        assertThat(blocks).hasSize(6);
        assertThat(blocks.get(0).plainAscii).isTrue();
        for (BlockCollector.Raw b : blocks) {
            assertThat(HtmlMetadata.fold(b)).as(b.text).isEqualTo(HtmlMetadata.fold(b.text));
        }
    }
}
