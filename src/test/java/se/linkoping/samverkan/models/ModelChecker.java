package se.linkoping.samverkan.models;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Static checks of the BPMN, DMN and form files, as Camunda Modeler and Tasklist users need them: the
 * Java port of {@code shared/tools/check-models.py} (without {@code --keys}), plus two checks of its own
 * (at least one BPMN file; form ids unique across files) and the form check for start events.
 *
 * <p>Each problem is reported as {@code "<file>: <what is wrong>"}.
 */
final class ModelChecker {

    private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final String BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI";
    private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
    private static final String CAMUNDA_DMN = "http://camunda.org/schema/1.0/dmn";
    private static final Set<String> DMN_NAMESPACES = Set.of(
            "https://www.omg.org/spec/DMN/20191111/MODEL/",
            "http://www.omg.org/spec/DMN/20180521/MODEL/",
            "http://www.omg.org/spec/DMN/20151101/dmn.xsd");
    private static final List<String> FLOW_TAGS = List.of(
            "task", "userTask", "serviceTask", "scriptTask", "businessRuleTask", "sendTask", "receiveTask",
            "manualTask", "callActivity", "subProcess", "startEvent", "endEvent", "intermediateCatchEvent",
            "intermediateThrowEvent", "boundaryEvent", "exclusiveGateway", "parallelGateway",
            "inclusiveGateway", "eventBasedGateway", "sequenceFlow", "transaction");
    private static final Set<String> TIMER_DEFINITIONS = Set.of("timeCycle", "timeDate", "timeDuration");
    /** Form component types that hold no input, so need no label. */
    private static final Set<String> DISPLAY_ONLY_TYPES = Set.of("text", "button", "spacer", "separator", "html");

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final DocumentBuilderFactory XML = secureXmlFactory();

    private final List<String> problems = new ArrayList<>();

    private ModelChecker() {
    }

    /** Checks every {@code .bpmn} and {@code .dmn} file under {@code bpmnDir} and every form under {@code formsDir}. */
    static List<String> check(Path bpmnDir, Path formsDir) throws IOException {
        ModelChecker checker = new ModelChecker();
        Map<String, Path> formIds = checker.checkForms(formsDir);
        List<Path> bpmnFiles = filesEndingWith(bpmnDir, ".bpmn");
        if (bpmnFiles.isEmpty()) {
            checker.fail(bpmnDir, "no .bpmn file");
        }
        for (Path file : bpmnFiles) {
            checker.checkBpmn(file, formIds);
        }
        for (Path file : filesEndingWith(bpmnDir, ".dmn")) {
            checker.checkDmn(file);
        }
        return List.copyOf(checker.problems);
    }

    // --- forms ---------------------------------------------------------------------------------------

    private Map<String, Path> checkForms(Path formsDir) throws IOException {
        Map<String, Path> formIds = new HashMap<>();
        for (Path file : filesEndingWith(formsDir, ".form")) {
            Optional<JsonNode> form = readJson(file);
            if (form.isEmpty()) {
                continue;
            }
            String id = text(form.get(), "id");
            if (id.isEmpty()) {
                fail(file, "form has no id");
                continue;
            }
            Path earlier = formIds.putIfAbsent(id, file);
            if (earlier != null) {
                fail(file, "form id '" + id + "' is also defined by " + earlier);
            }
            checkLabels(file, form.get().path("components"));
        }
        return formIds;
    }

    private Optional<JsonNode> readJson(Path file) throws IOException {
        try {
            return Optional.of(JSON.readTree(Files.readString(file)));
        } catch (CharacterCodingException e) {
            fail(file, "not valid JSON: not UTF-8");
        } catch (JsonProcessingException e) {
            fail(file, "not valid JSON: " + e.getOriginalMessage() + at(e.getLocation()));
        }
        return Optional.empty();
    }

    /** Every input field, nested ones included, needs a label. */
    private void checkLabels(Path file, JsonNode components) {
        for (JsonNode component : components) {
            String key = text(component, "key");
            if (!key.isEmpty() && !DISPLAY_ONLY_TYPES.contains(text(component, "type"))
                    && text(component, "label").isEmpty()) {
                fail(file, "field '" + key + "' has no label");
            }
            checkLabels(file, component.path("components"));
        }
    }

    // --- BPMN ----------------------------------------------------------------------------------------

    private void checkBpmn(Path file, Map<String, Path> formIds) throws IOException {
        Optional<Element> parsed = parseXml(file);
        if (parsed.isEmpty()) {
            return;
        }
        Element definitions = parsed.get();
        boolean hasDiagram = definitions.getElementsByTagNameNS(BPMNDI, "BPMNDiagram").getLength() > 0;
        if (!hasDiagram) {
            fail(file, "no diagram interchange (BPMNDiagram): Modeler would show an empty canvas");
        }
        Set<String> drawn = drawnElementIds(definitions);
        for (Element process : children(definitions, Set.of(BPMN), "process")) {
            checkProcessHistoryTimeToLive(file, process);
            if (hasDiagram) {
                checkEveryFlowElementDrawn(file, process, drawn);
            }
            checkUserTasks(file, process, formIds);
            checkStartEventForms(file, process, formIds);
            checkTimers(file, process);
        }
    }

    private void checkProcessHistoryTimeToLive(Path file, Element process) {
        if ("true".equals(process.getAttribute("isExecutable"))
                && process.getAttributeNS(CAMUNDA, "historyTimeToLive").isEmpty()) {
            fail(file, "process '" + process.getAttribute("id") + "' has no camunda:historyTimeToLive");
        }
    }

