package se.linkoping.samverkan.picture;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/picture}: the dashboard's figures for tools, behind the API's HTTP Basic authentication and the
 * same access as the page ({@link DashboardAccess}). Only GET. Dates are ISO days (any day stands for its
 * week); ranges hold at most {@value WeekRange#MAX_WEEKS} weeks; report pages at most
 * {@value SituationalPictureDashboard#MAX_PAGE_SIZE} reports.
 */
@RestController
@RequestMapping("/api/picture")
class PictureApiController {

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
}
