package io.github.tidings.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tidings.clean.TextBlock;
import io.github.tidings.internal.words.TextNormalizer;
import io.github.tidings.model.BlockType;
import java.util.List;
import io.github.tidings.testing.KnownFailure;
import org.junit.jupiter.api.Test;

/**
 * Edge cases of the dump tools' layout conventions met while writing {@code testdata/dumps}: how
 * {@link DumpReader} and {@link MarkdownReader} read wrapped list items, annotations that the
 * wrapper moved to a line of their own, right-to-left and CJK text, terminal-browser residue, and
 * the Markdown dialects of turndown and pandoc. Cases tidings reads wrongly today are
 * marked {@link KnownFailure} with the reason, their expectation kept as a reader would state it.
 */
class DumpConventionsTest {

    private static List<String> texts(List<TextBlock> blocks) {
        return blocks.stream().map(TextBlock::text).toList();
    }

    private static List<TextBlock> markdown(String md) {
        return MarkdownReader.read(TextNormalizer.normalize(md));
    }

    private static TextBlock only(List<TextBlock> blocks, String text) {
        return blocks.stream().filter(b -> b.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no block '" + text + "' in " + texts(blocks)));
    }

    /** Greedy wrapping at {@code width} columns, the first line behind {@code first}, the rest behind {@code rest}. */
    static String wrap(String text, int width, String first, String rest) {
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder(first);
        int start = first.length();
        for (String word : text.split(" ")) {
            if (line.length() > start && line.length() + 1 + word.length() > width) {
                out.append(line).append('\n');
                line = new StringBuilder(rest);
                start = rest.length();
            }
            if (line.length() > start) {
                line.append(' ');
            }
            line.append(word);
        }
        return out.append(line).append('\n').toString();
    }

    private static final String EN1 = "Councillors voted on Wednesday evening to build a new footbridge over the "
            + "weir at Millbrook, ending a campaign that residents on both banks of the river have run for almost "
            + "ten years.";
    private static final String EN2 = "The bridge will link the towpath behind the old tannery with the playing "
            + "fields on the far side, saving walkers and cyclists a detour of nearly two miles.";
    private static final String EN3 = "Officers told the planning committee that the crossing would cost about "
            + "2.4 million pounds, most of it from a regional transport fund for walking and cycling.";

    /** Three paragraphs of lynx's layout: indented three spaces, wrapped at 78 columns, blank lines between. */
    private static String lynxProse() {
        return wrap(EN1, 78, "   ", "   ") + "\n" + wrap(EN2, 78, "   ", "   ") + "\n" + wrap(EN3, 78, "   ", "   ");
    }

    // ---- lynx ------------------------------------------------------------------------------

    @Test
    void lynxWrappedBulletContinuesUnderItsTextNotUnderTheBullet() {
        String item = "Ferry timetable to change from April, with extra evening sailings on weekdays and a new "
                + "stop at the harbour steps";
        String dump = lynxProse() + "\nRelated stories\n\n"
                + wrap(item, 78, "     * ", "       ")
                + "     * Cycle lane consultation extended by a month\n";
        List<TextBlock> blocks = DumpReader.read(dump);
        assertThat(texts(blocks)).containsExactly(EN1, EN2, EN3, "Related stories", item,
                "Cycle lane consultation extended by a month");
        assertThat(only(blocks, item).type()).isEqualTo(BlockType.LIST_ITEM);
        assertThat(only(blocks, "Related stories").type()).isEqualTo(BlockType.HEADING);
    }

    @Test
    void lynxResidueLinesAreAllLinkAndNeverHeadings() {
        String dump = "   #alternate\n   #publisher\n\n   [courier-logo.png]\n\n"
                + "   Search: ____________________ (BUTTON) Go\n\n" + lynxProse()
                + "\n   IFRAME: https://video.example.org/embed/3381\n\n   [facebook.png] [twitter.png] [email.png]\n";
        List<TextBlock> blocks = DumpReader.read(dump);
        for (TextBlock b : blocks) {
            if (!List.of(EN1, EN2, EN3).contains(b.text())) {
                assertThat(b.linkDensity()).as(b.text()).isEqualTo(1.0);
                assertThat(b.type()).as(b.text()).isNotEqualTo(BlockType.HEADING);
            }
        }
        assertThat(texts(blocks)).contains(EN1, EN2, EN3);
    }

    @Test
    void lynxTextBeforeImagePlaceholdersKeepsItsWordsWithoutThePlaceholders() {
        List<TextBlock> blocks = DumpReader.read(lynxProse() + "\n   Share this article: [facebook.png] [twitter.png]\n");
        TextBlock share = blocks.get(blocks.size() - 1);
        assertThat(share.text()).isEqualTo("Share this article:");
        assertThat(share.linkChars()).isPositive();
    }

    @Test
    void lynxBylineAndDateLinesAtTheProseIndentAreNotHeadings() {
        String dump = "Council backs new footbridge over the weir\n\n   By Helen Marsh\n   14 March 2024, 10:42\n\n"
                + lynxProse();
        List<TextBlock> blocks = DumpReader.read(dump);
        assertThat(texts(blocks)).startsWith("Council backs new footbridge over the weir", "By Helen Marsh",
                "14 March 2024, 10:42");
        assertThat(blocks.get(0).type()).isEqualTo(BlockType.HEADING);
        assertThat(blocks.get(1).type()).isEqualTo(BlockType.PARAGRAPH);
        assertThat(blocks.get(2).type()).isEqualTo(BlockType.PARAGRAPH);
    }

    @Test
    void unwrappedLynxInArabicKeepsHeadingsAtTheMarginAndProseIndented() {
        String p1 = "أعاد متحف التراث البحري في المدينة القديمة فتح أبوابه أمام الزوار صباح الأحد، بعد أعمال ترميم"
                + " استمرت قرابة عامين.";
        String p2 = "وقالت مديرة المتحف إن الأعمال ركزت على تقوية الجدران الحجرية القديمة وتحديث أنظمة الإضاءة"
                + " والتهوية.";
        String p3 = "ويضم المتحف بعد التجديد قاعة جديدة مخصصة لصناعة السفن التقليدية تعرض نماذج صغيرة صنعها"
                + " حرفيون.";
        String dump = "ثقافة\n\nإعادة افتتاح متحف التراث البحري بعد ترميم استمر عامين\n\n   بقلم: سارة حداد\n\n   "
                + p1 + "\n\n   " + p2 + "\n\n   " + p3 + "\n\nاقرأ أيضا\n\n     * مهرجان الفنون الشعبية يعود في الصيف\n";
        List<TextBlock> blocks = DumpReader.read(dump);
        assertThat(texts(blocks)).containsExactly("ثقافة", "إعادة افتتاح متحف التراث البحري بعد ترميم استمر عامين",
                "بقلم: سارة حداد", p1, p2, p3, "اقرأ أيضا", "مهرجان الفنون الشعبية يعود في الصيف");
        assertThat(blocks.get(1).type()).isEqualTo(BlockType.HEADING);
        assertThat(blocks.get(3).type()).isEqualTo(BlockType.PARAGRAPH);
        assertThat(blocks.get(7).type()).isEqualTo(BlockType.LIST_ITEM);
    }

    @Test
    void lynxNumberedLinksAreCutAndCountedAsLinks() {
        // Read as link numbers once a dump shows a few: a lone "[1]" may be a footnote.
        List<TextBlock> blocks = DumpReader.read(lynxProse() + "\n     * [11]Sport\n     * [12]Home\n     * [13]Local news\n");
        assertThat(texts(blocks)).endsWith("Sport", "Home", "Local news");
        assertThat(blocks.get(blocks.size() - 1).linkDensity()).isEqualTo(1.0);
    }

    @Test
    void lynxReferenceListLinesAreAllLink() {
        List<TextBlock> blocks = DumpReader.read(lynxProse() + "\nReferences\n\n   1. https://example.org/\n"
                + "   2. https://example.org/news/local/\n");
        assertThat(blocks.get(blocks.size() - 1).linkDensity()).isEqualTo(1.0);
        assertThat(blocks.get(blocks.size() - 2).linkDensity()).isEqualTo(1.0);
    }

    // ---- html-to-text ------------------------------------------------------------------------

    private static final String DE1 = "Die Stadtwerke Lindenau wollen die Altstadt ab dem Jahr 2026 mit einer neuen "
            + "Straßenbahnlinie erschließen. Am Dienstagabend stellte das Unternehmen die Pläne im Bauausschuss vor, "
            + "der dem Vorhaben mit großer Mehrheit zustimmte.";
    private static final String DE2 = "Die Linie 7 soll vom Hauptbahnhof über den Marktplatz bis zum Klinikum im "
            + "Norden der Stadt führen. Auf rund vier Kilometern Strecke sind neun Haltestellen vorgesehen, zwei "
            + "davon unmittelbar vor den Schulen an der Gartenstraße.";
    private static final String DE3 = "Anwohner der Brückenstraße hatten in den vergangenen Monaten Bedenken wegen "
            + "des Lärms geäußert. Die Planer versprachen, die Gleise dort auf einem Rasenbett zu verlegen und die "
            + "Fahrgeschwindigkeit nachts zu begrenzen.";

    private static String htmlToTextProse() {
        return wrap(DE1, 80, "", "") + "\n" + wrap(DE2, 80, "", "") + "\n" + wrap(DE3, 80, "", "");
    }

    @Test
    void htmlToTextAnnotationThatTheWrapperMovedToItsOwnLineIsCutFromTheParagraph() {
        String para = "Den größten Teil übernehmen Bund und Land aus dem Förderprogramm für den Nahverkehr, wie es "
                + "in der Vorlage für den Ausschuss [https://ratsinfo.example.org/vorlage/2023-118] heißt.";
        String wrapped = wrap(para, 80, "", "");
        assertThat(wrapped).contains("\n[https://ratsinfo"); // the annotation opens a line
        List<TextBlock> blocks = DumpReader.read(htmlToTextProse() + "\n" + wrapped);
        TextBlock last = blocks.get(blocks.size() - 1);
        assertThat(last.text()).isEqualTo("Den größten Teil übernehmen Bund und Land aus dem Förderprogramm für den "
                + "Nahverkehr, wie es in der Vorlage für den Ausschuss heißt.");
        assertThat(last.linkChars()).isPositive();
        assertThat(last.linkDensity()).isLessThan(0.5);
    }

    @Test
    void htmlToTextListItemWhoseAnnotationWrappedOntoTheNextLineIsOneLinkItem() {
        String dump = htmlToTextProse() + "\nDAS KÖNNTE SIE AUCH INTERESSIEREN\n\n"
                + wrap("Neuer Fahrplan: Buslinie 12 fährt künftig auch sonntags [/lokales/buslinie-12-104]", 80,
                        " * ", "   ")
                + wrap("Radweg an der Uferpromenade wird im Oktober gesperrt, weil die Stadt die alte Kaimauer "
                        + "sanieren lässt [/lokales/radweg-103]", 80, " * ", "   ");
        List<TextBlock> blocks = DumpReader.read(dump);
        assertThat(texts(blocks)).containsExactly(DE1, DE2, DE3, "DAS KÖNNTE SIE AUCH INTERESSIEREN",
                "Neuer Fahrplan: Buslinie 12 fährt künftig auch sonntags",
                "Radweg an der Uferpromenade wird im Oktober gesperrt, weil die Stadt die alte Kaimauer sanieren lässt");
        assertThat(blocks.get(3).type()).isEqualTo(BlockType.HEADING);
        assertThat(blocks.get(4).type()).isEqualTo(BlockType.LIST_ITEM);
        assertThat(blocks.get(4).linkChars()).isPositive();
        assertThat(blocks.get(5).type()).isEqualTo(BlockType.LIST_ITEM);
        assertThat(blocks.get(5).linkChars()).isPositive();
    }

    @Test
    void htmlToTextCapitalsWithALinkAreALinkNotAHeading() {
        List<TextBlock> blocks = DumpReader.read("LOKALES [/lokales]\n\n" + htmlToTextProse());
        assertThat(blocks.get(0).text()).isEqualTo("LOKALES");
        assertThat(blocks.get(0).type()).isNotEqualTo(BlockType.HEADING);
        assertThat(blocks.get(0).linkDensity()).isEqualTo(1.0);
    }

    @Test
    void htmlToTextBylineWithAnAuthorLinkKeepsTheNameAndTheDateLineApart() {
        List<TextBlock> blocks = DumpReader.read("NEUE STRASSENBAHNLINIE SOLL AB 2026 DURCH DIE ALTSTADT FAHREN\n\n"
                + "Von Katrin Vogel [/autoren/katrin-vogel]\n12.09.2023, 08:30 Uhr\n\n" + htmlToTextProse());
        assertThat(texts(blocks)).startsWith("NEUE STRASSENBAHNLINIE SOLL AB 2026 DURCH DIE ALTSTADT FAHREN",
                "Von Katrin Vogel", "12.09.2023, 08:30 Uhr", DE1);
        assertThat(blocks.get(0).type()).isEqualTo(BlockType.HEADING);
        assertThat(blocks.get(1).type()).isNotEqualTo(BlockType.HEADING);
        assertThat(blocks.get(2).type()).isNotEqualTo(BlockType.HEADING);
    }

    @Test
    void htmlToTextImageWithAltTextKeepsTheAltAsLinkText() {
        List<TextBlock> blocks = DumpReader.read(htmlToTextProse()
                + "\nSo sieht die neue Haltestelle aus [/bilder/2023/09/haltestelle.jpg]\n");
        TextBlock alt = blocks.get(blocks.size() - 1);
        assertThat(alt.text()).isEqualTo("So sieht die neue Haltestelle aus");
        assertThat(alt.linkChars()).isPositive();
    }

    @Test
    void htmlToTextHebrewIsUnwrappedThoughItHasNoCapitalsForHeadings() {
        String p1 = "בית הספר היסודי החדש בשכונת קריית הגפן ייפתח בתחילת שנת הלימודים הקרובה, כך הודיעה אתמול"
                + " המועצה המקומית. בשנה הראשונה ילמדו בו כשלוש מאות תלמידים בכיתות א' עד ד'.";
        String p2 = "הבנייה נמשכה כשנתיים וחצי ועלתה כ-40 מיליון שקלים, רובם ממשרד החינוך. בבית הספר שתים עשרה"
                + " כיתות, ספרייה, מעבדת מדעים ואולם ספורט שישמש גם את תושבי השכונה בשעות אחר הצהריים.";
        String p3 = "ההורים יוכלו לרשום את ילדיהם עד סוף החודש באתר המועצה. בימים הקרובים יתקיים גם יום פתוח שבו"
                + " יוכלו המשפחות לסייר בבניין ולהכיר את צוות המורים.";
        String dump = "בית הספר החדש בקריית הגפן ייפתח כבר בספטמבר\n\n" + wrap(p1, 80, "", "") + "\n"
                + wrap(p2, 80, "", "") + "\n" + wrap(p3, 80, "", "") + "\n * אודות [/about]\n";
        List<TextBlock> blocks = DumpReader.read(dump);
        assertThat(texts(blocks)).containsExactly("בית הספר החדש בקריית הגפן ייפתח כבר בספטמבר", p1, p2, p3,
                "אודות");
        assertThat(blocks.get(4).type()).isEqualTo(BlockType.LIST_ITEM);
        assertThat(blocks.get(4).linkDensity()).isEqualTo(1.0);
    }

    @Test
    @KnownFailure("html-to-text prefixes every line of a blockquote with '> '; the wrapped quote is joined with "
            + "the marker of its second line left mid-sentence ('told the > meeting') and is not a quote block")
    void htmlToTextBlockquoteLinesLoseTheirMarkerAndJoin() {
        String quote = "\"Nothing in the plan changes the route of the line through the old town,\" the head of the "
                + "public works office told the committee on Tuesday evening.";
        List<TextBlock> blocks = DumpReader.read(htmlToTextProse() + "\n" + wrap(quote, 80, "> ", "> "));
        assertThat(wrap(quote, 80, "> ", "> ")).contains("\n> ");
        TextBlock last = blocks.get(blocks.size() - 1);
        assertThat(last.text()).isEqualTo(quote);
        assertThat(last.type()).isEqualTo(BlockType.QUOTE);
    }

    @Test
    @KnownFailure("a link written 'text <https://…>' (mail-style plain text, pandoc plain) keeps its URL in the "
            + "text and does not count as link text; only '[…]' annotations are read")
    void angleBracketUrlAfterTheLinkTextIsAnAnnotation() {
        List<TextBlock> blocks = DumpReader.read("Read the council's report <https://example.org/report.pdf> before "
                + "the meeting.\n");
        assertThat(blocks.get(0).text()).isEqualTo("Read the council's report before the meeting.");
        assertThat(blocks.get(0).linkChars()).isPositive();
    }

    // ---- BeautifulSoup get_text ----------------------------------------------------------------

    @Test
    void getTextSourceIndentationAndBlankLineRunsKeepOneBlockPerLine() {
        String dump = "\n\n\n    Volunteers count record number of nesting terns | Harbor Valley Gazette\n\n\n\n"
                + "                Home\n                News\n\n\n        Volunteers count record number of nesting terns\n"
                + "\n\n          By Marcus Webb and Lena Ortiz\n\n\n        " + EN1 + "\n\n\n        " + EN2 + "\n\n\n        "
                + EN3 + "\n\n\n";
        List<TextBlock> blocks = DumpReader.read(dump);
        assertThat(texts(blocks)).containsExactly("Volunteers count record number of nesting terns | Harbor Valley Gazette",
                "Home", "News", "Volunteers count record number of nesting terns", "By Marcus Webb and Lena Ortiz",
                EN1, EN2, EN3);
        // Deeper indentation (menus) is no heading; the byline indented more than the prose is none either.
        assertThat(blocks.get(1).type()).isNotEqualTo(BlockType.HEADING);
        assertThat(blocks.get(4).type()).isNotEqualTo(BlockType.HEADING);
    }

    // ---- w3m -------------------------------------------------------------------------------

    private static final String ZH1 = "4月28日上午，江城地铁五号线正式开通试运营。这条线路全长约二十六公里，共设十九座车站，从城北的科技园区一路向南，"
            + "经过老城区，最终抵达滨江新区。";
    private static final String ZH2 = "据地铁运营公司介绍，五号线采用六节编组的列车，高峰时段发车间隔为四分钟，全程运行时间约四十五分钟。开通初期，"
            + "每天的运营时间为早上六点至晚上十一点。";
    private static final String ZH3 = "五号线与既有的一号线、三号线分别在人民广场站和火车站换乘。不少市民表示，新线路开通后，从城北到滨江的通勤时间缩短"
            + "了将近一半。";

    /** w3m's wrapping of text without spaces: a break wherever the next character would pass 80 display columns. */
    private static String wrapColumns(String text, int columns) {
        StringBuilder out = new StringBuilder();
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int w = cp >= 0x1100 && (cp >= 0x2E80 && cp <= 0xA4CF || cp >= 0xAC00 && cp <= 0xD7A3
                    || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFF00 && cp <= 0xFF60) ? 2 : 1;
            if (width + w > columns) {
                out.append('\n');
                width = 0;
            }
            out.appendCodePoint(cp);
            width += w;
            i += Character.charCount(cp);
        }
        return out.append('\n').toString();
    }

