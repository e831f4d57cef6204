package se.linkoping.samverkan.incidentreport;

import java.net.URI;
import java.time.OffsetDateTime;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.linkoping.samverkan.refusal.Refusal;
import se.linkoping.samverkan.system.Swedish;
import se.linkoping.samverkan.web.DeclaredJson;

/**
 * The API for partners' systems (police, housing company, public transport): report an incident,
 * and read back a report the same account sent. Authenticated by HTTP Basic; see docs/API.md.
 */
@RestController
@RequestMapping("/api/incident-reports")
class IncidentReportController {

    private final IncidentIntake intake;
    private final IncidentReports reports;
    private final IdentityService identityService;
    private final ObjectMapper json;

    IncidentReportController(IncidentIntake intake, IncidentReports reports, IdentityService identityService,
                             ObjectMapper json) {
        this.intake = intake;
        this.reports = reports;
        this.identityService = identityService;
        this.json = json;
    }

    /** What the sender gets back: our id of the report and whether an earlier attempt had stored it. */
    record ReportReceipt(long id, String source, String externalReference, OffsetDateTime receivedAt,
                         boolean alreadyReceived) {

        static ReportReceipt of(IncidentIntake.Receipt receipt) {
            return new ReportReceipt(receipt.id(), receipt.source(), receipt.externalReference(),
                    swedish(receipt.receivedAt()), receipt.alreadyReceived());
        }
    }

    /**
     * 201 for a new report; 200 with the stored one when the same request is sent again. Only the fields of
     * {@link IncidentReportSubmission} are taken: any other is refused, naming it, so nothing a partner adds (notes,
     * names, files) is ever stored.
     */
    @PostMapping
    ResponseEntity<ReportReceipt> report(@RequestBody JsonNode request) {
        IncidentReportSubmission submission = DeclaredJson.read(request, IncidentReportSubmission.class, json);
        IncidentIntake.Receipt receipt = intake.receiveFromPartner(submission, currentUser());
        ReportReceipt body = ReportReceipt.of(receipt);
        return ResponseEntity.status(receipt.alreadyReceived() ? HttpStatus.OK : HttpStatus.CREATED)
                .location(URI.create("/api/incident-reports/" + body.id()))
                .body(body);
    }

    /** A report, to the account that sent it: what it sent, nothing of EST's work on it. */
    @GetMapping("/{id}")
    SentReport report(@PathVariable long id) {
        String caller = currentUser();
        // another account's report is "not found" too: nobody learns which ids exist
        return reports.find(id).filter(report -> report.reportedBy().equals(caller)).map(SentReport::of)
                .orElseThrow(() -> Refusal.notFound("Kontot har ingen rapport med nummer " + id + "."));
    }

    /** A stored report as its sender sees it. */
    record SentReport(long id, String district, String place, String category, OffsetDateTime occurredAt,
                      String description, String source, String externalReference, OffsetDateTime receivedAt) {

        static SentReport of(StoredIncidentReport r) {
            return new SentReport(r.id(), r.districtCode(), r.place(), r.categoryCode(), swedish(r.occurredAt()),
                    r.description(), r.sourceCode(), r.externalReference(), swedish(r.receivedAt()));
        }
    }

    /** A time as Swedish local time with its offset, however the database returned it (PostgreSQL: UTC). */
    private static OffsetDateTime swedish(OffsetDateTime time) {
        return time.atZoneSameInstant(Swedish.ZONE).toOffsetDateTime();
    }

    /** Set by the API's authentication filter for the whole request. */
    private String currentUser() {
        return identityService.getCurrentAuthentication().getUserId();
    }
}
