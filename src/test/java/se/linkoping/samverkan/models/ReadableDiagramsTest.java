package se.linkoping.samverkan.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Every model in {@code bpmn/} is one a process owner can read and own in Camunda Modeler: names are
 * Swedish text with at most a plain variable ({@code ${matterTitle}}), never code; the diagram fits a
 * screen (2,400 px wide); each service task says what it does; no label lies on a task; no word is broken
 * inside a task (bpmn-js breaks a word longer than the shape, about 7 px a character, 5 px padding a side).
 */
class ReadableDiagramsTest {

    private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final String BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI";
    private static final String DC = "http://www.omg.org/spec/DD/20100524/DC";
    private static final String DI = "http://www.omg.org/spec/DD/20100524/DI";
    private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
    private static final int MAX_WIDTH = 2400;
    private static final int PX_PER_CHARACTER = 7;
    private static final Set<String> ACTIVITIES = Set.of("task", "userTask", "serviceTask", "scriptTask",
            "businessRuleTask", "sendTask", "receiveTask", "manualTask", "callActivity", "subProcess", "transaction");
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)}");
    private static final Pattern PLAIN_VARIABLE = Pattern.compile("\\s*[A-Za-z_][A-Za-z0-9_]*\\s*");

    static Stream<Path> models() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            List<Path> models = files.filter(file -> file.toString().endsWith(".bpmn")).sorted().toList();
            assertThat(models).isNotEmpty();
            return models.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void namesHoldNoCode(Path model) throws Exception {
        List<String> code = new ArrayList<>();
        for (Element element : elements(read(model).getElementsByTagNameNS(BPMN, "*"))) {
            Matcher expression = EXPRESSION.matcher(element.getAttribute("name"));
            while (expression.find()) {
                if (!PLAIN_VARIABLE.matcher(expression.group(1)).matches()) {
                    code.add(element.getAttribute("id") + ": " + element.getAttribute("name"));
                }
            }
        }
        assertThat(code).as("names with code in %s (only ${variable} is readable)", model).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void fitsAScreen(Path model) throws Exception {
        Element definitions = read(model);
        List<Double> xs = new ArrayList<>();
        for (Element bounds : elements(definitions.getElementsByTagNameNS(DC, "Bounds"))) {
            xs.add(number(bounds, "x"));
            xs.add(number(bounds, "x") + number(bounds, "width"));
        }
        for (Element waypoint : elements(definitions.getElementsByTagNameNS(DI, "waypoint"))) {
            xs.add(number(waypoint, "x"));
        }
        double width = xs.stream().mapToDouble(Double::doubleValue).max().orElseThrow()
                - xs.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        assertThat(width).as("width of %s's diagram", model).isLessThanOrEqualTo(MAX_WIDTH);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void everyServiceTaskSaysWhatItDoes(Path model) throws Exception {
        Element definitions = read(model);
        List<String> undocumented = new ArrayList<>();
        for (String tag : List.of("serviceTask", "sendTask", "businessRuleTask")) {
            for (Element task : elements(definitions.getElementsByTagNameNS(BPMN, tag))) {
                boolean delegates = Stream.of("class", "delegateExpression", "expression", "type")
                        .anyMatch(attribute -> !task.getAttributeNS(CAMUNDA, attribute).isEmpty());
                boolean documented = elements(task.getChildNodes()).stream()
                        .anyMatch(child -> "documentation".equals(child.getLocalName())
                                && !child.getTextContent().isBlank());
                if ((tag.equals("serviceTask") || delegates) && !documented) {
                    undocumented.add(task.getAttribute("id"));
                }
            }
        }
        assertThat(undocumented).as("service tasks without documentation in %s", model).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void noLabelOnATask(Path model) throws Exception {
        Element definitions = read(model);
        Map<String, String> tags = tagsById(definitions);
        List<Element> taskShapes = new ArrayList<>();
        for (Element shape : elements(definitions.getElementsByTagNameNS(BPMNDI, "BPMNShape"))) {
            String tag = tags.get(shape.getAttribute("bpmnElement"));
            if (ACTIVITIES.contains(tag) && !"true".equals(shape.getAttribute("isExpanded"))) {
                taskShapes.add(shape);
            }
        }
        List<String> overlaps = new ArrayList<>();
        for (String diTag : List.of("BPMNShape", "BPMNEdge")) {
            for (Element labelled : elements(definitions.getElementsByTagNameNS(BPMNDI, diTag))) {
                for (Element label : childrenNamed(labelled, BPMNDI, "BPMNLabel")) {
                    for (Element labelBounds : childrenNamed(label, DC, "Bounds")) {
                        for (Element task : taskShapes) {
                            if (intersect(labelBounds, childrenNamed(task, DC, "Bounds").get(0))) {
                                overlaps.add("label of " + labelled.getAttribute("bpmnElement") + " on "
                                        + task.getAttribute("bpmnElement"));
                            }
                        }
                    }
                }
            }
        }
        assertThat(overlaps).as("labels on tasks in %s", model).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void noWordBrokenInATask(Path model) throws Exception {
        Element definitions = read(model);
        Map<String, Element> byId = new HashMap<>();
        for (Element element : elements(definitions.getElementsByTagNameNS(BPMN, "*"))) {
            byId.put(element.getAttribute("id"), element);
        }
        List<String> broken = new ArrayList<>();
        for (Element shape : elements(definitions.getElementsByTagNameNS(BPMNDI, "BPMNShape"))) {
            Element element = byId.get(shape.getAttribute("bpmnElement"));
            if (element == null || !ACTIVITIES.contains(element.getLocalName())) {
                continue;
            }
            double width = number(childrenNamed(shape, DC, "Bounds").get(0), "width");
            for (String word : element.getAttribute("name").split("\\s+")) {
                if (word.length() * PX_PER_CHARACTER > width - 10) {
                    broken.add(element.getAttribute("id") + " (" + width + " px): " + word);
                }
            }
        }
        assertThat(broken).as("words longer than their shape in %s", model).isEmpty();
    }

    private static Map<String, String> tagsById(Element definitions) {
        Map<String, String> tags = new HashMap<>();
        for (Element element : elements(definitions.getElementsByTagNameNS(BPMN, "*"))) {
            tags.put(element.getAttribute("id"), element.getLocalName());
        }
        return tags;
    }

    private static boolean intersect(Element a, Element b) {
        return number(a, "x") < number(b, "x") + number(b, "width")
                && number(b, "x") < number(a, "x") + number(a, "width")
                && number(a, "y") < number(b, "y") + number(b, "height")
                && number(b, "y") < number(a, "y") + number(a, "height");
    }

    private static double number(Element element, String attribute) {
        return Double.parseDouble(element.getAttribute(attribute));
    }

    private static Element read(Path model) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(model.toFile()).getDocumentElement();
    }

    private static List<Element> childrenNamed(Element parent, String namespace, String localName) {
        return elements(parent.getChildNodes()).stream()
                .filter(child -> namespace.equals(child.getNamespaceURI()) && localName.equals(child.getLocalName()))
                .toList();
    }

    private static List<Element> elements(NodeList nodes) {
        return IntStream.range(0, nodes.getLength())
                .mapToObj(nodes::item)
                .filter(node -> node.getNodeType() == Node.ELEMENT_NODE)
                .map(Element.class::cast)
                .toList();
    }
}