    @Test
    void chineseLineEndsAreJoinedWithoutASpace() {
        // Whatever joins CJK lines must not put a space between two ideographs.
        StringBuilder sb = new StringBuilder("共设十九座");
        MarkdownReader.appendJoined(sb, "车站，从城北");
        assertThat(sb).hasToString("共设十九座车站，从城北");
    }

    @Test
    @KnownFailure("w3m breaks CJK text at 80 display columns (40 ideographs), anywhere in a sentence; the "
            + "wrap width is measured only on lines with spaces, so these lines are never joined and each "
            + "paragraph comes back as two or three blocks")
    void w3mChineseLinesBrokenAtTheTerminalWidthAreJoined() {
        String dump = "江城地铁五号线开通试运营\n\n" + wrapColumns(ZH1, 80) + "\n" + wrapColumns(ZH2, 80) + "\n"
                + wrapColumns(ZH3, 80) + "\n相关新闻\n\n  • 滨江新区图书馆下月开放\n";
        assertThat(dump).contains("共设十九座\n车站"); // broken inside a word
        assertThat(texts(DumpReader.read(dump))).containsExactly("江城地铁五号线开通试运营", ZH1, ZH2, ZH3, "相关新闻",
                "滨江新区图书馆下月开放");
    }

    @Test
    void w3mBulletsAndBracketedAltTextsAreListItemsAndLinks() {
        List<TextBlock> blocks = DumpReader.read("[江城晚报]\n\n" + ZH1 + "\n\n  • 滨江新区图书馆下月开放\n\n[分享到微信] [分享到微博]\n");
        assertThat(texts(blocks)).containsExactly("[江城晚报]", ZH1, "滨江新区图书馆下月开放", "[分享到微信] [分享到微博]");
        assertThat(blocks.get(0).linkDensity()).isEqualTo(1.0);
        assertThat(blocks.get(2).type()).isEqualTo(BlockType.LIST_ITEM);
        assertThat(blocks.get(3).linkDensity()).isEqualTo(1.0);
    }

