package se.linkoping.samverkan.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.stereotype.Component;

import se.linkoping.samverkan.estweeklycycle.WeeklyCycle;

/**
 * What the timeline reads of Camunda's history: the decision tables' evaluations of a problem in EST's
 * picture, with their inputs, outputs and rules, and what users did to a process and its tasks. Each history
 * is capped at {@value AuditTrail#HISTORY_CAP} rows.
 */
@Component
class EngineHistory {

    /** The timeline's level of what Camunda logged of users' operations. */
    static final String ENGINE = "Camunda";

    private final HistoryService history;
    private final WeeklyCycle weeklyCycle;
    private final Clock clock;

    EngineHistory(HistoryService history, WeeklyCycle weeklyCycle, Clock clock) {
        this.history = history;
        this.weeklyCycle = weeklyCycle;
        this.clock = clock;
    }

    /** The decision tables' evaluations for a problem, found by the activity instances the weekly cycle noted. */
    List<AuditTrail.Entry> evaluations(long problemId) {
        String[] activityInstances = weeklyCycle.evaluationsOf(problemId).toArray(String[]::new);
        if (activityInstances.length == 0) {
            return List.of();
        }
        return history.createHistoricDecisionInstanceQuery().activityInstanceIdIn(activityInstances)
                .includeInputs().includeOutputs().orderByEvaluationTime().asc().listPage(0, AuditTrail.HISTORY_CAP)
                .stream().map(this::evaluation).toList();
    }

    private AuditTrail.Entry evaluation(HistoricDecisionInstance evaluation) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        for (HistoricDecisionInputInstance input : evaluation.getInputs()) {
            inputs.put(input.getClauseName() == null ? input.getClauseId() : input.getClauseName(), input.getValue());
        }
        Map<String, Object> outputs = new LinkedHashMap<>();
        List<String> rules = new ArrayList<>();
        for (HistoricDecisionOutputInstance output : evaluation.getOutputs()) {
            outputs.put(output.getClauseName() == null ? output.getVariableName() : output.getClauseName(),
                    output.getValue());
            if (!rules.contains(output.getRuleId())) {
                rules.add(output.getRuleId());
            }
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("beslutstabell", evaluation.getDecisionDefinitionKey());
        details.put("indata", inputs);
        details.put("utdata", outputs);
        details.put("regler", rules);
        return new AuditTrail.Entry(OffsetDateTime.ofInstant(evaluation.getEvaluationTime().toInstant(), clock.getZone()),
                Names.EST, "Beslutstabell " + evaluation.getDecisionDefinitionKey(),
                evaluation.getDecisionDefinitionName() + ": " + outputs, "regel (" + evaluation.getDecisionDefinitionKey()
                + ")", null, "Indata: " + inputs + ". Regel: " + String.join(", ", rules) + ".", details);
    }

    /** What users did to the processes and their tasks, as Camunda logged it. */
    List<AuditTrail.Entry> operations(List<String> processInstanceIds) {
        List<AuditTrail.Entry> entries = new ArrayList<>();
        for (String process : processInstanceIds) {
            for (UserOperationLogEntry op : history.createUserOperationLogQuery().processInstanceId(process)
                    .orderByTimestamp().asc().listPage(0, AuditTrail.HISTORY_CAP)) {
                entries.add(operation(op));
            }
        }
        return entries;
    }

    private AuditTrail.Entry operation(UserOperationLogEntry op) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("åtgärd", op.getOperationType());
        details.put("objekt", op.getEntityType());
        if (op.getProperty() != null) {
            details.put("egenskap", op.getProperty());
            details.put("före", op.getOrgValue());
            details.put("efter", op.getNewValue());
        }
        if (op.getTaskId() != null) {
            details.put("uppgift", op.getTaskId());
        }
        return new AuditTrail.Entry(OffsetDateTime.ofInstant(op.getTimestamp().toInstant(), clock.getZone()), ENGINE,
                "Användaråtgärd: " + op.getOperationType(), op.getEntityType()
                + (op.getProperty() == null ? "" : " " + op.getProperty() + ": " + op.getOrgValue() + " → "
                + op.getNewValue()), op.getUserId(), null, null, details);
    }
}
