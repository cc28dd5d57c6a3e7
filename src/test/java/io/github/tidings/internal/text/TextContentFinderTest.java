package io.github.tidings.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tidings.ArticleParser;
import io.github.tidings.InputFormat;
import io.github.tidings.clean.BuiltInCleaners;
import io.github.tidings.clean.Cleaner;
import io.github.tidings.clean.Page;
import io.github.tidings.clean.TextBlock;
import io.github.tidings.model.Article;
import io.github.tidings.model.BlockType;
import io.github.tidings.model.Hints;
import io.github.tidings.model.Removal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextContentFinderTest {
    private static final ArticleParser PARSER = ArticleParser.defaults();

    private static String read(String name) throws IOException {
        return Files.readString(Path.of("testdata", "finder", name), StandardCharsets.UTF_8);
    }

    private static Optional<String> reason(Article a, String text) {
        return a.removed().stream().filter(r -> r.text().equals(text)).map(Removal::reason).findFirst();
    }

    @Test
    void aHeadlineFoundInTheBodyStartsTheArticleWhenLittleProseStandsAboveIt() {
        String teaser = "A teaser for another story that runs to a full sentence of a dozen words or more, "
                + "with its own summary beneath the link that leads to it.";
        String body = "The council voted on Tuesday to close the old bridge for repairs that are expected to "
                + "last until the end of next summer, a decision that drew protests from shop owners.";
        // A terminal browser's dump: prose indented, the headline at the margin.
        String menu = "   * Home\n   * News\n   * Sport\n   * Weather\n   * Business\n   * Culture\n   * Travel\n"
                + "   * Opinion\n   * Podcasts\n   * Video\n   * Contact\n   * Sign in\n";
        String text = menu + "\n   " + teaser + "\n\n   " + teaser.replace("teaser", "second teaser")
                + "\n\nCouncil closes the old bridge for a year\n\n   By Jane Doe | 19 November 2019\n\n   "
                + body + "\n\n   " + String.join("\n\n   ", java.util.stream.Stream.of("mayor", "board", "city",
                        "county", "panel", "town", "region", "state").map(w -> body.replace("council", w)).toList()) + "\n";
        Article a = PARSER.parse(text, InputFormat.TEXT, Hints.none());
        assertThat(a.title()).contains("Council closes the old bridge for a year");
        assertThat(a.text()).startsWith(body).doesNotContain("teaser");
    }

    @Test
    void aBlogsDayHeadingOverItsPostIsNoCommentStamp() {
        // A blog's page of one post, as a terminal browser prints it: the blog's description,
        // the day heading (read as the date), the post, its signature with the time, one
        // reader's comment with its stamp. The day heading, the post's signature and the comment's
        // stamp are three stamps close together, but the first is the article's own day.
        String p1 = "The council voted on Tuesday to close the old bridge for repairs that are expected to "
                + "last until the end of next summer, a decision that drew protests from shop owners.";
        String p2 = "Ferries will run every twenty minutes while the work goes on, and the town will pay "
                + "for the tickets of those who cross to work or to school each day of the week.";
        String text = "Town Notes\n\n   Notes on the roads, bridges, schools and parks of a small town by "
                + "the river, kept by a retired teacher who has lived there for forty years and more.\n\n"
                + "Saturday, October 20, 2012\n\nThe old bridge will close for a year\n\n   " + p1 + "\n   " + p2
                + "\n   Posted by Anna Weber at 1:28 AM\n\n1 comment:\n\n   Tom said...\n          Thank you for "
                + "the news, I had not heard that the ferries would be free for us all, and I will tell my "
                + "neighbours, who cross the river to work every morning.\n\n          October 25, 2012 6:51 AM\n"
                + "   Newer Post Older Post Home\n   Subscribe to: Post Comments (Atom)\n\nAbout Me\n\n   My Photo\n\n"
                + "   Anna Weber\n          Before I retired I taught geography at the grammar school by the river "
                + "for thirty years, and I have written about the town's roads and bridges ever since.\n\n"
                + "   View my complete profile\n\nBlog Archive\n\n     * October (5)\n     * September (4)\n"
                + "     * August (3)\n";
        Article a = PARSER.parse(text, InputFormat.TEXT, Hints.none());
        assertThat(a.text()).contains(p1, p2);
    }

    @Test
    void aParagraphRightBelowTheHeadlineOpensTheArticleThoughFarProseOutweighsItTwice() {
        // A gallery post: the headline, one paragraph, then its pictures' short titles; far below,
        // the sidebar's teasers hold twice its prose. The paragraph right below the headline is the
        // article, as long as the prose it would lose to lies below the headline too.
        String lead = "The holiday season is close, and here are thirty cards that designers made for their "
                + "clients this year, from ribbons and bells to a reindeer that has lost its way home.";
        String teaser = "As interface designers we are often asked to show how a page will look and behave "
                + "before it is built, and a prototype made in an afternoon can save a week of work.";
        StringBuilder text = new StringBuilder("Design Notes\n\n   Get fueled: subscribe, take part and write for us\n\n"
                + "   Inspiration, tutorials and news for designers since 2008\n\n"
                + "   We pay for tutorials and for articles about the trade\n\n"
                + "   * Home\n   * About\n   * Archive\n\nThirty cards for the holidays\n\n"
                + "   Posted November 4th, 2012 by Anna Weber\n\n   " + lead + "\n\n");
        for (int i = 1; i <= 30; i++) {
            text.append("Card number ").append(i).append("\n\n");
        }
        text.append("Community News\n\n");
        for (String w : new String[] {"page", "form", "menu"}) {
            text.append("   ").append(teaser.replace("page", w)).append("\n\n");
        }
        Article a = PARSER.parse(text.toString(), InputFormat.TEXT, Hints.none());
        assertThat(a.title()).contains("Thirty cards for the holidays");
        assertThat(a.text()).contains(lead).doesNotContain("prototype");
    }

    @Test
    void theRunRightBelowTheHeadlineIsTheArticleThoughALongerBoxFollowsIt() {
        // A short article (a chart with two paragraphs) under the headline the metadata reader
        // found; far below, after the page's own lines, an author's box whose prose outweighs it.
        String teaser = "A teaser for another story that runs to a full sentence of a dozen words or more, "
                + "with its own summary beneath the link that leads to it.";
        String lead = "The council voted on Tuesday to close the old bridge for repairs that are expected to "
                + "last until the end of next summer, a decision that drew protests from shop owners.";
        String more = "Ferries will run every twenty minutes while the work goes on, and the town will pay "
                + "for the tickets of those who cross to work or to school each day.";
        String bio = "Jane Doe has written about the town's roads, bridges and buses for twenty years, and "
                + "before that she taught geography at the grammar school by the river.";
        Page.Builder b = Page.builder().title("Council closes the old bridge for a year");
        b.add(TextBlock.of(teaser));
        b.add(TextBlock.of("Council closes the old bridge for a year")).role(1, Page.Role.TITLE);
        b.add(TextBlock.of(lead)).add(TextBlock.of(more));
        for (int i = 0; i < 10; i++) {
            b.add(TextBlock.of("Download the chart"));
        }
        b.add(TextBlock.of("Jane Doe"));
        for (String w : new String[] {"roads", "schools", "parks"}) {
            b.add(TextBlock.of(bio.replace("roads", w)));
        }
        Page p = b.build();
        p.apply(TextContentFinder.defaults());
        assertThat(p.kept()).extracting(TextBlock::text).contains(lead, more).noneMatch(t -> t.contains("grammar"));
    }

    @Test
    void aSignedThreadInThePostsContainerIsCutInHtmlButALiveBlogsEntriesStay() {
        String para = "<p>The council voted on Tuesday to close the old bridge for repairs that are expected to last"
                + " until the end of next summer, a decision that drew protests from shop owners on both banks.</p>";
        String comment = "<p>I cross that bridge every morning and I do not see how the ferry will carry all of us"
                + " to work on time, whatever the council says about the timetable.</p>";
        StringBuilder post = new StringBuilder("<html><body><div class=\"entry\"><h1>Council closes the old bridge</h1>");
        for (int i = 0; i < 4; i++) {
            post.append(para.replace("Tuesday", "Tuesday (" + i + ")"));
        }
        StringBuilder thread = new StringBuilder(post);
        StringBuilder live = new StringBuilder(post);
        for (String name : new String[] {"Walters", "Anna Berg", "Tom", "Jo"}) {
            thread.append(comment.replace("every morning", "every morning, " + name + " here,"))
                    .append("<p>Posted by: ").append(name).append(" on December 29, 2007 01:15 PM</p>");
            live.append("<p>19:0").append(name.length()).append("</p>")
                    .append(comment.replace("every morning", "every morning, " + name + " here,"));
        }
        Article a = PARSER.parse(thread.append("</div></body></html>").toString(), InputFormat.HTML, Hints.none());
        // The first comment stands above the first stamp, where a thread that signs below its posts begins.
        assertThat(a.text()).contains("Tuesday (3)").doesNotContain("Anna Berg here", "Tom here", "Jo here", "Posted by");
        Article b = PARSER.parse(live.append("</div></body></html>").toString(), InputFormat.HTML, Hints.none());
        assertThat(b.text()).contains("Tuesday (3)", "Walters here", "Jo here");
    }

    @Test
    void theCleanersItReadsTheRemovalsOfAreBuiltInsOfThoseNames() {
        // The finder knows these built-ins by name only (they are package-private in clean): a
        // rename there must fail here, not quietly change where articles end.
        assertThat(BuiltInCleaners.all()).extracting(Cleaner::name).contains(TextContentFinder.COMMENTS_CLEANER,
                TextContentFinder.FOOTER_CLEANER, TextContentFinder.RELATED_CLEANER);
    }

    @Test
    void keepsTheEnglishArticleAndDropsMenusTeasersRelatedLinksAndFooter() throws IOException {
        Article a = PARSER.parse(read("en-news.txt"), InputFormat.TEXT, Hints.none());

        assertThat(a.text()).startsWith("Residents of the small harbour town voted")
                .contains("The council said the work would begin in the spring")
                .contains("A group of shop owners warned")
                .endsWith("would be done in the autumn and winter months.");
        assertThat(a.text()).doesNotContain("Ferry timetable", "Subscribe", "Storm damage closes", "Related articles",
                "All rights reserved", "Mara Quinn");
        // Lines a built-in cleaner recognises go before the finder sees them; the reason says which.
        assertThat(reason(a, "Home")).isPresent();
        assertThat(reason(a, "Ferry timetable changes for the winter season")).hasValue("outside the article region");
        // The metadata reader finds the headline first; its line is dropped as the title.
        assertThat(reason(a, "Harbour town votes to rebuild its old sea wall")).hasValue("title, read as metadata");
        assertThat(reason(a, "Related articles")).isPresent();
        assertThat(reason(a, "Storm damage closes coastal path for a month")).isPresent();
        assertThat(reason(a, "© 2024 The Coastal Ledger. All rights reserved.")).isPresent();
        assertThat(a.removed()).allMatch(r -> !r.text().startsWith("Residents"));
    }

    @Test
    void keepsTheJapaneseArticle() throws IOException {
        Article a = PARSER.parse(read("ja-news.txt"), InputFormat.TEXT, Hints.none());

        assertThat(a.blocks()).hasSize(4);
        assertThat(a.text()).startsWith("港町の住民は火曜日").endsWith("心配している。");
        assertThat(reason(a, "関連記事")).isPresent();
        assertThat(reason(a, "海岸の遊歩道が一か月閉鎖")).isPresent();
        assertThat(reason(a, "ニュース")).isPresent();
        assertThat(reason(a, "© 2024 海辺新聞")).isPresent();
    }

    @Test
    void keepsTheGermanMarkdownArticleAndDropsLinkLists() throws IOException {
        Article a = PARSER.parse(read("de-news.md"), InputFormat.MARKDOWN, Hints.none());

        assertThat(a.blocks()).hasSizeBetween(3, 4); // the headline may stay: the title is read elsewhere
        assertThat(a.text()).contains("Die Bewohner der kleinen Hafenstadt haben am Dienstag beschlossen, die alte Hafenmauer")
                .contains("aus einem regionalen Fonds")
                .doesNotContain("Startseite", "Mehr zum Thema", "Küstenweg", "bild.jpg", "**");
        assertThat(reason(a, "Startseite")).isPresent();
        assertThat(reason(a, "Mehr zum Thema")).isPresent();
    }

    @Test
    void keepsEveryParagraphOfACleanArticle() {
        String text = """
                The river rose by two metres overnight after three days of heavy rain in the hills.
                Emergency services moved about forty families from the lowest streets to the school hall.
                Short update.
                By the morning the water had started to fall, and the main bridge was opened again to traffic.
                """;
        Article a = PARSER.parse(text, InputFormat.TEXT, Hints.none());

        assertThat(a.blocks()).hasSize(3); // the first line is read as the title
        assertThat(a.text()).contains("Emergency services", "Short update.", "main bridge was opened");
    }

    @Test
    void leavesPagesWithoutProseAlone() {
        Page page = Page.of("Home", "News", "Contact");
        page.apply(TextContentFinder.defaults());

        assertThat(page.kept()).hasSize(3);
    }

    @Test
    void noContentFinderKeepsTheMenus() throws IOException {
        Article a = ArticleParser.builder().noContentFinder().build()
                .parse(read("en-news.txt"), InputFormat.TEXT, Hints.none());

        assertThat(a.text()).contains("Ferry timetable", "Local bakery wins regional award");
    }

    @Test
    void builderChecksItsSettings() {
        assertThatThrownBy(() -> TextContentFinder.builder().shortLength(200).goodLength(100).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TextContentFinder.builder().goodStopShare(1.5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(TextContentFinder.builder().shortLength(30).endPenalty(100).build()).isNotNull();
    }

    @Test
    void readersCommentsEndTheArticleButARelatedBoxInsideItDoesNot() throws IOException {
        Article a = PARSER.parse(read("en-comments.txt"), InputFormat.TEXT, Hints.none());

        assertThat(a.text()).startsWith("The town library will stay open")
                .contains("volunteers from the university will help")
                .endsWith("for up to a week at a time.");
        assertThat(a.text()).doesNotContain("great idea", "far too crowded", "Who is going to pay", "Comments",
                "All rights reserved");
        assertThat(reason(a, "Related articles")).isPresent();
    }

    @Test
    void oneLongCommentBelowTheCommentHeadingDoesNotOutweighAShortArticleAboveIt() {
        // A full-page dump: menus, a short article, a list of other stories, then readers' comments,
        // one of them longer than the article. The article comes before its comments.
        List<String> menu = List.of("Startseite", "Politik", "Wirtschaft", "Sport", "Kultur", "Wetter", "Reisen",
                "Auto", "Digital", "Wissen", "Gesundheit", "Familie", "Video", "Kontakt");
        String p1 = "Der Gemeinderat hat am Dienstag beschlossen, die alte Brücke über den Fluss im nächsten Jahr für"
                + " zwölf Monate zu sperren, damit sie gründlich saniert werden kann.";
        String p2 = "Die Händler in der Altstadt fürchten um ihre Kundschaft und wollen gegen die Sperrung vor dem"
                + " Verwaltungsgericht klagen, sagte ihr Sprecher am Abend.";
        String comment = "Ich wohne seit zwanzig Jahren an der Brücke und habe schon drei Sanierungen erlebt, keine"
                + " davon war rechtzeitig fertig, und jedes Mal standen die Autos bis weit in die Nacht in den engen"
                + " Gassen der Altstadt, weil niemand an eine Umleitung gedacht hatte.";
        List<String> lines = new ArrayList<>(menu);
        lines.addAll(List.of("Brücke wird ein Jahr lang gesperrt", p1, p2, "Weitere Artikel",
                "Stadtrat beschließt den neuen Haushalt", "Neue Buslinie ab Montag", "Schwimmbad öffnet früher",
                "Marktplatz bekommt neue Bäume", "Feuerwehr übt am Samstag", "Bibliothek verlängert Öffnungszeiten",
                "Kita-Gebühren steigen", "Radweg am Fluss fertig", "Stadtfest im August", "Kommentare",
                comment + " " + comment));
        lines.addAll(menu);
        Page p = Page.of(lines.toArray(String[]::new));
        assertThat(TextContentFinder.menuShare(p)).isGreaterThanOrEqualTo(0.4);
        p.apply(TextContentFinder.defaults());
        assertThat(p.kept()).extracting(TextBlock::text).contains(p1, p2).doesNotContain(comment + " " + comment);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{ 12 Kommentare }", "12 Kommentare", "(3) Kommentare", "Kommentare",
            // a count and a thread noun, perhaps naming the post in quotes to the line's end
            "12 Antworten", "3 Gedanken zu „Brücke wird ein Jahr lang gesperrt“",
            "40 Responses to “Brücke wird ein Jahr lang gesperrt”", "7 réflexions sur « Brücke wird gesperrt »",
            "5 KOMMENTARE ZU \"BRÜCKE WIRD EIN JAHR LANG GESPERRT\""})
    void aCountOfCommentsAboveTheThreadEndsTheArticle(String heading) {
        Page p = Page.of(bridgePage(heading).toArray(String[]::new));
        p.apply(TextContentFinder.defaults());
        assertThat(p.kept()).extracting(TextBlock::text).contains(BRIDGE_1, BRIDGE_2)
                .doesNotContain(BRIDGE_COMMENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"3 Gedanken zu einer Brücke, die „ewig“ hält", "Gedanken zu „Brücke wird ein Jahr lang gesperrt“",
            "5 Antworten auf die Frage"
            + " „Wann ist die Brücke fertig?“ und mehr"})
    void aCountedNounWithoutTheQuotedTitleToTheLinesEndIsNoThreadHeading(String line) {
        // Without a count the noun may head a section of the article's own; a quote inside the line,
        // or words after it, are no post's title.
        Page p = Page.of(bridgePage(line).toArray(String[]::new));
        p.apply(TextContentFinder.defaults());
        assertThat(p.kept()).extracting(TextBlock::text).contains(BRIDGE_1, BRIDGE_2, BRIDGE_COMMENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12 Kommentare geschrieben", "2. Kommentare", "0 Kommentare - Schreib einen Kommentar!"})
    void aCountWithMoreWordsOrANumberedItemIsNoCommentHeading(String line) {
        // A box of figures, an item of a numbered list, a teaser's footer: none heads a thread.
        Page p = Page.of(bridgePage(line).toArray(String[]::new));
        p.apply(TextContentFinder.defaults());
        assertThat(p.kept()).extracting(TextBlock::text).contains(BRIDGE_1, BRIDGE_2, BRIDGE_COMMENT);
    }

    private static final String BRIDGE_1 = "Der Gemeinderat hat am Dienstag beschlossen, die alte Brücke über den"
            + " Fluss im nächsten Jahr für zwölf Monate zu sperren, damit sie gründlich saniert werden kann.";
    private static final String BRIDGE_2 = "Die Händler in der Altstadt fürchten um ihre Kundschaft und wollen gegen"
            + " die Sperrung vor dem Verwaltungsgericht klagen, sagte ihr Sprecher am Abend.";
    private static final String BRIDGE_COMMENT = "Ich wohne seit zwanzig Jahren an der Brücke und habe schon drei"
            + " Sanierungen erlebt, keine davon war rechtzeitig fertig, und jedes Mal standen die Autos bis weit in"
            + " die Nacht in den engen Gassen der Altstadt, weil niemand an eine Umleitung gedacht hatte.";

    /** A full-page dump: menus, a short article, a line, then a reader's comment. */
    private static List<String> bridgePage(String line) {
        List<String> menu = List.of("Startseite", "Politik", "Wirtschaft", "Sport", "Kultur", "Wetter", "Reisen",
                "Auto", "Digital", "Wissen", "Gesundheit", "Familie", "Video", "Kontakt");
        List<String> lines = new ArrayList<>(menu);
        lines.addAll(List.of("Brücke wird ein Jahr lang gesperrt", BRIDGE_1, BRIDGE_2, line, "Karl",
                BRIDGE_COMMENT));
        lines.addAll(menu);
        return lines;
    }

    @Test
    void aPicturesCreditWithACopyrightSignDoesNotEndTheArticle() {
        // "Foto © Name" between two paragraphs credits a picture; "© 2024 Name" below is the page's notice.
        List<String> menu = List.of("Startseite", "Natur", "Wald", "Vögel", "Projekte", "Spenden", "Kontakt",
                "Presse", "Shop", "Jobs", "Newsletter", "Suche");
        String p1 = "Lichte Wälder sind im letzten Jahrhundert selten geworden, weil die Bewirtschaftung sich geändert"
                + " hat und viele Flächen dichter zugewachsen sind als früher.";
        String p2 = "Der neue Aktionsplan beschreibt, wie Förster und Naturschützer gemeinsam Lichtungen schaffen und"
                + " pflegen können, damit seltene Arten wieder Lebensraum finden.";
        String p3 = "Für jede Waldgesellschaft nennt der Plan Grundsätze der Pflege, die sich im Alltag der Forstbetriebe"
                + " leicht umsetzen lassen, sagte die Leiterin des Projekts.";
        List<String> lines = new ArrayList<>(menu);
        String p0 = "Der Verein für Vogelschutz hat am Montag gemeinsam mit den Forstämtern der Region einen Plan"
                + " vorgestellt, der seltenen Vögeln und Faltern im Wald wieder mehr Licht verschaffen soll.";
        lines.addAll(List.of("Mehr Licht für den Wald", p0, p1, "Foto © Peter Muster", p2, p3, "© 2024 Vogelschutz Verein"));
        lines.addAll(menu);
        Article a = PARSER.parse(String.join("\n\n", lines), InputFormat.TEXT, Hints.none());
        assertThat(a.text()).contains(p0, p1, p2, p3).doesNotContain("Peter Muster", "Vogelschutz Verein");
    }

    @Test
    void postsUnderTimeStampsAfterTheArticleAreComments() throws IOException {
        Article a = PARSER.parse(read("en-posts.txt"), InputFormat.TEXT, Hints.none());

        assertThat(a.text()).startsWith("The ferry company will add a late crossing")
                .endsWith("the cafe on board will stay open.");
        assertThat(a.text()).doesNotContain("islandfan", "It is about time", "Will the buses");
        assertThat(TextContentFinder.isPostStamp(TextBlock.of("12 June 2024, 8:05 pm"))).isTrue();
        assertThat(TextContentFinder.isPostStamp(TextBlock.of("Kick-off is at 19:30 on Saturday."))).isFalse();
        assertThat(TextContentFinder.isPostStamp(TextBlock.of("Ratio 1:2000"))).isFalse();
        // A signature line with the commenter's full name and a long date: a dozen words, still a stamp.
        assertThat(TextContentFinder.isPostStamp(TextBlock.of("Kommentar #10 – geschrieben von Anna Maria Schulz am 10. November 2012 um 18:11 Uhr")))
                .isTrue();
    }

    @Test
    void aShortLineWithADayAndNoTimeIsAPostsStampToo() {
        assertThat(TextContentFinder.isPostStamp(TextBlock.of("Anna Weber 07 Nov 12"))).isTrue();
        assertThat(TextContentFinder.isPostStamp(TextBlock.of("Paul, le 7 novembre 2012"))).isTrue();
        assertThat(TextContentFinder.isPostStamp(TextBlock.of("mdavis 11/07/2012"))).isTrue();
        assertThat(TextContentFinder.isPostStamp(TextBlock.of("Juan Pérez | 7.11.2012"))).isTrue();
        // A month's name with one number, a date in a sentence, or a long line is no stamp.
        assertThat(TextContentFinder.isPostStamp(TextBlock.of("Archive for November 2012"))).isFalse();
        // A blog's date heading over its day's posts names no one.
        assertThat(TextContentFinder.isPostStamp(TextBlock.of("November 05, 2012"))).isFalse();
        assertThat(TextContentFinder.hasDate("November 05, 2012")).isTrue();
        // An embedded post's signature dates the quotation, not a comment.
        assertThat(TextContentFinder.isPostStamp(TextBlock.of("— Jane Roe (@janeroe) November 18, 2019"))).isFalse();
        assertThat(TextContentFinder.isPostStamp(TextBlock.of("The vote was held on 7 November 2012."))).isFalse();
        assertThat(TextContentFinder.isPostStamp(TextBlock.of("Rates rose 3.5/4.5 in May"))).isFalse();
        assertThat(TextContentFinder.isPostStamp(TextBlock.of(
                "Join us at the town hall from 7 November 2012 for a week of talks and music and food"))).isFalse();
    }

    @Test
    void aThreadOfCommentsThatOutweighsAShortArticleDoesNotReplaceIt() {
        // A full-page dump: menus, a short article, the menu again, then a long thread of readers'
        // posts, each under a name and a time stamp, that no heading names. The thread holds far
        // more prose than the article and is the best run of prose on the page, but a page puts
        // its comments below the article.
        List<String> menu = List.of("Portada", "Nacional", "Internacional", "Economía", "Deportes", "Cultura",
                "Opinión", "Tecnología", "Salud", "Viajes", "Contacto", "Hemeroteca");
        String p1 = "El ayuntamiento aprobó el martes un plan para renovar la red de autobuses urbanos, que tendrá"
                + " cuatro líneas nuevas y frecuencias de diez minutos en las horas punta.";
        String p2 = "Las obras de las nuevas paradas empezarán en enero y el servicio completo estará listo antes del"
                + " verano, según explicó la concejala de Movilidad.";
        List<String> lines = new ArrayList<>(menu);
        lines.addAll(List.of("Más autobuses y más frecuencias", p1, p2));
        lines.addAll(menu);
        List<String> posts = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            String post = "Llevo años esperando este cambio, porque cada mañana pierdo casi media hora en la parada"
                    + " del mercado y muchas veces el autobús pasa lleno sin detenerse, así que cualquier mejora"
                    + " será bienvenida por los vecinos del barrio número " + i + ".";
            posts.add(post);
            lines.addAll(List.of("vecino" + i, "12 junio 2024, " + (8 + i) + ":05", post));
        }
        lines.addAll(menu);
        Page p = Page.of(lines.toArray(String[]::new));
        p.apply(TextContentFinder.defaults());
        assertThat(p.kept()).extracting(TextBlock::text).contains(p1, p2).doesNotContain(posts.get(0), posts.get(5));
    }

    @Test
    void reviewsUnderTimeStampsAboveAnArticleAreNotItsThread() {
        // Customer reviews with their time stamps stand between a promotion and the article: that
        // thread ends before the article's prose begins, so it says nothing about the article.
        List<String> menu = List.of("Accueil", "Crédits", "Assurances", "Énergie", "Téléphonie", "Comparer",
                "Guides", "Contact", "Aide", "Mon compte", "Presse", "Carrières");
        List<String> lines = new ArrayList<>(menu);
        lines.add("Nos clients ont économisé en moyenne plus d'un tiers sur leur crédit auto en comparant les offres"
                + " de plus de vingt banques sur notre site, sans frais et sans engagement.");
        for (int i = 1; i <= 4; i++) {
            lines.addAll(List.of("Avis du 02.05.2024 à 0" + i + ":18", "Très rapide et simple"));
        }
        String p1 = "Acheter une voiture à crédit reste la solution la plus courante, mais la location avec option"
                + " d'achat gagne du terrain auprès des jeunes conducteurs, qui veulent des mensualités plus basses.";
        String p2 = "Avant de signer, il faut comparer le coût total du crédit, et pas seulement la mensualité, car"
                + " les frais de dossier et l'assurance peuvent changer beaucoup le prix final de la voiture.";
        String p3 = "Le crédit affecté protège l'acheteur : si la vente est annulée, le contrat de crédit l'est aussi,"
                + " ce qui n'est pas le cas d'un prêt personnel sans affectation précise.";
        lines.addAll(List.of("Financer sa voiture : les trois solutions", p1, p2, p3));
        lines.addAll(menu);
        Page p = Page.of(lines.toArray(String[]::new));
        p.apply(TextContentFinder.defaults());
        assertThat(p.kept()).extracting(TextBlock::text).contains(p1, p2, p3);
    }

    @Test
    void aRegionScrapeKeepsItsListsAndLosesWhatFollowsTheEndMarker() {
        String page = String.join("\n\n",
                "Race calendar for the new season",
                "The championship has published its calendar for the new season, with twelve rounds on eight tracks.",
                "Round 1: 10 March, Northfield",
                "Round 2: 8 April, Eastbay",
                "Round 3: 22 April, Hillcrest",
                "Round 4: 6 May, Lakeside",
                "Round 5: 20 May, Southport",
                "The organisers say the dates may still change before the first race.",
                "Related articles",
                "Last season's champion signs with a new team",
                "Ticket sales open next week");
        Page p = Page.of(page.split("\n\n"));
        assertThat(TextContentFinder.menuShare(p)).isLessThan(0.4);
        p.apply(TextContentFinder.defaults());
        assertThat(p.kept()).extracting(TextBlock::text).contains("Round 1: 10 March, Northfield",
                "Round 5: 20 May, Southport", "The organisers say the dates may still change before the first race.")
                .doesNotContain("Related articles", "Ticket sales open next week");
    }

    @Test
    void aRegionScrapeEndsAtAnEndMarkerThatAnEarlierCleanerRemoved() {
        String p1 = "The council will plant two hundred trees along the river this autumn, the mayor said on Monday, after"
                + " a year in which the old trees along the path were lost to a disease of their roots.";
        String p2 = "The trees will be paid for by a grant from the regional government and planted by volunteers.";
        String teaser = "Engineers say the work on the old bridge will not start before the spring, after the floods.";
        Page.Builder b = Page.builder();
        for (String t : new String[] {p1, p2, p1.replace("council", "town"), "Trending", teaser}) {
            if (t.equals("Trending")) {
                b.addRemoved(TextBlock.of(t), "RelatedContentCleaner", "related-content heading");
            } else {
                b.add(TextBlock.of(t));
            }
        }
        Page p = b.build();
        assertThat(TextContentFinder.menuShare(p)).isLessThan(0.4);
        p.apply(TextContentFinder.defaults());
        assertThat(p.kept()).extracting(TextBlock::text).containsExactly(p1, p2, p1.replace("council", "town"));
    }

    @Test
    void aRegionScrapeLosesTheReadersPostsAfterTheArticle() {
        String post = "I think that this is a very good idea and that it should have been done a long time ago by the council.";
        Page p = Page.of("The council will plant two hundred trees along the river this autumn, the mayor said on Monday, after"
                        + " a year in which the old trees along the path were lost to a disease of their roots.",
                "The trees will be paid for by a grant from the regional government and planted by volunteers.",
                "anna", "3 June 2024 at 10:15", post,
                "ben_r", "3 June 2024 at 11:02", post.replace("very", "really"),
                "carla", "3 June 2024 at 12:40", post.replace("very", "truly"));
        assertThat(TextContentFinder.menuShare(p)).isLessThan(0.4);
        p.apply(TextContentFinder.defaults());
        assertThat(p.kept()).extracting(TextBlock::text).hasSize(2)
                .allMatch(t -> t.startsWith("The "));
    }

    @Test
    void teasersUnderRelativeTimesAfterTheArticleGo() {
        String article = "The council will plant two hundred trees along the river this autumn, the mayor said on"
                + " Monday, after a year in which the old trees along the path were lost to a disease of their roots.";
        String page = String.join("\n", "Home", "News", "Sport", "Weather", "Home", "News", "Sport", "Weather",
                article, article.replace("council", "town"),
                "Bridge repairs delayed again", "The work on the old bridge will not start before the spring, engineers say.",
                "2 hours ago",
                "School wins chess cup", "Pupils from the village school beat eleven other teams at the weekend.",
                "5 hours ago",
                "New bus timetable", "Buses to the station will run every twenty minutes from next month on.",
                "9 hours ago",
                "Harbour festival returns", "The summer festival will be back in the harbour for three days in July.",
                "11 hours ago", "Home", "News");
        Article a = PARSER.parse(page, InputFormat.TEXT, Hints.none());

        // The lines above the first time stamp stay: a commenter's name sits there, but so may a
        // teaser's headline and summary, and which of the two cannot be told from their layout.
        assertThat(a.text()).startsWith("The council will plant").contains("disease of their roots.")
                .doesNotContain("2 hours ago", "chess", "Buses");
    }

    @Test
    void aFullPageDumpIsMostlyNavigation() {
        Page p = Page.of("Home", "News", "Sport", "Weather", "Home", "Contact us",
                "A long paragraph of article text that reads like a sentence and ends like one.", "News", "Sport");
        assertThat(TextContentFinder.menuShare(p)).isGreaterThan(0.4);
    }

    /**
     * A terminal browser's dump of a short post under a long readers' thread: few menu lines, so
     * it looks like a scrape of the article's region, but its frames, form fields and feed links
     * show a whole page, whose article is to be found.
     */
    private static final String LYNX_POST = String.join("\n",
            "#alternate RSS feed of the garden blog",
            "#publisher",
            "   Search______________ Search",
            "   IFRAME: http://video.example.org/embed/42",
            "   A garden blog by a gardener",
            "   IFRAME: http://widgets.example.org/like.php?u=1",
            "",
            "Planting trees in autumn",
            "",
            "   The council will plant two hundred trees along the river this autumn, the mayor said on Monday,",
            "   after a year in which the old trees along the path were lost to a disease of their roots.",
            "",
            "   The trees will be paid for by a grant from the regional government and planted by volunteers.",
            "",
            "   Anna wrote: I think that this is a very good idea and that it should have been done a long time ago"
                    + " by the council, since the path has been bare for a whole year now and nobody walks there.",
            "",
            "   Ben wrote: I agree with what was said above and I would add that the volunteers should be thanked by the"
                    + " council for all the hours that they have given to the town in the last two years or so.",
            "",
            "   Carla wrote: It is about time that something was done about the river, which used to be the nicest part"
                    + " of the town to walk along on a Sunday afternoon before the old trees were lost to the disease.");

    private static Page pageOf(List<TextBlock> blocks) {
        Page.Builder b = Page.builder();
        blocks.forEach(b::add);
        return b.build();
    }

    @Test
    void aPageThatShowsItsFramesAndFormFieldsIsAWholePageNotARegion() {
        Page whole = pageOf(DumpReader.read(LYNX_POST));
        assertThat(TextContentFinder.menuShare(whole)).isLessThan(0.4);
        assertThat(TextContentFinder.showsPageMarkup(whole)).isTrue();
        // Two such lines are not enough: a scrape of the article may hold a form field or two.
        Page region = pageOf(DumpReader.read(LYNX_POST.replace("   IFRAME: http://video.example.org/embed/42\n", "")
                .replace("#publisher\n", "")));
        assertThat(TextContentFinder.showsPageMarkup(region)).isFalse();
        Article a = PARSER.parse(LYNX_POST, Hints.none());
        assertThat(a.text()).contains("two hundred trees").doesNotContain("Search", "IFRAME", "A garden blog");
    }

    private static final String[] PLAN = {
            "The plan below spreads the day's food over five meals, so that you eat about every three hours and never"
                    + " go hungry between them.",
            "Each meal lists what goes in it and how much of each, so you can prepare the whole week in one go.",
            "Start cooking!",
            "Breakfast", "Eat within an hour of waking up", "2 eggs, 1 slice of rye bread, 1 tomato",
            "Snack", "Eat every 2 to 3 hours", "1 apple, 10 almonds",
            "Lunch", "Eat every 2 to 3 hours", "1 cup rice, 4 oz. chicken, 1 cup broccoli",
            "Snack", "Eat every 2 to 3 hours", "1 pear, 1 cup yogurt",
            "Dinner", "Eat every 2 to 3 hours", "4 oz. salmon, 1 cup green beans, 1 potato"};

    @Test
    void aListThatRunsFromTheArticlesProseToThePagesEndStays() {
        Page p = Page.of(PLAN);
        assertThat(TextContentFinder.menuShare(p)).isGreaterThan(0.4); // looks like a dump: short lines
        p.apply(TextContentFinder.defaults());
        // The labels the list repeats for each item ("Snack", "Eat every 2 to 3 hours") stay too.
        assertThat(p.kept()).extracting(TextBlock::text).containsExactly(PLAN);
    }

    @Test
    void aListAfterTheArticleGoesWhenAMenuOpensThePage() {
        String[] page = new String[PLAN.length + 4];
        System.arraycopy(new String[] {"Home", "Recipes", "Fitness", "Shop"}, 0, page, 0, 4);
        System.arraycopy(PLAN, 0, page, 4, PLAN.length);
        Page p = Page.of(page);
        p.apply(TextContentFinder.defaults());
        assertThat(p.kept()).extracting(TextBlock::text).contains(PLAN[0], PLAN[1])
                .doesNotContain("Home", "1 apple, 10 almonds", "4 oz. salmon, 1 cup green beans, 1 potato");
    }

    private static final String[] TOUR = {
            "The band will go on a tour of thirty cities next summer to mark fifty years since its first record, the"
                    + " singer said on Monday at the end of a concert in the old theatre of the city.",
            "Tickets go on sale on Friday, and the band said that more dates would follow in the autumn.",
            "All the dates of the tour", "June 9 – Tampa, Sun Arena", "June 12 – Atlanta, Lake Park", "June 15 – Denver, The Forum",
            "July 2 – Toronto, Harbour Stage", "July 5 – Boston, River Hall", "July 8 – Chicago, Lake Theatre"};

    /** A page with a site menu on top, so that the finder looks for the article's region. */
    private static String[] withMenu(String... article) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of("Home", "News", "Sport", "Travel", "Contact"),
                java.util.Arrays.stream(article)).toArray(String[]::new);
    }

    @Test
    void aListThatASentenceAnnouncesStaysWithTheProseAroundIt() {
        String[] article = {
                "The library will open three new reading rooms next spring, the city said on Tuesday, after a year"
                        + " of work on the old wing of the building that had been closed since the floods.",
                "The rooms are for students, families and anyone who needs a quiet place to work.",
                "Each of them will have its own theme and the following furniture:",
                "Long oak tables", "Reading lamps", "Armchairs", "Shelves for newspapers", "Lockers",
                "The work will be paid for by the city and by a foundation that supports public libraries in the"
                        + " region, which has already given money for two other libraries nearby."};
        Page p = Page.of(withMenu(article));
        assertThat(TextContentFinder.menuShare(p)).isGreaterThan(0.4);
        p.apply(TextContentFinder.defaults());
        assertThat(p.kept()).extracting(TextBlock::text).containsExactly(article);
    }

    @Test
    void anAnnouncedListAtTheEndOfTheArticleStaysInOtherLanguagesToo() {
        String[] de = {
                "Der Verein hat am Montag das Programm für den Sommer vorgestellt, das in diesem Jahr mehr Konzerte"
                        + " als je zuvor enthält und zum ersten Mal auch in den Dörfern stattfindet.",
                "Die Konzerte finden an den folgenden Orten statt:",
                "Marktplatz Nord", "Alte Mühle", "Schlossgarten", "Kirche am See"};
        String[] es = {
                "El ayuntamiento presentó el lunes el plan de verano para las piscinas de la ciudad, que abrirán"
                        + " antes que el año pasado y tendrán un horario más largo durante las fiestas.",
                "Las piscinas que abrirán el primero de junio son estas:",
                "Piscina del Norte", "Piscina del Parque", "Piscina de la Playa", "Piscina Central"};
        String[] ja = {
                "市は月曜日、夏休みの間に子ども向けの無料の講座を開くと発表した。講座は市内の図書館や公民館で行われ、"
                        + "昨年より多くの子どもが参加できるように回数を増やすという。",
                "講座が開かれる会場は次のとおりです：",
                "中央図書館", "北公民館", "南公民館", "駅前ホール"};
        for (String[] article : List.of(de, es, ja)) {
            Page p = Page.of(withMenu(article));
            p.apply(TextContentFinder.defaults());
            assertThat(p.kept()).extracting(TextBlock::text).containsExactly(article);
        }
    }

    @Test
    void aShortLabelWithAColonOrARemovedLineBetweenIsNoAnnouncement() {
        String body = "The library will open three new reading rooms next spring, the city said on Tuesday, after a"
                + " year of work on the old wing of the building that had been closed since the floods.";
        String[] teasers = {"More from the city:", "Bus lanes on the ring road", "New park in the east",
                "Harbour festival returns"};
        Page p = Page.of(withMenu(java.util.stream.Stream.concat(java.util.stream.Stream.of(body,
                body.replace("library", "museum")), java.util.Arrays.stream(teasers)).toArray(String[]::new)));
        p.apply(TextContentFinder.defaults());
        assertThat(p.kept()).extracting(TextBlock::text).containsExactly(body, body.replace("library", "museum"));

        // The announced line went (an earlier cleaner took it for a share prompt): what follows is no list of the article.
        Page.Builder b = Page.builder();
        for (String t : withMenu(body, "You can follow the work on the new rooms on the library's pages:")) {
            b.add(TextBlock.of(t));
        }
        b.addRemoved(TextBlock.of("Follow us"), "ShareToolsCleaner", "follow-us prompt");
        String[] links = java.util.Arrays.copyOfRange(teasers, 1, teasers.length);
        for (String t : links) {
            b.add(TextBlock.of(t));
        }
        Page q = b.build();
        q.apply(TextContentFinder.defaults());
        assertThat(q.kept()).extracting(TextBlock::text).contains(body).doesNotContain(links);
    }

    private static final String GARDEN_TITLE = "Why small gardens need tall plants";
    private static final String GARDEN = "A small garden looks larger when something in it grows tall, the gardener"
            + " said, because the eye follows the plant up and forgets how close the fence is.";

    /** A page titled {@link #GARDEN_TITLE}: the article below a menu, then the heading and a thread of posts. */
    private static Page gardenPage(String threadHeading, int posts, String... article) {
        String post = "I planted a climbing rose along my fence last year and I agree that it makes the garden feel"
                + " much bigger than it is, even in the winter when the leaves are gone.";
        List<String> lines = new ArrayList<>(List.of(withMenu(article)));
        lines.add(threadHeading);
        for (int i = 0; i < posts; i++) {
            String name = "Reader " + (char) ('A' + i);
            lines.add(name);
            lines.add(post.replace("climbing rose", "climbing rose, " + name + ","));
        }
        Page.Builder b = Page.builder().title(GARDEN_TITLE);
        lines.forEach(l -> b.add(TextBlock.of(l)));
        return b.build();
    }

    @Test
    void aHeadingThatQuotesTheTitleOverCommentsIsNoHeadline() {
        String other = GARDEN.replace("gardener", "designer");
        Page p = gardenPage("14 Responses to “" + GARDEN_TITLE + "”", 5, GARDEN, other);
        p.apply(TextContentFinder.defaults());
        assertThat(p.kept()).extracting(TextBlock::text).contains(GARDEN, other);

        assertThat(TextContentFinder.quotesTitle("3 Kommentare zu „Warum kleine Gärten hohe Pflanzen brauchen“",
                "3 kommentare zu warum kleine gärten hohe pflanzen brauchen", "warum kleine gärten hohe pflanzen brauchen"))
                .isTrue();
        assertThat(TextContentFinder.quotesTitle("5 réponses à « Pourquoi les petits jardins »",
                "5 réponses à pourquoi les petits jardins", "pourquoi les petits jardins")).isTrue();
        // A headline that holds a quotation, repeated with the site's name, is still the headline.
        assertThat(TextContentFinder.quotesTitle("Minister: “We will not resign”", "minister we will not resign",
                "minister we will not resign the daily post")).isFalse();
        assertThat(TextContentFinder.quotesTitle("Why small gardens need tall plants, explained",
                "why small gardens need tall plants explained", "why small gardens need tall plants")).isFalse();
    }

    @Test
    void anExcerptOfAnotherPageThatNamesTheArticleIsNoHeadline() {
        // A trackback in the readers' thread quotes the article's title between elision marks;
        // followed, it would make the thread the article.
        Page p = gardenPage("[…] " + GARDEN_TITLE + ", gardens.example […]", 6, GARDEN);
        p.apply(TextContentFinder.defaults());
        assertThat(p.kept()).extracting(TextBlock::text).contains(GARDEN);

        assertThat(TextContentFinder.isExcerpt("... why small gardens need tall plants")).isTrue();
        assertThat(TextContentFinder.isExcerpt("Why small gardens need tall plants (…)")).isTrue();
        assertThat(TextContentFinder.isExcerpt("In the pink...")).isFalse();
    }

    @Test
    void aListWhoseItemsBeginAlikeStaysBeforeTheSitesFooter() {
        String[] page = java.util.stream.Stream.concat(java.util.Arrays.stream(TOUR),
                java.util.stream.Stream.of("Sites", "Music", "Film", "TV", "Games", "Books", "Art", "Contact")).toArray(String[]::new);
        Page p = Page.of(page);
        assertThat(TextContentFinder.menuShare(p)).isGreaterThan(0.4);
        p.apply(TextContentFinder.defaults());
        assertThat(p.kept()).extracting(TextBlock::text).containsExactly(TOUR);
    }

    @Test
    void teasersBeforeTheSitesFooterAreNoListOfTheArticle() {
        String[] page = {TOUR[0], TOUR[1], "Singer cancels her show in Oslo", "Festival adds a third stage",
                "Drummer leaves the band after ten years", "Guitar maker opens a museum", "Old venue gets a new roof",
                "Sites", "Music", "Film", "TV", "Games", "Contact"};
        Page p = Page.of(page);
        p.apply(TextContentFinder.defaults());
        assertThat(p.kept()).extracting(TextBlock::text).containsExactly(TOUR[0], TOUR[1]);
    }

    @Test
    void aBoxOfTeasersUnderAHeadingAfterTheArticleIsNoList() {
        String[] page = {"News", "Local",
                "The council will plant two hundred trees along the river this autumn, the mayor said on Monday, after"
                        + " a year in which the old trees along the path were lost to a disease of their roots.",
                "The trees will be paid for by a grant from the regional government and planted by volunteers.",
                "Also on this topic", "New park opens in the north of the town", "Parks",
                "Volunteers clean the river banks", "Rivers", "Tree disease spreads to the forest", "Rivers"};
        Page p = Page.of(page);
        assertThat(TextContentFinder.menuShare(p)).isGreaterThan(0.4);
        p.apply(TextContentFinder.defaults());
        assertThat(p.kept()).extracting(TextBlock::text).containsExactly(page[2], page[3]);
    }

    @Test
    void anEndMarkerAfterSeveralParagraphsThatOpenThePageEndsTheArticleBeforeLongerTeasers() {
        String more = ", as the council said in a letter that it sent to all of the households in the town.";
        String[] article = {
                "The council will plant two hundred trees along the river this autumn, the mayor said on Monday" + more,
                "The trees will be paid for by a grant from the regional government and planted by volunteers" + more,
                "A group of residents had asked for the trees after the old ones were lost to a disease" + more,
                "The first trees will go in at the north end of the path, where the bank is most at risk" + more,
                "The work should be finished before the first frost of the winter arrives in the valley" + more};
        Page.Builder b = Page.builder();
        for (String t : article) {
            b.add(TextBlock.of(t));
        }
        b.addRemoved(TextBlock.of("Trending"), "RelatedContentCleaner", "related-content heading");
        for (String topic : new String[] {"bridge", "school", "bus", "harbour", "library", "market"}) {
            b.add(TextBlock.of("Plans for the " + topic + " are on hold again"));
            b.add(TextBlock.of("The town says that the work on the " + topic + " will not start before the spring, as the"
                    + " money for it has not yet come in and the builders are busy with the new roads in the east and"
                    + " with the repairs to the old school in the west of the town, which were due to end in May."));
        }
        for (String t : new String[] {"About", "Contact", "Jobs", "Advertise", "Privacy", "Terms", "Cookies", "Help",
                "Archive", "Newsletters", "Events", "Podcasts", "Shop", "Apps"}) {
            b.addRemoved(TextBlock.of(t), "CopyrightFooterCleaner", "footer menu");
        }
        Page p = b.build();
        assertThat(TextContentFinder.menuShare(p)).isGreaterThan(0.4);
        p.apply(TextContentFinder.defaults());
        assertThat(p.kept()).extracting(TextBlock::text).containsExactly(article);
    }

    @Test
    void aRegionScrapeLosesTheTeasersAboveTheHeadline() {
        String title = "Town plants two hundred trees along the river";
        String more = ", as the council said in a letter that it sent to all of the households in the town.";
        String[] article = {
                "The council will plant two hundred trees along the river this autumn, the mayor said on Monday" + more,
                "The trees will be paid for by a grant from the regional government and planted by volunteers" + more,
                "A group of residents had asked for the trees after the old ones were lost to a disease" + more,
                "The first trees will go in at the north end of the path, where the bank is most at risk" + more};
        String teaser = "Bridge repairs delayed again: the work on the old bridge will not start before the spring,"
                + " engineers said, as the money for it has not yet come in.";
        Page.Builder b = Page.builder();
        b.add(TextBlock.of(title + " | The Valley Post")).role(0, Page.Role.TITLE);
        b.add(TextBlock.of(teaser));
        b.add(TextBlock.of(teaser.replace("Bridge", "Road").replace("bridge", "road")));
        b.add(TextBlock.of(title)).role(3, Page.Role.TITLE);
        for (String t : article) {
            b.add(TextBlock.of(t));
        }
        b.add(TextBlock.of("Share this story"));
        b.add(TextBlock.of(title)).role(9, Page.Role.TITLE); // a later repeat does not count
        b.add(TextBlock.of("Next story"));
        Page p = b.build();
        p.apply(BuiltInCleaners.all().stream().filter(c -> c.name().equals("MetadataLineCleaner")).findFirst()
                .orElseThrow());
        assertThat(TextContentFinder.menuShare(p)).isLessThan(0.4);
        p.apply(TextContentFinder.defaults());
        assertThat(p.kept()).extracting(TextBlock::text).containsSequence(article).doesNotContain(teaser);
        assertThat(p.removals()).anySatisfy(r -> {
            assertThat(r.text()).isEqualTo(teaser);
            assertThat(r.reason()).isEqualTo("before the headline (teasers or navigation)");
        });
    }

    @Test
    void aHeadlineWithNothingAboveItIsNotOverruledByALaterRepeatOfTheTitle() {
        String title = "Die Stadt pflanzt zweihundert Bäume am Fluss";
        String more = ", wie der Rat in einem Brief an alle Haushalte der Stadt mitteilte, der am Montag ankam.";
        String[] article = {
                "Der Rat wird in diesem Herbst zweihundert Bäume entlang des Flusses pflanzen" + more,
                "Die Bäume werden aus einem Zuschuss der Regionalregierung bezahlt und von Freiwilligen gesetzt" + more,
                "Eine Gruppe von Anwohnern hatte die Bäume verlangt, nachdem die alten durch eine Krankheit verloren gingen" + more};
        String comment = "Eine sehr gute Nachricht für unser Viertel, und ich hoffe, dass die Stadt auch an die Pflege"
                + " der jungen Bäume in den trockenen Sommern denkt, die wir zuletzt hatten.";
        Page.Builder b = Page.builder();
        b.add(TextBlock.of(title + " | Der Talbote")).role(0, Page.Role.TITLE);
        b.add(TextBlock.of(title)).role(1, Page.Role.TITLE); // the headline: nothing kept above it
        for (String t : article) {
            b.add(TextBlock.of(t));
        }
        b.add(TextBlock.of("Meistgelesen"));
        b.add(TextBlock.of(title)).role(6, Page.Role.TITLE); // the same story in a most-read list
        for (int i = 0; i < 4; i++) {
            b.add(TextBlock.of(comment.replace("sehr", "wirklich sehr".repeat(i + 1))));
        }
        Page p = b.build();
        p.apply(BuiltInCleaners.all().stream().filter(c -> c.name().equals("MetadataLineCleaner")).findFirst()
                .orElseThrow());
        p.apply(TextContentFinder.defaults());
        assertThat(p.kept()).extracting(TextBlock::text).containsSequence(article);
    }

    @Test
    void aDumpWhoseTeaserListsAreLinksIsNoRegionScrape() {
        String more = ", as the council said in a letter that it sent to all of the households in the town.";
        String[] article = {
                "The council will plant two hundred trees along the river this autumn, the mayor said on Monday" + more,
                "The trees will be paid for by a grant from the regional government and planted by volunteers" + more};
        Page.Builder plain = Page.builder();
        Page.Builder linked = Page.builder();
        for (String topic : new String[] {"bridge", "school", "bus", "harbour", "library", "market", "museum"}) {
            String teaser = "Plans for the new " + topic + " are on hold again | Town Desk";
            plain.add(TextBlock.of(teaser));
            linked.add(TextBlock.of(BlockType.PARAGRAPH, teaser, null, null, teaser.length() - 12));
        }
        for (String t : article) {
            plain.add(TextBlock.of(t));
            linked.add(TextBlock.of(t));
        }
        // Teaser titles of five words or more are not menu lines by their length; as links they are.
        assertThat(TextContentFinder.menuShare(plain.build())).isLessThan(0.4);
        Page p = linked.build();
        assertThat(TextContentFinder.menuShare(p)).isGreaterThan(0.4);
        p.apply(TextContentFinder.defaults());
        assertThat(p.kept()).extracting(TextBlock::text).containsExactly(article);
    }

    /**
     * The finder keeps a byte of evidence per line instead of its counts: the byte must classify
     * every line as the shares made from the counts did, for any settings and either way the page's
     * totals choose (function words, particles, or neither).
     */
    @Test
    void evidenceBitsReadAsTheSharesTheCountsGive() {
        java.util.Random random = new java.util.Random(14);
        double[][] settings = {{0.25, 0.12}, {0.3, 0.3}, {0.0, 0.0}, {1.0, 0.5}, {0.2, 0.0}};
        int checked = 0;
        for (int round = 0; round < 20_000; round++) {
            int chars = random.nextInt(60);
            int tokens = random.nextInt(12);
            int stopTokens = tokens == 0 ? 0 : random.nextInt(tokens + 1);
            int cjk = random.nextInt(chars + 1);
            int particles = cjk == 0 ? random.nextInt(2) : random.nextInt(cjk + 1);
            int inner = random.nextInt(4);
            boolean ends = random.nextBoolean();
            for (double[] s : settings) {
                byte e = TextContentFinder.evidence(chars, tokens, stopTokens, cjk, particles, inner, s[0], s[1]);
                for (int works = 0; works < 4; works++) {
                    boolean stopWordsWork = (works & 1) != 0;
                    boolean particlesWork = (works & 2) != 0;
                    // the shares as the finder once made them from the counts, line by line
                    double share;
                    if (cjk * 2 > chars && particlesWork) {
                        share = Math.min(1, 2.5 * particles / Math.max(1, cjk));
                    } else if (cjk * 2 <= chars && stopWordsWork && tokens > 0) {
                        share = (double) stopTokens / tokens;
                    } else {
                        share = ends || inner >= 2 ? s[0] : inner >= 1 ? s[1] : 0;
                    }
                    int plain = share >= s[0] ? 2 : share >= s[1] ? 1 : 0;
                    assertThat(TextContentFinder.readsAsProse(e, ends, stopWordsWork, particlesWork, s[0], s[1]))
                            .as("chars %d tokens %d stops %d cjk %d particles %d inner %d ends %s settings %s/%s "
                                    + "works %d", chars, tokens, stopTokens, cjk, particles, inner, ends, s[0], s[1],
                                    works)
                            .isEqualTo(plain);
                    checked += plain;
                }
            }
        }
        assertThat(checked).as("some lines read as prose").isPositive();
    }
}
