package se.linkoping.samverkan.forms;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

import se.linkoping.samverkan.system.EngineCommands;
import se.linkoping.samverkan.system.EngineRestRequests;

/** Puts {@link SubmittedVariablesGuard} in the path of every command of the engine. */
@Component
class SubmittedVariablesPlugin extends AbstractProcessEnginePlugin {

    private final EngineRestRequests rest;

    SubmittedVariablesPlugin(EngineRestRequests rest) {
        this.rest = rest;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        EngineCommands.guard(configuration, new SubmittedVariablesGuard(rest));
    }
}
