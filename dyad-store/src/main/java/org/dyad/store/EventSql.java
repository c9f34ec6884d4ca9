package org.dyad.store;

import java.util.ArrayList;
import java.util.List;

/**
 * The SQL behind exports and the {@code event_counts} view: coded events joined to their documents and
 * filtered, and the deduplicated table (one row per date, source, target, CAMEO code and location) with
 * its counts.
 */
final class EventSql {

    /** A statement and its parameters, in order. */
    record Sql(String sql, List<Object> params) {
        Sql {
            params = List.copyOf(params);
        }
    }

    /** The order in which a key's reports count as first: earliest publication, then document, then place. */
    static final String FIRST_REPORT = "published NULLS LAST, doc, sentence, n";

    private EventSql() {
    }

    /** Coded events (one row per event and document) with their document's columns, filtered. */
    static Sql coded(EventFilter f) {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT * FROM (" + base(f, params) + ") f"
                + (f.oneADay() ? " QUALIFY row_number() OVER (PARTITION BY day_id ORDER BY " + FIRST_REPORT + ") = 1" : "")
                + " ORDER BY date_from NULLS LAST, doc, n";
        return new Sql(sql, params);
    }

    /**
     * One row per deduplicated event: the columns of its first report, and NumMentions (mentions summed
     * over documents), NumSources (distinct outlets; a document of unknown outlet is its own source),
     * NumArticles (distinct articles: documents of one dup_cluster, or of identical text, count once),
     * first and last seen (publication dates) and when it was first stored.
     */
    static Sql deduplicated(EventFilter f) {
        List<Object> params = new ArrayList<>();
        String id = f.oneADay() ? "day_id" : "global_id";
        String sql = "WITH f AS (SELECT *, " + id + " AS gid FROM (" + base(f, params) + ") b), "
                + "g AS (SELECT gid, sum(mentions)::BIGINT AS num_mentions, "
                + "count(DISTINCT coalesce(outlet, 'doc:' || doc)) AS num_sources, "
                + "count(DISTINCT coalesce(dup_cluster, 'text:' || content_hash)) AS num_articles, "
                + "count(*) AS num_records, min(published) AS first_seen, max(published) AS last_seen, "
                + "min(ingested_at) AS date_added "
                + "FROM f GROUP BY gid), "
                + "r AS (SELECT * FROM f QUALIFY row_number() OVER (PARTITION BY gid ORDER BY " + FIRST_REPORT + ") = 1) "
                + "SELECT r.gid AS global_id, r.date, r.date_from, r.date_to, r.date_precision, "
                + "r.source_code, r.source_country, r.source_sector, r.source_name, "
                + "r.target_code, r.target_country, r.target_sector, r.target_name, "
                + "r.cameo, r.cameo_base, r.cameo_root, r.quad, r.goldstein, r.plover_type, r.plover_mode, r.plover_context, "
                + "r.location_name, r.location_country, r.location_admin1, r.location_lat, r.location_lon, "
                + "r.location_geonames_id, "
                + "g.num_mentions, g.num_sources, g.num_articles, g.num_records, g.first_seen, g.last_seen, g.date_added, "
                + "r.doc AS first_doc, r.sentence AS first_sentence, r.id AS first_event, r.url AS first_url, "
                + "r.outlet AS first_outlet, r.evidence_text AS first_evidence, r.coder "
                + "FROM r JOIN g USING (gid) ORDER BY r.date_from NULLS LAST, r.gid";
        return new Sql(sql, params);
    }

    /** Events joined to documents, with the filters and the one-a-story rule applied. */
    private static String base(EventFilter f, List<Object> params) {
        StringBuilder where = new StringBuilder(" WHERE true");
        if (!f.actors().isEmpty()) {
            where.append(" AND (");
            for (int i = 0; i < f.actors().size(); i++) {
                String a = f.actors().get(i);
                if (i > 0) {
                    where.append(" OR ");
                }
                if (a.matches("(---|[A-Z]{3})([A-Z]{3})*")) {
                    where.append("starts_with(e.source_code, ?) OR starts_with(e.target_code, ?)");
                    params.add(a);
                    params.add(a);
                } else {
                    where.append("lower(e.source_name) = lower(?) OR lower(e.target_name) = lower(?)");
                    params.add(a);
                    params.add(a);
                }
            }
            where.append(')');
        }
        if (!f.countries().isEmpty()) {
            where.append(" AND (");
            for (int i = 0; i < f.countries().size(); i++) {
                where.append(i > 0 ? " OR " : "")
                        .append("e.source_country = ? OR e.target_country = ? OR e.location_country = ?");
                for (int k = 0; k < 3; k++) {
                    params.add(f.countries().get(i));
                }
            }
            where.append(')');
        }
        if (!f.codes().isEmpty()) {
            where.append(" AND (");
            for (int i = 0; i < f.codes().size(); i++) {
                where.append(i > 0 ? " OR " : "").append("starts_with(e.cameo, ?)");
                params.add(f.codes().get(i));
            }
            where.append(')');
        }
        f.from().ifPresent(d -> {
            where.append(" AND e.date_from >= ?");
            params.add(java.sql.Date.valueOf(d));
        });
        f.to().ifPresent(d -> {
            where.append(" AND e.date_from <= ?");
            params.add(java.sql.Date.valueOf(d));
        });
        String sql = "SELECT e.*, d.url, d.outlet, d.title, d.published, d.language, d.dup_cluster, d.content_hash, "
                + "d.ingested_at, d.corpus, "
                + "coalesce(e.source_code, 'name:' || e.source_name) AS source_key, "
                + "coalesce(e.target_code, 'name:' || e.target_name, '') AS target_key "
                + "FROM events e JOIN documents d ON d.id = e.doc" + where;
        if (f.oneAStory()) {
            sql += " QUALIFY row_number() OVER (PARTITION BY e.doc, source_key, target_key, e.cameo "
                    + "ORDER BY e.sentence, e.n) = 1";
        }
        return sql;
    }
}