    private static final String FR1 = "Fermée depuis l'été 2022, la piscine municipale de Saint-Aubin a rouvert ses "
            + "portes samedi matin. Plusieurs centaines de nageurs attendaient devant l'entrée bien avant l'heure "
            + "d'ouverture, sous un soleil déjà chaud.";
    private static final String FR2 = "Les travaux, d'un montant de 7,5 millions d'euros, ont permis de remplacer la "
            + "toiture, de refaire entièrement les vestiaires et de créer un bassin extérieur chauffé, ouvert toute "
            + "l'année.";
    private static final String FR3 = "Le maire a rappelé que la fermeture avait obligé les écoles de la commune à "
            + "conduire leurs élèves jusqu'à la piscine de la ville voisine, à vingt minutes de car.";

    private static String w3mProse() {
        return wrap(FR1, 79, "", "") + "\n" + wrap(FR2, 79, "", "") + "\n" + wrap(FR3, 79, "", "");
    }

    @Test
    void w3mLatinProseIsUnwrappedAndItsFormFieldsAndImageMarkersAreResidue() {
        List<TextBlock> blocks = DumpReader.read("[                    ] [Rechercher]\n\n[IMG]\n\n" + w3mProse()
                + "\n  • Le marché du samedi s'installe place de la Mairie pour l'été\n");
        assertThat(texts(blocks)).containsSubsequence(FR1, FR2, FR3,
                "Le marché du samedi s'installe place de la Mairie pour l'été");
        assertThat(blocks.get(blocks.size() - 1).type()).isEqualTo(BlockType.LIST_ITEM);
        TextBlock img = blocks.stream().filter(b -> b.text().contains("IMG")).findFirst().orElseThrow();
        assertThat(img.linkDensity()).isEqualTo(1.0);
    }

