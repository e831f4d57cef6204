package se.linkoping.samverkan.forms;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.spin.plugin.variable.SpinValues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Makes the texts a form shows current when the form is opened ({@link CurrentTexts}), and adds the choices
 * it offers that are never stored ({@link FormChoices}).
 * <p>
 * Tasklist reads a Camunda Form's values with {@code GET /task/{id}/form-variables}, the engine's
 * {@link GetTaskFormVariablesCmd}. Just before that command, in a transaction of its own, each text the task
 * shows is worked out again and written back only where it changed. Why on read, and not when something
 * changes: what a text shows changes in many places (a result reported, a decision taken, agenda notes
 * saved, a picture analysed, a person renamed) and with time alone (an intervention turns late at midnight);
 * refreshing on each of them would miss one sooner or later, and would rewrite every open task's texts on
 * each change. On read, a form is never staler than the moment it is opened, and history records a new
 * value only when the text did change (nothing when it did not).
 * <p>
 * Robust by design: only a top-level read refreshes (never inside another command or transaction); a
 * reader who may not read the task changes nothing; two people opening the same form at once may both try
 * to write the same new text, and the one who loses the optimistic lock reads the other's; and a text that
 * cannot be worked out leaves the stored one, so the form still opens.
 */
@Component
class CurrentTextsPlugin extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(CurrentTextsPlugin.class);

    private final ObjectProvider<CurrentTexts> texts;
    private final ObjectProvider<FormChoices> choices;

    CurrentTextsPlugin(ObjectProvider<CurrentTexts> texts, ObjectProvider<FormChoices> choices) {
        this.texts = texts;
        this.choices = choices;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> before = new ArrayList<>();
        if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
            before.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
        }
        before.add(new RefreshBeforeFormRead());
        configuration.setCustomPreCommandInterceptorsTxRequired(before);
    }

    /** The beans that keep texts current, by the variable they fill. */
    private Map<String, CurrentTexts> byVariable() {
        Map<String, CurrentTexts> byVariable = new LinkedHashMap<>();
        texts.orderedStream().forEach(bean -> bean.variables().forEach(name -> byVariable.put(name, bean)));
        return byVariable;
    }

    /** The beans that offer choices when a form is opened, by the variable a form's select names. */
    private Map<String, FormChoices> choicesByVariable() {
        Map<String, FormChoices> byVariable = new LinkedHashMap<>();
        choices.orderedStream().forEach(bean -> bean.variables().forEach(name -> byVariable.put(name, bean)));
        return byVariable;
    }

    /**
     * Before a task's form variables are read at the top level, refreshes its texts in a command of their own;
     * after, adds the choices its form offers (read only: nothing is stored).
     */
    private final class RefreshBeforeFormRead extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            if (command instanceof GetTaskFormVariablesCmd read && Context.getCommandContext() == null
                    && !TransactionSynchronizationManager.isActualTransactionActive()) {
                refresh(read.resourceId);
                T values = next.execute(command);
                if (values instanceof VariableMap map) {
                    addChoices(read.resourceId, read.formVariableNames, map);
                }
                return values;
            }
            return next.execute(command);
        }

        private void addChoices(String taskId, Collection<String> names, VariableMap values) {
            try {
                next.execute(new WorkOutChoices(taskId, names, choicesByVariable()))
                        .forEach((name, json) -> values.putValueTyped(name, SpinValues.jsonValue(json).create()));
            } catch (RuntimeException failed) {
                LOG.warn("Choices of task {} could not be worked out; its form offers none", taskId, failed);
            }
        }

        private void refresh(String taskId) {
            try {
                next.execute(new RefreshTexts(taskId, byVariable()));
            } catch (AuthorizationException notAllowed) {
                LOG.debug("Texts of task {} not refreshed: the reader may not read it", taskId);
            } catch (OptimisticLockingException concurrent) {
                LOG.debug("Texts of task {} refreshed by someone opening it at the same time", taskId);
            } catch (RuntimeException failed) {
                LOG.warn("Texts of task {} could not be refreshed; the form shows them as stored", taskId, failed);
            }
        }
    }

    /** Works out the choices a task's form offers now (those asked for, or all), as JSON by variable. */
    private record WorkOutChoices(String taskId, Collection<String> names, Map<String, FormChoices> choices)
            implements Command<Map<String, String>> {

        @Override
        public Map<String, String> execute(CommandContext context) {
            TaskEntity task = context.getTaskManager().findTaskById(taskId);
            if (task == null || task.getExecutionId() == null) {
                return Map.of();
            }
            ExecutionEntity execution = task.getExecution();
            Map<String, String> found = new LinkedHashMap<>();
            choices.forEach((name, bean) -> {
                if (names == null || names.contains(name)) {
                    bean.now(name, execution).ifPresent(json -> found.put(name, json));
                }
            });
            return found;
        }
    }

    /** Works out a task's texts now and writes those that changed, where the task's scope holds them. */
    private record RefreshTexts(String taskId, Map<String, CurrentTexts> texts) implements Command<Integer> {

        @Override
        public Integer execute(CommandContext context) {
            TaskEntity task = context.getTaskManager().findTaskById(taskId);
            if (task == null || task.getExecutionId() == null) {
                return 0;
            }
            for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
                checker.checkReadTaskVariable(task);
            }
            ExecutionEntity execution = task.getExecution();
            // the texts name people and read Samverkan's tables: the reader's rights to users are not asked
            return context.runWithoutAuthorization(() -> {
                int changed = 0;
                for (Map.Entry<String, CurrentTexts> text : texts.entrySet()) {
                    String name = text.getKey();
                    if (!execution.hasVariable(name)) {
                        continue;
                    }
                    Optional<String> now;
                    try {
                        now = text.getValue().now(name, execution);
                    } catch (RuntimeException failed) {
                        // a variable of the same name in a model that is not Samverkan's, or data gone: keep it
                        // (a failure inside a transactional service rolls the whole refresh back: all as stored)
                        LOG.warn("Text {} of task {} could not be worked out; the form shows it as stored", name,
                                taskId, failed);
                        continue;
                    }
                    if (now.isPresent() && !now.get().equals(execution.getVariable(name))) {
                        execution.setVariable(name, now.get());
                        changed++;
                    }
                }
                return changed;
            });
        }
    }
}
