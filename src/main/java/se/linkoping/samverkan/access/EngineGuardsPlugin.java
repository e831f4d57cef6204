package se.linkoping.samverkan.access;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Puts the engine's guards in place: {@link BypassGuard} and {@link TaskRecordsGuard} in front of every
 * command, {@link StartAtTheStart} on every process that staff may start ({@link AccessPolicy}).
 */
@Component
class EngineGuardsPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> before = new ArrayList<>();
        if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
            before.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
        }
        before.add(0, new TaskRecordsGuard(configuration));
        before.add(0, new BypassGuard(configuration));
        configuration.setCustomPreCommandInterceptorsTxRequired(before);

        List<BpmnParseListener> parseListeners = new ArrayList<>();
        if (configuration.getCustomPreBPMNParseListeners() != null) {
            parseListeners.addAll(configuration.getCustomPreBPMNParseListeners());
        }
        parseListeners.add(new StartAtTheStart(AccessPolicy.STARTABLE_PROCESSES.keySet()));
        configuration.setCustomPreBPMNParseListeners(parseListeners);
    }
}