    @Test
    @KnownFailure("w3m prints a form's empty text field as '[' spaces ']'; the line '[          ] [Rechercher]' "
            + "is read as text, not as form residue")
    void w3mEmptyTextFieldIsFormResidue() {
        List<TextBlock> blocks = DumpReader.read("[                    ] [Rechercher]\n\n" + w3mProse());
        assertThat(blocks.get(0).linkDensity()).isEqualTo(1.0);
    }

    @Test
    @KnownFailure("w3m writes an image as its whole alt text in brackets ('[Le Courrier de l'Aubette]'); only "
            + "one-word brackets are taken for placeholders, so the logo is read as a line of text (and, first in "
            + "a dump without headings, as the page's <title>)")
    void w3mMultiWordAltTextInBracketsIsAnImagePlaceholder() {
        List<TextBlock> blocks = DumpReader.read("[Le Courrier de l'Aubette]\n\n" + w3mProse());
        assertThat(blocks.get(0).linkDensity()).isEqualTo(1.0);
    }

    // ---- turndown and pandoc Markdown ---------------------------------------------------------

    @Test
    void turndownBulletsWithThreeSpacesAreListItemsOfLinks() {
        List<TextBlock> blocks = markdown("*   [ニュース](/news)\n*   [経済](/business)\n");
        assertThat(texts(blocks)).containsExactly("ニュース", "経済");
        assertThat(blocks).allMatch(b -> b.type() == BlockType.LIST_ITEM && b.linkDensity() == 1.0);
    }

