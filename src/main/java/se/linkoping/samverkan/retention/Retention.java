package se.linkoping.samverkan.retention;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;

import se.linkoping.samverkan.cooperationagreement.AgreementRecords;
import se.linkoping.samverkan.decision.DecisionRecords;
import se.linkoping.samverkan.estweeklycycle.PictureRecords;
import se.linkoping.samverkan.eventcoordination.EventRecords;
import se.linkoping.samverkan.incidentreport.IncidentReports;
import se.linkoping.samverkan.intervention.InterventionRecords;
import se.linkoping.samverkan.matter.MatterRecords;
import se.linkoping.samverkan.meeting.CoordinationPhases;
import se.linkoping.samverkan.meeting.DistrictPlanRecords;
import se.linkoping.samverkan.meeting.MeetingRecords;

/**
 * The retention (gallring) of Samverkan's own rows, by Camunda's rule: a row tied to a process instance goes when
 * that instance's history goes (ended, and its removal time, the end plus its definition's history time-to-live,
 * come; or its history already gone). A row another kept row still refers to stays until that one goes. At most
 * {@link RetentionSettings#getBatchSize()} rows of each table per run; the rest in the next. A run that removed
 * something is recorded for auditors and logged. See docs/RETENTION.md for the rule per table.
 */
@Service
public class Retention {

    private static final Logger LOG = LoggerFactory.getLogger(Retention.class);

    private final RetentionSettings settings;
    private final RetentionRecords records;
    private final Owners owners;
    private final RepositoryService repository;
    private final Clock clock;

    Retention(RetentionSettings settings, RetentionRecords records, Owners owners, RepositoryService repository,
              Clock clock) {
        this.settings = settings;
        this.records = records;
        this.owners = owners;
        this.repository = repository;
        this.clock = clock;
    }

    /** The owners of Samverkan's tables tied to processes. */
    @Component
    record Owners(IncidentReports reports, PictureRecords pictures, MatterRecords matters,
                  InterventionRecords interventions, MeetingRecords meetings, DecisionRecords decisions,
                  EventRecords events, AgreementRecords agreements, CoordinationPhases phases,
                  DistrictPlanRecords plans) {
    }

    /** One run, in the caller's transaction (the history cleanup job's); what it removed. */
    public RetentionRun removeEnded() {
        Instant now = clock.instant();
        int max = settings.getBatchSize();
        int processInstances = records.processInstancesDue(now);
        // what refers to others first, so that what they referred to may go in the same run
        int reports = owners.reports().removeEnded(now, max);
        int events = owners.events().removeEnded(now, max);
        int agreements = owners.agreements().removeEnded(now, max);
        // a matter stays while an intervention decided in it, or a decision on it, stays; its decisions go with it
        Set<Long> mattersReferred = new HashSet<>(owners.interventions().mattersReferred());
        mattersReferred.addAll(owners.decisions().mattersReferredNotDue(now));
        int matters = owners.matters().removeEnded(now, max, mattersReferred);
        int decisions = owners.decisions().removeEnded(now, max, owners.matters().ids());
        int interventions = owners.interventions().removeEnded(now, max,
                owners.matters().referred(MatterRecords.Reference.INTERVENTION));
        Set<Long> meetingsReferred = new HashSet<>(owners.matters().referred(MatterRecords.Reference.MEETING));
        meetingsReferred.addAll(owners.decisions().meetingsReferred());
        meetingsReferred.addAll(owners.agreements().meetingsReferred());
        meetingsReferred.addAll(owners.phases().meetingsReferred());
        meetingsReferred.addAll(owners.plans().meetingsReferred());
        int meetings = owners.meetings().removeEnded(now, max, meetingsReferred);
        Set<Long> problemsReferred = new HashSet<>(owners.matters().referred(MatterRecords.Reference.PROBLEM));
        problemsReferred.addAll(owners.interventions().problemsReferred());
        int pictures = owners.pictures().removeEnded(now, max, problemsReferred);
        RetentionRun run = new RetentionRun(processInstances, reports, pictures, matters, interventions, meetings,
                decisions, events, agreements);
        if (run.processInstances() > 0 || run.removedOwnRows()) {
            String rule = rule();
            records.insert(now, rule, run);
            LOG.info("Retention (gallring) at {}: {}; rule: {}", now, run, rule);
        } else {
            LOG.debug("Retention (gallring) at {}: nothing due", now);
        }
        return run;
    }

    /** The longest rule the record keeps (retention_run.rule). */
    static final int RULE_MAX = 4000;

    /** The rule as auditors read it, with each process's history time-to-live now (by the process's name). */
    String rule() {
        String ttl = repository.createProcessDefinitionQuery().latestVersion().list().stream()
                .sorted(Comparator.comparing(ProcessDefinition::getKey))
                .map(definition -> (definition.getName() == null ? definition.getKey() : definition.getName()) + " "
                        + (definition.getHistoryTimeToLive() == null ? "utan bevarandetid (tas inte bort)"
                        : definition.getHistoryTimeToLive() + (definition.getHistoryTimeToLive() == 1 ? " dag" : " dagar")))
                .collect(Collectors.joining(", "));
        String rule = "Avslutade processer vars borttagningstid har passerats (sluttid + bevarandetid för processens "
                + "definition), med Samverkans egna uppgifter om dem. Bevarandetid: " + ttl + ".";
        // the record's column holds RULE_MAX characters, however many processes are deployed
        return rule.length() <= RULE_MAX ? rule : rule.substring(0, RULE_MAX - 1) + "…";
    }
}
