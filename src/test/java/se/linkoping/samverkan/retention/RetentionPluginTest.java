package se.linkoping.samverkan.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/**
 * The retention schedule in the engine: a process deployed gets the time-to-live the settings give its key instead of
 * its model's, and definitions deployed before the schedule changed get it as the engine starts; other keys keep theirs.
 */
class RetentionPluginTest {

    @Test
    void theScheduleOverridesTheModelsTimeToLiveAtDeploymentAndForWhatWasDeployedBefore() {
        String database = "jdbc:h2:mem:retention-plugin-test;DB_CLOSE_DELAY=-1";
        ProcessEngine before = engine("retention-before", database, null);
        try {
            before.getRepositoryService().createDeployment().addModelInstance("shortened.bpmn", model("shortened", "a"))
                    .addModelInstance("kept.bpmn", model("kept", "a")).deploy();
        } finally {
            before.close();
        }

        ProcessEngine engine = engine("retention-after", database,
                new RetentionPlugin(RetentionSettingsTest.settings(Map.of("shortened", "P30D", "unused", "7")),
                        new StaticListableBeanFactory().getBeanProvider(Retention.class)));
        try {
            assertThat(timeToLive(engine, "shortened")).as("deployed before the schedule").containsExactly(30);
            assertThat(timeToLive(engine, "kept")).containsExactly(3650);

            engine.getRepositoryService().createDeployment().addModelInstance("shortened.bpmn", model("shortened", "b"))
                    .addModelInstance("kept.bpmn", model("kept", "b")).deploy();

            assertThat(timeToLive(engine, "shortened")).as("deployed with the schedule").containsExactly(30, 30);
            assertThat(timeToLive(engine, "kept")).containsExactly(3650, 3650);
        } finally {
            engine.close();
        }
    }

    private static List<Integer> timeToLive(ProcessEngine engine, String key) {
        return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key)
                .orderByProcessDefinitionVersion().asc().list().stream().map(ProcessDefinition::getHistoryTimeToLive)
                .toList();
    }

    private static BpmnModelInstance model(String key, String version) {
        return Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(3650).name("Version " + version)
                .startEvent().endEvent().done();
    }

    private static ProcessEngine engine(String name, String jdbcUrl, RetentionPlugin plugin) {
        ProcessEngineConfigurationImpl configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName(name);
        configuration.setJdbcUrl(jdbcUrl);
        // kept when the first engine closes, for the second
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfigurationImpl.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory("full");
        configuration.setJobExecutorActivate(false);
        if (plugin != null) {
            configuration.getProcessEnginePlugins().add(plugin);
        }
        return configuration.buildProcessEngine();
    }
}
