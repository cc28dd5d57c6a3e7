package io.github.tidings.internal.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AuthorReaderTest {

    private static String read(String line) {
        AuthorReader.Byline b = AuthorReader.labelled(line);
        return b == null ? "none" : String.join(";", AuthorReader.preferPeople(b.names()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "By Jane Doe | Jane Doe",
        "By Jane Doe and John Roe | Jane Doe;John Roe",
        "By Ann Lee, Bob Stone and Carl Ray | Ann Lee;Bob Stone;Carl Ray",
        "By Jane Doe, Staff Writer | Jane Doe",
        "By Jane Doe Staff Writer | Jane Doe",
        "By Jane Doe, City News | Jane Doe",
        "by Jane Doe September 15, 2014 | Jane Doe",
        "By Jane Doe • Nov 19, 2019 5:53 PM | Jane Doe",
        "By Jane Doe On 11/13/19 at 4:00 PM EST | Jane Doe",
        "By Jane Doe jane.doe@example.com | Jane Doe",
        "Yazar: Ayşe Yılmaz | Ayşe Yılmaz",
        "Von Moritz Bauer publiziert am 25. September 2018 | Moritz Bauer",
        "Por María García y Juan Pérez | María García;Juan Pérez",
        "Par Jean Dupont et Marie Curie | Jean Dupont;Marie Curie",
        "Oleh Budi Santoso | Budi Santoso",
        "Автор: Иван Петров | Иван Петров",
        "By Reuters | Reuters",
        "Posted by Jane Doe on November 19, 2019 | Jane Doe",
        "Email the author | none",
        "Stand by me tonight | none",
        "Analysis by Jane Doe, Editor-at-large | Jane Doe",
        "Kommentar von Moritz Bauer | Moritz Bauer",
        "Tribune par Jean Dupont | Jean Dupont",
        "BY JANE DOE AND JOHN ROE | Jane Doe;John Roe",
        "POR MARÍA GARCÍA | María García",
        "By Kevin Moe NEWS TODAY | Kevin Moe",
        "Von Anna Schmidt DPA | Anna Schmidt",
        "the story told by Jane Doe | none",
    })
    void readsBylines(String line, String expected) {
        assertThat(read(line.strip())).isEqualTo(expected.strip());
    }

    @Test
    void dropsCredentialsAndContributors() {
        assertThat(AuthorReader.names("Jane Doe, MS, RD")).containsExactly("Jane Doe");
        assertThat(AuthorReader.names("Jane Doe and contributors")).containsExactly("Jane Doe");
    }

    @Test
    void namesOrganisationsOnlyWithoutPeople() {
        assertThat(AuthorReader.preferPeople(java.util.List.of("Jane Doe", "AP"))).containsExactly("Jane Doe");
        assertThat(AuthorReader.preferPeople(java.util.List.of("AP"))).containsExactly("AP");
    }

    @Test
    void aLabelGluedToTheNameIsCut() {
        // <span>By</span><a>Jane Doe</a> reads "ByJane Doe"
        assertThat(AuthorReader.nameLine("ByJane Doe")).containsExactly("Jane Doe");
        assertThat(AuthorReader.nameLine("VonAnna Schmidt")).containsExactly("Anna Schmidt");
        assertThat(AuthorReader.unglued("Byron Keller")).isEqualTo("Byron Keller");
        assertThat(AuthorReader.unglued("Porter Hale")).isEqualTo("Porter Hale");
        // a label before the name and the date on one line
        assertThat(AuthorReader.beforeDate("By Helen Park · May 3, 2024", 15, io.github.tidings.model.Hints.none()))
                .containsExactly("Helen Park");
    }

    @Test
    void readsUnlabelledNameLines() {
        assertThat(AuthorReader.nameLine("Tom Baker, AP Auto Writer")).containsExactly("Tom Baker");
        assertThat(AuthorReader.nameLine("Ann Lee @annlee / 2 days")).containsExactly("Ann Lee");
        assertThat(AuthorReader.nameLine("FIND YOUR NEXT CAR")).isEmpty();
        assertThat(AuthorReader.nameLine("JANE DOE, CITY NEWS")).containsExactly("Jane Doe");
        assertThat(AuthorReader.nameLine("JEAN DUPONT, LE JOURNAL")).containsExactly("Jean Dupont");
        assertThat(AuthorReader.nameLine("The council voted on the budget today")).isEmpty();
    }

    /** 20,000 lines of 1 to 12 pieces each, drawn with the given seed (the same lines every run). */
    private static java.util.List<String> randomLines(String[] pieces, long seed) {
        java.util.Random random = new java.util.Random(seed);
        java.util.List<String> lines = new java.util.ArrayList<>();
        for (int k = 0; k < 20_000; k++) {
            StringBuilder sb = new StringBuilder();
            for (int p = 1 + random.nextInt(12); p > 0; p--) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            lines.add(sb.toString());
        }
        return lines;
    }

    @Test
    void findsWhereANameListStopsAsThePatternDoes() {
        // The hand-written search must answer as the pattern it stands for, on lines made of the
        // pieces the pattern tells apart (cases, marks, separators with and without spaces).
        String[] pieces = {" ", "\t", "on", "ON", "On", "one", "for", "für", "FÜR", "Für", "per", "updated",
            "UPDATED", "posted", "postedx", "published_", "_", "é", "\u0301", "|", "•", "·", "/", "–", "—", "-",
            "@", "(", "1", "a", "Jane", "Doe", ",", "\u00A0"};
        for (String line : randomLines(pieces, 7)) {
            java.util.regex.Matcher m = AuthorReader.STOP.matcher(line);
            assertThat(AuthorReader.stopAt(line)).as(line).isEqualTo(m.find() ? m.start() : -1);
        }
        assertThat(AuthorReader.stopAt("Jane Doe | Staff")).isEqualTo(8);
        assertThat(AuthorReader.stopAt("Jane Doe Updated: May 2")).isEqualTo(8);
        assertThat(AuthorReader.stopAt("Jane Doe")).isEqualTo(-1);
    }

    @Test
    void findsNameListSeparatorsAsThePatternDoes() {
        String[] pieces = {" ", "  ", "\t", "and", "And", "band", "und", "et", "y", "e", "dan", "ve", "и", "Ив", "é",
            "\u0301", "_", ",", ";", "&", "x", "Jane", "Doe", "1", "\u00A0", "-"};
        for (String line : randomLines(pieces, 11)) {
            java.util.regex.Matcher m = AuthorReader.SPLIT.matcher(line);
            int[] sep = AuthorReader.separatorFrom(line, 0);
            while (m.find()) {
                String g = m.group().strip();
                assertThat(sep).as(line).isNotNull();
                assertThat(sep).as(line).containsExactly(m.start(), m.end(), g.equals(",") || g.equals(";") ? 1 : 0);
                sep = AuthorReader.separatorFrom(line, sep[1]);
            }
            assertThat(sep).as(line).isNull();
        }
        assertThat(AuthorReader.names("Jane Doe and John Roe")).containsExactly("Jane Doe", "John Roe");
    }

    @Test
    void splitsAtSpacesAsThePatternDoes() {
        for (String s : new String[] {"", " ", "  ", "Jane", "Jane Doe", " Jane  Doe ", "\tJane\nDoe\t", "Jane\u00A0Doe",
            "a  b   c", " a"}) {
            assertThat(AuthorReader.splitOnSpaces(s)).as("[" + s + "]").containsExactly(AuthorReader.SPACES.split(s));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Der Sitzungssaal am Montag. Foto: Anna Berg",
        "The council chamber on Monday. Photo: Anna Berg",
        "La salle du conseil lundi. Crédit photo : Anna Berg",
        "La sala del consiglio lunedì. Foto di Anna Berg",
        "Photo by Anna Berg",
        "Foto von Anna Berg",
        "Bild: Anna Berg"})
    void aPictureCreditIsNoByline(String line) {
        assertThat(AuthorReader.holdsPictureCredit(line)).isTrue();
        assertThat(read(line)).isEqualTo("none");
        assertThat(AuthorReader.nameLine(line)).isEmpty();
        assertThat(AuthorReader.nameLine(line, true)).isEmpty();
    }

    @Test
    void realBylinesStillReadBesideTheCreditTest() {
        assertThat(read("Von Anna Berg")).isEqualTo("Anna Berg");
        assertThat(read("By Anna Berg, Reuters")).isEqualTo("Anna Berg");
        assertThat(read("Von Anna Berg | Fotos: Max Muster")).isEqualTo("Anna Berg");
        assertThat(AuthorReader.nameLine("Anna Berg, Reuters")).containsExactly("Anna Berg");
        assertThat(AuthorReader.holdsPictureCredit("The photo shows Anna Berg at her desk")).isFalse();
        assertThat(AuthorReader.holdsPictureCredit("Anna Berg, photographer")).isFalse();
    }
}
