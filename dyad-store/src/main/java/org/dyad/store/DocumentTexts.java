package org.dyad.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * Documents' original texts, kept beside the store's tables in {@code document_texts} (doc, text) so that
 * the explorer can show an event in its article. The layout's {@code documents} table keeps no text;
 * {@code dyad demo} writes this table, and a store without it shows each event's sentence alone.
 */
public final class DocumentTexts {

    static final String TABLE = "document_texts";

    private DocumentTexts() {
    }

    /** Writes (or replaces) the texts of documents, by id, in one transaction. */
    public static void write(Store store, Map<String, String> texts) {
        if (store.isReadOnly()) {
            throw new StoreException("cannot write texts into " + store.file() + ": it is open read-only");
        }
        try (Statement st = store.connection().createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (doc VARCHAR PRIMARY KEY, text VARCHAR NOT NULL)");
            st.execute("BEGIN TRANSACTION");
            try (PreparedStatement ps = store.connection().prepareStatement(
                    "INSERT OR REPLACE INTO " + TABLE + " (doc, text) VALUES (?, ?)")) {
                for (Map.Entry<String, String> e : texts.entrySet()) {
                    ps.setString(1, e.getKey());
                    ps.setString(2, e.getValue());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            st.execute("COMMIT");
        } catch (SQLException e) {
            store.rollbackQuietly();
            throw store.failure("writing document texts into", e);
        }
    }
}
