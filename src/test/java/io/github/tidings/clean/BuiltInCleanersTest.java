package io.github.tidings.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BuiltInCleanersTest {
    @Test
    void listsTheBuiltInsInTheirDocumentedOrder() {
        List<String> names = BuiltInCleaners.all().stream().map(Cleaner::name).collect(Collectors.toList());
        assertThat(names).containsExactly("MetadataLineCleaner", "RepeatedTitleCleaner", "DuplicateBlockCleaner",
                "ShareToolsCleaner", "PaywallCleaner", "RelatedContentCleaner", "CaptionCleaner", "AuthorNoteCleaner", "CommentSectionCleaner", "CopyrightFooterCleaner",
                "SectionLabelCleaner");
    }

    @Test
    void cleansTheShapeOfAScrapedArticleRegion() {
        String p1 = "Forces are about to launch an offensive to retake the last area held by the group, a statement said.";
        String p2 = "\"Your forces are coming,\" said leaflets dropped over the border region, according to the command.";
        Page page = Page.of(p1, "email Print zoom+ zoom-", p2, "YEREL HABERLER",
                "Example Publication Group All Rights Reserved © 2000-2016 - Can not be published without permission ! "
                        + "Tel : +90 212 000 0000 / Fax : +90 212 000 0001");
        for (Cleaner c : BuiltInCleaners.all()) {
            page.apply(c);
        }
        assertThat(page.kept()).extracting(TextBlock::text).containsExactly(p1, p2);
    }
}
