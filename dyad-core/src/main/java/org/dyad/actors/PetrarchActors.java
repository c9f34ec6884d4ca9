package org.dyad.actors;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.ActorCode;
import org.dyad.resources.DataFile;
import org.dyad.resources.ImportReport;
import org.dyad.resources.PetrarchText;

/**
 * Reads a user's TABARI/PETRARCH actor dictionary ({@code Phoenix.Countries.actors.txt},
 * {@code PETR.Validate.actors.txt}) into an {@link ActorDictionary.Builder}.
 *
 * <h2>The format</h2>
 * Comments as {@link PetrarchText} describes. An entry is a name line, then any number of synonym lines
 * and code lines:
 * <pre>
 * GOLLUM                      a name; words joined by "_" or by spaces
 * +SMEAGOL                    a synonym ("+" first)
 *     [HOB &lt; 950601]          a code in force before a date
 *     [HOBGOV 19950601 - 19990815]   ... between two dates (inclusive)
 *     [HOBREB &gt; 990816]        ... after a date
 * GAZA_CITY [PSEGZA]          a name with its code on the same line
 * LORIEN [ELR/GAL]            several codes at once
 * </pre>
 * Dates are {@code YYYYMMDD} or TABARI's {@code YYMMDD}; as in PETRARCH, a two-digit year 00-30 is 20xx
 * and 31-99 19xx, seven digits or fewer are {@code YYMMDD} and digits past the eighth are ignored. A code
 * with no date beside dated ones applies outside their ranges. A name line with no code before the next
 * name line (a "+" left out, as in parts of the Phoenix files) is read as a synonym of the entry that
 * follows, and counted. A name with a trailing "_"
 * ({@code ARNOR_}) must match a whole word in TABARI, and a name without may match as a stem.
 *
 * <h2>What Dyad honours</h2>
 * <ul>
 *   <li>An entry with any dated code becomes a person ({@link ActorDictionary.Builder#addPerson}) with one
 *       dated role per code and a standing role for an undated code; {@link Person#at} then picks the code
 *       in force at the event date.</li>
 *   <li>An entry with one undated three-letter code ({@code [ARN]}) becomes a country, so that agents
 *       combine with it as with Dyad's own countries ("Arnor cleric" ARNREL); any other undated code
 *       ({@code [PSEREBHMS]}, {@code [IGOEEU]}, {@code [---]}) becomes an organisation whose country is
 *       the code's first three letters unless they are an international prefix, except that a name coded
 *       as a country's government ({@code WASHINGTON [USAGOV]}) becomes a seat of that government, as
 *       Dyad's own "Washington" and "the Kremlin" are (so it can also be the place an act happens in).</li>
 *   <li>An undated compound code ({@code LORIEN [ELR/GAL]}, {@code THE_SHIRE [FRO/BIL/SAM]}) gives one
 *       entry per code under the same names; the name then stands for every one of them, as a coordinated
 *       phrase would ("The Shire restored ties with Lorien" is coded for each pair).</li>
 *   <li>Names and synonyms match case- and diacritic-folded, as whole words, like Dyad's own names.
 *       PETRARCH matches without regard to case, so names are not treated as case-sensitive acronyms
 *       the way Dyad's own all-capital names are.</li>
 * </ul>
 * <h2>What Dyad ignores, and reports</h2>
 * TABARI stem matching (a name without "_" matching longer words); every code after the first of a
 * {@code [A/B]} group among dated codes (a person has one code at a time); codes Dyad cannot hold as actor codes
 * ({@code [+++]}, {@code [ITHTV]}: not 3-letter groups), except that a numeric tail
 * ({@code [NGOCHRPRO214]}) is dropped and the letters kept; code lines with no code or a bad date.
 */
public final class PetrarchActors {

    private static final Pattern CODE = Pattern.compile(
            "\\s*([^\\s<>\\d][^\\s<>]*)?\\s*(?:([<>])\\s*(\\d{6,})|(\\d{6,})\\s*-\\s*(\\d{6,}))?\\s*");
    private static final Pattern BRACKETS = Pattern.compile("\\[([^\\]]*)\\]");

