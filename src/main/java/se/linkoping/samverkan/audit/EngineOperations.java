package se.linkoping.samverkan.audit;

import java.util.Map;
import java.util.Set;

/**
 * Camunda's user operation log in Swedish: what a user did (its operation type), to what (its entity type)
 * and which property. The log's own codes stay in the exports; an operation not named here reads as a
 * general "ändring i processmotorn".
 */
final class EngineOperations {

    /** Properties the log notes that say nothing a reader needs (a completed task is "deleted"). */
    static final Set<String> SILENT = Set.of("delete");

    private static final Map<String, String> OPERATIONS = Map.ofEntries(
            Map.entry("Claim", "tog uppgiften"), Map.entry("Complete", "slutförde uppgiften"),
            Map.entry("Assign", "tilldelade uppgiften"), Map.entry("Delegate", "delegerade uppgiften"),
            Map.entry("Resolve", "löste uppgiften"), Map.entry("SetOwner", "satte ägare"),
            Map.entry("SetPriority", "ändrade prioritet"), Map.entry("Update", "ändrade"),
            Map.entry("Create", "skapade"), Map.entry("Delete", "tog bort"), Map.entry("Suspend", "pausade"),
            Map.entry("Activate", "återupptog"), Map.entry("AddUserLink", "lade till en person"),
            Map.entry("DeleteUserLink", "tog bort en person"), Map.entry("AddGroupLink", "lade till en grupp"),
            Map.entry("DeleteGroupLink", "tog bort en grupp"), Map.entry("SetVariable", "satte en variabel"),
            Map.entry("ModifyVariable", "ändrade variabler"), Map.entry("RemoveVariable", "tog bort en variabel"),
            Map.entry("ModifyProcessInstance", "flyttade processen"), Map.entry("Migrate", "migrerade processen"),
            Map.entry("SetJobRetries", "ändrade försök"), Map.entry("SetDueDate", "ändrade förfallodag"),
            Map.entry("CorrelateMessage", "skickade ett meddelande"),
            Map.entry("SetRemovalTime", "ändrade gallringstid"),
            Map.entry("DeleteHistory", "gallrade historik"));

    private static final Map<String, String> ENTITIES = Map.ofEntries(
            Map.entry("Task", "Uppgift"), Map.entry("ProcessInstance", "Processinstans"),
            Map.entry("Variable", "Variabel"), Map.entry("IdentityLink", "Behörighet till uppgift"),
            Map.entry("Attachment", "Bilaga"), Map.entry("Job", "Jobb"), Map.entry("Comment", "Kommentar"),
            Map.entry("ProcessDefinition", "Processdefinition"), Map.entry("Incident", "Incident"));

    private static final Map<String, String> PROPERTIES = Map.ofEntries(
            Map.entry("assignee", "handläggare"), Map.entry("owner", "ägare"), Map.entry("priority", "prioritet"),
            Map.entry("dueDate", "förfallodag"), Map.entry("followUpDate", "uppföljningsdag"),
            Map.entry("candidateGroup", "kandidatgrupp"), Map.entry("candidateUser", "kandidat"),
            Map.entry("delete", "borttagen"), Map.entry("name", "namn"), Map.entry("description", "beskrivning"),
            Map.entry("suspensionState", "läge"), Map.entry("delegation", "delegering"),
            Map.entry("parentTask", "överordnad uppgift"), Map.entry("caseInstanceId", "ärendeinstans"),
            Map.entry("variableName", "variabel"), Map.entry("nrOfInstances", "antal"),
            Map.entry("async", "asynkront"), Map.entry("processInstanceId", "processinstans"),
            Map.entry("userId", "användare"), Map.entry("groupId", "grupp"), Map.entry("type", "typ"));

    private EngineOperations() {
    }

    static String operation(String type) {
        return OPERATIONS.getOrDefault(type, "ändring i processmotorn");
    }

    static String entity(String type) {
        return ENTITIES.getOrDefault(type, "Objekt i processmotorn");
    }

    static String property(String property) {
        return PROPERTIES.getOrDefault(property, "egenskap");
    }
}
