package se.linkoping.samverkan.access;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;

import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.scripting.defaults.DefaultParameterHandler;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSession;
import org.camunda.bpm.model.bpmn.Bpmn;

/**
 * The SQL the engine runs when a signed-in user counts a candidate group's tasks (as Tasklist's filter count
 * does), built by the engine's own mapping and authorization checks, and the database's plan for it.
 */
final class TaskQueryPlan {

    static final String PROCESS = "authorization-plan-check";
    private static final int TASKS_PER_INSTANCE = 250;

    private TaskQueryPlan() {
    }

    /** Deploys a process with a user task for {@code ${group}}, many at once; returns the deployment. */
    static String deploy(ProcessEngine engine) {
        return engine.getRepositoryService().createDeployment().name(PROCESS)
                .addModelInstance(PROCESS + ".bpmn", Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(1)
                        .startEvent()
                        .userTask("Task_Check").name("Kontroll").camundaCandidateGroups("${group}")
                        .multiInstance().parallel().cardinality("${count}").multiInstanceDone()
                        .endEvent().done())
                .deploy().getId();
    }

    /** Opens tasks of a candidate group, as the engine creates them: with their authorizations. */
    static void openTasks(ProcessEngine engine, String group, int tasks) {
        for (int left = tasks; left > 0; left -= TASKS_PER_INSTANCE) {
            engine.getRuntimeService().startProcessInstanceByKey(PROCESS,
                    java.util.Map.of("group", group, "count", Math.min(TASKS_PER_INSTANCE, left)));
        }
    }

    /**
     * The database's answer to {@code explain} + the count a user of {@code groups} makes of
     * {@code candidateGroup}'s tasks (with assigned ones, as Samverkan's group filters do), each row a line.
     */
    static String explainCount(ProcessEngine engine, String explain, String userId, List<String> groups,
                               String candidateGroup) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        engine.getIdentityService().setAuthentication(userId, groups);
        try {
            return configuration.getCommandExecutorTxRequired().execute(context -> {
                TaskQueryImpl query = (TaskQueryImpl) engine.getTaskService().createTaskQuery()
                        .taskCandidateGroup(candidateGroup).includeAssignedTasks();
                // what TaskQueryImpl.executeCount and TaskManager do before the statement runs
                query.getAuthCheck().setUseLeftJoin(configuration.isCmmnEnabled());
                context.getAuthorizationManager().configureTaskQuery(query);
                context.getTenantManager().configureQuery(query);
                DbSqlSession session = context.getDbSqlSession();
                MappedStatement statement = session.getSqlSession().getConfiguration().getMappedStatement(
                        configuration.getDbSqlSessionFactory().mapStatement("selectTaskCountByQueryCriteria"));
                BoundSql sql = statement.getBoundSql(query);
                Connection connection = session.getSqlSession().getConnection();
                try (PreparedStatement plan = connection.prepareStatement(explain + " " + sql.getSql())) {
                    new DefaultParameterHandler(statement, query, sql).setParameters(plan);
                    StringBuilder lines = new StringBuilder();
                    try (ResultSet rows = plan.executeQuery()) {
                        while (rows.next()) {
                            lines.append(rows.getString(1)).append('\n');
                        }
                    }
                    return lines.toString();
                } catch (java.sql.SQLException failed) {
                    throw new IllegalStateException(failed);
                }
            });
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }
}