    /** One bracketed code with its dates, both open for an undated code. */
    record DatedCode(String code, Optional<LocalDate> from, Optional<LocalDate> to, String origin) {
        boolean dated() {
            return from.isPresent() || to.isPresent();
        }
    }

    private PetrarchActors() {
    }

    /** Reads {@code file} into {@code into}; what it left out is in the report. */
    public static ImportReport read(Path file, ActorDictionary.Builder into) {
        return read(file.getFileName().toString(), PetrarchText.read(file), into);
    }

    public static ImportReport read(String source, List<PetrarchText.Line> lines, ActorDictionary.Builder into) {
        ImportReport report = new ImportReport(source, "actors");
        List<String> names = new ArrayList<>();
        List<DatedCode> codes = new ArrayList<>();
        PetrarchText.Line origin = null;
        boolean coded = false;
        for (PetrarchText.Line line : lines) {
            String text = line.text();
            String head = text.strip();
            boolean continuation = head.startsWith("+") || head.startsWith("[") || Character.isWhitespace(text.charAt(0));
            if (!continuation && origin != null && !coded) {
                // "LEONID_BREZHNEV_" then "LEONID_ILYICH_BREZHNEV" then the codes: a "+" left out
                report.count("names without codes read as synonyms of the next entry");
            } else if (!continuation && origin != null) {
                emit(names, codes, origin, into, report);
                names.clear();
                codes.clear();
                origin = null;
                coded = false;
            }
            if (origin == null) {
                if (head.startsWith("[")) {
                    report.warn(line.origin(), "code with no name before it");
                    continue;
                }
                origin = line;
            }
            int bracket = head.indexOf('[');
            String name = (bracket < 0 ? head : head.substring(0, bracket)).strip();
            if (name.startsWith("+")) {
                name = name.substring(1).strip();
            }
            if (!name.isEmpty()) {
                names.add(name);
            }
            Matcher m = BRACKETS.matcher(head);
            while (m.find()) {
                coded = true;
                parseCode(m.group(1), line.origin(), report).ifPresent(codes::add);
            }
        }
        if (origin != null) {
            emit(names, codes, origin, into, report);
        }
        return report;
    }

    private static Optional<DatedCode> parseCode(String inside, String origin, ImportReport report) {
        Matcher m = CODE.matcher(inside);
        if (!m.matches() || m.group(1) == null) {
            report.warn(origin, "cannot read code [" + inside + "]");
            report.count("skipped codes");
            return Optional.empty();
        }
        try {
            Optional<LocalDate> from = Optional.empty();
            Optional<LocalDate> to = Optional.empty();
            if ("<".equals(m.group(2))) {
                to = Optional.of(date(m.group(3)).minusDays(1));
            } else if (">".equals(m.group(2))) {
                from = Optional.of(date(m.group(3)).plusDays(1));
            } else if (m.group(4) != null) {
                from = Optional.of(date(m.group(4)));
                to = Optional.of(date(m.group(5)));
            }
            return Optional.of(new DatedCode(m.group(1), from, to, origin));
        } catch (java.time.DateTimeException e) {
            report.warn(origin, "bad date in [" + inside + "]");
            report.count("skipped codes");
            return Optional.empty();
        }
    }

