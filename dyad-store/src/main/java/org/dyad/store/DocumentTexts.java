package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * Documents' original texts, kept beside the store's tables in {@code document_texts} (doc, text) so that
 * the explorer can show an event in its article. {@code dyad ingest} writes a document's text with its rows,
 * in the same transaction; a store written before it kept texts shows each event's sentence alone.
 */
public final class DocumentTexts {

    static final String TABLE = "document_texts";
    static final String CREATE = "CREATE TABLE IF NOT EXISTS " + TABLE + " (doc VARCHAR PRIMARY KEY, text VARCHAR NOT NULL)";

    private DocumentTexts() {
    }

    /** Writes (or replaces) the texts of documents, by id, in one transaction. */
    public static void write(Store store, Map<String, String> texts) {
        if (store.isReadOnly()) {
            throw new StoreException("cannot write texts into " + store.file() + ": it is open read-only");
        }
        Connection c = store.connection();
        try {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement st = c.createStatement();
                 PreparedStatement ps = prepareAfter(st, c)) {
                for (Map.Entry<String, String> e : texts.entrySet()) {
                    ps.setString(1, e.getKey());
                    ps.setString(2, e.getValue());
                    ps.executeUpdate();
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw store.failure("writing document texts into", e);
        }
    }

    /** Creates the table if needed (in the open transaction), then prepares the insert. */
    private static PreparedStatement prepareAfter(Statement st, Connection c) throws SQLException {
        st.execute(CREATE);
        return c.prepareStatement("INSERT OR REPLACE INTO " + TABLE + " (doc, text) VALUES (?, ?)");
    }
}
