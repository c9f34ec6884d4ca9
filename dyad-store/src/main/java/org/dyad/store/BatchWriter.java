package org.dyad.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.dyad.model.Actor;
import org.dyad.model.DateRange;
import org.dyad.model.Document;
import org.dyad.model.DroppedRegion;
import org.dyad.model.Event;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Writes a batch of coded documents in one transaction: the rows of documents stored before are deleted,
 * then each document's row, its events and its actor mentions are appended. Either all of the batch is
 * stored or, on any failure, none of it: the transaction is rolled back and what was stored before stays.
 */
final class BatchWriter {

    /** A document waiting to be written, with its metadata columns and where it was read from. */
    record Pending(CodedDocument coded, DocumentFacts facts, Optional<String> origin) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Store store;
    private final CodingVersion version;
    private final int run;

    BatchWriter(Store store, CodingVersion version, int run) {
        this.store = store;
        this.version = version;
        this.run = run;
    }

    /**
     * Writes {@code batch}, replacing the stored rows of the documents in {@code replace}.
     *
     * @return the number of events written
     */
    int write(List<Pending> batch, Collection<String> replace) {
        if (batch.isEmpty()) {
            return 0;
        }
        DuckDBConnection c = (DuckDBConnection) store.connection();
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        int events = 0;
        try (Statement st = c.createStatement()) {
            st.execute(DocumentTexts.CREATE);
            st.execute("BEGIN TRANSACTION");
            if (!replace.isEmpty()) {
                delete(c, replace);
            }
            // the texts go with their documents, in the same transaction; any left by another writer for
            // these ids are replaced
            deleteTexts(c, batch.stream().map(p -> p.coded().id()).toList());
            try (DuckDBAppender docs = c.createAppender("documents");
                 DuckDBAppender texts = c.createAppender(DocumentTexts.TABLE);
                 DuckDBAppender ev = c.createAppender("events");
                 DuckDBAppender act = c.createAppender("actors")) {
                for (Pending p : batch) {
                    appendDocument(docs, p, now);
                    texts.beginRow();
                    texts.append(p.coded().id());
                    texts.append(p.coded().document().text());
                    texts.endRow();
                    List<Event> list = p.coded().events();
                    for (int n = 0; n < list.size(); n++) {
                        appendEvent(ev, n, list.get(n));
                    }
                    events += list.size();
                    for (ActorSeen a : p.coded().actors()) {
                        appendActor(act, p.coded().id(), a);
                    }
                }
                docs.flush();
                texts.flush();
                ev.flush();
                act.flush();
            }
            st.execute("COMMIT");
            return events;
        } catch (SQLException | RuntimeException e) {
            store.rollbackQuietly();
            String ids = batch.get(0).coded().id() + (batch.size() > 1 ? " .. " + batch.get(batch.size() - 1).coded().id() : "");
            String why = e instanceof SQLException s ? Store.firstLine(s.getMessage()) : e.toString();
            throw new StoreException("writing to " + store.file() + " failed, so the batch of " + batch.size()
                    + " documents (" + ids + ") was rolled back; everything stored before it is intact. Cause: " + why, e);
        }
    }

