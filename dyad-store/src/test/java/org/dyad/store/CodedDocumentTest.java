package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dyad.pipeline.Pipeline;
import org.dyad.resources.Resources;
import org.dyad.testing.Fixtures;
import org.dyad.testing.Parses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the store keeps of a coded document, from the pipeline's result, with no parser loaded. */
class CodedDocumentTest {

    @TempDir
    Path dir;

    private static Pipeline.Result coded() {
        Resources r = new Resources(Fixtures.ontology(), Fixtures.miniActors(), Fixtures.miniLexicon());
        Pipeline p = new Pipeline(r, (doc, filter) -> {
            throw new AssertionError("no parsing in this test");
        });
        return p.codeParsed(Parses.document("kcna-1", LocalDate.of(2014, 6, 6), """
                1 Assad Assad NNP 2 nsubj
                2 congratulated congratulate VBD 0 root
                3 Putin Putin NNP 2 obj
                """, """
                1 Hassan Hassan NNP 3 nsubj
                2 Nouri Nouri NNP 1 flat
                3 met meet VBD 0 root
                4 troops troops NNS 3 obj
                """));
    }

    @Test
    void actorsSeenKeepKnownAndUnknownMentionsWithTheirOffsets() {
        CodedDocument d = CodedDocument.of(coded());
        List<String> seen = d.actors().stream().map(a -> a.sentence() + ":" + a.text() + ":" + a.kind() + ":"
                + a.code().orElse("-")).toList();
        assertEquals(List.of("0:Assad:person:SYRGOV", "0:Putin:person:RUSGOV", "1:Hassan Nouri:unknown:-",
                "1:troops:agent:---MIL"), seen);
        for (ActorSeen a : d.actors()) {
            assertEquals(a.text(), d.document().text().substring(a.start(), a.end()));
        }
    }

    @Test
    void aPipelineResultIsStoredWithItsEventsAndActors() {
        Path db = dir.resolve("p.duckdb");
        try (Store s = Store.openForWriting(db)) {
            Ingestion in = Ingestion.start(s, Docs.V1, List.of("test"), Ingestion.Options.defaults());
            in.accept(coded());
            in.finish(1, 0);
        }
        assertEquals(List.of(List.of("SYRGOV", "RUSGOV", "051")),
                Docs.rows(db, "SELECT source_code, target_code, cameo FROM events"));
        assertEquals(List.of(List.of("Hassan Nouri", "1", "1")), Docs.rows(db, "SELECT * FROM unknown_actors"));
        assertEquals(List.of(List.of("2")), Docs.rows(db, "SELECT sentences FROM documents"));
    }
}
