package org.dyad.ingest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageGuessTest {

    @Test
    void tellsEnglishFromOtherLanguagesAndScripts() {
        assertEquals("en", LanguageGuess.of(MainTextTest.STORY + " The talks were frank and the envoy was pleased."));
        assertEquals("de", LanguageGuess.of("Der syrische Präsident hat den Gesandten der Vereinten Nationen am "
                + "Donnerstag in Damaskus getroffen, wie die Behörden mitteilten, und es ist das erste Treffen seit Monaten."));
        assertEquals("es", LanguageGuess.of("El presidente sirio se reunió el jueves con el enviado de las Naciones "
                + "Unidas en Damasco, según dijeron los funcionarios, en la primera reunión de este tipo en meses."));
        assertEquals("ru", LanguageGuess.of("Президент Сирии встретился в четверг в Дамаске со спецпосланником ООН."));
        assertEquals("ar", LanguageGuess.of("التقى الرئيس السوري بمبعوث الأمم المتحدة في دمشق يوم الخميس"));
        assertEquals("zh", LanguageGuess.of("叙利亚总统周四在大马士革会见了联合国特使"));
        assertEquals("und", LanguageGuess.of("12 34 56"));
    }
}