    @Test
    void setextHeadingsAreHeadings() {
        List<TextBlock> blocks = markdown("社会\n--\n\n市立図書館、平日の夜間開館を試行へ\n=================\n\n"
                + "市は20日、中央図書館の開館時間を平日に限って延長する試行を、7月から始めると発表した。\n");
        assertThat(texts(blocks)).containsExactly("社会", "市立図書館、平日の夜間開館を試行へ",
                "市は20日、中央図書館の開館時間を平日に限って延長する試行を、7月から始めると発表した。");
        assertThat(blocks.get(0).type()).isEqualTo(BlockType.HEADING);
        assertThat(blocks.get(1).type()).isEqualTo(BlockType.HEADING);
    }

    @Test
    @KnownFailure("emphasis between characters of a script written without spaces ('は**午後9時まで**利用') is "
            + "taken for in-word asterisks and kept")
    void emphasisInsideCjkTextIsRemoved() {
        assertThat(texts(markdown("試行期間中は**午後9時まで**利用できるようにする。")))
                .containsExactly("試行期間中は午後9時まで利用できるようにする。");
    }

    @Test
    @KnownFailure("html2text writes '**체험관**이' (a Korean particle glued to the bold word); the closing '**' "
            + "stands between Hangul letters, is read as in-word, and stays in the text")
    void emphasisClosingBeforeAKoreanParticleIsRemoved() {
        assertThat(texts(markdown("아이들이 직접 배의 키를 잡아 볼 수 있는 **체험관**이 마련됐다.")))
                .containsExactly("아이들이 직접 배의 키를 잡아 볼 수 있는 체험관이 마련됐다.");
    }

