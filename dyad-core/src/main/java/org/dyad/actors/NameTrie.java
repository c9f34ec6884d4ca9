package org.dyad.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Names as sequences of folded pieces, for longest-match lookup over a sentence. Each accepting node keeps
 * the entries of the names ending there, with whether the name is case-sensitive.
 */
final class NameTrie {

    /** An entry reached through a name, and whether that name only matches capitals. */
    record Hit(Entry entry, boolean caseSensitive, String name) {
    }

    static final class Node {
        final Map<String, Node> next = new HashMap<>(4);
        final List<Hit> hits = new ArrayList<>(1);

        Node step(String piece) {
            return next.get(piece);
        }
    }

    private final Node root = new Node();
    private int size;

    void add(String name, Entry entry) {
        List<String> key = NameKey.key(name);
        if (key.isEmpty()) {
            return;
        }
        Node n = root;
        for (String piece : key) {
            n = n.next.computeIfAbsent(piece, k -> new Node());
        }
        boolean cs = NameKey.isCaseSensitive(name);
        for (Hit h : n.hits) {
            if (h.entry().equals(entry) && h.caseSensitive() == cs) {
                return;
            }
        }
        n.hits.add(new Hit(entry, cs, name));
        size++;
    }

    Node root() {
        return root;
    }

    int size() {
        return size;
    }
}
