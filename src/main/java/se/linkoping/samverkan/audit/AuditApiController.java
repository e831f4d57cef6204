package se.linkoping.samverkan.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/audit}: the audit trail for auditors' tools, behind the API's HTTP Basic authentication.
 * Only GET: nothing here changes anything. Searches are paged ({@value AuditTrail#MAX_PAGE_SIZE} rows
 * at most).
 */
@RestController
@RequestMapping("/api/audit")
class AuditApiController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final AuditTrail trail;
    private final CadenceCompliance cadence;
    private final AuditAccess access;
    private final Clock clock;

    AuditApiController(AuditTrail trail, CadenceCompliance cadence, AuditAccess access, Clock clock) {
        this.trail = trail;
        this.cadence = cadence;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/matters")
    AuditTrail.ResultPage<AuditTrail.MatterRow> matters(HttpServletRequest request,
            @RequestParam(required = false) String district, @RequestParam(required = false) String category,
            @RequestParam(required = false) String level,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String outcome, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "25") int size) {
        access.auditor(request);
        return trail.search(new AuditTrail.MatterSearch(district, category, level, from, to, outcome), page, size);
    }

    @GetMapping("/matters/{id}")
    ResponseEntity<AuditTrail.Timeline> timeline(HttpServletRequest request, @PathVariable long id) {
        access.auditor(request);
        return ResponseEntity.of(trail.timeline(id));
    }

    @GetMapping(value = "/matters/{id}.csv", produces = "text/csv")
    ResponseEntity<byte[]> timelineCsv(HttpServletRequest request, @PathVariable long id) {
        access.auditor(request);
        return trail.timeline(id).map(timeline -> ResponseEntity.ok().contentType(CSV)
                        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"arende-" + id + ".csv\"")
                        .body(TimelineText.csv(timeline).getBytes(StandardCharsets.UTF_8)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/cadence")
    CadenceCompliance.Year cadence(HttpServletRequest request, @RequestParam(required = false) Integer year) {
        access.auditor(request);
        return cadence.of(year == null ? LocalDate.now(clock).getYear() : year);
    }
}
