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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

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
 * Between records, {@code <Config option="require_dyad" value="false"/>} and the like change PETRARCH's
 * options from there on. Dyad reads the environment, the records, their expected codings and text, and
 * the options in force for each record ({@link Record#config()}; the validate command honours
 * {@code require_dyad}); it ignores the {@code <Parse>} trees (Dyad parses the text itself),
 * {@code <Errorfile>} and {@code <Pause>}. A record's text is one sentence; its line breaks are read as spaces. Comments are taken
 * out before the XML is read, as PETRARCH's files put "--" and even other comments inside them, which XML
 * does not allow.
 */
public record PetrarchSuite(Path file, Environment environment, List<Record> records) {

    /** The text without its comments; a comment may hold "--" and even another comment. */
    static String withoutComments(String xml) {
        StringBuilder out = new StringBuilder(xml.length());
        int depth = 0;
        for (int i = 0; i < xml.length(); ) {
            if (xml.startsWith("<!--", i)) {
                depth++;
                i += 4;
            } else if (depth > 0 && xml.startsWith("-->", i)) {
                depth--;
                i += 3;
            } else {
                if (depth == 0) {
                    out.append(xml.charAt(i));
                }
                i++;
            }
        }
        return out.toString();
    }

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
     * @param error  the expected error ("storydiscard", "bad_input_parse"), which means no event
     * @param config the {@code <Config>} options in force for the record (option name in lower case, value),
     *               as the file set them before it, in order
     */
    public record Record(String id, String category, Optional<LocalDate> date, String text, List<Expected> expected,
                         Optional<String> error, Map<String, String> config) {
        public Record {
            expected = List.copyOf(expected);
            config = Map.copyOf(config);
        }

        /** A record with no {@code <Config>} options in force. */
        public Record(String id, String category, Optional<LocalDate> date, String text, List<Expected> expected,
                      Optional<String> error) {
            this(id, category, date, text, expected, error, Map.of());
        }

        /**
         * PETRARCH's {@code require_dyad} for this record: events need a source and a target code (true
         * unless a {@code <Config option="require_dyad" value="false">} before the record turned it off).
         */
        public boolean requireDyad() {
            return !config.getOrDefault("require_dyad", "true").toLowerCase(java.util.Locale.ROOT).contains("false");
        }
    }

    public PetrarchSuite {
        records = List.copyOf(records);
    }

    public static PetrarchSuite read(Path file) {
        org.w3c.dom.Document xml;
        try {
            // PETRARCH's files are XML but for their comments, which may hold "--": comments go first
            String text = withoutComments(Files.readString(file, StandardCharsets.UTF_8));
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            DocumentBuilder builder = f.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler() {
                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            xml = builder.parse(new InputSource(new StringReader(text)));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalArgumentException(file + ": not a readable validation file: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file, e);
        }
        Path dir = file.toAbsolutePath().getParent();
        Element root = xml.getDocumentElement();
        Environment env = environment(root, dir);
        List<Record> records = new ArrayList<>();
        // <Config> options hold from where they stand to the end of the file, or until set again
        Map<String, String> config = new java.util.HashMap<>();
        NodeList all = root.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.getTagName().equals("Config") && !e.getAttribute("option").isBlank()) {
                config.put(e.getAttribute("option").strip().toLowerCase(java.util.Locale.ROOT),
                        e.getAttribute("value").strip());
            } else if (e.getTagName().equals("Sentence")) {
                records.add(record(e, file, config));
            }
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

    private static Record record(Element s, Path file, Map<String, String> config) {
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
        return new Record(id, s.getAttribute("category").strip(), date, text, expected, error, config);
    }
}
