package org.dyad.store;

import java.io.Writer;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Coded events in the columns of the ICEWS coded-event files (tab-separated, with ICEWS's header line):
 * one row per event and story, actors and sectors spelled out, the CAMEO name as event text, the
 * Goldstein value as intensity. The location columns stay empty until Dyad geocodes events.
 */
final class IcewsExport {

    static final List<String> HEADER = List.of("Event ID", "Event Date", "Source Name", "Source Sectors",
            "Source Country", "Event Text", "CAMEO Code", "Intensity", "Target Name", "Target Sectors",
            "Target Country", "Story ID", "Sentence Number", "Publisher", "City", "District", "Province",
            "Country", "Latitude", "Longitude");

    private IcewsExport() {
    }

    static long write(Store store, EventFilter filter, Writer out) throws java.io.IOException {
        Names names = Names.load();
        out.write(String.join("\t", HEADER));
        out.write('\n');
        return store.query(EventSql.coded(filter), r -> {
            out.write(String.join("\t", row(r, names)));
            out.write('\n');
        });
    }

    static List<String> row(ResultSet r, Names names) throws SQLException {
        Date d = r.getDate("date_from");
        String target = r.getString("target_code");
        return List.of(
                Long.toString(Hashes.id63(r.getString("doc") + "#" + r.getInt("n"))),
                d == null ? "" : d.toLocalDate().toString(),
                GdeltExport.clean(r.getString("source_name")),
                names.sectors(r.getString("source_code")),
                names.country(r.getString("source_country")).orElse(""),
                names.event(r.getString("cameo")).orElse(""),
                r.getString("cameo"),
                text(r, "goldstein"),
                GdeltExport.clean(r.getString("target_name")),
                target == null ? "" : names.sectors(target),
                names.country(r.getString("target_country")).orElse(""),
                GdeltExport.clean(r.getString("doc")),
                Integer.toString(r.getInt("sentence") + 1),
                GdeltExport.clean(r.getString("outlet")),
                "", "", "",
                names.country(r.getString("location_country")).orElse(""),
                text(r, "location_lat"),
                text(r, "location_lon"));
    }

    private static String text(ResultSet r, String column) throws SQLException {
        Object v = r.getObject(column);
        return v == null ? "" : v.toString();
    }
}