    @Test
    void html2textLinkWrappedAcrossLinesKeepsItsTextAsLinkText() {
        List<TextBlock> blocks = markdown("자세한 내용은 [해양수산부 보도\n자료](https://gov.example.org/press/2024-0315)에서 "
                + "확인할 수 있다.\n");
        assertThat(texts(blocks)).containsExactly("자세한 내용은 해양수산부 보도 자료에서 확인할 수 있다.");
        assertThat(blocks.get(0).linkChars()).isEqualTo("해양수산부 보도 자료".length());
    }

    @Test
    void turndownEscapesAreUndone() {
        assertThat(texts(markdown("Die Linie 7 fährt ab dem 1\\. Juni \\*täglich\\* bis 23 Uhr \\[Fahrplan\\].\n")))
                .containsExactly("Die Linie 7 fährt ab dem 1. Juni *täglich* bis 23 Uhr [Fahrplan].");
    }

    @Test
    void underscoreEmphasisAroundCjkQuoteIsRemoved() {
        assertThat(texts(markdown("担当者は「_まずは半年続けて_、利用の状況を見ながら検討したい」と話している。")))
                .containsExactly("担当者は「まずは半年続けて、利用の状況を見ながら検討したい」と話している。");
    }

    @Test
    void pipeTableRowsAreOneBlockEachAndTheRuleRowHasNoWords() {
        List<TextBlock> blocks = markdown("| Feature | 2.4 | 3.0 |\n|---------|-----|-----|\n"
                + "| Offline maps | No | Yes, by region |\n");
        assertThat(texts(blocks)).contains("Feature 2.4 3.0", "Offline maps No Yes, by region");
        assertThat(blocks.stream().filter(b -> b.text().contains("---")))
                .allMatch(b -> b.letters() == 0);
    }

