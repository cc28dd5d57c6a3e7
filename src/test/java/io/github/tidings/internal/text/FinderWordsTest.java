package io.github.tidings.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FinderWordsTest {

    @Test
    void theFirstWordFilterLetsEveryEndMarkersFirstWordThrough() {
        FinderWords words = FinderWords.INSTANCE;
        assertThat(words.markerFirstWords()).isNotEmpty();
        for (String w : words.markerFirstWords()) {
            String line = w + " and some words after it";
            assertThat(words.mayBeMarkerFirstWord(line, w.length())).as(w).isTrue();
        }
    }

    @Test
    void theFirstWordFilterTurnsMostOtherWordsAway() {
        FinderWords words = FinderWords.INSTANCE;
        int passed = 0;
        String[] ordinary = {"yesterday", "minister", "announced", "weather", "council", "police", "football",
            "economy", "hospital", "election", "village", "museum", "festival", "bridge", "airport", "coffee"};
        for (String w : ordinary) {
            passed += words.mayBeMarkerFirstWord(w, w.length()) ? 1 : 0;
        }
        assertThat(passed).isLessThan(ordinary.length / 2);
    }
}
