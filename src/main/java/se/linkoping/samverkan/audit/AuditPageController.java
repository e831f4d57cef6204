package se.linkoping.samverkan.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.linkoping.samverkan.meeting.MeetingBody;
import se.linkoping.samverkan.referencedata.ReferenceData;
import se.linkoping.samverkan.referencedata.ReferenceKind;
import se.linkoping.samverkan.refusal.Refusal;

/**
 * {@code /granskning}: the audit pages for auditors and administrators signed in to Camunda (Cockpit)
 * in the same browser — search, a matter's timeline with its CSV and JSON export, the bodies' cadence
 * compliance and the retention's runs. Only GET; the pages show text as text.
 */
@Controller
@RequestMapping("/granskning")
class AuditPageController {

    private final AuditTrail trail;
    private final CadenceCompliance cadence;
    private final AuditAccess access;
    private final ReferenceData referenceData;
    private final RetentionRunRecords removals;
    private final ObjectMapper json;
    private final Clock clock;

    AuditPageController(AuditTrail trail, CadenceCompliance cadence, AuditAccess access, ReferenceData referenceData,
               RetentionRunRecords removals, ObjectMapper json, Clock clock) {
        this.removals = removals;
        this.trail = trail;
        this.cadence = cadence;
        this.access = access;
        this.referenceData = referenceData;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping
    String search(HttpServletRequest request, Model model, @RequestParam(required = false) String district,
                  @RequestParam(required = false) String category, @RequestParam(required = false) String level,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                  @RequestParam(required = false) String outcome, @RequestParam(defaultValue = "0") int page) {
        model.addAttribute("user", access.auditor(request));
        AuditTrail.MatterSearch search = new AuditTrail.MatterSearch(district, category, level, from, to, outcome);
        model.addAttribute("search", search);
        model.addAttribute("results", trail.search(search, page, 25));
        // retired districts and categories too: their matters are searched for as well
        model.addAttribute("districts", referenceData.all(ReferenceKind.DISTRICT));
        model.addAttribute("categories", referenceData.all(ReferenceKind.CATEGORY));
        model.addAttribute("levels", MeetingBody.values());
        return "audit/search";
    }

    @GetMapping("/arenden/{id}")
    String timeline(HttpServletRequest request, Model model, @PathVariable long id) {
        model.addAttribute("user", access.auditor(request));
        AuditTrail.Timeline timeline = trail.timeline(id).orElseThrow(() -> Refusal.notFound(
                "Det finns inget ärende med nummer " + id + "."));
        model.addAttribute("timeline", timeline);
        model.addAttribute("zone", clock.getZone());
        return "audit/timeline";
    }

    @GetMapping(value = "/arenden/{id}.csv", produces = "text/csv")
    @ResponseBody
    ResponseEntity<byte[]> timelineCsv(HttpServletRequest request, @PathVariable long id) {
        access.auditor(request);
        return trail.timeline(id).map(timeline -> ResponseEntity.ok().contentType(AuditApiController.CSV)
                        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"arende-" + id + ".csv\"")
                        .body(TimelineText.csv(timeline).getBytes(StandardCharsets.UTF_8)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping(value = "/arenden/{id}.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<byte[]> timelineJson(HttpServletRequest request, @PathVariable long id) {
        access.auditor(request);
        return trail.timeline(id).map(timeline -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"arende-" + id + ".json\"")
                        .body(bytes(timeline)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private byte[] bytes(Object value) {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The timeline cannot be written as JSON", e);
        }
    }

    @GetMapping("/motesrytm")
    String cadence(HttpServletRequest request, Model model, @RequestParam(required = false) Integer ar) {
        model.addAttribute("user", access.auditor(request));
        int year = ar == null ? LocalDate.now(clock).getYear() : ar;
        model.addAttribute("compliance", cadence.of(year));
        return "audit/cadence";
    }

    /** The retention's runs (gallring): when, by which rule, how many of each kind went. */
    @GetMapping("/gallring")
    String retention(HttpServletRequest request, Model model, @RequestParam(defaultValue = "0") int page) {
        model.addAttribute("user", access.auditor(request));
        model.addAttribute("runs", removals.latest(page, 50));
        model.addAttribute("total", removals.count());
        model.addAttribute("page", Math.max(0, page));
        model.addAttribute("zone", clock.getZone());
        return "audit/retention";
    }
}
