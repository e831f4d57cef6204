package se.linkoping.samverkan.meeting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import se.linkoping.samverkan.refusal.Refusal;

/**
 * The coordination group's cadence in a phase, as the DMN {@code meeting-cadence} decides it: the
 * latest deployed version, so a process owner's change in Modeler applies from the next evaluation.
 * Only while the table is being deployed for the first time (the engine sets its timers during that
 * deployment), or without an engine, is the application's own copy read.
 */
@Component
public class MeetingCadence {

    static final String DECISION_KEY = "meeting-cadence";
    private static final String BUNDLED = "/bpmn/meeting-cadence.dmn";

    /** What the table gives for a phase: an ISO-8601 period, its name, and how long a matter may wait. */
    public record Cadence(String phase, String interval, String name, int maxWaitDays) {
    }

    private final ObjectProvider<ProcessEngine> engine;

    /** Reads the bundled table only: for tests without an engine. */
    public MeetingCadence() {
        this.engine = null;
    }

    /** Reads the deployed table, also when called outside the engine (the calendar feeds). */
    @Autowired
    public MeetingCadence(ObjectProvider<ProcessEngine> engine) {
        this.engine = engine;
    }

    /**
     * @throws Refusal when the table has no cadence for the phase
     */
    public Cadence of(String phase) {
        Map<String, Object> result;
        ProcessEngine running = Context.getCommandContext() == null && engine != null ? engine.getIfAvailable() : null;
        if (running != null) {
            // a command of its own, as the application and not as the user the request runs for
            result = ((ProcessEngineConfigurationImpl) running.getProcessEngineConfiguration())
                    .getCommandExecutorTxRequired()
                    .execute(context -> context.runWithoutAuthorization(() -> evaluate(phase)));
        } else {
            result = evaluate(phase);
        }
        if (result == null) {
            throw new Refusal(List.of("Fasen ”" + phase + "” finns inte: välj lugn, normal eller förhöjd."));
        }
        return new Cadence(phase, (String) result.get("meetingInterval"), (String) result.get("cadenceName"),
                ((Number) result.get("maxWaitDays")).intValue());
    }

    private Map<String, Object> evaluate(String phase) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("phase", phase);
        ProcessEngineConfigurationImpl engine = Context.getCommandContext() == null ? null
                : Context.getProcessEngineConfiguration();
        if (engine != null && engine.getRepositoryService().createDecisionDefinitionQuery()
                .decisionDefinitionKey(DECISION_KEY).count() > 0) {
            DmnDecisionResultEntries entries = engine.getDecisionService().evaluateDecisionByKey(DECISION_KEY)
                    .variables(variables).evaluate().getSingleResult();
            return entries == null ? null : entries.getEntryMap();
        }
        return bundled().getSingleResult(variables);
    }

    private BundledTable bundled() {
        return BundledTable.INSTANCE;
    }

    /** The table as shipped with the application, parsed once. */
    private static final class BundledTable {
        static final BundledTable INSTANCE = new BundledTable();
        private final DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        private final DmnDecision decision;

        private BundledTable() {
            try (InputStream in = MeetingCadence.class.getResourceAsStream(BUNDLED)) {
                if (in == null) {
                    throw new IllegalStateException(BUNDLED + " is not on the class path");
                }
                decision = dmn.parseDecision(DECISION_KEY, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        Map<String, Object> getSingleResult(Map<String, Object> variables) {
            DmnDecisionRuleResult result =
                    dmn.evaluateDecisionTable(decision, variables).getSingleResult();
            return result == null ? null : result.getEntryMap();
        }
    }
}
