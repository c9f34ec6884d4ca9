package org.dyad.actors;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.resources.DataFile;
import org.dyad.resources.ImportReport;
import org.dyad.resources.PetrarchText;

/**
 * Reads a user's TABARI/PETRARCH agents dictionary ({@code Phoenix.agents.txt},
 * {@code PETR.Validate.agents.txt}) into the agents of an {@link ActorDictionary.Builder}.
 *
 * <h2>The format</h2>
 * Comments as {@link PetrarchText} describes. Two kinds of line:
 * <pre>
 * !PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON     a substitution: "!PERSON!" in later lines stands for each
 * CONGRESS!PERSON! [~LEG]                        ... "CONGRESSMAN", "CONGRESSMEN", ...
 * FOREIGN_MINISTER [~GOVFRM]                     an agent; words joined by "_" or spaces
 * ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]    its plural forms in braces ({} for none)
 * HUMAN_RIGHTS_BODY [NGO~]                       a sector written before the country
 * </pre>
 * {@code [~SEC]} puts the sector after the country the phrase names ("Arnor cleric" ARN + REL);
 * {@code [SEC~]} puts it before ("MSF Arnor" NGO + ARN).
 *
 * <h2>What Dyad honours</h2>
 * Each agent, its substitutions and its listed plurals become Dyad agents (lower case, matched by lemma or
 * form as Dyad's own agents are) with the sector given.
 * <h2>What Dyad ignores, and reports</h2>
 * A sector written before the country ({@code [NGO~]}): Dyad writes sectors after the country, so it is
 * added as a sector after it ("MSF Arnor" gives ARNNGO, not NGOARN) and counted. An empty {@code {}} (no
 * plural in TABARI) does not stop Dyad from matching a plural by its lemma. Sectors that are not
 * three-letter groups are skipped.
 */
public final class PetrarchAgents {

    private static final Pattern SUBSTITUTION = Pattern.compile("\\s*(![A-Za-z0-9_]+!)\\s*=\\s*(.*)");
    private static final Pattern AGENT = Pattern.compile("([^\\[{]+?)\\s*(?:\\{([^}]*)\\})?\\s*\\[\\s*([^\\]]*?)\\s*\\]\\s*");

    private PetrarchAgents() {
    }

    public static ImportReport read(Path file, ActorDictionary.Builder into) {
        return read(file.getFileName().toString(), PetrarchText.read(file), into);
    }

    public static ImportReport read(String source, List<PetrarchText.Line> lines, ActorDictionary.Builder into) {
        ImportReport report = new ImportReport(source, "agents");
        Map<String, List<String>> substitutions = new LinkedHashMap<>();
        List<DataFile.Row> rows = new ArrayList<>();
        for (PetrarchText.Line line : lines) {
            Matcher sub = SUBSTITUTION.matcher(line.text());
            if (sub.matches()) {
                List<String> values = new ArrayList<>();
                for (String v : sub.group(2).split(",")) {
                    if (!v.isBlank()) {
                        values.add(v.strip());
                    }
                }
                substitutions.put(sub.group(1).toUpperCase(Locale.ROOT), values);
                report.count("substitutions");
                continue;
            }
            Matcher m = AGENT.matcher(line.text().strip());
            if (!m.matches()) {
                report.warn(line.origin(), "cannot read agent line '" + line.text().strip() + "'");
                report.count("skipped lines");
                continue;
            }
            String code = m.group(3).replace(" ", "");
            boolean before = code.endsWith("~") && !code.startsWith("~");
            String sector = code.replace("~", "").toUpperCase(Locale.ROOT);
            if (!sector.matches("[A-Z]{3}([A-Z]{3})*")) {
                report.warn(line.origin(), "sector '" + code + "' is not made of three-letter codes");
                report.count("skipped lines");
                continue;
            }
            if (before) {
                report.count("sector before the country, added after it");
            }
            List<String> forms = new ArrayList<>();
            forms.add(m.group(1));
            if (m.group(2) != null) {
                for (String plural : m.group(2).split("\\s+")) {
                    if (!plural.isBlank()) {
                        forms.add(plural);
                    }
                }
            }
            int added = 0;
            for (String form : forms) {
                for (String expanded : expand(form, substitutions, line, report)) {
                    String lemma = expanded.replace('_', ' ').strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
                    if (!lemma.isEmpty()) {
                        rows.add(new DataFile.Row(line.source(), line.number(), List.of(lemma, sector, "")));
                        added++;
                    }
                }
            }
            report.count("agents");
            report.add("agent forms", added);
        }
        into.addAgents(rows);
        return report;
    }

    /** The form with each {@code !NAME!} replaced by each of its values, every combination. */
    private static List<String> expand(String form, Map<String, List<String>> subs, PetrarchText.Line line,
                                       ImportReport report) {
        int open = form.indexOf('!');
        int close = open < 0 ? -1 : form.indexOf('!', open + 1);
        if (close < 0) {
            return List.of(form);
        }
        String key = form.substring(open, close + 1).toUpperCase(Locale.ROOT);
        List<String> values = subs.get(key);
        if (values == null) {
            report.warn(line.origin(), "substitution " + key + " is not defined");
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String v : values) {
            out.addAll(expand(form.substring(0, open) + v + form.substring(close + 1), subs, line, report));
        }
        return out;
    }
}
