package se.linkoping.samverkan.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.springframework.stereotype.Component;

import se.linkoping.samverkan.estweeklycycle.WeeklyCycle;
import se.linkoping.samverkan.identity.OrganisationGroup;
import se.linkoping.samverkan.identity.People;
import se.linkoping.samverkan.referencedata.NamesAt;

/**
 * What the timeline reads of Camunda's history: the decision tables' evaluations of a problem in EST's
 * picture — the table by its Swedish name, its inputs and outputs as people read them, the rule that matched
 * and its Swedish reason (the rule's description in the table) — and what users did to a process and its
 * tasks. Each history is capped at {@value AuditTrail#HISTORY_CAP} rows.
 */
@Component
class EngineHistory {

    private final HistoryService history;
    private final RepositoryService repository;
    private final WeeklyCycle weeklyCycle;
    private final ValueNames values;
    private final Clock clock;
    /** The rules' Swedish reasons per deployed table version and rule id (a deployed version never changes). */
    private final Map<String, Map<String, String>> reasons = new ConcurrentHashMap<>();

    EngineHistory(HistoryService history, RepositoryService repository, WeeklyCycle weeklyCycle,
                  ValueNames values, Clock clock) {
        this.history = history;
        this.repository = repository;
        this.weeklyCycle = weeklyCycle;
        this.values = values;
        this.clock = clock;
    }

    /** The decision tables' evaluations for a problem, found by the activity instances the weekly cycle noted. */
    List<AuditTrail.Entry> evaluations(long problemId) {
        String[] activityInstances = weeklyCycle.evaluationsOf(problemId).toArray(String[]::new);
        if (activityInstances.length == 0) {
            return List.of();
        }
        NamesAt names = values.namesAt();
        return history.createHistoricDecisionInstanceQuery().activityInstanceIdIn(activityInstances)
                .includeInputs().includeOutputs().orderByEvaluationTime().asc().listPage(0, AuditTrail.HISTORY_CAP)
                .stream().map(evaluation -> evaluation(evaluation, problemId, names)).toList();
    }

    private AuditTrail.Entry evaluation(HistoricDecisionInstance evaluation, long problemId, NamesAt names) {
        Instant evaluated = evaluation.getEvaluationTime().toInstant();
        Map<String, Object> inputs = new LinkedHashMap<>();
        Map<String, Object> inputCodes = new LinkedHashMap<>();
        for (HistoricDecisionInputInstance input : evaluation.getInputs()) {
            String label = input.getClauseName() == null ? input.getClauseId() : input.getClauseName();
            inputs.put(label, values.decisionValue(input.getClauseId(), input.getValue(), names, evaluated));
            inputCodes.put(label, ValueNames.code(input.getValue()));
        }
        Map<String, Object> outputs = new LinkedHashMap<>();
        Map<String, Object> outputCodes = new LinkedHashMap<>();
        List<String> rules = new ArrayList<>();
        for (HistoricDecisionOutputInstance output : evaluation.getOutputs()) {
            String label = output.getClauseName() == null ? output.getVariableName() : output.getClauseName();
            outputs.put(label, values.decisionValue(output.getVariableName(), output.getValue(), names, evaluated));
            outputCodes.put(label, ValueNames.code(output.getValue()));
            if (!rules.contains(output.getRuleId())) {
                rules.add(output.getRuleId());
            }
        }
        Map<String, String> why = reasons(evaluation.getDecisionDefinitionId());
        List<String> ruleReasons = rules.stream().map(rule -> why.getOrDefault(rule, "")).filter(r -> !r.isEmpty())
                .toList();
        String table = evaluation.getDecisionDefinitionName() == null ? evaluation.getDecisionDefinitionKey()
                : evaluation.getDecisionDefinitionName();
        OffsetDateTime at = OffsetDateTime.ofInstant(evaluated, clock.getZone());
        String what = String.join("; ", outputs.values().stream().map(String::valueOf).distinct().toList());
        return AuditTrail.Entry.of(at, OrganisationGroup.EST.id(), "Beslutstabell: " + table, what,
                        People.rule(evaluation.getDecisionDefinitionKey()))
                .rationale(ruleReasons.isEmpty() ? null : String.join(" ", ruleReasons))
                .basis(TimelineText.details(Map.of("Indata", inputs)))
                .detail("indata", inputs).detail("utdata", outputs)
                .detail("regel", ruleReasons.isEmpty() ? null : String.join(" ", ruleReasons))
                .code("beslutstabell", evaluation.getDecisionDefinitionKey())
                .code("version", evaluation.getDecisionDefinitionId())
                .code("indata", inputCodes).code("utdata", outputCodes).code("regler", String.join(", ", rules))
                .code("problem", problemId);
    }

    /** The rules of a deployed table by id, with their Swedish reasons (their descriptions in the .dmn). */
    private Map<String, String> reasons(String decisionDefinitionId) {
        return reasons.computeIfAbsent(decisionDefinitionId, id -> {
            Map<String, String> byRule = new LinkedHashMap<>();
            DmnModelInstance model = repository.getDmnModelInstance(id);
            for (Rule rule : model.getModelElementsByType(Rule.class)) {
                if (rule.getDescription() != null && rule.getDescription().getTextContent() != null) {
                    byRule.put(rule.getId(), rule.getDescription().getTextContent().strip());
                }
            }
            return byRule;
        });
    }

    /**
     * What users did to a process and its tasks, as Camunda logged it, at the level the process was at then.
     *
     * @param levelAt the level (a group id) the process was at, at a time
     */
    List<AuditTrail.Entry> operations(String processInstanceId, Function<OffsetDateTime, String> levelAt) {
        List<AuditTrail.Entry> entries = new ArrayList<>();
        NamesAt names = values.namesAt();
        for (UserOperationLogEntry op : history.createUserOperationLogQuery().processInstanceId(processInstanceId)
                .orderByTimestamp().asc().listPage(0, AuditTrail.HISTORY_CAP)) {
            OffsetDateTime at = OffsetDateTime.ofInstant(op.getTimestamp().toInstant(), clock.getZone());
            entries.add(operation(op, at, levelAt.apply(at), names));
        }
        return entries;
    }

    private AuditTrail.Entry operation(UserOperationLogEntry op, OffsetDateTime at, String level, NamesAt names) {
        String what = EngineOperations.entity(op.getEntityType());
        String property = op.getProperty() == null || EngineOperations.SILENT.contains(op.getProperty()) ? null
                : EngineOperations.property(op.getProperty());
        String change = property == null ? "" : ", " + property + ": "
                + values.operationValue(op.getProperty(), op.getOrgValue(), names, at.toInstant()) + " → "
                + values.operationValue(op.getProperty(), op.getNewValue(), names, at.toInstant());
        return AuditTrail.Entry.of(at, level, "Användaråtgärd: " + EngineOperations.operation(op.getOperationType()),
                        what + change, op.getUserId() == null ? People.NO_PERSON : op.getUserId())
                .code("åtgärd", op.getOperationType()).code("objekt", op.getEntityType())
                .code("egenskap", op.getProperty()).code("före", op.getOrgValue()).code("efter", op.getNewValue())
                .code("uppgift", op.getTaskId()).code("process", op.getProcessInstanceId());
    }
}