    /** {@code YYYYMMDD} (digits past the eighth ignored), or {@code YYMMDD}: 00-30 as 20xx, 31-99 as 19xx. */
    static LocalDate date(String digits) {
        if (digits.length() <= 7) {
            int yy = Integer.parseInt(digits.substring(0, 2));
            digits = (yy > 30 ? "19" : "20") + digits.substring(0, 6);
        }
        return LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
                Integer.parseInt(digits.substring(6, 8)));
    }

    private static void emit(List<String> rawNames, List<DatedCode> codes, PetrarchText.Line entry,
                             ActorDictionary.Builder into, ImportReport report) {
        String origin = entry.origin();
        List<String> names = new ArrayList<>();
        for (String n : rawNames) {
            String clean = name(n);
            if (!clean.isEmpty() && !names.contains(clean)) {
                names.add(clean);
            }
        }
        if (names.isEmpty()) {
            report.warn(origin, "entry without a name");
            return;
        }
        List<DatedCode> usable = new ArrayList<>();
        List<String> compound = new ArrayList<>();
        for (DatedCode c : codes) {
            String[] parts = c.code().split("/");
            if (parts.length > 1 && !c.dated() && codes.stream().noneMatch(DatedCode::dated) && usable.isEmpty()) {
                // "THE_SHIRE [FRO/BIL/SAM]": a compound actor, one entry per code
                for (int i = 1; i < parts.length; i++) {
                    actorCode(parts[i]).ifPresent(x -> compound.add(x.value()));
                }
                report.count("compound codes");
            } else if (parts.length > 1) {
                report.warn(c.origin(), "several codes " + c.code() + ": Dyad keeps the first, " + parts[0]);
                report.count("multiple codes, first kept");
            }
            Optional<ActorCode> code = actorCode(parts[0]);
            if (code.isEmpty() && parts[0].matches("([A-Z]{3}|---)([A-Z]{3})*\\d+")) {
                // Phoenix's numbered religious sub-codes ("NGOCHRPRO214"): Dyad keeps the letters
                code = actorCode(parts[0].replaceAll("\\d+$", ""));
                report.count("numeric code tails dropped");
            }
            if (code.isEmpty()) {
                report.warn(c.origin(), "'" + parts[0] + "' is not an actor code Dyad can hold (3-letter groups)");
                report.count("skipped codes");
                continue;
            }
            usable.add(new DatedCode(code.get().value(), c.from(), c.to(), c.origin()));
        }
        if (usable.isEmpty()) {
            report.warn(origin, "no usable code for " + names.get(0));
            report.count("skipped entries");
            return;
        }
        report.add("names", names.size());
        if (usable.stream().anyMatch(DatedCode::dated)) {
            for (DatedCode c : usable) {
                try {
                    into.addPerson(names.get(0), names, new Role(ActorCode.parse(c.code()), "dictionary code",
                            c.from(), c.to(), c.origin()));
                } catch (IllegalArgumentException e) {
                    report.warn(c.origin(), e.getMessage().replace(c.origin() + ": ", ""));
                    report.count("skipped codes");
                }
            }
            report.count("people");
            return;
        }
        if (usable.size() > 1) {
            report.warn(origin, "several undated codes for " + names.get(0) + ": Dyad keeps the first");
        }
        List<String> all = new ArrayList<>(List.of(usable.get(0).code()));
        all.addAll(compound);
        for (String code : all) {
            add(code, names, entry, into, report);
        }
    }

    /** One undated code for the names: a country, a seat of government or an organisation. */
    private static void add(String code, List<String> names, PetrarchText.Line entry, ActorDictionary.Builder into,
                            ImportReport report) {
        String joined = String.join("|", names);
        if (code.matches("[A-Z]{3}")) {
            into.addCountries(List.of(new DataFile.Row(entry.source(), entry.number(),
                    List.of(code, joined, "", "", "", ""))));
            report.count("countries");
        } else if (code.matches("[A-Z]{3}GOV") && !ActorCode.INTERNATIONAL.contains(code.substring(0, 3))) {
            // "WASHINGTON [USAGOV]", "WHITE_HOUSE [USAGOV]": a name standing for a government is a seat of it
            into.addCountries(List.of(new DataFile.Row(entry.source(), entry.number(),
                    List.of(code.substring(0, 3), "", "", "", joined, ""))));
            report.count("seats of government");
        } else {
            into.addOrganizations(List.of(new DataFile.Row(entry.source(), entry.number(),
                    List.of(code, joined, "", "group"))));
            report.count("organizations");
        }
    }

    private static Optional<ActorCode> actorCode(String code) {
        try {
            return Optional.of(ActorCode.parse(code));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * A dictionary name as Dyad writes names: "_" between words becomes a space, a trailing "_" goes, and
     * each word is capitalised ("GAZA_CITY" is "Gaza City") so that it matches whatever its case in the
     * text, as PETRARCH matches.
     */
    static String name(String raw) {
        String spaced = raw.replace('_', ' ').strip();
        StringBuilder out = new StringBuilder();
        for (String w : spaced.split("\\s+")) {
            if (w.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(w.substring(0, 1).toUpperCase(Locale.ROOT)).append(w.substring(1).toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }
}