    /** Ids named by the BPMNShape and BPMNEdge elements of the diagram. */
    private static Set<String> drawnElementIds(Element definitions) {
        return Stream.of("BPMNShape", "BPMNEdge")
                .flatMap(tag -> elements(definitions.getElementsByTagNameNS(BPMNDI, tag)).stream())
                .map(shape -> shape.getAttribute("bpmnElement"))
                .collect(Collectors.toSet());
    }

    private void checkEveryFlowElementDrawn(Path file, Element process, Set<String> drawn) {
        for (String tag : FLOW_TAGS) {
            for (Element element : elements(process.getElementsByTagNameNS(BPMN, tag))) {
                if (!drawn.contains(element.getAttribute("id"))) {
                    fail(file, tag + " '" + element.getAttribute("id") + "' has no shape or edge in the diagram");
                }
            }
        }
    }

    private void checkUserTasks(Path file, Element process, Map<String, Path> formIds) {
        for (Element task : elements(process.getElementsByTagNameNS(BPMN, "userTask"))) {
            String name = "user task '" + nameOrId(task) + "'";
            if (Stream.of("candidateGroups", "assignee", "candidateUsers")
                    .allMatch(attribute -> task.getAttributeNS(CAMUNDA, attribute).isEmpty())) {
                fail(file, name + " has no candidate group or assignee");
            }
            if (task.getAttributeNS(CAMUNDA, "formRef").isEmpty()
                    && task.getAttributeNS(CAMUNDA, "formKey").isEmpty()) {
                fail(file, name + " has no form (camunda:formRef)");
            }
            checkFormRef(file, name, task, formIds);
        }
    }

    /** A start form is optional, but one that is named must exist. */
    private void checkStartEventForms(Path file, Element process, Map<String, Path> formIds) {
        for (Element start : elements(process.getElementsByTagNameNS(BPMN, "startEvent"))) {
            checkFormRef(file, "start event '" + nameOrId(start) + "'", start, formIds);
        }
    }

    private void checkFormRef(Path file, String name, Element element, Map<String, Path> formIds) {
        String ref = element.getAttributeNS(CAMUNDA, "formRef");
        if (!ref.isEmpty() && !ref.startsWith("${") && !formIds.containsKey(ref)) {
            fail(file, name + " names form '" + ref + "', which no file in forms/ defines");
        }
    }

    private void checkTimers(Path file, Element process) {
        for (Element timer : elements(process.getElementsByTagNameNS("*", "timerEventDefinition"))) {
            if (elements(timer.getChildNodes()).stream().noneMatch(c -> TIMER_DEFINITIONS.contains(c.getLocalName()))) {
                String id = timer.getAttribute("id").isEmpty()
                        ? ((Element) timer.getParentNode()).getAttribute("id")
                        : timer.getAttribute("id");
                fail(file, "timer '" + id + "' has no timeCycle, timeDate or timeDuration");
            }
        }
    }

    // --- DMN -----------------------------------------------------------------------------------------

    private void checkDmn(Path file) throws IOException {
        Optional<Element> parsed = parseXml(file);
        if (parsed.isEmpty()) {
            return;
        }
        for (Element decision : children(parsed.get(), DMN_NAMESPACES, "decision")) {
            if (decision.getAttributeNS(CAMUNDA_DMN, "historyTimeToLive").isEmpty()) {
                fail(file, "decision '" + decision.getAttribute("id") + "' has no camunda:historyTimeToLive");
            }
        }
    }

    // --- helpers -------------------------------------------------------------------------------------

    private void fail(Path file, String problem) {
        problems.add(file + ": " + problem);
    }

    private static List<Path> filesEndingWith(Path dir, String suffix) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .toList();
        }
    }

    /** The value of a string field, or "" when it is missing, empty or not a string. */
    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.textValue() : "";
    }

    private static String at(JsonLocation location) {
        return location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private Optional<Element> parseXml(Path file) throws IOException {
        try {
            DocumentBuilder builder = XML.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler()); // throws on fatal errors, prints nothing
            Document document = builder.parse(file.toFile());
            return Optional.of(document.getDocumentElement());
        } catch (SAXParseException e) {
            fail(file, "not valid XML: " + e.getMessage() + " (line " + e.getLineNumber() + ", column "
                    + e.getColumnNumber() + ")");
        } catch (SAXException e) {
            fail(file, "not valid XML: " + e.getMessage());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        return Optional.empty();
    }

    /** Namespace-aware, and refuses DOCTYPEs, so no external entity or DTD is ever read. */
    private static DocumentBuilderFactory secureXmlFactory() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Element> elements(NodeList nodes) {
        return IntStream.range(0, nodes.getLength())
                .mapToObj(nodes::item)
                .filter(node -> node.getNodeType() == Node.ELEMENT_NODE)
                .map(Element.class::cast)
                .toList();
    }

    private static List<Element> children(Element parent, Set<String> namespaces, String localName) {
        return elements(parent.getChildNodes()).stream()
                .filter(child -> namespaces.contains(child.getNamespaceURI()) && localName.equals(child.getLocalName()))
                .toList();
    }

    private static String nameOrId(Element element) {
        return element.getAttribute("name").isEmpty() ? element.getAttribute("id") : element.getAttribute("name");
    }
}
