package org.dyad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A gold event set in the format of ../shared/gold/FORMAT.md: cases (documents or sentences) with their events. */
public record GoldSet(String name, List<GoldSet.Case> cases) {

    /**
     * One gold event. {@code types} are CAMEO roots ("05") or one PLOVER type ("SUPPORT");
     * {@code target} empty means any target matches.
     */
    public record GoldEvent(String source, Optional<String> target, List<String> types, boolean optional,
                            String note) {
        public GoldEvent {
            types = List.copyOf(types);
        }
    }

    /**
     * One case: the text to code, its date, and its events.
     *
     * @param negativeFrom offset from which nothing may be coded (a comment thread), if any
     */
    public record Case(String id, Optional<LocalDate> date, String text, Optional<Integer> negativeFrom,
                       List<GoldEvent> events, boolean plover) {
        public Case {
            events = List.copyOf(events);
        }
    }

    public GoldSet {
        cases = List.copyOf(cases);
    }

    public static GoldSet read(Path path) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Case> cases = new ArrayList<>();
        boolean anyPlover = false;
        List<JsonNode> nodes = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    JsonNode n = json.readTree(line);
                    nodes.add(n);
                    for (JsonNode e : n.path("events")) {
                        anyPlover |= e.hasNonNull("plover");
                    }
                }
            }
        }
        for (JsonNode n : nodes) {
            List<GoldEvent> events = new ArrayList<>();
            for (JsonNode e : n.path("events")) {
                List<String> types = new ArrayList<>();
                if (e.hasNonNull("plover")) {
                    types.add(e.get("plover").asText());
                } else {
                    for (JsonNode r : e.path("roots")) {
                        types.add(r.asText());
                    }
                }
                events.add(new GoldEvent(e.path("source").asText(""),
                        e.hasNonNull("target") ? Optional.of(e.get("target").asText()) : Optional.empty(), types,
                        e.path("optional").asBoolean(false), e.path("note").asText("")));
            }
            Optional<LocalDate> date = Optional.empty();
            try {
                date = n.hasNonNull("date") ? Optional.of(LocalDate.parse(n.get("date").asText())) : Optional.empty();
            } catch (java.time.format.DateTimeParseException e) {
                // a malformed date in a gold case: code it without one, as Dyad does any undated text
            }
            Optional<Integer> negative = n.hasNonNull("negative_from") ? Optional.of(n.get("negative_from").asInt())
                    : Optional.empty();
            cases.add(new Case(n.path("id").asText(), date, n.path("text").asText(""), negative, events, anyPlover));
        }
        return new GoldSet(path.getFileName().toString(), cases);
    }
}
