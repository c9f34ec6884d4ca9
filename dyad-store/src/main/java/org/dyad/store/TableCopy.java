package org.dyad.store;

import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * CSV and Parquet, written by DuckDB's COPY: the deduplicated event table or every coded event, with the
 * store's column names and types (Parquet keeps DATE, INTEGER, DOUBLE; CSV has a header line).
 */
final class TableCopy {

    private TableCopy() {
    }

    /** Copies the rows to {@code file}; returns how many were written. */
    static long copy(Store store, EventFilter filter, boolean deduplicated, boolean parquet, Path file) {
        EventSql.Sql q = deduplicated ? EventSql.deduplicated(filter) : EventSql.coded(filter);
        String select = deduplicated ? q.sql() : "SELECT * EXCLUDE (source_key, target_key) FROM (" + q.sql() + ")";
        String sql = "COPY (" + inline(select, q.params()) + ") TO " + literal(file.toAbsolutePath().toString())
                + (parquet ? " (FORMAT parquet, COMPRESSION zstd)" : " (FORMAT csv, HEADER)");
        try (Statement st = store.connection().createStatement()) {
            return st.executeLargeUpdate(sql);
        } catch (SQLException e) {
            throw new StoreException("writing " + file + " from " + store.file() + " failed: " + Store.firstLine(e.getMessage()), e);
        }
    }

    /** COPY takes no parameters, so they are written into the statement as literals. */
    static String inline(String sql, List<Object> params) {
        StringBuilder out = new StringBuilder();
        int p = 0;
        boolean quoted = false;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            }
            if (c == '?' && !quoted) {
                Object v = params.get(p++);
                out.append(v instanceof java.sql.Date d ? "DATE " + literal(d.toString()) : literal(v.toString()));
            } else {
                out.append(c);
            }
        }
        if (p != params.size()) {
            throw new IllegalStateException("statement has " + p + " parameters, given " + params.size());
        }
        return out.toString();
    }

    static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
