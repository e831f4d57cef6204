package se.linkoping.samverkan.access;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_TASK;
import static org.camunda.bpm.engine.authorization.Resources.OPERATION_LOG_CATEGORY;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static se.linkoping.samverkan.access.Grant.ANY;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;

import se.linkoping.samverkan.identity.OrganisationGroup;

/**
 * What each group may do, and nothing more. Task permissions are not here: the engine grants a
 * candidate group its own tasks when it creates them. A role (a signatory, a convener) gets Tasklist, its
 * filter and the definitions of the processes its tasks are in; its holders start processes through their
 * other groups.
 */
final class AccessPolicy {

    /** Processes staff may start from Tasklist, by key. Later processes add their starters here. */
    static final Map<String, List<OrganisationGroup>> STARTABLE_PROCESSES = Map.of(
            "incident-report", startersOfIncidentReport(),
            // any body raises a question; the security unit and district coordinators prepare the meetings
            "matter", List.of(OrganisationGroup.EST, OrganisationGroup.COORDINATION_GROUP,
                    OrganisationGroup.STEERING_GROUP, OrganisationGroup.POLITICAL_STEERING_GROUP,
                    OrganisationGroup.SECURITY_UNIT, OrganisationGroup.DISTRICT_COORDINATORS),
            // the coordination group initiates coordination before known events
            "event-coordination", List.of(OrganisationGroup.COORDINATION_GROUP),
            // the security unit and the police draft the agreement; the political steering group may ask for one
            "cooperation-agreement", List.of(OrganisationGroup.SECURITY_UNIT, OrganisationGroup.POLICE,
                    OrganisationGroup.POLITICAL_STEERING_GROUP));

    /**
     * Processes whose tasks a group works on without starting them: the group reads the definition,
     * so Tasklist shows the process's name and diagram with the task.
     */
    static final Map<String, List<OrganisationGroup>> WORKED_ON_PROCESSES = Map.of(
            "est-weekly-cycle", List.of(OrganisationGroup.EST, OrganisationGroup.SECURITY_UNIT),
            "intervention", OrganisationGroup.staff(),
            "event-coordination", OrganisationGroup.staff(),
            "coordination-group-meeting", List.of(OrganisationGroup.COORDINATION_GROUP, OrganisationGroup.SECURITY_UNIT,
                    OrganisationGroup.DISTRICT_COORDINATORS),
            "steering-group-meeting", List.of(OrganisationGroup.STEERING_GROUP, OrganisationGroup.SECURITY_UNIT),
            "political-steering-group-meeting",
            List.of(OrganisationGroup.POLITICAL_STEERING_GROUP, OrganisationGroup.SECURITY_UNIT),
            // the signatories sign in their roles; the conveners handle matters waiting too long
            "cooperation-agreement", List.of(OrganisationGroup.SECURITY_UNIT, OrganisationGroup.POLICE,
                    OrganisationGroup.STEERING_GROUP, OrganisationGroup.POLITICAL_STEERING_GROUP,
                    OrganisationGroup.KS_CHAIR, OrganisationGroup.POLICE_AREA_CHIEF),
            "matter", List.of(OrganisationGroup.COORDINATION_GROUP_CONVENER, OrganisationGroup.STEERING_GROUP_CONVENER,
                    OrganisationGroup.POLITICAL_STEERING_GROUP_CONVENER));

    private AccessPolicy() {
    }

    private static List<OrganisationGroup> startersOfIncidentReport() {
        List<OrganisationGroup> starters = new ArrayList<>(OrganisationGroup.staff());
        starters.add(OrganisationGroup.PARTNER_SYSTEMS);
        return List.copyOf(starters);
    }

    static List<Grant> grantsOf(OrganisationGroup group) {
        List<Grant> grants = new ArrayList<>();
        if (group == OrganisationGroup.CAMUNDA_ADMIN) {
            for (Resources resource : Resources.values()) {
                grants.add(Grant.of(resource, ANY, ALL));
            }
            return grants;
        }
        if (group.worksInTasklist()) {
            grants.add(Grant.of(APPLICATION, "tasklist", ACCESS));
        }
        STARTABLE_PROCESSES.forEach((key, starters) -> {
            if (starters.contains(group)) {
                grants.add(Grant.of(PROCESS_DEFINITION, key, READ, CREATE_INSTANCE));
            }
        });
        WORKED_ON_PROCESSES.forEach((key, workers) -> {
            // a starter already reads the definition; one grant per definition and group
            boolean starter = STARTABLE_PROCESSES.getOrDefault(key, List.of()).contains(group);
            if (workers.contains(group) && !starter) {
                grants.add(Grant.of(PROCESS_DEFINITION, key, READ));
            }
        });
        if (STARTABLE_PROCESSES.values().stream().anyMatch(starters -> starters.contains(group))) {
            grants.add(Grant.of(PROCESS_INSTANCE, ANY, CREATE));
        }
        switch (group) {
            case AUDITORS -> {
                grants.add(Grant.of(APPLICATION, "cockpit", ACCESS));
                grants.add(Grant.of(PROCESS_DEFINITION, ANY, READ, READ_HISTORY));
                grants.add(Grant.of(DECISION_DEFINITION, ANY, READ, READ_HISTORY));
                grants.add(Grant.of(DECISION_REQUIREMENTS_DEFINITION, ANY, READ));
                grants.add(Grant.of(DEPLOYMENT, ANY, READ));
                grants.add(Grant.of(PROCESS_INSTANCE, ANY, READ));
                grants.add(Grant.of(HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ));
                grants.add(Grant.of(HISTORIC_TASK, ANY, HistoricTaskPermissions.READ));
                grants.add(Grant.of(OPERATION_LOG_CATEGORY, ANY, UserOperationLogCategoryPermissions.READ));
            }
            case PROCESS_OWNERS -> {
                grants.add(Grant.of(APPLICATION, "cockpit", ACCESS));
                grants.add(Grant.of(DEPLOYMENT, ANY, CREATE, READ));
                grants.add(Grant.of(PROCESS_DEFINITION, ANY, READ));
                grants.add(Grant.of(DECISION_DEFINITION, ANY, READ));
                grants.add(Grant.of(DECISION_REQUIREMENTS_DEFINITION, ANY, READ));
            }
            default -> {
                // the bodies, units and roles: Tasklist, their filters (granted with the filters) and their starts
            }
        }
        return grants;
    }
}
