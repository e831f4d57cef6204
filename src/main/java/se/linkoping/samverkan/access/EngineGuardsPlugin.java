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
 * command, {@link IdentityChanges} after changes of users and groups, {@link StartAtTheStart} on every process
 * that staff may start ({@link AccessPolicy}).
 */
@Component
class EngineGuardsPlugin extends AbstractProcessEnginePlugin {

    private final LoginCache logins;

    EngineGuardsPlugin(LoginCache logins) {
        this.logins = logins;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> before = new ArrayList<>();
        if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
            before.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
        }
        before.add(0, new TaskRecordsGuard(configuration));
        before.add(0, new BypassGuard(configuration));
        before.add(new IdentityChanges(logins));
        configuration.setCustomPreCommandInterceptorsTxRequired(before);

        List<BpmnParseListener> parseListeners = new ArrayList<>();
        if (configuration.getCustomPreBPMNParseListeners() != null) {
            parseListeners.addAll(configuration.getCustomPreBPMNParseListeners());
        }
        parseListeners.add(new StartAtTheStart(AccessPolicy.STARTABLE_PROCESSES.keySet()));
        configuration.setCustomPreBPMNParseListeners(parseListeners);
    }
}
