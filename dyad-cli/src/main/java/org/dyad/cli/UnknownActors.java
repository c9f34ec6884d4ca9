package org.dyad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.dyad.actors.Mention;
import org.dyad.ingest.Inputs;
import org.dyad.model.Actor;
import org.dyad.model.DateRange;
import org.dyad.model.Event;
import org.dyad.model.Sentence;
import org.dyad.nlp.corenlp.CoreNlpEntities;
import org.dyad.pipeline.Pipeline;

/**
 * What the dictionaries lack. In every sentence that holds an event, CoreNLP's NER finds the people and
 * organisations the text names; each counts as resolved if Dyad's actor stage gives it a code (a known
 * name, or a title or organisation in its phrase), else as unknown. Prints the share resolved and the
 * unknown names by frequency. NER runs for this report only; coding never uses it.
 */
final class UnknownActors {

    private UnknownActors() {
    }

    static int report(List<Path> inputs, int top, boolean json, PrintStream out) {
        CoreNlpEntities ner = new CoreNlpEntities();
        Map<String, Integer> unknown = new HashMap<>();
        Map<String, Integer> byType = new HashMap<>();
        AtomicInteger named = new AtomicInteger();
        AtomicInteger resolved = new AtomicInteger();
        Inputs items = Inputs.of(inputs, Inputs.Options.defaults());
        Batch.Summary s = new Batch(Engine.pipeline(), Runtime.getRuntime().availableProcessors(), System.err, true)
                .run(items, r -> count(r, ner, unknown, byType, named, resolved));
        Batch.print(s, System.err);
        List<Map.Entry<String, Integer>> sorted = unknown.entrySet().stream()
                .sorted((a, b) -> b.getValue() - a.getValue()).limit(top).toList();
        double share = named.get() == 0 ? 0 : (double) resolved.get() / named.get();
        if (json) {
            ObjectNode o = new ObjectMapper().createObjectNode();
            o.put("named_mentions", named.get());
            o.put("resolved", resolved.get());
            o.put("share_resolved", share);
            ArrayNode arr = o.putArray("unknown");
            sorted.forEach(e -> arr.addObject().put("name", e.getKey()).put("count", e.getValue()));
            out.println(o);
        } else {
            out.printf("people and organisations named in sentences that hold events: %,d (%s)%n", named.get(),
                    new TreeSet<>(byType.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()));
            out.printf("resolved to an actor code: %,d (%.1f%%)%n", resolved.get(), 100 * share);
            out.println("most frequent unknown names:");
            sorted.forEach(e -> out.printf("  %6d  %s%n", e.getValue(), e.getKey()));
        }
        return 0;
    }

    private static void count(Pipeline.Result r, CoreNlpEntities ner, Map<String, Integer> unknown,
                              Map<String, Integer> byType, AtomicInteger named, AtomicInteger resolved) {
        TreeSet<Integer> eventful = new TreeSet<>();
        for (Event e : r.events()) {
            eventful.add(e.sentence());
        }
        DateRange at = DateRange.day(r.document().published().orElse(LocalDate.now()));
        for (int si : eventful) {
            Sentence sentence = r.parsed().sentences().get(si);
            List<CoreNlpEntities.Entity> entities;
            synchronized (ner) {
                entities = ner.people(sentence);
            }
            for (CoreNlpEntities.Entity e : entities) {
                boolean known = knownMention(r, si, e) || resolves(r, si, e.last(), at);
                synchronized (unknown) {
                    named.incrementAndGet();
                    byType.merge(e.type(), 1, Integer::sum);
                    if (known) {
                        resolved.incrementAndGet();
                    } else {
                        unknown.merge(e.text(), 1, Integer::sum);
                    }
                }
            }
        }
    }

    private static boolean knownMention(Pipeline.Result r, int si, CoreNlpEntities.Entity e) {
        for (Mention m : r.actors().mentions(si)) {
            boolean named = !m.isUnknown() && !m.entries().stream().allMatch(x -> x instanceof org.dyad.actors.Entry.Agent);
            if (named && m.first() <= e.last() && m.last() >= e.first()) {
                return true;
            }
        }
        return false;
    }

    private static boolean resolves(Pipeline.Result r, int si, int head, DateRange at) {
        Optional<Actor> a = r.actors().resolve(si, head, at);
        return a.isPresent() && a.get().isKnown();
    }
}
