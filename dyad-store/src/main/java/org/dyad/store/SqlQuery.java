package org.dyad.store;

import java.io.IOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A user's SQL on a store opened read-only, with DuckDB's access to other files switched off and locked,
 * so the statement can neither change the store nor read or write files beside it. Prints an aligned
 * table, or CSV.
 */
public final class SqlQuery {

    /** What a query printed. */
    public record Result(long rows, boolean truncated) {
    }

    private SqlQuery() {
    }

    /**
     * Runs {@code sql}; a table shows at most {@code maxRows} rows (CSV shows all).
     *
     * @throws StoreException when the statement fails, with DuckDB's message
     */
    public static Result run(Store store, String sql, boolean csv, int maxRows, Writer out) {
        if (!store.isReadOnly()) {
            throw new IllegalArgumentException("queries run on a store opened read-only");
        }
        try (Statement st = store.connection().createStatement()) {
            st.execute("SET enable_external_access = false");
            st.execute("SET lock_configuration = true");
            if (!st.execute(sql)) {
                return new Result(0, false);
            }
            try (ResultSet r = st.getResultSet()) {
                return csv ? csv(r, out) : table(r, maxRows, out);
            }
        } catch (SQLException e) {
            String m = Store.firstLine(e.getMessage());
            if (m.contains("read-only") || m.contains("read only")) {
                throw new StoreException("queries cannot change the store (it is opened read-only; dyad ingest "
                        + "writes it): " + m, e);
            }
            if (m.contains("file system operations are disabled")) {
                throw new StoreException("query failed: " + m + " (dyad query reads only the store; write files "
                        + "with dyad export)", e);
            }
            throw new StoreException("query failed: " + m, e);
        } catch (IOException e) {
            throw new StoreException("writing the result failed: " + e.getMessage(), e);
        }
    }

    private static Result csv(ResultSet r, Writer out) throws SQLException, IOException {
        ResultSetMetaData md = r.getMetaData();
        int n = md.getColumnCount();
        List<String> head = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            head.add(csvField(md.getColumnLabel(i)));
        }
        out.write(String.join(",", head));
        out.write('\n');
        long rows = 0;
        while (r.next()) {
            StringBuilder line = new StringBuilder();
            for (int i = 1; i <= n; i++) {
                Object v = r.getObject(i);
                line.append(i > 1 ? "," : "").append(v == null ? "" : csvField(v.toString()));
            }
            out.write(line.append('\n').toString());
            rows++;
        }
        out.flush();
        return new Result(rows, false);
    }

    static String csvField(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    private static Result table(ResultSet r, int maxRows, Writer out) throws SQLException, IOException {
        ResultSetMetaData md = r.getMetaData();
        int n = md.getColumnCount();
        List<String[]> rows = new ArrayList<>();
        String[] head = new String[n];
        int[] width = new int[n];
        boolean[] numeric = new boolean[n];
        for (int i = 0; i < n; i++) {
            head[i] = md.getColumnLabel(i + 1);
            width[i] = head[i].length();
            String t = md.getColumnTypeName(i + 1).toUpperCase(java.util.Locale.ROOT);
            numeric[i] = t.matches(".*(INT|DOUBLE|FLOAT|DECIMAL|REAL|NUMERIC).*");
        }
        long total = 0;
        while (r.next()) {
            total++;
            if (rows.size() >= maxRows) {
                continue;
            }
            String[] row = new String[n];
            for (int i = 0; i < n; i++) {
                Object v = r.getObject(i + 1);
                String s = v == null ? "NULL" : v.toString().replace('\n', ' ').replace('\t', ' ');
                row[i] = s.length() > 80 ? s.substring(0, 79) + "…" : s;
                width[i] = Math.max(width[i], row[i].length());
            }
            rows.add(row);
        }
        out.write(line(head, width, numeric, true));
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < n; i++) {
            rule.append(i > 0 ? "-+-" : "").append("-".repeat(width[i]));
        }
        out.write(rule.append('\n').toString());
        for (String[] row : rows) {
            out.write(line(row, width, numeric, false));
        }
        boolean truncated = total > rows.size();
        out.write("(" + total + (total == 1 ? " row" : " rows") + (truncated ? ", first " + rows.size() + " shown" : "") + ")\n");
        out.flush();
        return new Result(total, truncated);
    }

    private static String line(String[] cells, int[] width, boolean[] numeric, boolean header) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                b.append(" | ");
            }
            String pad = " ".repeat(width[i] - cells[i].length());
            b.append(numeric[i] && !header ? pad + cells[i] : cells[i] + (i == cells.length - 1 ? "" : pad));
        }
        return b.append('\n').toString();
    }
}
