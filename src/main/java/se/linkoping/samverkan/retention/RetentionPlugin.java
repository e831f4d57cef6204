package se.linkoping.samverkan.retention;

import java.util.ArrayList;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Puts the retention schedule into the engine: a process deployed (also later, from Modeler) gets the history
 * time-to-live {@link RetentionSettings} sets for its key instead of its model's; as the engine starts, definitions
 * deployed before the schedule changed get it too. And the history cleanup job also removes Samverkan's own rows
 * ({@link RetentionJobHandler}): in the same window, on one node at a time (the job is locked by the node that runs it).
 * The removal time of an instance that has already ended stays the one computed when it ended.
 */
@Component
class RetentionPlugin extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionPlugin.class);

    private final RetentionSettings settings;
    private final ObjectProvider<Retention> retention;

    RetentionPlugin(RetentionSettings settings, ObjectProvider<Retention> retention) {
        this.settings = settings;
        this.retention = retention;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
                settings.daysFor(processDefinition.getKey()).ifPresent(processDefinition::setHistoryTimeToLive);
            }
        });
        if (configuration.getCustomJobHandlers() == null) {
            configuration.setCustomJobHandlers(new ArrayList<>());
        }
        // after the engine's own handlers: this one takes the history cleanup's type
        configuration.getCustomJobHandlers().add(new RetentionJobHandler(() -> retention.getObject()));
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        if (settings.getTimeToLive().isEmpty()) {
            return;
        }
        RepositoryService repository = engine.getRepositoryService();
        for (ProcessDefinition definition : repository.createProcessDefinitionQuery().list()) {
            Integer days = settings.daysFor(definition.getKey()).orElse(null);
            if (days != null && !days.equals(definition.getHistoryTimeToLive())) {
                try {
                    repository.updateProcessDefinitionHistoryTimeToLive(definition.getId(), days);
                    LOG.info("Retention: history time-to-live of {} set to {} days (was {})", definition.getId(), days,
                            definition.getHistoryTimeToLive());
                } catch (OptimisticLockingException another) {
                    LOG.info("Retention: history time-to-live of {} set by another node", definition.getId());
                }
            }
        }
    }
}
