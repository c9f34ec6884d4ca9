package org.dyad.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.dyad.model.DateRange;
import org.dyad.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Dated-role checks of Dyad's bundled people dictionary: for each line of {@code dated-roles.tsv} (a name, a
 * day, the expected actor code, why), the first match of {@code ./dyad actors NAME --date DAY} must carry the
 * expected code. The expectations are written by the team from its own knowledge, independently of the
 * people files, so that mistakes in those files (wrong dates, missing roles or name variants) show up here.
 */
class DatedRolesTest {

    private static final String FILE = "/dated-roles.tsv";

    /** One expectation: a line of the test file. */
    record Case(int line, String name, LocalDate date, String expected, String why) {
        @Override
        public String toString() {
            return name + " @ " + date + " -> " + expected;
        }
    }

    private static ActorLookup lookup;

    private static synchronized ActorLookup lookup() {
        if (lookup == null) {
            lookup = new ActorLookup(new ActorStage(Fixtures.bundled().actors()));
        }
        return lookup;
    }

    static List<Case> cases() {
        List<Case> out = new ArrayList<>();
        try (InputStream in = DatedRolesTest.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is not on the test classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String l;
            int n = 0;
            while ((l = r.readLine()) != null) {
                n++;
                if (l.isBlank() || l.startsWith("#")) {
                    continue;
                }
                String[] f = l.split("\t", -1);
                if (f.length != 4) {
                    throw new IllegalStateException(FILE + ":" + n + ": expected 4 TAB-separated fields, found "
                            + f.length);
                }
                out.add(new Case(n, f[0].strip(), LocalDate.parse(f[1].strip()), f[2].strip(), f[3].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static Stream<Case> caseStream() {
        return cases().stream();
    }

    /** What the lookup gives for a case: the first match's code, or a description of the failure. */
    private static String describe(List<ActorLookup.Match> matches) {
        if (matches.isEmpty()) {
            return "no match";
        }
        ActorLookup.Match m = matches.get(0);
        return m.code().value() + " (" + m.name() + ", " + m.role() + ", " + m.from().orElse("") + ".."
                + m.to().orElse("") + ", " + m.source() + ")";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("caseStream")
    void codeAtDate(Case c) {
        List<ActorLookup.Match> matches = lookup().lookup(c.name(), DateRange.day(c.date()));
        String got = matches.isEmpty() ? "" : matches.get(0).code().value();
        assertEquals(c.expected(), got, () -> "dated-roles.tsv:" + c.line() + ": " + c.name() + " on " + c.date()
                + " should be " + c.expected() + " (" + c.why() + "), got " + describe(matches));
    }

    /** The file's coverage: at least 150 distinct people and 50 countries, 200 lines. */
    @Test
    void coverage() {
        List<Case> cases = cases();
        Set<String> people = new TreeSet<>();
        Set<String> countries = new TreeSet<>();
        for (Case c : cases) {
            List<String> key = NameKey.key(c.name());
            // a surname alone is a variant of a person counted under the full name
            if (key.size() > 1) {
                people.add(String.join(" ", key));
            }
            if (!c.expected().startsWith("IGO")) {
                countries.add(c.expected().substring(0, 3));
            }
        }
        assertTrue(cases.size() >= 200, "only " + cases.size() + " lines");
        assertTrue(people.size() >= 150, "only " + people.size() + " distinct people");
        assertTrue(countries.size() >= 50, "only " + countries.size() + " countries: " + countries);
        assertFalse(cases.stream().anyMatch(c -> c.expected().length() < 3 || c.expected().length() % 3 != 0),
                "an expected code is not made of three-letter parts");
    }

    /** Every line in one run, so that a failure report lists all the mismatches together. */
    @Test
    void allMismatchesTogether() {
        List<String> bad = new ArrayList<>();
        List<Case> cases = cases();
        for (Case c : cases) {
            List<ActorLookup.Match> matches = lookup().lookup(c.name(), DateRange.day(c.date()));
            String got = matches.isEmpty() ? "" : matches.get(0).code().value();
            if (!got.equals(c.expected())) {
                bad.add("  line " + c.line() + ": " + c.name() + " @ " + c.date() + " expected " + c.expected() + " ("
                        + c.why() + "), got " + describe(matches));
            }
        }
        if (!bad.isEmpty()) {
            fail(bad.size() + " of " + cases.size() + " dated-role expectations fail:\n" + String.join("\n", bad));
        }
    }
}
