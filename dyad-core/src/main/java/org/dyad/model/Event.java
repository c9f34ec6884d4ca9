package org.dyad.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One coded event: who did what to whom, when, according to whom, and the evidence.
 *
 * @param id          stable id: a hash of document, trigger offset, source, target and code
 * @param doc         the document id
 * @param sentence    0-based sentence index in the document
 * @param date        the event date (a day, or a month or year where the text says no more); empty when
 *                    neither the sentence nor the document gives one
 * @param source      who acted
 * @param target      to whom; empty where the text names no recipient
 * @param cameo       the CAMEO code
 * @param quad        CAMEO quad class, 1-4; 0 for a user's code outside CAMEO ({@link CameoCode#user})
 * @param goldstein   Goldstein value of the code
 * @param plover      the PLOVER coding; empty for CAMEO statements (01x) PLOVER leaves out
 * @param attribution who reports it ("KCNA", "officials"), where the text says
 * @param mentions    how many times the document states this event
 */
public record Event(String id, String doc, int sentence, Optional<DateRange> date, Actor source, Optional<Actor> target,
                    CameoCode cameo, int quad, double goldstein, Optional<PloverCoding> plover,
                    Optional<Actor> attribution, Evidence evidence, int mentions) {
    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(plover, "plover");
        Objects.requireNonNull(attribution, "attribution");
        Objects.requireNonNull(evidence, "evidence");
        boolean userCode = quad == 0 && !cameo.isCameo();
        if ((quad < 1 || quad > 4) && !userCode || mentions < 1 || sentence < 0) {
            throw new IllegalArgumentException("bad event " + id);
        }
    }

    public Event withMentions(int n) {
        return new Event(id, doc, sentence, date, source, target, cameo, quad, goldstein, plover, attribution,
                evidence, n);
    }
}
