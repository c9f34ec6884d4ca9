package org.dyad.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.model.Actor;
import org.dyad.model.DateRange;
import org.dyad.resources.DataFile;
import org.dyad.testing.Fixtures;
import org.dyad.testing.Parses;
import org.junit.jupiter.api.Test;

/** Places inside countries (actors/places/*.tsv): what they resolve to, and the bundled files' consistency. */
class PlacesTest {

    private static final LocalDate DAY = LocalDate.of(2015, 3, 1);

    private static ActorDictionary.Builder mini() {
        return ActorDictionary.builder()
                .addCountries(Fixtures.rows("c", "SYR ; Syria ; Syrian ; Syrians ; Damascus",
                        "USA ; United States ; American ; Americans ; Washington"));
    }

    @Test
    void aPlaceStandsForItsCountryWithNoSector() {
        ActorStage stage = new ActorStage(mini()
                .addPlaces(Fixtures.rows("p", "SYR ; Aleppo|Halab ; city", "USA ; Alaska ; region")).build());
        DocumentActors doc = stage.annotate(Parses.document("t", DAY, """
                1 Halab Halab NNP 2 nsubj
                2 suffered suffer VBD 0 root
                """));
        Actor a = doc.resolve(0, 0, DateRange.day(DAY)).orElseThrow();
        assertEquals("SYR", a.code().orElseThrow().value());
        assertEquals("country place", a.role());
        assertTrue(a.origin().startsWith("p:1"), a.origin());
    }

    @Test
    void badPlaceRowsAreReportedWithTheirLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> mini().addPlaces(Fixtures.rows("p", "SYR ; Aleppo ; city", "XYZ ; Atlantis ; city")));
        assertEquals("p:2: place in unknown country 'XYZ' (countries load first)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> mini().addPlaces(Fixtures.rows("p", "SYR ; Aleppo ; town")));
        assertTrue(e.getMessage().startsWith("p:1: place kind 'town'"), e.getMessage());
    }

    /**
     * A bundled place name must not be a country's name, adjective, demonym or seat (it would shadow the
     * country's own entry), nor name places in two countries.
     */
    @Test
    void bundledPlacesNeitherShadowCountriesNorNameTwoCountries() {
        Map<String, String> country = new HashMap<>();
        List<DataFile.Row> places = new ArrayList<>();
        for (DataFile.Row m : DataFile.resource("dyad/actors/manifest.tsv")) {
            List<DataFile.Row> rows = DataFile.resource("dyad/actors/" + m.get(1));
            if (m.get(0).equals("countries")) {
                for (DataFile.Row r : rows) {
                    for (int col = 1; col <= 4; col++) {
                        for (String v : DataFile.values(r.get(col))) {
                            country.put(String.join(" ", NameKey.key(v)), r.origin());
                        }
                    }
                }
            } else if (m.get(0).equals("places")) {
                places.addAll(rows);
            }
        }
        assertTrue(places.size() > 1000, "bundled places: " + places.size());
        Map<String, DataFile.Row> seen = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (DataFile.Row r : places) {
            for (String v : DataFile.values(r.get(1))) {
                String k = String.join(" ", NameKey.key(v));
                if (country.containsKey(k)) {
                    problems.add(r.origin() + " '" + v + "' is also " + country.get(k));
                }
                DataFile.Row before = seen.putIfAbsent(k, r);
                if (before != null && !before.get(0).equals(r.get(0))) {
                    problems.add(r.origin() + " '" + v + "' is in " + r.get(0) + " and, at " + before.origin()
                            + ", in " + before.get(0));
                }
            }
        }
        assertEquals(List.of(), problems);
    }
}
