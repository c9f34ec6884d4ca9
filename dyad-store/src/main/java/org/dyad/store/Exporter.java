package org.dyad.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Writes a store's events in the formats researchers load: GDELT 2.0 Events (deduplicated), ICEWS and
 * PLOVER (one record per coded event), CSV and Parquet (either). A file is written beside its target and
 * moved into place when complete, so a failed export leaves no half file.
 */
public final class Exporter {

    public enum Format { GDELT, ICEWS, PLOVER, CSV, PARQUET }

    /** Rows written, and a note for the user (what was left out), possibly empty. */
    public record Result(long rows, String note) {
    }

    private Exporter() {
    }

    /**
     * @param deduplicated for CSV and Parquet: the deduplicated table (true) or every coded event
     * @param out          the file to write; empty for {@code stdout} (not for Parquet)
     */
    public static Result export(Store store, Format format, EventFilter filter, boolean deduplicated, Optional<Path> out,
                                OutputStream stdout) {
        if (format == Format.PARQUET && out.isEmpty()) {
            throw new IllegalArgumentException("Parquet is binary: give the file to write with --out FILE");
        }
        if (out.isEmpty()) {
            return write(store, format, filter, deduplicated, null, stdout);
        }
        Path target = out.get().toAbsolutePath();
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try {
            Result r = write(store, format, filter, deduplicated, part, null);
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return r;
        } catch (IOException e) {
            throw new StoreException("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // best effort: the part file is only left behind if the disk refuses
            }
        }
    }

    private static Result write(Store store, Format format, EventFilter filter, boolean deduplicated, Path file,
                                OutputStream stdout) {
        if (format == Format.CSV || format == Format.PARQUET) {
            if (file != null) {
                return new Result(TableCopy.copy(store, filter, deduplicated, format == Format.PARQUET, file), "");
            }
            return csvToStream(store, filter, deduplicated, stdout);
        }
        try (Writer w = file != null ? Files.newBufferedWriter(file, StandardCharsets.UTF_8)
                : new BufferedWriter(new OutputStreamWriter(nonClosing(stdout), StandardCharsets.UTF_8), 1 << 16)) {
            Result r = switch (format) {
                case GDELT -> new Result(GdeltExport.write(store, filter, w), "");
                case ICEWS -> new Result(IcewsExport.write(store, filter, w), "");
                default -> plover(PloverExport.write(store, filter, w));
            };
            w.flush();
            return r;
        } catch (IOException e) {
            throw new StoreException("writing the export failed: " + e.getMessage(), e);
        }
    }

    private static Result plover(PloverExport.Counts c) {
        String note = c.noType() + c.noDate() == 0 ? "" : "left out " + c.noType()
                + " events PLOVER has no category for (CAMEO 01x-02x statements) and " + c.noDate() + " without a date";
        return new Result(c.written(), note);
    }

    private static Result csvToStream(Store store, EventFilter filter, boolean deduplicated, OutputStream stdout) {
        Path tmp = null;
        try {
            tmp = Files.createTempFile("dyad-export", ".csv");
            long n = TableCopy.copy(store, filter, deduplicated, false, tmp);
            Files.copy(tmp, stdout);
            stdout.flush();
            return new Result(n, "");
        } catch (IOException e) {
            throw new StoreException("writing the export failed: " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a temporary file left in the temp folder
                }
            }
        }
    }

    private static OutputStream nonClosing(OutputStream s) {
        return new java.io.FilterOutputStream(s) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
