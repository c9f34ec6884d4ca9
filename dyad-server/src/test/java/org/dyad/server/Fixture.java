package org.dyad.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.model.Actor;
import org.dyad.model.ActorCode;
import org.dyad.model.CameoCode;
import org.dyad.model.DateRange;
import org.dyad.model.Document;
import org.dyad.model.DroppedRegion;
import org.dyad.model.Event;
import org.dyad.model.Evidence;
import org.dyad.model.PloverCoding;
import org.dyad.store.CodedDocument;
import org.dyad.store.CodingVersion;
import org.dyad.store.DocumentTexts;
import org.dyad.store.Ingestion;
import org.dyad.store.Store;

/**
 * A small store built by hand through the store's API (no parser): four documents, nine events, and one
 * hostile document whose text, title, outlet, actor name and rule carry script payloads.
 */
final class Fixture {

    /** A payload that sets window.__xss if it ever runs. */
    static final String SCRIPT = "<script>window.__xss = 1</script>";
    static final String IMG_ACTOR = "<img src=x onerror=window.__xss=2>";
    static final String XSS_TITLE = "<img src=x onerror=window.__xss=3> title";
    static final String XSS_TEXT = "Officials said " + SCRIPT + " that the group " + IMG_ACTOR
            + " accused Syria of war crimes on Monday.\n\nReader comments: <svg onload=window.__xss=5> nice\" onerror=\"window.__xss=6";

    static final int DOCUMENTS = 4;
    static final int EVENTS = 9;

    private Fixture() {
    }

    static Path build(Path dir) {
        Path db = dir.resolve("fixture.duckdb");
        List<CodedDocument> docs = new ArrayList<>();
        Map<String, String> texts = new LinkedHashMap<>();

        String t1 = "Kim Jong Un congratulated Bashar al-Assad on his re-election. Syria thanked North Korea.";
        docs.add(doc("doc-1", "2014-06-05", "Kim congratulates Assad", t1, List.of(),
                ev("doc-1", 0, "2014-06-05", t1, "Kim Jong Un", "PRKGOV", "Bashar al-Assad", "SYRGOV", "congratulated", "051", 3.4, "SUPPORT"),
                ev("doc-1", 1, "2014-06-06", t1, "Syria", "SYR", "North Korea", "PRK", "thanked", "051", 3.4, "SUPPORT")));
        String t2 = "Syrian troops attacked rebels near Aleppo. The United States criticized the Syrian government.";
        docs.add(doc("doc-2", "2015-03-10", "Fighting near Aleppo", t2, List.of(),
                ev("doc-2", 0, "2015-03-10", t2, "Syrian troops", "SYRMIL", "rebels", "SYRREB", "attacked", "190", -10, "ASSAULT"),
                ev("doc-2", 1, "2015-03-11", t2, "The United States", "USAGOV", "the Syrian government", "SYRGOV", "criticized", "111", -2, "ACCUSE")));
        String t3 = "Kerry met Lavrov in Geneva. Lavrov met Kerry again in March. Russia accused the United States of meddling.";
        docs.add(doc("doc-3", "2016-01-20", "Kerry and Lavrov meet", t3, List.of(),
                ev("doc-3", 0, "2016-01-20", t3, "Kerry", "USAGOV", "Lavrov", "RUSGOV", "met", "040", 1, "CONSULT"),
                ev("doc-3", 1, "2016-03-02", t3, "Lavrov", "RUSGOV", "Kerry", "USAGOV", "met", "040", 1, "CONSULT"),
                ev("doc-3", 2, "2016-03-09", t3, "Russia", "RUS", "the United States", "USA", "accused", "112", -2, "ACCUSE")));
        int comments = XSS_TEXT.indexOf("Reader comments");
        docs.add(doc("xss-1", "2016-02-01", XSS_TITLE, XSS_TEXT,
                List.of(new DroppedRegion("comments", comments, XSS_TEXT.length())),
                ev("xss-1", 0, "2016-02-01", XSS_TEXT, IMG_ACTOR, null, "Syria", "SYR", "accused", "112", -2, "ACCUSE"),
                ev("xss-1", 0, "2016-02-01", XSS_TEXT, "Officials", "USAGOV", IMG_ACTOR, null, "said", "010", 0, null)));
        for (CodedDocument d : docs) {
            texts.put(d.id(), d.document().text());
        }
        try (Store store = Store.openForWriting(db)) {
            Ingestion in = Ingestion.start(store, new CodingVersion("fixture-coder", "fixture"), List.of("fixture"),
                    Ingestion.Options.defaults());
            docs.forEach(in::accept);
            in.finish(docs.size(), 0);
            DocumentTexts.write(store, texts);
            store.checkpoint();
        }
        return db;
    }

    private static CodedDocument doc(String id, String date, String title, String text, List<DroppedRegion> dropped,
                                     Event... events) {
        Map<String, Object> meta = Map.of("title", title, "outlet", id.startsWith("xss") ? SCRIPT : "Fixture News",
                "url", "https://example.org/" + id);
        Document d = new Document(id, text, Optional.of(java.time.LocalDate.parse(date)), meta, dropped);
        return new CodedDocument(d, 2, List.of(events), List.of());
    }

    /** An event in the sentence of {@code text} that holds its trigger (the n-th sentence by full stops). */
    private static Event ev(String doc, int sentence, String date, String text, String source, String sourceCode,
                            String target, String targetCode, String trigger, String code, double goldstein, String plover) {
        int start = 0;
        for (int i = 0; i < sentence; i++) {
            start = text.indexOf(". ", start) + 2;
        }
        int ts0 = text.indexOf(trigger, start);
        int end = text.length();
        for (String stop : new String[] {". ", ".\n"}) {
            int e = text.indexOf(stop, ts0);
            if (e >= 0 && e + 1 < end) {
                end = e + 1;
            }
        }
        String sentenceText = text.substring(start, end);
        int ts = text.indexOf(trigger, start);
        CameoCode c = new CameoCode(code);
        return new Event(doc + "-" + sentence + "-" + code + "-" + trigger, doc, sentence, DateRange.parse(date),
                actor(text, start, source, sourceCode), Optional.of(actor(text, start, target, targetCode)), c, c.quad(),
                goldstein, Optional.ofNullable(plover).map(p -> new PloverCoding(p, Optional.empty(), Optional.empty())),
                Optional.empty(), new Evidence(start, end, sentenceText, trigger, ts, ts + trigger.length(),
                        "fixture rule " + (doc.startsWith("xss") ? SCRIPT : code), "fixture-coder"), 1);
    }

    private static Actor actor(String text, int from, String words, String code) {
        int s = text.indexOf(words, from);
        if (s < 0) {
            s = text.indexOf(words);
        }
        return new Actor(Optional.ofNullable(code).map(ActorCode::new), words, s, s + words.length(), words,
                code == null ? "unknown" : "fixture", "fixture:1");
    }
}
