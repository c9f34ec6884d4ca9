package org.dyad.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.dyad.model.Actor;
import org.dyad.model.ActorCode;
import org.dyad.model.CameoCode;
import org.dyad.model.DateRange;
import org.dyad.model.Document;
import org.dyad.model.Event;
import org.dyad.model.Evidence;
import org.dyad.ontology.CameoCodebook;
import org.dyad.ontology.Ontology;

/**
 * Coded documents made up from a seed, for benchmarks and tests of the store: the same index always gives
 * the same document, with events over a few hundred actors (skewed, as in news: a few dyads are most of
 * the events), 2000-2025, all CAMEO codes, some forty outlets
 * and clusters of near-duplicate articles. No parsing and no dictionaries are involved.
 */
public final class SyntheticCorpus {

    private static final String[] COUNTRIES = {"USA", "RUS", "CHN", "SYR", "IRN", "ISR", "PSE", "UKR", "TUR", "IRQ",
        "PRK", "KOR", "JPN", "IND", "PAK", "AFG", "EGY", "SAU", "FRA", "DEU", "GBR", "NGA", "ETH", "SDN", "VEN"};
    private static final String[] SECTORS = {"", "GOV", "MIL", "OPP", "REB", "COP", "CVL", "MED"};
    private static final String[] INTERNATIONAL = {"IGOUNO", "IGOWSTNAT", "IGOEUREEC", "NGOHRI"};

    private final Ontology ontology;
    private final List<CameoCodebook.Entry> codes;
    private final int eventsPerDocument;
    private final String coder;

    public SyntheticCorpus(Ontology ontology, int eventsPerDocument, String coder) {
        this.ontology = ontology;
        this.codes = new ArrayList<>(ontology.cameo().entries());
        this.codes.sort((a, b) -> a.code().compareTo(b.code()));
        this.eventsPerDocument = eventsPerDocument;
        this.coder = coder;
    }

    /** Document {@code i}: {@code eventsPerDocument} events, each with its sentence and source mention. */
    public CodedDocument document(int i) {
        Random rnd = new Random(0x5eed_0000L + i);
        String id = String.format("syn-%08d", i);
        LocalDate published = LocalDate.of(2000, 1, 1).plusDays(rnd.nextInt(26 * 365));
        int outlet = rnd.nextInt(40);
        StringBuilder text = new StringBuilder();
        List<Event> events = new ArrayList<>();
        List<ActorSeen> actors = new ArrayList<>();
        for (int k = 0; k < eventsPerDocument; k++) {
            String src = actorCode(rnd);
            String tgt = rnd.nextInt(10) == 0 ? null : actorCode(rnd);
            CameoCodebook.Entry code = codes.get(rnd.nextInt(codes.size()));
            int start = text.length();
            String sentence = src + " did " + code.name() + (tgt == null ? "" : " to " + tgt) + ".";
            text.append(sentence).append(' ');
            Actor source = new Actor(Optional.of(new ActorCode(src)), src, start, start + src.length(), src, "synthetic",
                    "synthetic");
            Optional<Actor> target = Optional.ofNullable(tgt).map(t -> {
                int at = start + sentence.indexOf(" to ") + 4;
                return new Actor(Optional.of(new ActorCode(t)), t, at, at + t.length(), t, "synthetic", "synthetic");
            });
            int trig = start + src.length() + 1;
            Evidence ev = new Evidence(start, start + sentence.length(), sentence, "did", trig, trig + 3,
                    "synthetic " + code.code(), coder);
            Optional<DateRange> date = Optional.of(DateRange.day(published.minusDays(rnd.nextInt(3))));
            CameoCode c = code.code();
            events.add(new Event(Hashes.sha256(id + "#" + k).substring(0, 16), id, k, date, source, target, c, c.quad(),
                    code.goldstein(), ontology.plover(c), Optional.empty(), ev, 1 + (rnd.nextInt(4) == 0 ? 1 : 0)));
            actors.add(new ActorSeen(k, 0, start, start + src.length(), src, src, "country", Optional.of(src),
                    Optional.of("synthetic")));
        }
        String cluster = rnd.nextInt(5) == 0 ? "cluster-" + (i / 4) : null;
        Map<String, Object> meta = cluster == null
                ? Map.of("outlet", "Outlet " + outlet, "url", "https://outlet" + outlet + ".example/" + id)
                : Map.of("outlet", "Outlet " + outlet, "url", "https://outlet" + outlet + ".example/" + id, "dup_cluster", cluster);
        Document doc = new Document(id, text.toString(), Optional.of(published), meta, List.of());
        return new CodedDocument(doc, eventsPerDocument, events, actors);
    }

    /** Actors as news names them: a few countries and sectors most of the time, a long tail of the rest. */
    private static String actorCode(Random rnd) {
        if (rnd.nextInt(12) == 0) {
            return INTERNATIONAL[skewed(rnd, INTERNATIONAL.length)];
        }
        return COUNTRIES[skewed(rnd, COUNTRIES.length)] + SECTORS[skewed(rnd, SECTORS.length)];
    }

    private static int skewed(Random rnd, int n) {
        double u = rnd.nextDouble();
        return (int) (n * u * u * u);
    }
}
