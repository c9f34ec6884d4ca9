package org.dyad.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.dyad.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** News typos of country names ("Afganistan", "Quatar") still name the country; names and short words do not. */
class MisspelledCountriesTest {

    private static final ActorDictionary DICT = ActorDictionary.builder()
            .addCountries(Fixtures.rows("c", "AFG ; Afghanistan ; Afghan ; Afghans ; Kabul",
                    "QAT ; Qatar ; Qatari ; Qataris ; Doha", "ISR ; Israel ; Israeli ; Israelis ; Jerusalem",
                    "AGO ; Angola ; Angolan ; Angolans ; Luanda", "AUT ; Austria ; Austrian ; Austrians ; Vienna",
                    "AUS ; Australia ; Australian ; Australians ; Canberra"))
            .addPeople(Fixtures.rows("p", "Angela Merkel|Merkel ; DEUGOV ; Chancellor ; 2005-11-22 ; 2021-12-08"))
            .build();

    private static String code(String word) {
        return DICT.misspelledCountry(word).map(Entry.Country::code).orElse("-");
    }

    @Test
    void oneLetterDroppedAddedChangedOrSwappedIsTheCountry() {
        assertEquals("AFG", code("Afganistan"));
        assertEquals("QAT", code("Quatar"));
        assertEquals("ISR", code("Isreal"));
        assertEquals("AUT", code("Austira"));
    }

    @Test
    void exactNamesShortWordsGivenNamesAndFarWordsAreNot() {
        assertEquals("-", code("Israel"), "spelled right: the dictionary's own match");
        assertEquals("-", code("Irak"), "under six letters");
        assertEquals("-", code("Angela"), "the first word of a known name");
        assertEquals("-", code("Austrralia1"));
        assertEquals("-", code("Afghanistanis"), "two letters away");
    }

    @Test
    void editDistanceOfExactlyOne() {
        assertTrue(ActorDictionary.oneEdit("abcdef", "abdcef"));
        assertTrue(ActorDictionary.oneEdit("abcdef", "abcdf"));
        assertTrue(ActorDictionary.oneEdit("abcdf", "abcdef"));
        assertTrue(ActorDictionary.oneEdit("abcdef", "abxdef"));
        assertFalse(ActorDictionary.oneEdit("abcdef", "abcdef"));
        assertFalse(ActorDictionary.oneEdit("abcdef", "badcfe"));
        assertFalse(ActorDictionary.oneEdit("abcdef", "abcdefgh"));
        assertEquals(Optional.empty(), DICT.misspelledCountry("Qatarr-"));
    }
}
