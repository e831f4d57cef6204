package se.linkoping.samverkan.retention;

import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.historycleanup.HistoryCleanupJobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.historycleanup.HistoryCleanupJobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

/**
 * Camunda's history cleanup job, which first removes Samverkan's own rows of the process instances whose history it
 * removes ({@link Retention}), in the same transaction: when the job runs in its batch window, or at once when
 * started by hand ({@code HistoryService#cleanUpHistoryAsync(true)}). Samverkan's rows go first, while the history
 * still tells which instances are due; rows whose history a run already removed are found by its absence.
 */
class RetentionJobHandler extends HistoryCleanupJobHandler {

    private final Supplier<Retention> retention;

    RetentionJobHandler(Supplier<Retention> retention) {
        this.retention = retention;
    }

    @Override
    public void execute(HistoryCleanupJobHandlerConfiguration configuration, ExecutionEntity execution,
                        CommandContext commandContext, String tenantId) {
        // with several cleanup jobs (degree of parallelism), the first one's; never without history, which tells what is due
        if (configuration.getMinuteFrom() == 0 && (configuration.isImmediatelyDue() || isWithinBatchWindow(commandContext))
                && !HistoryLevel.HISTORY_LEVEL_NONE.equals(commandContext.getProcessEngineConfiguration().getHistoryLevel())) {
            retention.get().removeEnded();
        }
        super.execute(configuration, execution, commandContext, tenantId);
    }
}
