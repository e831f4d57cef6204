package se.linkoping.samverkan.meeting;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.linkoping.samverkan.decision.DecisionRecords;
import se.linkoping.samverkan.refusal.Refusal;

/**
 * A body's meetings and the decisions taken at each, as JSON and as a CSV file to open in a
 * spreadsheet: the exportable decision records of, above all, the political steering group. Read only;
 * the body's members, the auditors and the administrators may read a body's meetings, nobody else.
 */
@RestController
@RequestMapping("/api/meetings")
class MeetingsController {

    /** Who reads every body's decisions besides its members. */
    static final Set<String> READ_ALL = Set.of("auditors", "camunda-admin");

    private final Meetings meetings;
    private final DecisionRecords decisions;
    private final IdentityService identityService;

    MeetingsController(Meetings meetings, DecisionRecords decisions, IdentityService identityService) {
        this.meetings = meetings;
        this.decisions = decisions;
        this.identityService = identityService;
    }

    /** A meeting in the list. */
    record MeetingSummary(long id, String body, boolean extra, OffsetDateTime calledAt, String status) {
    }

    /** The body's meetings, latest first (at most the last 100). */
    @GetMapping
    List<MeetingSummary> meetings(@RequestParam String body) {
        MeetingBody of = MeetingBody.byId(body).orElseThrow(() -> Refusal.badInput("Det finns inget organ med "
                + "koden ”" + body + "”. Ange coordination-group, steering-group eller political-steering-group."));
        if (!mayRead(of)) {
            throw forbidden(of);
        }
        return meetings.latest(of, 100).stream()
                .map(m -> new MeetingSummary(m.id(), m.body().id(), m.extra(), m.calledAt(), m.status().name())).toList();
    }

    /** The decisions taken at a meeting, in order. */
    @GetMapping("/{id}/decisions")
    List<DecisionRecords.Decision> decisions(@PathVariable long id) {
        readable(id);
        return decisions.atMeeting(id);
    }

    /** The same as a CSV file (semicolons, UTF-8 with BOM), one row per decision. */
    @GetMapping(value = "/{id}/decisions.csv", produces = "text/csv")
    ResponseEntity<byte[]> decisionsCsv(@PathVariable long id) {
        Meeting meeting = readable(id);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"beslut-" + meeting.body().id()
                        + "-" + meeting.calledAt().toLocalDate() + ".csv\"")
                .body(DecisionsCsv.of(meeting, decisions.atMeeting(id)).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @throws Refusal not found, or forbidden to anyone but the body's members, auditors and administrators
     */
    private Meeting readable(long id) {
        Meeting meeting = meetings.find(id)
                .orElseThrow(() -> Refusal.notFound("Det finns inget möte med nummer " + id + "."));
        if (!mayRead(meeting.body())) {
            throw forbidden(meeting.body());
        }
        return meeting;
    }

    private static Refusal forbidden(MeetingBody body) {
        return Refusal.forbidden(body.swedishName() + "s möten och beslut läses av gruppens medlemmar, revisorerna "
                + "och administratörerna.");
    }

    private boolean mayRead(MeetingBody body) {
        Authentication caller = identityService.getCurrentAuthentication();
        List<String> groups = caller == null || caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
        return groups.contains(body.id()) || groups.stream().anyMatch(READ_ALL::contains);
    }
}
