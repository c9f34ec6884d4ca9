package org.dyad.store;

import java.io.IOException;
import java.io.Writer;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.model.ActorCode;

/**
 * The deduplicated events as a GDELT 2.0 Events file: 61 tab-separated columns in the codebook's order, no
 * header line. Fields Dyad does not compute (ethnic and religion codes, tone, actor geography, FIPS codes)
 * are left empty, as the codebook allows.
 */
final class GdeltExport {

    static final int COLUMNS = 61;
    private static final Set<String> GROUPS = Set.of("IGO", "NGO", "IMG", "MNC");
    private static final DateTimeFormatter ADDED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private GdeltExport() {
    }

    static long write(Store store, EventFilter filter, Writer out) {
        return store.query(EventSql.deduplicated(filter), r -> {
            out.write(String.join("\t", row(r)));
            out.write('\n');
        });
    }

    static List<String> row(ResultSet r) throws SQLException {
        String[] f = new String[COLUMNS];
        Arrays.fill(f, "");
        f[0] = Long.toString(r.getLong("global_id"));
        Date from = r.getDate("date_from");
        if (from != null) {
            LocalDate d = from.toLocalDate();
            f[1] = String.format(Locale.ROOT, "%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
            f[2] = String.format(Locale.ROOT, "%04d%02d", d.getYear(), d.getMonthValue());
            f[3] = Integer.toString(d.getYear());
            f[4] = String.format(Locale.ROOT, "%.4f", d.getYear() + (d.getMonthValue() * 30 + d.getDayOfMonth()) / 365.0);
        }
        actor(f, 5, r.getString("source_code"), r.getString("source_name"));
        actor(f, 15, r.getString("target_code"), r.getString("target_name"));
        f[25] = r.getInt("first_sentence") <= 2 ? "1" : "0";
        f[26] = r.getString("cameo");
        f[27] = r.getString("cameo_base");
        f[28] = r.getString("cameo_root");
        f[29] = number(r, "quad");
        f[30] = number(r, "goldstein");
        f[31] = Long.toString(r.getLong("num_mentions"));
        f[32] = Long.toString(r.getLong("num_sources"));
        f[33] = Long.toString(r.getLong("num_articles"));
        // 34 AvgTone, 35-50 actor geography: not computed
        f[52] = clean(r.getString("location_name"));
        f[56] = number(r, "location_lat");
        f[57] = number(r, "location_lon");
        f[58] = number(r, "location_geonames_id");
        Timestamp added = r.getTimestamp("date_added");
        f[59] = added == null ? "" : added.toLocalDateTime().format(ADDED);
        String url = r.getString("first_url");
        f[60] = clean(url != null ? url : r.getString("first_doc"));
        return List.of(f);
    }

    /** Code, name, country, known group, ethnic, religion 1 and 2, type 1-3, from {@code at}. */
    private static void actor(String[] f, int at, String code, String name) {
        if (code == null && name == null) {
            return;
        }
        f[at] = code == null ? "" : code;
        f[at + 1] = name == null ? "" : clean(name).toUpperCase(Locale.ROOT);
        if (code == null) {
            return;
        }
        ActorCode c = new ActorCode(code);
        f[at + 2] = c.country().orElse("");
        List<String> types = new ArrayList<>(c.sectors());
        if (GROUPS.contains(c.root())) {
            if (!types.isEmpty()) {
                f[at + 3] = types.remove(types.size() - 1);
            }
            types.add(0, c.root());
        }
        for (int i = 0; i < 3 && i < types.size(); i++) {
            f[at + 7 + i] = types.get(i);
        }
    }

    private static String number(ResultSet r, String column) throws SQLException {
        Object v = r.getObject(column);
        return v == null ? "" : v.toString();
    }

    static String clean(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
