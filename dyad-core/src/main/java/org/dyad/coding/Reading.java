package org.dyad.coding;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.CameoCode;

/**
 * What the lexicon made of a predicate before actors are resolved: the code, the token heading the source
 * slot, the tokens that may head the target slot (first that names an actor wins), the trigger tokens
 * and the rules that fired.
 *
 * @param anchors predicates whose time expressions date the event (the outer one first)
 */
record Reading(CameoCode code, List<Integer> sources, List<Integer> targets, List<Integer> triggers,
               List<String> rules, List<Integer> anchors) {

    Reading {
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
        triggers = List.copyOf(triggers);
        rules = List.copyOf(rules);
        anchors = List.copyOf(anchors);
    }

    Reading withCode(CameoCode c, String rule) {
        return new Reading(c, sources, targets, triggers, append(rules, rule), anchors);
    }

    Reading withRoles(List<Integer> newSources, List<Integer> newTargets, String rule) {
        return new Reading(code, newSources, newTargets, triggers, append(rules, rule), anchors);
    }

    /** This reading as the inner part of an outer predicate's reading. */
    Reading under(int outer, CameoCode c, List<Integer> newSources, List<Integer> newTargets, String rule) {
        List<Integer> trig = new ArrayList<>();
        trig.add(outer);
        trig.addAll(triggers);
        List<Integer> anch = new ArrayList<>();
        anch.add(outer);
        anch.addAll(anchors);
        List<String> r = new ArrayList<>();
        r.add(rule);
        r.addAll(rules);
        return new Reading(c, newSources, newTargets, trig, r, anch);
    }

    private static List<String> append(List<String> list, String s) {
        List<String> out = new ArrayList<>(list);
        out.add(s);
        return out;
    }
}
