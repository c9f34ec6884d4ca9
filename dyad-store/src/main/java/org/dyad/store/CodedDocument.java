package org.dyad.store;

import java.util.List;
import java.util.Objects;
import org.dyad.model.Document;
import org.dyad.model.Event;
import org.dyad.pipeline.Pipeline;

/**
 * What the store keeps of one coded document: the document (with the regions hygiene dropped), how many
 * sentences it had, its events and the actor mentions seen in it.
 */
public record CodedDocument(Document document, int sentences, List<Event> events, List<ActorSeen> actors) {

    public CodedDocument {
        Objects.requireNonNull(document, "document");
        events = List.copyOf(events);
        actors = List.copyOf(actors);
        if (sentences < 0) {
            throw new IllegalArgumentException("negative sentence count for " + document.id());
        }
        for (Event e : events) {
            if (!e.doc().equals(document.id())) {
                throw new IllegalArgumentException("event " + e.id() + " of " + e.doc() + " filed under " + document.id());
            }
        }
    }

    public static CodedDocument of(Pipeline.Result r) {
        return new CodedDocument(r.document(), r.parsed().sentences().size(), r.events(), ActorSeen.all(r.actors()));
    }

    public String id() {
        return document.id();
    }
}