    private static void deleteTexts(DuckDBConnection c, List<String> ids) throws SQLException {
        String marks = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + DocumentTexts.TABLE + " WHERE doc IN (" + marks + ")")) {
            int i = 1;
            for (String id : ids) {
                ps.setString(i++, id);
            }
            ps.executeUpdate();
        }
    }

    private static void delete(DuckDBConnection c, Collection<String> ids) throws SQLException {
        String marks = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
        for (String sql : List.of("DELETE FROM events WHERE doc IN (" + marks + ")",
                "DELETE FROM actors WHERE doc IN (" + marks + ")",
                "DELETE FROM documents WHERE id IN (" + marks + ")")) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                for (String id : ids) {
                    ps.setString(i++, id);
                }
                ps.executeUpdate();
            }
        }
    }

    private void appendDocument(DuckDBAppender a, Pending p, LocalDateTime now) throws SQLException {
        Document d = p.coded().document();
        DocumentFacts f = p.facts();
        ArrayNode dropped = JSON.createArrayNode();
        int droppedChars = 0;
        for (DroppedRegion r : d.dropped()) {
            dropped.addObject().put("kind", r.kind()).put("start", r.start()).put("end", r.end());
            droppedChars += r.end() - r.start();
        }
        a.beginRow();
        a.append(d.id());
        str(a, f.url());
        str(a, f.outlet());
        str(a, f.title());
        if (d.published().isPresent()) {
            a.append(d.published().get());
        } else {
            a.appendNull();
        }
        str(a, f.language());
        a.append(f.contentHash());
        a.append(f.inputHash());
        a.append(d.text().length());
        a.append(p.coded().sentences());
        a.append(p.coded().events().size());
        a.append(dropped.toString());
        a.append(droppedChars);
        str(a, f.dupCluster());
        a.append(f.metadata());
        str(a, p.origin().map(o -> o.replaceFirst(":\\d+$", "")));
        str(a, p.origin());
        a.append(version.coder());
        a.append(version.resources());
        a.append(run);
        a.append(now);
        a.endRow();
    }

    private static void appendEvent(DuckDBAppender a, int n, Event e) throws SQLException {
        a.beginRow();
        a.append(e.doc());
        a.append(n);
        a.append(e.id());
        a.append(e.sentence());
        if (e.date().isPresent()) {
            DateRange r = e.date().get();
            a.append(r.toString());
            a.append(r.from());
            a.append(r.to());
            a.append(precision(r));
        } else {
            a.appendNull().appendNull().appendNull().appendNull();
        }
        actor(a, e.source());
        optionalActor(a, e.target());
        String code = e.cameo().value();
        a.append(code);
        a.append(code.length() >= 3 ? code.substring(0, 3) : code);
        a.append(e.cameo().root());
        // a user's code outside CAMEO has no quad class and no Goldstein value
        if (e.quad() == 0) {
            a.appendNull();
        } else {
            a.append(e.quad());
        }
        if (Double.isNaN(e.goldstein())) {
            a.appendNull();
        } else {
            a.append(e.goldstein());
        }
        str(a, e.plover().map(p -> p.type()));
        str(a, e.plover().flatMap(p -> p.mode()));
        str(a, e.plover().flatMap(p -> p.context()));
        // location: name, country, admin1, lat, lon, geonames id; Dyad does not geocode events yet
        for (int i = 0; i < 6; i++) {
            a.appendNull();
        }
        optionalActor(a, e.attribution());
        a.append(e.mentions());
        a.append(e.evidence().start());
        a.append(e.evidence().end());
        a.append(e.evidence().text());
        a.append(e.evidence().trigger());
        a.append(e.evidence().triggerStart());
        a.append(e.evidence().triggerEnd());
        a.append(e.evidence().rule());
        a.append(e.evidence().coder());
        String key = EventKeys.eventKey(e, Optional.empty());
        a.append(key);
        a.append(Hashes.id63(key));
        a.append(Hashes.id63(EventKeys.dayKey(e)));
        a.endRow();
    }

    /** The nine actor columns, NULL when there is no actor. */
    private static void optionalActor(DuckDBAppender a, Optional<Actor> x) throws SQLException {
        if (x.isPresent()) {
            actor(a, x.get());
        } else {
            for (int i = 0; i < 9; i++) {
                a.appendNull();
            }
        }
    }

    private static void actor(DuckDBAppender a, Actor x) throws SQLException {
        str(a, x.code().map(c -> c.value()));
        str(a, x.code().flatMap(c -> c.country()));
        str(a, x.code().flatMap(c -> c.sector()));
        a.append(x.text());
        a.append(x.name());
        a.append(x.role());
        a.append(x.origin());
        a.append(x.start());
        a.append(x.end());
    }

    private static void appendActor(DuckDBAppender a, String doc, ActorSeen s) throws SQLException {
        a.beginRow();
        a.append(doc);
        a.append(s.sentence());
        a.append(s.ordinal());
        a.append(s.start());
        a.append(s.end());
        a.append(s.text());
        a.append(s.name());
        a.append(s.kind());
        a.append(s.known());
        str(a, s.code());
        str(a, s.entry());
        a.endRow();
    }

    static String precision(DateRange r) {
        if (r.isDay()) {
            return "day";
        }
        String iso = r.toString();
        return iso.length() == 7 ? "month" : iso.length() == 4 ? "year" : "range";
    }

    private static void str(DuckDBAppender a, Optional<String> v) throws SQLException {
        if (v.isPresent()) {
            a.append(v.get());
        } else {
            a.appendNull();
        }
    }
}
