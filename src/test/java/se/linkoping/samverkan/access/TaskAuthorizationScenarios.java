package se.linkoping.samverkan.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.linkoping.samverkan.support.DemoLogins;

/**
 * What keeps Tasklist fast for a member of a group with thousands of tasks, checked without timing it: the
 * engine grants each task to its candidate group in two rows (the task and its history), no more; and the
 * database finds a member's grants task by task through an index, never by comparing every task with every
 * grant (see docs/BENCHMARKS.md). Each database gets the authorization check that does that on it.
 */
abstract class TaskAuthorizationScenarios {

    /** Enough tasks and grants that the database plans as it would for a busy group, not for a tiny table. */
    static final int TASKS = 1000;

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcClient jdbc;

    private String deployment;

    /** How the engine checks revoke authorizations on this database (its setting authorization-check-revokes). */
    abstract String expectedRevokeChecks();

    /** The database's EXPLAIN, as the start of a statement. */
    abstract String explain();

    /** The plan of a member's count finds the grants through an index, per task. */
    abstract void assertGrantsFoundByIndex(String plan);

    @BeforeEach
    void deployCheckProcess() {
        deployment = TaskQueryPlan.deploy(engine);
    }

    @AfterEach
    void removeCheckProcess() {
        engine.getRepositoryService().deleteDeployment(deployment, true);
    }

    @Test
    void aCandidateGroupGetsItsTaskAndItsHistoryAndNothingElse() {
        TaskQueryPlan.openTasks(engine, "est", 1);
        Task task = engine.getTaskService().createTaskQuery().processDefinitionKey(TaskQueryPlan.PROCESS).singleResult();

        List<Authorization> grants = engine.getAuthorizationService().createAuthorizationQuery()
                .resourceId(task.getId()).list();

        assertThat(grants).extracting(Authorization::getGroupId).containsOnly("est");
        assertThat(grants).extracting(Authorization::getResourceType)
                .containsExactlyInAnyOrder(Resources.TASK.resourceType(), Resources.HISTORIC_TASK.resourceType());
        assertThat(grants).filteredOn(g -> g.getResourceType() == Resources.TASK.resourceType()).singleElement()
                .satisfies(g -> assertThat(g.isPermissionGranted(TaskPermissions.TASK_WORK)).isTrue());
        assertThat(grants).filteredOn(g -> g.getResourceType() == Resources.HISTORIC_TASK.resourceType()).singleElement()
                .satisfies(g -> assertThat(g.isPermissionGranted(HistoricTaskPermissions.READ)).isTrue());
    }

    @Test
    void revokeAuthorizationsAreCheckedAsThisDatabaseNeeds() {
        assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getAuthorizationCheckRevokes())
                .isEqualTo(expectedRevokeChecks());
    }

    @Test
    void aMembersTaskCountFindsTheGrantsOfEachTaskThroughAnIndex() {
        TaskQueryPlan.openTasks(engine, "est", TASKS);
        TaskQueryPlan.openTasks(engine, "coordination-group", TASKS / 2);
        jdbc.sql("ANALYZE").update();

        String plan = TaskQueryPlan.explainCount(engine, explain(), DemoLogins.EST_POLICE, List.of("est", "police"), "est");

        assertGrantsFoundByIndex(plan);
    }
}
