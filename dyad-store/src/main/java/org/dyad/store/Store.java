package org.dyad.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An open Dyad store: one DuckDB file, no server. Opened for writing (creating the file and its tables
 * when missing) by one process at a time, or read-only. Every failure comes out as a {@link StoreException}
 * that names the file and says what to do.
 */
public final class Store implements AutoCloseable {

    private static final Pattern LOCK_PID = Pattern.compile("\\(PID (\\d+)\\)");

    private final Path file;
    private final Connection connection;
    private final boolean readOnly;

    private Store(Path file, Connection connection, boolean readOnly) {
        this.file = file;
        this.connection = connection;
        this.readOnly = readOnly;
    }

    /** Opens {@code file} for writing, creating it and its tables if needed. */
    public static Store openForWriting(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new StoreException("cannot create the database " + file + ": directory " + parent + " does not exist");
        }
        if (Files.isDirectory(file)) {
            throw new StoreException(file + " is a directory, not a database file");
        }
        boolean fresh = !Files.exists(file);
        Store s = new Store(file, connect(file, false), false);
        try {
            s.prepare(fresh);
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
        return s;
    }

    /** Opens an existing store read-only: nothing run on it can change the file. */
    public static Store openReadOnly(Path file) {
        if (!Files.exists(file)) {
            throw new StoreException("no database at " + file + " (create one with: dyad ingest INPUT... --db " + file + ")");
        }
        Store s = new Store(file, connect(file, true), true);
        try {
            s.checkVersion(s.version().orElseThrow(() -> new StoreException(file
                    + " is a DuckDB database but not a Dyad store (it has no dyad_meta table)")));
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
        return s;
    }

    private static Connection connect(Path file, boolean readOnly) {
        Properties p = new Properties();
        if (readOnly) {
            p.setProperty("duckdb.read_only", "true");
        }
        try {
            Class.forName("org.duckdb.DuckDBDriver");
            return DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), p);
        } catch (SQLException e) {
            throw explainOpen(file, e);
        } catch (ClassNotFoundException e) {
            throw new StoreException("the DuckDB driver is not on the classpath", e);
        }
    }

    /** Turns DuckDB's open errors into messages about the file. */
    static StoreException explainOpen(Path file, SQLException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("Could not set lock") || m.contains("Conflicting lock")) {
            Matcher pid = LOCK_PID.matcher(m);
            return new StoreException("the database " + file + " is in use by another process"
                    + (pid.find() ? " (PID " + pid.group(1) + ")" : "")
                    + ": DuckDB lets one process write a file at a time, and readers wait for it to finish. "
                    + "Try again when it is done.", e);
        }
        if (m.contains("not a valid DuckDB database") || m.contains("Corrupt") || m.contains("corrupt")
                || m.contains("checksum") || m.contains("Checksum")) {
            return new StoreException("the database " + file + " is damaged or not a DuckDB file (" + firstLine(m)
                    + "); restore it from a copy, or ingest again into a new file", e);
        }
        if (m.contains("database does not exist")) {
            return new StoreException("no database at " + file, e);
        }
        return new StoreException("cannot open the database " + file + ": " + firstLine(m), e);
    }

    /** The informative line of a DuckDB message (the JDBC driver may put a generic one first). */
    static String firstLine(String m) {
        String s = m == null ? "" : m.strip();
        int err = s.indexOf("\nError: ");
        if (s.startsWith("Invalid Input Error: Attempting to execute an unsuccessful") && err >= 0) {
            s = s.substring(err + "\nError: ".length()).strip();
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private void prepare(boolean fresh) {
        try (Statement st = connection.createStatement()) {
            java.util.Optional<String> v = fresh ? java.util.Optional.empty() : version();
            if (!fresh && v.isEmpty() && hasTables(st)) {
                throw new StoreException(file + " is a DuckDB database but not a Dyad store; give --db a new file");
            }
            v.ifPresent(this::checkVersion);
            st.execute("BEGIN TRANSACTION");
            for (String ddl : Schema.tables()) {
                st.execute(ddl);
            }
            st.execute("INSERT OR IGNORE INTO dyad_meta VALUES ('schema_version', '" + Schema.VERSION + "')");
            for (String view : Schema.views()) {
                st.execute(view);
            }
            st.execute("COMMIT");
        } catch (SQLException e) {
            rollbackQuietly();
            throw failure("preparing the tables of", e);
        }
    }

    private static boolean hasTables(Statement st) throws SQLException {
        try (ResultSet r = st.executeQuery("SELECT count(*) FROM duckdb_tables() WHERE database_name = current_database()")) {
            return r.next() && r.getLong(1) > 0;
        }
    }

    private java.util.Optional<String> version() {
        try (Statement st = connection.createStatement();
             ResultSet r = st.executeQuery("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'dyad_meta' "
                     + "AND database_name = current_database()")) {
            r.next();
            if (r.getLong(1) == 0) {
                return java.util.Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("reading", e);
        }
        try (Statement st = connection.createStatement();
             ResultSet r = st.executeQuery("SELECT value FROM dyad_meta WHERE key = 'schema_version'")) {
            return r.next() ? java.util.Optional.of(r.getString(1)) : java.util.Optional.of("?");
        } catch (SQLException e) {
            throw failure("reading", e);
        }
    }

    private void checkVersion(String v) {
        if (!v.equals(Schema.VERSION)) {
            throw new StoreException("the database " + file + " has store layout " + v + "; this Dyad reads and writes "
                    + "layout " + Schema.VERSION + ". Ingest into a new file, or use the Dyad that wrote it.");
        }
    }

    /** A failure while using the open file, named with what was being done. */
    StoreException failure(String doing, SQLException e) {
        String m = firstLine(e.getMessage());
        if (m.contains("read-only") || m.contains("read only")) {
            return new StoreException("the database " + file + " is open read-only: " + m, e);
        }
        return new StoreException(doing + " the database " + file + " failed: " + m, e);
    }

    void rollbackQuietly() {
        try (Statement st = connection.createStatement()) {
            st.execute("ROLLBACK");
        } catch (SQLException ignored) {
            // no transaction was open, or the connection is gone: nothing left to undo
        }
    }

    /** Writes the write-ahead log into the file, so that the file alone holds everything. */
    public void checkpoint() {
        try (Statement st = connection.createStatement()) {
            st.execute("CHECKPOINT");
        } catch (SQLException e) {
            throw failure("checkpointing", e);
        }
    }

    public Path file() {
        return file;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    Connection connection() {
        return connection;
    }

    /** What to do with each row of a result. */
    @FunctionalInterface
    interface RowHandler {
        void row(ResultSet r) throws SQLException, java.io.IOException;
    }

    /** Runs a statement and hands each row of its result to {@code handler}; returns the rows seen. */
    long query(EventSql.Sql sql, RowHandler handler) {
        try (java.sql.PreparedStatement ps = connection.prepareStatement(sql.sql())) {
            for (int i = 0; i < sql.params().size(); i++) {
                ps.setObject(i + 1, sql.params().get(i));
            }
            long n = 0;
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    handler.row(r);
                    n++;
                }
            }
            return n;
        } catch (SQLException e) {
            throw failure("reading", e);
        } catch (java.io.IOException e) {
            throw new StoreException("writing the output failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure("closing", e);
        }
    }
}
