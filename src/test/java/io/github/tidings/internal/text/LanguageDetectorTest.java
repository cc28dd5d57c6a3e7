package io.github.tidings.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "en | The minister said on Tuesday that the new law would be voted in the spring, and that it was not too late.",
        "de | Der Minister sagte am Dienstag, dass das neue Gesetz im Frühjahr verabschiedet werden soll und es nicht zu spät sei.",
        "fr | Le ministre a déclaré mardi que la nouvelle loi serait votée au printemps et qu'il n'était pas trop tard pour les élèves.",
        "es | El ministro dijo el martes que la nueva ley se votará en la primavera y que no es demasiado tarde para los alumnos.",
        "pt | O ministro disse na terça-feira que a nova lei será votada na primavera e que não é tarde demais para os alunos.",
        "it | Il ministro ha detto martedì che la nuova legge sarà votata in primavera e che non è troppo tardi per gli studenti.",
        "nl | De minister zei dinsdag dat de nieuwe wet in het voorjaar wordt gestemd en dat het nog niet te laat is voor de leerlingen.",
        "tr | Bakan salı günü yaptığı açıklamada yeni yasanın bahar aylarında oylanacağını ve bunun için çok geç olmadığını söyledi, ama ne zaman belli değil.",
        "id | Menteri mengatakan pada hari Selasa bahwa undang-undang yang baru akan dibahas dan tidak ada kata terlambat untuk itu.",
        "pl | Minister powiedział we wtorek, że nowa ustawa zostanie uchwalona wiosną i że nie jest jeszcze za późno, ale to trudne.",
        "ru | Министр сказал во вторник, что новый закон будет принят весной и что еще не поздно, но это будет непросто.",
        "uk | Міністр сказав у вівторок, що новий закон буде ухвалено навесні і що ще не пізно, але це також буде непросто.",
        "ar | قال الوزير يوم الثلاثاء إن القانون الجديد سيتم التصويت عليه في الربيع وإن الوقت لم يفت بعد على ذلك في هذه المرحلة.",
        "fa | وزیر روز سه شنبه گفت که قانون جدید در بهار به رای گذاشته می شود و این برای ما هنوز دیر نیست.",
        "ja | 大臣は火曜日、新しい法律は春に採決されると述べました。",
        "zh | 部长周二表示，新法律将于春季表决，现在还不算太晚。",
        "ko | 장관은 화요일 새 법안이 봄에 표결될 것이라고 말했다.",
        "el | Ο υπουργός δήλωσε την Τρίτη ότι ο νέος νόμος θα ψηφιστεί την άνοιξη.",
        "he | השר אמר ביום שלישי כי החוק החדש יאושר באביב.",
        "th | รัฐมนตรีกล่าวเมื่อวันอังคารว่ากฎหมายใหม่จะผ่านในฤดูใบไม้ผลิ",
        "hi | मंत्री ने मंगलवार को कहा कि नया कानून वसंत में पारित किया जाएगा।",
    })
    void tellsLanguages(String lang, String text) {
        assertThat(LanguageDetector.detect(text)).contains(lang);
    }

    @Test
    void saysNothingWithoutEvidence() {
        assertThat(LanguageDetector.detect("")).isEmpty();
        assertThat(LanguageDetector.detect("12:30 — 4-1")).isEmpty();
        assertThat(LanguageDetector.detect("Xylophone")).isEmpty();
    }

    @Test
    void namesNoLanguageForAListWithoutProse() {
        // Results tables and lists of names: a stray "I", "De" or "La" among hundreds of words
        // would otherwise name whichever language lists it.
        String results = "1. Kowalczyk, Anna 1994 TSV Oberhausen I 12,84 sec.\n"
                + "2. Vries, Lotte 1994 LG Nordheide 13,02 sec.\n"
                + "3. Rosa, Giulia 1995 SC Eintracht Weiler I 13,11 sec.\n"
                + "4. Lindqvist, Maja 1994 TV Hohenfels 13,40 sec.\n"
                + "5. Brandt, Sophie 1995 LSG Talheim 13,52 sec.\n"
                + "6. Okafor, Ngozi 1994 TSV Oberhausen I 13,77 sec.\n"
                + "7. Haas, Ina 1995 LG Nordheide II 13,90 sec.\n";
        assertThat(LanguageDetector.detect(results.repeat(8) + "I ")).isEmpty();
        String products = "Solara X2 Kaffeemaschine 129,90 EUR Artikel 44817 | Vento Max 3 Ventilator 49,00 EUR "
                + "Artikel 44818 | Nordlicht LED Stehleuchte 89,00 EUR Artikel 44819 | Lumo Wasserkocher "
                + "24,95 EUR Artikel 44820 | ";
        assertThat(LanguageDetector.detect(products.repeat(16) + "und das ist die")).isEmpty();
        // The same stray words in a short text are still enough: the share counts, not the number.
        assertThat(LanguageDetector.detect("Solara X2 und das ist die Kaffeemaschine")).contains("de");
    }

    @Test
    void namesTheLanguageOfProseBetweenLists() {
        String results = "1. Kowalczyk, Anna 1994 TSV Oberhausen I 12,84 sec.\n".repeat(20);
        String prose = "Die Läuferinnen des Vereins haben sich am Wochenende bei den Meisterschaften gut "
                + "geschlagen, und die Trainer sind mit der Leistung der jüngsten Gruppe sehr zufrieden.\n";
        assertThat(LanguageDetector.detect(prose + results)).contains("de");
        String french = "Les coureuses du club se sont bien défendues ce week-end, et les entraîneurs sont très "
                + "contents du groupe le plus jeune, qui a couru pour la première fois.\n";
        assertThat(LanguageDetector.detect(results + french)).contains("fr");
    }

    @Test
    void readsOnlyTheStartOfLongText() {
        String english = "the cat and the dog are in the house of the man who said that it is good. ";
        String german = "der Hund und die Katze sind in dem Haus, das nicht für sie ist. ";
        String text = english.repeat(LanguageDetector.MAX_CHARS / english.length() + 1) + german.repeat(2000);
        assertThat(LanguageDetector.detect(text)).contains("en");
    }
}
