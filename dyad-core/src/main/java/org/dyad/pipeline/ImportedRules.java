package org.dyad.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.ingest.Discards;
import org.dyad.model.CameoCode;
import org.dyad.model.Event;
import org.dyad.model.Evidence;
import org.dyad.model.ParsedDocument;
import org.dyad.ontology.Ontology;

/**
 * What users' imported dictionaries add to coding after the coder has run: their discard phrases (a
 * story phrase takes out every event of the document, a sentence phrase the events of its sentence), the
 * reverse events of PETRARCH's paired codes ({@code MEET [031:032]}: the target's 032 to the source
 * beside the source's 031 to the target), and PETRARCH's {@code require_dyad}: an event needs a target.
 * Immutable; safe to share between threads.
 *
 * @param reverseCodes reverse codes by the {@code describe()} of the lexicon entry that carries them, as
 *                     events name their entry first in their evidence rule
 * @param requireDyad  drop events with no target (PETRARCH's {@code require_dyad}, on by default there:
 *                     set for a lexicon coded by PETRARCH's conventions, whose coder codes every event
 *                     with or without a target)
 */
public record ImportedRules(Discards discards, Map<String, CameoCode> reverseCodes, boolean requireDyad) {

    private static final ImportedRules NONE = new ImportedRules(Discards.none(), Map.of(), false);

    public ImportedRules {
        reverseCodes = Map.copyOf(reverseCodes);
    }

    /** Discards and paired codes, with no {@code require_dyad}. */
    public ImportedRules(Discards discards, Map<String, CameoCode> reverseCodes) {
        this(discards, reverseCodes, false);
    }

    /** Nothing imported: events pass unchanged. */
    public static ImportedRules none() {
        return NONE;
    }

    /** The document's events with discards applied and reverse events added. */
    public List<Event> apply(ParsedDocument parsed, List<Event> events, Ontology ontology) {
        if (this == NONE || events.isEmpty()) {
            return events;
        }
        if (discards.story(parsed.document().text()).isPresent()) {
            return List.of();
        }
        List<Event> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Event e : events) {
            if (requireDyad && e.target().flatMap(t -> t.code()).isEmpty()) {
                continue;
            }
            if (discards.sentence(parsed.sentences().get(e.sentence()).text()).isEmpty()) {
                out.add(e);
                seen.add(key(e));
            }
        }
        if (reverseCodes.isEmpty()) {
            return out;
        }
        for (Event e : List.copyOf(out)) {
            Optional<CameoCode> reverse = reverseOf(e);
            if (reverse.isEmpty() || e.target().isEmpty()) {
                continue;
            }
            Event r = reversed(e, reverse.get(), ontology);
            if (seen.add(key(r))) {
                out.add(r);
            }
        }
        return out;
    }

    private Optional<CameoCode> reverseOf(Event e) {
        String rule = e.evidence().rule();
        int end = rule.indexOf("; ");
        String first = end < 0 ? rule : rule.substring(0, end);
        CameoCode r = reverseCodes.get(first);
        // only when the entry's own code stands: a modal or a negation that changed it has no reverse
        return r != null && first.endsWith(" " + e.cameo().value()) ? Optional.of(r) : Optional.empty();
    }

    private static Event reversed(Event e, CameoCode code, Ontology ontology) {
        Evidence ev = e.evidence();
        Evidence rev = new Evidence(ev.start(), ev.end(), ev.text(), ev.trigger(), ev.triggerStart(), ev.triggerEnd(),
                ev.rule() + "; paired code: the reverse event", ev.coder());
        return new Event(id(e.doc(), ev.triggerStart(), e.target().get().codeOr(""), e.source().codeOr(""), code),
                e.doc(), e.sentence(), e.date(), e.target().get(), Optional.of(e.source()), code, code.quad(),
                ontology.goldstein(code), ontology.plover(code), e.attribution(), rev, e.mentions());
    }

    private static String key(Event e) {
        return e.sentence() + "|" + e.source().codeOr("") + "|" + e.target().map(t -> t.codeOr("")).orElse("") + "|"
                + e.cameo().value();
    }

    private static String id(String doc, int offset, String src, String tgt, CameoCode code) {
        String key = doc + "|" + offset + "|" + src + "|" + tgt + "|" + code + "|reverse";
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException x) {
            throw new IllegalStateException(x);
        }
    }
}
