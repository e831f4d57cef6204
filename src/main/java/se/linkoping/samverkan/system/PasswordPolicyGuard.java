package se.linkoping.samverkan.system;

import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.stereotype.Component;

import se.linkoping.samverkan.identity.PasswordPolicy;

/**
 * Every password set through Camunda Admin or the REST API ({@code /engine-rest} and the webapps' API alike: a new
 * user, a changed password, the first administrator's set-up page) follows the {@link PasswordPolicy}; otherwise
 * it is refused in Swedish (400) and nothing is stored. Samverkan's own code (the demo's users) is not checked
 * here; the first administrator from configuration is checked at start-up.
 */
@Component
class PasswordPolicyGuard extends AbstractProcessEnginePlugin {

    private final EngineRestRequests rest;

    PasswordPolicyGuard(EngineRestRequests rest) {
        this.rest = rest;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        EngineCommands.guard(configuration, new OutermostCommandGuard() {
            @Override
            protected Runnable check(Command<?> command, CommandContext context) {
                if (rest.now() && command instanceof SaveUserCmd) {
                    refuseWeak((UserEntity) EngineCommands.field(command, "user"));
                }
                return null;
            }
        });
    }

    static void refuseWeak(UserEntity user) {
        if (user == null || !user.hasNewPassword()) {
            return; // a changed name or address: the password stays
        }
        List<String> problems = PasswordPolicy.problems(user.getId(),
                (String) EngineCommands.field(user, "newPassword"));
        if (!problems.isEmpty()) {
            throw EngineCommands.refused("Lösenordet sparades inte. " + String.join(" ", problems) + " "
                    + PasswordPolicy.rule());
        }
    }
}
