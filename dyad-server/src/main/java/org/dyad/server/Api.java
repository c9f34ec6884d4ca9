package org.dyad.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.coding.Coder;
import org.dyad.model.CameoCode;
import org.dyad.ontology.CameoCodebook;
import org.dyad.ontology.Plover;
import org.dyad.store.EventQuery;
import org.dyad.store.Explorer;

/**
 * The API's handlers, one method each: JSON endpoints return the body, which {@link DyadServer#create} writes
 * (and caches); the routes are there too.
 */
final class Api {

    static final int MAX_PAGE = 1000;
    static final int MAX_CSV = 100_000;

    private final Explorer explorer;
    private final ObjectMapper json;
    private final CameoCodebook codebook;
    private final EventJson events;
    private final byte[] openapi;
    private final Map<String, Object> codes;
    /** The store's counts: read once, as the store cannot change while served. */
    private final Map<String, Object> summary;
    private volatile long lastPing = System.nanoTime() - 2_000_000_000L;

    Api(Explorer explorer, ObjectMapper json) {
        this.explorer = explorer;
        this.json = json;
        this.codebook = CameoCodebook.load();
        this.events = new EventJson(codebook);
        this.openapi = resource("/dyad/api/openapi.json");
        this.codes = codes(codebook, Plover.load());
        this.summary = explorer.summary();
    }

    Object health(Context ctx) {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("status", "ok");
        h.put("version", Version.get());
        h.put("coder", Coder.VERSION);
        h.put("read_only", true);
        h.put("texts", explorer.hasTexts());
        long now = System.nanoTime();
        if (now - lastPing > 1_000_000_000L) {
            // the database answers (at most one query a second: health checks must not load it)
            explorer.ping();
            lastPing = now;
        }
        h.putAll(summary);
        return h;
    }

    void openapi(Context ctx) {
        ctx.contentType("application/json").result(openapi);
    }

    Object codes(Context ctx) {
        return codes;
    }

    Object events(Context ctx) {
        Params p = Params.of(ctx, "limit", "offset");
        EventQuery q = p.query();
        int limit = p.number("limit", 50, 0, MAX_PAGE);
        int offset = p.number("offset", 0, 0, 100_000_000);
        Explorer.Page page = explorer.events(q, limit, offset);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("total", page.total());
        out.put("limit", limit);
        out.put("offset", offset);
        out.put("events", page.rows().stream().map(events::of).toList());
        return out;
    }

    void eventsCsv(Context ctx) {
        Params p = Params.of(ctx, "limit");
        EventQuery q = p.query();
        int limit = p.number("limit", MAX_CSV, 0, MAX_CSV);
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"dyad-events.csv\"");
        try {
            Writer w = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
            explorer.eventsCsv(q, limit, w);
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Object actors(Context ctx) {
        Params p = Params.of(ctx, "limit");
        EventQuery q = p.query();
        int limit = p.number("limit", 200, 1, 5000);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("group", q.group().name().toLowerCase(java.util.Locale.ROOT));
        out.put("actors", explorer.actors(q, limit));
        return out;
    }

    Object dyads(Context ctx) {
        Params p = Params.of(ctx, "limit", "interval");
        EventQuery q = p.query();
        int limit = p.number("limit", 200, 1, 5000);
        Optional<Explorer.Interval> interval = p.interval();
        List<Explorer.DyadCount> dyads = explorer.dyads(q, limit);
        Map<String, List<Explorer.DyadPoint>> series = new LinkedHashMap<>();
        interval.ifPresent(i -> explorer.series(q, i, limit)
                .forEach(pt -> series.computeIfAbsent(pt.source() + "\u0000" + pt.target(), k -> new ArrayList<>()).add(pt)));
        ArrayNode list = json.createArrayNode();
        for (Explorer.DyadCount d : dyads) {
            ObjectNode n = json.valueToTree(d);
            interval.ifPresent(i -> n.set("series", json.valueToTree(
                    series.getOrDefault(d.source() + "\u0000" + d.target(), List.of()))));
            list.add(n);
        }
        ObjectNode out = json.createObjectNode();
        out.put("group", q.group().name().toLowerCase(java.util.Locale.ROOT));
        out.put("interval", interval.map(i -> i.name().toLowerCase(java.util.Locale.ROOT)).orElse(null));
        out.set("dyads", list);
        return out;
    }

    Object document(Context ctx) {
        String id = ctx.pathParam("id");
        Explorer.StoredDocument d = explorer.document(id)
                .orElseThrow(() -> new NotFoundResponse("no document '" + Params.clip(id) + "'"));
        Map<String, Object> c = d.columns();
        Map<String, Object> out = new LinkedHashMap<>();
        for (String k : new String[] {"id", "title", "url", "outlet", "published", "language", "chars", "sentences",
            "dup_cluster", "corpus", "coder"}) {
            out.put(k, c.get(k));
        }
        out.put("text", d.text().orElse(null));
        out.put("dropped", parse((String) c.get("dropped")));
        out.put("metadata", parse((String) c.get("metadata")));
        out.put("events", d.events().stream().map(events::of).toList());
        return out;
    }

    private Object parse(String stored) {
        try {
            return stored == null ? null : json.readTree(stored);
        } catch (IOException e) {
            return stored;
        }
    }

    private static Map<String, Object> codes(CameoCodebook codebook, Plover plover) {
        List<Map<String, Object>> cameo = new ArrayList<>();
        for (CameoCodebook.Entry e : codebook.entries()) {
            CameoCode code = e.code();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", code.value());
            m.put("name", e.name());
            m.put("quad", code.quad());
            m.put("goldstein", e.goldstein());
            cameo.add(m);
        }
        List<Map<String, Object>> types = new ArrayList<>();
        plover.types().forEach((name, t) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", name);
            m.put("quad", t.quad());
            m.put("definition", t.definition());
            types.add(m);
        });
        return Map.of("cameo", cameo, "plover", types);
    }

    private static byte[] resource(String path) {
        try (InputStream in = Api.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
