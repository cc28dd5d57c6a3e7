package io.github.tidings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tidings.clean.Cleaners;
import io.github.tidings.clean.Scope;
import io.github.tidings.clean.TextBlock;
import io.github.tidings.model.Article;
import io.github.tidings.model.Hints;
import io.github.tidings.model.Removal;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArticleParserTest {
    private final ArticleParser parser = ArticleParser.builder().discoverCleaners(false).build();

    @Test
    void nullInputIsRejectedWithAMessage() {
        assertThatThrownBy(() -> parser.parse((String) null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("input");
        assertThatThrownBy(() -> parser.parse("x", null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("hints");
        assertThatThrownBy(() -> parser.parseHtml((byte[]) null, Hints.none())).isInstanceOf(NullPointerException.class);
    }

    @Test
    void blankInputGivesAnEmptyArticle() {
        Article a = parser.parse(" \n\u00A0\n\t");
        assertThat(a.blocks()).isEmpty();
        assertThat(a.title()).isEmpty();
        assertThat(a.published()).isEmpty();
        assertThat(a.removed()).isEmpty();
        assertThat(parser.parse("", Hints.ofUrl("https://example.com/a")).url()).contains("https://example.com/a");
    }

    @Test
    void inputOverTheLimitIsRejected() {
        ArticleParser small = ArticleParser.builder().discoverCleaners(false).maxInputLength(10).build();
        assertThatThrownBy(() -> small.parse("01234567890")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxInputLength");
        assertThatThrownBy(() -> ArticleParser.builder().maxInputLength(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unknownCleanerNamesAndDuplicateNamesFailTheBuild() {
        assertThatThrownBy(() -> ArticleParser.builder().disableCleaner("NoSuchCleaner").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NoSuchCleaner");
        assertThatThrownBy(() -> ArticleParser.builder().addCleaner(Cleaners.named("X", p -> { }))
                .addCleaner(Cleaners.named("X", p -> { })).build()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void builtInCleanersCanBeSwitchedOffOneByOne() {
        for (var c : parser.cleaners()) {
            ArticleParser without = ArticleParser.builder().discoverCleaners(false).disableCleaner(c.name()).build();
            assertThat(without.cleaners()).extracting(x -> x.name()).doesNotContain(c.name())
                    .hasSize(parser.cleaners().size() - 1);
        }
    }

    @Test
    void addedCleanersRunAfterBuiltInsAndTheirRemovalsAreRecorded() {
        ArticleParser p = ArticleParser.builder().discoverCleaners(false).noContentFinder()
                .addCleaner(Cleaners.named("DropTeaser", page -> {
                    for (TextBlock b : page.kept()) {
                        if (b.text().startsWith("Tomorrow in the paper:")) {
                            page.remove(b, "teaser");
                        }
                    }
                })).build();
        assertThat(p.cleaners().get(p.cleaners().size() - 1).name()).isEqualTo("DropTeaser");
        String teaser = "Tomorrow in the paper: the mayor on the new bridge, and why it took so long.";
        Article a = p.parse("A calm first sentence that is the title\n\nBody sentence one is calm.\n\n" + teaser
                + "\n\nBody sentence two is calm too.");
        assertThat(a.text()).doesNotContain("Tomorrow in the paper").contains("Body sentence two is calm too.");
        assertThat(a.removed()).contains(Removal.of(teaser, "DropTeaser", "teaser"));
    }

    @Test
    void signatureScopeRunsOnlyWhereTheSignatureIs() {
        ArticleParser p = ArticleParser.builder().discoverCleaners(false).noContentFinder()
                .addCleaner(Cleaners.scoped("DropPromo", Scope.signature("© Example Media"), page -> {
                    for (TextBlock b : page.kept()) {
                        if (b.text().startsWith("Promo:")) {
                            page.remove(b, "promo");
                        }
                    }
                })).build();
        String body = "Headline of the day\n\nA body sentence is here.\n\nPromo: buy the paper.\n\n";
        assertThat(p.parse(body + "© Example Media").removed()).extracting(Removal::cleaner).contains("DropPromo");
        assertThat(p.parse(body + "© Other").removed()).extracting(Removal::cleaner).doesNotContain("DropPromo");
    }

    @Test
    void htmlBytesAreDecodedWithTheirDeclaredCharset() {
        String html = "<html><head><meta charset=\"ISO-8859-9\"><title>Haber</title></head><body><article>"
                + "<h1>İstanbul'da yağmur</h1><p>Şehirde sağanak yağış bekleniyor, meteoroloji uyardı ve "
                + "vatandaşların dikkatli olmasını istedi.</p></article></body></html>";
        Article a = parser.parseHtml(html.getBytes(java.nio.charset.Charset.forName("ISO-8859-9")), Hints.none());
        assertThat(a.text()).contains("Şehirde sağanak yağış");
        Article utf8 = parser.parseHtml(html.replace("ISO-8859-9", "UTF-8").getBytes(StandardCharsets.UTF_8),
                Optional.of(StandardCharsets.UTF_8), Hints.none());
        assertThat(utf8.text()).contains("Şehirde sağanak yağış");
    }

    @Test
    void detectsInputFormats() {
        assertThat(InputFormat.detect("<!DOCTYPE html><html><body></body></html>")).isEqualTo(InputFormat.HTML);
        assertThat(InputFormat.detect("  <html lang=en>")).isEqualTo(InputFormat.HTML);
        assertThat(InputFormat.detect("# Title\n\n[Home](/)\n\n[News](/news)\n\nText.")).isEqualTo(InputFormat.MARKDOWN);
        assertThat(InputFormat.detect("---\ntitle: \"Stortinget vedtar budsjettet\"\n---\n\nStortinget vedtok i går budsjettet.\n"))
                .isEqualTo(InputFormat.MARKDOWN);
        assertThat(InputFormat.detect("---\nStortinget vedtok i går budsjettet.\n---\n")).isEqualTo(InputFormat.TEXT);
        assertThat(InputFormat.detect("Just a headline\n\nA paragraph < with a sign.")).isEqualTo(InputFormat.TEXT);
    }

    @Test
    void aBreadcrumbAboveTheHeadlineNamesTheSection() {
        String page = "Harbour wall to be rebuilt - Coast Times\n\nHome > News > Local\n\nHarbour wall to be rebuilt\n\n"
                + "The council voted on Tuesday to rebuild the harbour wall, which storms damaged last winter.";
        Article a = parser.parse(page);
        assertThat(a.section()).contains("Local");
        assertThat(a.text()).doesNotContain("Home > News");
        Article none = parser.parse("Harbour wall to be rebuilt\n\nThe council voted on Tuesday, 4 to 1 / 3 abstaining, "
                + "to rebuild the harbour wall.");
        assertThat(none.section()).isEmpty();
    }

    @Test
    void captionsInTextAreDroppedUnlessKeptOnRequest() {
        String caption = "A farmer loads hay onto a truck outside the town on Monday. (AP Photo/Jane Roe, File)";
        String page = "Harbour wall to be rebuilt\n\n" + caption + "\n\n"
                + "The council voted on Tuesday to rebuild the harbour wall, which storms damaged last winter.";
        assertThat(parser.parse(page).text()).doesNotContain("AP Photo");
        ArticleParser keeping = ArticleParser.builder().discoverCleaners(false).keepCaptions(true).build();
        assertThat(keeping.cleaners()).extracting(c -> c.name()).doesNotContain("CaptionCleaner");
        assertThat(keeping.parse(page).text()).contains(caption);
    }

    @Test
    void cleanersSeeTheAuthorsTheMetadataReadersFound() {
        String page = "Harbour wall to be rebuilt\n\nBy Jane Roe\n\n"
                + "The council voted on Tuesday to rebuild the harbour wall, which storms damaged last winter.\n\n"
                + "Work starts in spring and should take two years, the council said in a statement on Tuesday.\n\n"
                + "Jane Roe is a reporter covering the coast and its towns for the paper.";
        java.util.List<java.util.List<String>> seen = new java.util.ArrayList<>();
        ArticleParser p = ArticleParser.builder().discoverCleaners(false)
                .addCleaner(Cleaners.named("Spy", page2 -> seen.add(page2.authors()))).build();
        Article a = p.parse(page);
        assertThat(seen).containsExactly(java.util.List.of("Jane Roe"));
        assertThat(a.authors()).containsExactly("Jane Roe");
        assertThat(a.text()).doesNotContain("is a reporter covering");
    }

    @Test
    void aValueACleanerSetsNamesTheCleanerAsItsProvenance() {
        io.github.tidings.clean.Cleaner retitle = new io.github.tidings.clean.Cleaner() {
            @Override
            public void clean(io.github.tidings.clean.Page page) {
                page.setTitle("Council approves the harbour budget", "the site's headline style");
            }

            @Override
            public String name() {
                return "Retitle";
            }
        };
        ArticleParser parser = ArticleParser.builder().discoverCleaners(false).addCleaner(retitle).build();
        Article a = parser.parseHtml("<html><head><title>Budget | Town Crier</title></head><body><h1>Budget</h1>"
                + "<p>The council met on Tuesday evening to discuss the new budget, which includes funding for "
                + "schools, roads and the library, and voted to approve it after a long debate.</p></body></html>");
        assertThat(a.title()).contains("Council approves the harbour budget");
        assertThat(a.provenance("title").map(p -> p.source())).contains("cleaner:Retitle");
        assertThat(a.provenance().stream().filter(p -> p.field().equals("title")).count()).isEqualTo(1);
    }

    @Test
    void theLanguageIsReadFromSentencesNotFromMenuLinks() {
        // A dump that writes link targets in brackets, as html-to-text does.
        StringBuilder md = new StringBuilder();
        for (String menu : new String[] {"Notícias do dia e da semana em São Paulo", "Esportes e lazer na cidade e no estado",
                "Política do estado e do país em um só lugar", "Cultura e arte para toda a família no fim de semana",
                "Economia e negócios com as notícias do mercado"}) {
            for (String part : new String[] {"Hoje", "Ontem", "Arquivo"}) {
                md.append(part).append(": ").append(menu).append(" [https://example.org/").append(menu.length())
                        .append("]\n\n");
            }
        }
        md.append("\nThe council voted on Tuesday to close the old bridge for repairs that will take a year.\n\n"
                + "Residents said they would have to drive an extra ten miles to reach the town centre.\n\n"
                + "The mayor promised that a ferry would run every half hour while the work goes on.\n");
        Article a = ArticleParser.defaults().parse(md.toString(), InputFormat.TEXT, Hints.none());
        assertThat(a.language()).contains("en");
    }
}
