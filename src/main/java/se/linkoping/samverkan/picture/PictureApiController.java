package se.linkoping.samverkan.picture;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import se.linkoping.samverkan.refusal.RefusedInput;

/**
 * {@code /api/picture}: the dashboard's figures for tools, behind the API's HTTP Basic authentication and the
 * same access as the page ({@link DashboardAccess}). Only GET. Dates are ISO days (any day stands for its
 * week); ranges hold at most {@value WeekRange#MAX_WEEKS} weeks; report pages at most
 * {@value SituationalPictureDashboard#MAX_PAGE_SIZE} reports.
 */
@RestController
@RequestMapping("/api/picture")
class PictureApiController {

    static final String UNREADABLE = "Datum skrivs ÅÅÅÅ-MM-DD (till exempel 2026-03-02) och sidnummer och "
            + "sidstorlek som heltal.";

    private final SituationalPictureDashboard dashboard;
    private final DashboardAccess access;

    PictureApiController(SituationalPictureDashboard dashboard, DashboardAccess access) {
        this.dashboard = dashboard;
        this.access = access;
    }

    /** The heat map of a week and the charts over the range, as the page shows them. */
    @GetMapping("/dashboard")
    Dashboard dashboard(HttpServletRequest request,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week,
                        @RequestParam(required = false) String district,
                        @RequestParam(required = false) String category) {
        access.viewer(request);
        return dashboard.dashboard(from, to, week, district, category);
    }

    /** Every district and category of every week with reports, a problem or a trend, flat. */
    @GetMapping("/counts")
    SituationalPictureDashboard.Counts counts(HttpServletRequest request,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String district, @RequestParam(required = false) String category) {
        access.viewer(request);
        return dashboard.counts(from, to, district, category);
    }

    /** A page of a week's reports of a district and/or category; descriptions only for those who read them. */
    @GetMapping("/reports")
    SituationalPictureDashboard.ReportPage reports(HttpServletRequest request,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week,
            @RequestParam(required = false) String district, @RequestParam(required = false) String category,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + SituationalPictureDashboard.PAGE_SIZE) int size) {
        DashboardAccess.Viewer viewer = access.viewer(request);
        return dashboard.reports(week, district, category, viewer.readsDescriptions(), page, size);
    }

    @ExceptionHandler(DashboardAccess.Refused.class)
    ResponseEntity<Map<String, Object>> refused(DashboardAccess.Refused refused) {
        return error(refused.status(), refused.getMessage());
    }

    @ExceptionHandler(RefusedInput.class)
    ResponseEntity<Map<String, Object>> badInput(RefusedInput refused) {
        return error(HttpStatus.BAD_REQUEST, refused.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, Object>> unreadable(Exception e) {
        return error(HttpStatus.BAD_REQUEST, UNREADABLE);
    }

    private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(Map.of("status", status.value(), "message", message));
    }
}
