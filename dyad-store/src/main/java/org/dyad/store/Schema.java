package org.dyad.store;

import java.util.List;

/**
 * The store's tables and views, created on first use. The layout is documented in docs/store.md; a
 * change that old files cannot take raises {@link #VERSION}. Column order matters: {@link BatchWriter}
 * appends rows in this order.
 */
final class Schema {

    /** The layout version written into {@code dyad_meta}. */
    static final String VERSION = "1";

    static final String META = """
            CREATE TABLE IF NOT EXISTS dyad_meta (
              key VARCHAR PRIMARY KEY,
              value VARCHAR NOT NULL)""";

    static final String RUNS = """
            CREATE TABLE IF NOT EXISTS runs (
              run INTEGER PRIMARY KEY,
              started TIMESTAMP NOT NULL,
              finished TIMESTAMP,
              status VARCHAR NOT NULL,
              coder VARCHAR NOT NULL,
              resources VARCHAR NOT NULL,
              inputs VARCHAR NOT NULL,
              read INTEGER,
              stored INTEGER,
              replaced INTEGER,
              skipped INTEGER,
              problems INTEGER,
              events INTEGER,
              message VARCHAR)""";

    static final String DOCUMENTS = """
            CREATE TABLE IF NOT EXISTS documents (
              id VARCHAR PRIMARY KEY,
              url VARCHAR,
              outlet VARCHAR,
              title VARCHAR,
              published DATE,
              language VARCHAR,
              content_hash VARCHAR NOT NULL,
              input_hash VARCHAR NOT NULL,
              chars INTEGER NOT NULL,
              sentences INTEGER NOT NULL,
              events INTEGER NOT NULL,
              dropped VARCHAR NOT NULL,
              dropped_chars INTEGER NOT NULL,
              dup_cluster VARCHAR,
              metadata VARCHAR NOT NULL,
              corpus VARCHAR,
              origin VARCHAR,
              coder VARCHAR NOT NULL,
              resources VARCHAR NOT NULL,
              run INTEGER NOT NULL,
              ingested_at TIMESTAMP NOT NULL)""";

    static final String EVENTS = """
            CREATE TABLE IF NOT EXISTS events (
              doc VARCHAR NOT NULL,
              n INTEGER NOT NULL,
              id VARCHAR NOT NULL,
              sentence INTEGER NOT NULL,
              date VARCHAR,
              date_from DATE,
              date_to DATE,
              date_precision VARCHAR,
              source_code VARCHAR,
              source_country VARCHAR,
              source_sector VARCHAR,
              source_text VARCHAR NOT NULL,
              source_name VARCHAR NOT NULL,
              source_role VARCHAR NOT NULL,
              source_entry VARCHAR NOT NULL,
              source_start INTEGER NOT NULL,
              source_end INTEGER NOT NULL,
              target_code VARCHAR,
              target_country VARCHAR,
              target_sector VARCHAR,
              target_text VARCHAR,
              target_name VARCHAR,
              target_role VARCHAR,
              target_entry VARCHAR,
              target_start INTEGER,
              target_end INTEGER,
              cameo VARCHAR NOT NULL,
              cameo_base VARCHAR NOT NULL,
              cameo_root VARCHAR NOT NULL,
              quad INTEGER CHECK (quad BETWEEN 1 AND 4),
              goldstein DOUBLE CHECK (goldstein BETWEEN -10 AND 10),
              plover_type VARCHAR,
              plover_mode VARCHAR,
              plover_context VARCHAR,
              location_name VARCHAR,
              location_country VARCHAR,
              location_admin1 VARCHAR,
              location_lat DOUBLE,
              location_lon DOUBLE,
              location_geonames_id BIGINT,
              attribution_code VARCHAR,
              attribution_country VARCHAR,
              attribution_sector VARCHAR,
              attribution_text VARCHAR,
              attribution_name VARCHAR,
              attribution_role VARCHAR,
              attribution_entry VARCHAR,
              attribution_start INTEGER,
              attribution_end INTEGER,
              mentions INTEGER NOT NULL CHECK (mentions >= 1),
              evidence_start INTEGER NOT NULL,
              evidence_end INTEGER NOT NULL,
              evidence_text VARCHAR NOT NULL,
              trigger VARCHAR NOT NULL,
              trigger_start INTEGER NOT NULL,
              trigger_end INTEGER NOT NULL,
              rule VARCHAR NOT NULL,
              coder VARCHAR NOT NULL,
              event_key VARCHAR NOT NULL,
              global_id BIGINT NOT NULL,
              day_id BIGINT NOT NULL,
              PRIMARY KEY (doc, n))""";

    static final String ACTORS = """
            CREATE TABLE IF NOT EXISTS actors (
              doc VARCHAR NOT NULL,
              sentence INTEGER NOT NULL,
              n INTEGER NOT NULL,
              mention_start INTEGER NOT NULL,
              mention_end INTEGER NOT NULL,
              text VARCHAR NOT NULL,
              name VARCHAR NOT NULL,
              kind VARCHAR NOT NULL,
              known BOOLEAN NOT NULL,
              code VARCHAR,
              entry VARCHAR,
              PRIMARY KEY (doc, sentence, n))""";

    /** GDELT's Mentions table: one row per document that states a deduplicated event. */
    static final String MENTIONS_VIEW = """
            CREATE OR REPLACE VIEW mentions AS
            SELECT e.global_id, e.day_id, e.id AS event_id, e.doc, e.n, d.url, d.outlet, d.published, d.ingested_at,
                   e.sentence + 1 AS sentence_id, e.source_start AS actor1_char_offset,
                   e.target_start AS actor2_char_offset, e.trigger_start AS action_char_offset,
                   e.mentions AS mentions_in_doc, d.chars AS doc_len, d.dup_cluster, d.content_hash,
                   e.evidence_text, e.coder
            FROM events e JOIN documents d ON d.id = e.doc""";

    static List<String> tables() {
        return List.of(META, RUNS, DOCUMENTS, EVENTS, ACTORS);
    }

    /** Views are recreated on every writing open, so that they follow the code. */
    static List<String> views() {
        return List.of(MENTIONS_VIEW,
                "CREATE OR REPLACE VIEW event_counts AS " + EventSql.deduplicated(EventFilter.none()).sql(),
                "CREATE OR REPLACE VIEW unknown_actors AS SELECT name, count(*) AS mentions, count(DISTINCT doc) AS "
                        + "documents FROM actors WHERE NOT known GROUP BY name ORDER BY mentions DESC, name");
    }

    private Schema() {
    }
}
