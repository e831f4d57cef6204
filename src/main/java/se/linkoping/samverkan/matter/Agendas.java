package se.linkoping.samverkan.matter;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.linkoping.samverkan.meeting.Meeting;
import se.linkoping.samverkan.meeting.Meetings;

/**
 * The matters on a meeting's agenda ({@code ${agendas...}} in the meeting processes): every matter
 * waiting at the meeting's level when its agenda is compiled; matters raised after that wait for the
 * next meeting. Each change is one transaction, joined with the engine's.
 */
@Service("agendas")
@Transactional
public class Agendas {

    private final MatterRecords records;
    private final Meetings meetings;

    public Agendas(MatterRecords records, Meetings meetings) {
        this.records = records;
        this.meetings = meetings;
    }

    /**
     * Puts every matter waiting at the meeting's level on its agenda.
     *
     * @return how many matters are on the agenda
     */
    public int compile(String meetingProcessInstanceId) {
        Meeting meeting = meetings.of(meetingProcessInstanceId);
        int onAgenda = records.putOnAgenda(meeting.id(), meeting.body());
        meetings.agendaCompiled(meeting.id());
        return onAgenda;
    }

    /** The matters on a meeting's agenda not yet decided there, acute first: one decision task each. */
    public List<Long> matters(String meetingProcessInstanceId) {
        return records.onAgenda(meetings.of(meetingProcessInstanceId).id()).stream().map(Matter::id).toList();
    }
}
