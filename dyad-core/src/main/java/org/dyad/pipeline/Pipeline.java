package org.dyad.pipeline;

import java.time.LocalDate;
import java.util.List;
import org.dyad.actors.ActorStage;
import org.dyad.actors.DocumentActors;
import org.dyad.coding.Coder;
import org.dyad.ingest.TextHygiene;
import org.dyad.model.Document;
import org.dyad.model.Event;
import org.dyad.model.ParsedDocument;
import org.dyad.nlp.Parser;
import org.dyad.resources.Resources;

/**
 * Dyad's stages in order: text hygiene, parsing, actors, coding. Built once from the loaded resources and
 * a parser; {@link #code(Document)} is safe to call from several threads if the parser is.
 */
public final class Pipeline {

    /** A coded document: as hygiene left it, parsed, with its actors and events. */
    public record Result(Document document, ParsedDocument parsed, DocumentActors actors, List<Event> events) {
    }

    /** Time spent in each stage since the pipeline was built, in nanoseconds, summed over threads. */
    public static final class Timings {
        private final java.util.concurrent.atomic.LongAdder hygiene = new java.util.concurrent.atomic.LongAdder();
        private final java.util.concurrent.atomic.LongAdder parse = new java.util.concurrent.atomic.LongAdder();
        private final java.util.concurrent.atomic.LongAdder actors = new java.util.concurrent.atomic.LongAdder();
        private final java.util.concurrent.atomic.LongAdder coding = new java.util.concurrent.atomic.LongAdder();
        private final java.util.concurrent.atomic.LongAdder dating = new java.util.concurrent.atomic.LongAdder();
        private final java.util.concurrent.atomic.LongAdder resolution = new java.util.concurrent.atomic.LongAdder();

        public long hygiene() {
            return hygiene.sum();
        }

        public long parse() {
            return parse.sum();
        }

        public long actors() {
            return actors.sum();
        }

        public long coding() {
            return coding.sum();
        }

        /** SUTime on the sentences that hold events (a part of {@link #parse()}). */
        public long dating() {
            return dating.sum();
        }

        /** Resolving noun phrases to actors, called by the coder (a part of {@link #coding()}). */
        public long resolution() {
            return resolution.sum();
        }

        public void reset() {
            resolution.reset();
            hygiene.reset();
            parse.reset();
            actors.reset();
            coding.reset();
            dating.reset();
        }
    }

    private final Parser parser;
    private final ActorStage actors;
    private final Coder coder;
    private final Timings timings = new Timings();
    private final ImportedRules rules;
    private final org.dyad.ontology.Ontology ontology;

    public Pipeline(Resources resources, Parser parser) {
        this(resources, parser, ImportedRules.none());
    }

    /** A pipeline that also applies what users' imported dictionaries add after coding (discards, paired codes). */
    public Pipeline(Resources resources, Parser parser, ImportedRules rules) {
        this.parser = parser;
        this.actors = new ActorStage(resources.actors());
        this.coder = new Coder(resources.lexicon(), resources.ontology(), LocalDate.now());
        this.rules = rules;
        this.ontology = resources.ontology();
    }

    public Result code(Document input) {
        long t0 = System.nanoTime();
        Document clean = TextHygiene.clean(input);
        long t1 = System.nanoTime();
        ParsedDocument parsed = parser.parse(clean, this::mayHoldEvent);
        long t2 = System.nanoTime();
        DocumentActors found = actors.annotate(parsed);
        long t3 = System.nanoTime();
        List<Event> events = rules.apply(parsed, coder.code(found), ontology);
        long t4 = System.nanoTime();
        timings.hygiene.add(t1 - t0);
        timings.parse.add(t2 - t1);
        timings.actors.add(t3 - t2);
        timings.coding.add(t4 - t3);
        timings.resolution.add(found.resolutionNanos());
        java.util.Set<Integer> eventful = new java.util.TreeSet<>();
        events.forEach(e -> eventful.add(e.sentence()));
        if (!eventful.isEmpty()) {
            // date the sentences that hold events, then code again: dates decide roles and merge events
            ParsedDocument dated = parser.date(parsed, eventful);
            long t5 = System.nanoTime();
            timings.parse.add(t5 - t4);
            timings.dating.add(t5 - t4);
            if (dated != parsed) {
                parsed = dated;
                found = actors.annotate(parsed);
                long t6 = System.nanoTime();
                events = rules.apply(parsed, coder.code(found), ontology);
                timings.actors.add(t6 - t5);
                timings.coding.add(System.nanoTime() - t6);
                timings.resolution.add(found.resolutionNanos());
            }
        }
        return new Result(clean, parsed, found, events);
    }

    /**
     * Whether a tagged sentence can hold an event: it needs a lexicon trigger and something that can be an
     * actor. Only such sentences get the dependency parse, which is most of Dyad's cost.
     */
    private boolean mayHoldEvent(org.dyad.model.Sentence s) {
        return coder.hasTrigger(s) && actors.mayNameActor(s);
    }

    public Timings timings() {
        return timings;
    }

    /** Codes a document that is already parsed (CoNLL-U suites, tests): no hygiene, no parser. */
    public Result codeParsed(ParsedDocument parsed) {
        DocumentActors found = actors.annotate(parsed);
        return new Result(parsed.document(), parsed, found, rules.apply(parsed, coder.code(found), ontology));
    }
}