    @Test
    void fencedCodeIsPreformatted() {
        List<TextBlock> blocks = markdown("Run this:\n\n``` sh\n./gradlew assembleRelease --offline\n```\n");
        assertThat(only(blocks, "./gradlew assembleRelease --offline").type()).isEqualTo(BlockType.PREFORMATTED);
    }

    @Test
    @KnownFailure("pandoc's attribute block after an ATX heading ('# Title {#id .class}') stays in the heading's text")
    void pandocHeadingAttributesAreNotText() {
        List<TextBlock> blocks = markdown("# Trailmap 3.0 adds an offline mode {#trailmap-3.0 .headline}\n\n"
                + "## What changed {#what-changed}\n");
        assertThat(texts(blocks)).containsExactly("Trailmap 3.0 adds an offline mode", "What changed");
    }

    @Test
    @KnownFailure("pandoc's fenced divs (':::' lines, '::: {.related}') are read as text and glued to the "
            + "list item or paragraph beside them")
    void pandocFencedDivLinesAreNotText() {
        List<TextBlock> blocks = markdown("::: {.related}\n## Related\n\n-   [Five map apps compared](/reviews/maps)\n"
                + ":::\n");
        assertThat(texts(blocks)).containsExactly("Related", "Five map apps compared");
    }

    @Test
    void shortcutReferenceLinksKeepTheirTextAndDefinitionsGo() {
        List<TextBlock> blocks = markdown("Offline support is the most requested feature on the project's\n"
                + "[issue tracker] for four years.\n\n  [issue tracker]: https://code.example.org/trailmap/issues\n");
        assertThat(texts(blocks)).containsExactly(
                "Offline support is the most requested feature on the project's issue tracker for four years.");
        assertThat(blocks.get(0).linkChars()).isEqualTo("issue tracker".length());
    }

    @Test
    void fullReferenceLinksKeepTheirText() {
        List<TextBlock> blocks = markdown("See the [release notes][1] for details.\n");
        assertThat(texts(blocks)).startsWith("See the release notes for details.");
        assertThat(blocks.get(0).linkChars()).isEqualTo("release notes".length());
    }

    @Test
    @KnownFailure("pandoc's hard line break (a backslash at the end of a line) is kept as a backslash and the "
            + "two lines are joined, so a byline and the date under it become one line 'By Priya Raman\\ February 19, 2024'")
    void pandocHardLineBreakSeparatesTheLines() {
        List<TextBlock> blocks = markdown("By [Priya Raman](/authors/priya-raman)\\\nFebruary 19, 2024\n");
        assertThat(texts(blocks)).containsExactly("By Priya Raman", "February 19, 2024");
    }

    @Test
    void angleBracketAutolinkKeepsTheUrlAsLinkText() {
        List<TextBlock> blocks = markdown("in any web browser at\n<https://trailmap.example.org/r/>.\n");
        assertThat(texts(blocks)).containsExactly("in any web browser at https://trailmap.example.org/r/.");
        assertThat(blocks.get(0).linkChars()).isEqualTo("https://trailmap.example.org/r/".length());
    }
}
