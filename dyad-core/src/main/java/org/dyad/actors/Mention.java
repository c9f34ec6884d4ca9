package org.dyad.actors;

import java.util.List;
import java.util.Optional;
import org.dyad.model.DateRange;

/**
 * Words of a sentence that name an actor or a role: tokens {@code first..last} with the dictionary entries
 * they match. An unknown mention is a run of proper nouns no dictionary knows ("Hassan al-Nouri" before
 * anyone adds him): it is kept, so users see what the dictionaries lack.
 */
public record Mention(int sentence, int first, int last, List<Entry> entries, String name) {

    public Mention {
        entries = List.copyOf(entries);
        if (first < 0 || last < first) {
            throw new IllegalArgumentException("bad mention span " + first + ".." + last);
        }
    }

    public boolean covers(int token) {
        return token >= first && token <= last;
    }

    public boolean isUnknown() {
        return entries.isEmpty();
    }

    public <T extends Entry> Optional<T> first(Class<T> kind) {
        for (Entry e : entries) {
            if (kind.isInstance(e)) {
                return Optional.of(kind.cast(e));
            }
        }
        return Optional.empty();
    }

    /**
     * The organisation the words name at {@code date}: the first whose dated code holds then, else the
     * first undated one, else the first.
     */
    public Optional<Entry.Organization> organization(DateRange date) {
        List<Entry.Organization> orgs = all(Entry.Organization.class);
        return orgs.stream().filter(o -> o.isDated() && o.holdsOn(date)).findFirst()
                .or(() -> orgs.stream().filter(o -> !o.isDated()).findFirst())
                .or(() -> orgs.stream().findFirst());
    }

    public <T extends Entry> List<T> all(Class<T> kind) {
        return entries.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    public boolean has(Class<? extends Entry> kind) {
        return entries.stream().anyMatch(kind::isInstance);
    }
}
