package se.linkoping.samverkan.access;

import org.camunda.bpm.engine.impl.ModificationBuilderImpl;
import org.camunda.bpm.engine.impl.ProcessInstanceModificationBuilderImpl;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.RestartProcessInstanceBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractModificationCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRestartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SetProcessDefinitionVersionCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.migration.AbstractMigrationCmd;
import org.camunda.bpm.engine.impl.migration.MigrationPlanExecutionBuilderImpl;

/**
 * Closes the ways around a process's own checks: starting an instance somewhere other than at its start
 * (start instructions), moving the tokens of a running one (process instance modification), restarting and
 * migrating instances. Only administrators may do those, and nobody may skip listeners or input/output
 * mappings while doing them. Whoever asks, over the REST API, from a webapp or in Java.
 * <p>
 * Asked of the commands a user's request runs at the top level, with a user authenticated on the engine;
 * the engine's own nested commands, jobs and the application's work without a user are not asked. Where an
 * administrator's start instructions would begin a checked process past its checks, {@link StartAtTheStart}
 * refuses it, for everyone.
 */
final class BypassGuard extends CommandInterceptor {

    static final String SKIPPING = "Lyssnare och in- och utdatamappningar hoppas aldrig över (skipCustomListeners, "
            + "skipIoMappings): processens kontroller ska alltid göras. Skicka begäran utan dem.";

    /** What a command does that goes around a process's checks, and how it is refused to non-administrators. */
    enum Bypass {
        START_ELSEWHERE("Bara administratörer får starta en process vid en annan aktivitet än dess början "
                + "(startInstructions): en process börjar alltid med sina kontroller. Starta den utan startinstruktioner."),
        MODIFICATION("Bara administratörer får flytta eller starta aktiviteter i en pågående process "
                + "(processinstansändring)."),
        RESTART("Bara administratörer får starta om avslutade processer."),
        MIGRATION("Bara administratörer får flytta pågående processer till en annan version (migrering).");

        private final String refusal;

        Bypass(String refusal) {
            this.refusal = refusal;
        }

        String refusal() {
            return refusal;
        }

        static Bypass of(Command<?> command) {
            if (command instanceof StartProcessInstanceAtActivitiesCmd) {
                return START_ELSEWHERE;
            }
            if (command instanceof ModifyProcessInstanceCmd || command instanceof ModifyProcessInstanceAsyncCmd
                    || command instanceof AbstractModificationCmd<?>) {
                return MODIFICATION;
            }
            if (command instanceof AbstractRestartProcessInstanceCmd<?>) {
                return RESTART;
            }
            if (command instanceof AbstractMigrationCmd || command instanceof SetProcessDefinitionVersionCmd) {
                return MIGRATION;
            }
            return null;
        }
    }

    private final ProcessEngineConfigurationImpl configuration;

    BypassGuard(ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (Context.getCommandContext() == null) {
            Authentication user = configuration.getIdentityService().getCurrentAuthentication();
            if (user != null && user.getUserId() != null) {
                check(command, user);
            }
        }
        return next.execute(command);
    }

    private void check(Command<?> command, Authentication user) {
        Bypass bypass = Bypass.of(command);
        if (bypass == null) {
            return;
        }
        if (!Administrators.includes(configuration, user)) {
            throw new NotPermitted(bypass.refusal());
        }
        if (skipsListenersOrMappings(command)) {
            throw new NotPermitted(SKIPPING);
        }
    }

    /** Whether the command would skip listeners or mappings; also when that cannot be read. */
    static boolean skipsListenersOrMappings(Command<?> command) {
        if (command instanceof SetProcessDefinitionVersionCmd) {
            return false;
        }
        Object builder = Fields.value(command, "builder");
        if (builder == null) {
            builder = Fields.value(command, "executionBuilder");
        }
        if (builder == null && Fields.value(command, "instantiationBuilder") instanceof ProcessInstantiationBuilderImpl start) {
            builder = start.getModificationBuilder();
        }
        if (builder instanceof ProcessInstanceModificationBuilderImpl modification) {
            return modification.isSkipCustomListeners() || modification.isSkipIoMappings();
        }
        if (builder instanceof ModificationBuilderImpl modifications) {
            return modifications.isSkipCustomListeners() || modifications.isSkipIoMappings();
        }
        if (builder instanceof RestartProcessInstanceBuilderImpl restart) {
            return restart.isSkipCustomListeners() || restart.isSkipIoMappings();
        }
        if (builder instanceof MigrationPlanExecutionBuilderImpl migration) {
            return migration.isSkipCustomListeners() || migration.isSkipIoMappings();
        }
        return true;
    }
}
