package se.linkoping.samverkan.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The timers of Samverkan's process models, read from {@code bpmn/*.bpmn} as deployed: every element with a timer
 * event definition (a start, boundary or intermediate event), by the id of its process. A timer added to a model is
 * here without anyone listing it.
 */
final class ModelTimers {

    private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    /** A timer event of a process model: the process's key and the event's id. */
    record Timer(String processKey, String eventId) implements Comparable<Timer> {

        @Override
        public int compareTo(Timer other) {
            return toString().compareTo(other.toString());
        }

        @Override
        public String toString() {
            return processKey + "/" + eventId;
        }
    }

    private ModelTimers() {
    }

    /** Every timer event of the models in a folder. */
    static Set<Timer> in(Path folder) throws IOException {
        Set<Timer> timers = new TreeSet<>();
        List<Path> models;
        try (Stream<Path> files = Files.list(folder)) {
            models = files.filter(file -> file.getFileName().toString().endsWith(".bpmn")).sorted().toList();
        }
        for (Path model : models) {
            timers.addAll(of(model));
        }
        return timers;
    }

    private static List<Timer> of(Path model) throws IOException {
        NodeList definitions;
        try (InputStream in = Files.newInputStream(model)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            definitions = factory.newDocumentBuilder().parse(in).getElementsByTagNameNS(BPMN, "timerEventDefinition");
        } catch (ParserConfigurationException | SAXException unreadable) {
            throw new IOException("Cannot read the model " + model, unreadable);
        }
        List<Timer> timers = new ArrayList<>();
        for (int i = 0; i < definitions.getLength(); i++) {
            Element event = (Element) definitions.item(i).getParentNode();
            timers.add(new Timer(processOf(event, model), event.getAttribute("id")));
        }
        return timers;
    }

    private static String processOf(Element event, Path model) {
        for (Node at = event.getParentNode(); at instanceof Element element; at = at.getParentNode()) {
            if (BPMN.equals(element.getNamespaceURI()) && "process".equals(element.getLocalName())) {
                return element.getAttribute("id");
            }
        }
        throw new IllegalStateException("The timer " + event.getAttribute("id") + " in " + model + " is in no process");
    }
}
