/**
 * The meetings of the coordination group, the steering group and the political steering group: when
 * they are held (cron dates, and the coordination group's cadence from {@code meeting-cadence} by the
 * phase the steering group sets), extra meetings on request, the notes to their agenda, the tertial
 * analysis's district plans, and the decisions taken there as JSON and CSV. Owns the tables
 * {@code meeting} ({@link se.linkoping.samverkan.meeting.MeetingRecords}), {@code district_plan}
 * ({@link se.linkoping.samverkan.meeting.DistrictPlanRecords}) and {@code coordination_phase}
 * ({@link se.linkoping.samverkan.meeting.CoordinationPhases}). The matters on an agenda belong to the
 * package {@code matter}, which depends on this one; the tertial analysis asks where matters were raised
 * through {@link se.linkoping.samverkan.meeting.RaisedMatters}.
 */
package se.linkoping.samverkan.meeting;
