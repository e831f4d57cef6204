package se.linkoping.samverkan.demo;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import se.linkoping.samverkan.decision.DecisionRecords;
import se.linkoping.samverkan.estweeklycycle.EstSchedule;
import se.linkoping.samverkan.estweeklycycle.PictureRecords;
import se.linkoping.samverkan.estweeklycycle.WeeklyCycle;
import se.linkoping.samverkan.incidentreport.IncidentIntake;
import se.linkoping.samverkan.incidentreport.IncidentReports;
import se.linkoping.samverkan.intervention.InterventionRecords;
import se.linkoping.samverkan.matter.MatterRecords;
import se.linkoping.samverkan.matter.Matters;
import se.linkoping.samverkan.meeting.MeetingRecords;
import se.linkoping.samverkan.meeting.MeetingSchedule;
import se.linkoping.samverkan.meeting.Meetings;

/**
 * The application as the simulation uses it: the services the simulated people go through, besides the
 * engine and its forms, and the tables' owners it asks what the quarter has left behind. The simulation
 * reads no table itself.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(prefix = "samverkan.demo", name = "simulate", havingValue = "true", matchIfMissing = true)
record ApplicationParts(IncidentIntake intake, WeeklyCycle weeklyCycle, Matters matters, Meetings meetings,
                        MeetingSchedule meetingSchedule, EstSchedule estSchedule, IncidentReports reports,
                        PictureRecords pictures, MatterRecords matterRecords, MeetingRecords meetingRecords,
                        DecisionRecords decisions, InterventionRecords interventions) {
}
