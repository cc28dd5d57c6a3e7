package io.github.tidings.html;

import io.github.tidings.BlockType;
import io.github.tidings.Hints;
import io.github.tidings.clean.TextBlock;
import io.github.tidings.metadata.Found;
import io.github.tidings.text.TextNormalizer;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns an HTML document into blocks and page metadata. Internal: not part of the API.
 */
public final class HtmlReader {
    private HtmlReader() {
    }

    /** Reads the document. */
    public static HtmlInput read(Document doc, Hints hints, boolean keepCaptions) {
        List<HtmlInput.Entry> out = new ArrayList<>();
        for (Element e : doc.select("h1,h2,h3,h4,h5,h6,p,li,blockquote")) {
            String t = TextNormalizer.normalize(e.text());
            if (!t.isEmpty()) {
                BlockType type = e.tagName().startsWith("h") ? BlockType.HEADING : BlockType.PARAGRAPH;
                out.add(new HtmlInput.Entry(TextBlock.of(type, t, e.tagName(), e.className(), 0), null, null));
            }
        }
        Found f = new Found();
        String title = doc.title();
        if (!title.isBlank()) {
            f.title(TextNormalizer.normalize(title));
        }
        return new HtmlInput(out, f);
    }
}
