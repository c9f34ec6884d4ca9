package org.dyad.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * A TABARI/PETRARCH validation file ({@code PETR.UnitTest.records.xml}).
 *
 * <h2>The format</h2>
 * <pre>
 * &lt;Validation&gt;
 *   &lt;Environment&gt;
 *     &lt;Verbfile&gt;PETR.Validate.verbs.txt&lt;/Verbfile&gt;      dictionaries, relative to the file
 *     &lt;Actorfile&gt;...&lt;/Actorfile&gt; &lt;Agentfile&gt;...&lt;/Agentfile&gt; &lt;Discardfile&gt;...&lt;/Discardfile&gt;
 *     &lt;Include&gt;DEMO ACTOR VERB&lt;/Include&gt;                 the categories to run (all if absent)
 *   &lt;/Environment&gt;
 *   &lt;Sentences&gt;
 *     &lt;Sentence date="19950101" id="DEMO-00" category="DEMO"&gt;
 *       &lt;EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"/&gt;   one per expected event
 *       &lt;EventCoding noevents="True"/&gt;                     or: no event expected
 *       &lt;EventCoding error="storydiscard"/&gt;                or: an error, so no event expected
 *       &lt;Text&gt;Arnor is about to restore ...&lt;/Text&gt;
 *       &lt;Parse&gt;(ROOT (S ...))&lt;/Parse&gt;                      a Treebank parse
 *     &lt;/Sentence&gt;
 * </pre>
 * Dyad reads the environment, the records and their expected codings and text; it ignores the
 * {@code <Parse>} trees (Dyad parses the text itself), {@code <Errorfile>}, {@code <Pause>} and
 * {@code <Config>}. A record's text is one sentence; its line breaks are read as spaces.
 */
public record PetrarchSuite(Path file, Environment environment, List<Record> records) {

    /** The dictionaries the file names (resolved against its folder) and the categories it runs. */
    public record Environment(List<Path> verbs, List<Path> actors, List<Path> agents, List<Path> discards,
                              Set<String> include) {
        public Environment {
            verbs = List.copyOf(verbs);
            actors = List.copyOf(actors);
            agents = List.copyOf(agents);
            discards = List.copyOf(discards);
            include = Set.copyOf(include);
        }

        /** True if the file runs this category: it is listed, or the file lists none. */
        public boolean runs(String category) {
            return include.isEmpty() || include.contains(category);
        }
    }

    /** One expected event, codes as the suite writes them. */
    public record Expected(String source, String target, String code) {
    }

    /**
     * One record.
     *
     * @param error the expected error ("storydiscard", "bad_input_parse"), which means no event
     */
    public record Record(String id, String category, Optional<LocalDate> date, String text, List<Expected> expected,
                         Optional<String> error) {
        public Record {
            expected = List.copyOf(expected);
        }
    }

    public PetrarchSuite {
        records = List.copyOf(records);
    }

    public static PetrarchSuite read(Path file) {
        org.w3c.dom.Document xml;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            xml = f.newDocumentBuilder().parse(file.toFile());
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalArgumentException(file + ": not a readable validation file: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file, e);
        }
        Path dir = file.toAbsolutePath().getParent();
        Element root = xml.getDocumentElement();
        Environment env = environment(root, dir);
        List<Record> records = new ArrayList<>();
        NodeList sentences = root.getElementsByTagName("Sentence");
        for (int i = 0; i < sentences.getLength(); i++) {
            records.add(record((Element) sentences.item(i), file));
        }
        return new PetrarchSuite(file, env, records);
    }

    private static Environment environment(Element root, Path dir) {
        NodeList envs = root.getElementsByTagName("Environment");
        Element env = envs.getLength() > 0 ? (Element) envs.item(0) : null;
        Set<String> include = new LinkedHashSet<>();
        for (String s : texts(env, "Include")) {
            for (String c : s.split("\\s+")) {
                if (!c.isBlank() && !c.equalsIgnoreCase("valid")) {
                    include.add(c);
                }
            }
        }
        return new Environment(paths(env, "Verbfile", dir), paths(env, "Actorfile", dir), paths(env, "Agentfile", dir),
                paths(env, "Discardfile", dir), include);
    }

    private static List<String> texts(Element parent, String tag) {
        List<String> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        NodeList nodes = parent.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            String t = nodes.item(i).getTextContent().strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private static List<Path> paths(Element env, String tag, Path dir) {
        List<Path> out = new ArrayList<>();
        for (String t : texts(env, tag)) {
            for (String name : t.split("\\s*,\\s*")) {
                out.add(dir.resolve(name.strip()).normalize());
            }
        }
        return out;
    }

    private static Record record(Element s, Path file) {
        String id = s.getAttribute("id").strip();
        Optional<LocalDate> date = Optional.empty();
        try {
            String d = s.getAttribute("date").strip();
            if (!d.isEmpty()) {
                date = Optional.of(LocalDate.parse(d, DateTimeFormatter.BASIC_ISO_DATE));
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(file + ": record " + id + ": bad date " + s.getAttribute("date"));
        }
        List<Expected> expected = new ArrayList<>();
        Optional<String> error = Optional.empty();
        String text = "";
        for (Node n = s.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) {
                continue;
            }
            switch (e.getTagName()) {
                case "EventCoding" -> {
                    if (!e.getAttribute("error").isBlank()) {
                        error = Optional.of(e.getAttribute("error").strip());
                    } else if (e.hasAttribute("eventcode")) {
                        expected.add(new Expected(e.getAttribute("sourcecode").strip(),
                                e.getAttribute("targetcode").strip(), e.getAttribute("eventcode").strip()));
                    }
                }
                case "Text" -> text = e.getTextContent().strip().replaceAll("\\s+", " ");
                default -> {
                }
            }
        }
        return new Record(id, s.getAttribute("category").strip(), date, text, expected, error);
    }
}
