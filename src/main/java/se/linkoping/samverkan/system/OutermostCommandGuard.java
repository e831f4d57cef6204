package se.linkoping.samverkan.system;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * A guard that looks at what was asked of the engine, not at what the engine then does for it: only the
 * outermost command of a thread is checked (a delegate's own calls to the engine are the process's, not the
 * caller's). It runs inside the command's context ({@link EngineCommands#guard}): before the command, and, when
 * the check asks for it, once more after the command succeeded but before anything is written to the database,
 * so that the process's own checks (a form step's Swedish reasons) speak first and a refusal still stores nothing.
 */
public abstract class OutermostCommandGuard extends CommandInterceptor {

    /** How many commands this guard is inside of on this thread: its own count, not another guard's. */
    private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);

    @Override
    public <T> T execute(Command<T> command) {
        int[] inside = depth.get();
        Runnable after = null;
        if (inside[0] == 0) {
            after = check(command, Context.getCommandContext());
        }
        inside[0]++;
        T result;
        try {
            result = next.execute(command);
        } finally {
            inside[0]--;
        }
        if (after != null) {
            after.run();
        }
        return result;
    }

    /**
     * Throws a refusal ({@link EngineCommands#refused}) when the command must not run.
     *
     * @return what to check once the command has run (throwing a refusal rolls it back), or null
     */
    protected abstract Runnable check(Command<?> command, CommandContext context);
}
