package org.dyad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.actors.Entry;
import org.dyad.actors.Mention;
import org.dyad.ingest.Inputs;
import org.dyad.model.Event;

/**
 * The named actors the dictionaries lack: proper-name mentions in sentences that hold an event, counted
 * by name, with the share of named mentions (people and organisations) that resolve to a code.
 */
final class UnknownActors {

    private UnknownActors() {
    }

    static int report(List<Path> inputs, int top, boolean json, PrintStream out) {
        Map<String, Integer> unknown = new HashMap<>();
        int[] named = new int[2];
        Inputs items = Inputs.of(inputs, Inputs.Options.defaults());
        Batch.Summary s = new Batch(Engine.pipeline(), Runtime.getRuntime().availableProcessors(), System.err, true)
                .run(items, r -> {
                    Set<Integer> eventful = new HashSet<>();
                    for (Event e : r.events()) {
                        eventful.add(e.sentence());
                    }
                    for (int si : eventful) {
                        for (Mention m : r.actors().mentions(si)) {
                            boolean person = m.has(Entry.PersonName.class) || m.has(Entry.Organization.class);
                            if (m.isUnknown()) {
                                named[0]++;
                                unknown.merge(m.name(), 1, Integer::sum);
                            } else if (person) {
                                named[0]++;
                                named[1]++;
                            }
                        }
                    }
                });
        Batch.print(s, System.err);
        List<Map.Entry<String, Integer>> sorted = unknown.entrySet().stream()
                .sorted((a, b) -> b.getValue() - a.getValue()).limit(top).toList();
        double share = named[0] == 0 ? 0 : (double) named[1] / named[0];
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode o = mapper.createObjectNode();
            o.put("named_mentions", named[0]);
            o.put("resolved", named[1]);
            o.put("share_resolved", share);
            var arr = o.putArray("unknown");
            sorted.forEach(e -> arr.addObject().put("name", e.getKey()).put("count", e.getValue()));
            out.println(o.toString());
        } else {
            out.printf("named mentions in event sentences: %,d; resolved to a code: %,d (%.1f%%)%n", named[0], named[1],
                    100 * share);
            out.println("most frequent unknown names:");
            sorted.forEach(e -> out.printf("  %6d  %s%n", e.getValue(), e.getKey()));
        }
        return 0;
    }
}
