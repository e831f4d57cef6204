package se.linkoping.samverkan.picture;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /lagesbild}: the situational-picture dashboard for the bodies that work with it, signed in to
 * Tasklist (or Cockpit) in the same browser — the heat map of a week, the charts over the weeks and, per
 * cell, the reports behind it. Only GET; every text is shown as text.
 */
@Controller
@RequestMapping("/lagesbild")
class PicturePageController {

    private final SituationalPictureDashboard dashboard;
    private final DashboardAccess access;
    private final Clock clock;

    PicturePageController(SituationalPictureDashboard dashboard, DashboardAccess access, Clock clock) {
        this.dashboard = dashboard;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping
    String dashboard(HttpServletRequest request, Model model,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week,
                     @RequestParam(required = false) String district, @RequestParam(required = false) String category) {
        DashboardAccess.Viewer viewer = access.viewer(request);
        Dashboard figures = dashboard.dashboard(from, to, week, district, category);
        model.addAttribute("user", viewer.user());
        model.addAttribute("dashboard", figures);
        model.addAttribute("from", figures.weeks().get(0).monday());
        model.addAttribute("to", figures.weeks().get(figures.weeks().size() - 1).monday());
        model.addAttribute("districts", dashboard.districts());
        model.addAttribute("categories", dashboard.categories());
        model.addAttribute("maxWeeks", WeekRange.MAX_WEEKS);
        return "picture/lagesbild";
    }

    @GetMapping("/rapporter")
    String reports(HttpServletRequest request, Model model,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week,
                   @RequestParam(required = false) String district, @RequestParam(required = false) String category,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                   @RequestParam(defaultValue = "0") int page) {
        DashboardAccess.Viewer viewer = access.viewer(request);
        model.addAttribute("user", viewer.user());
        model.addAttribute("reports", dashboard.reports(week, district, category, viewer.readsDescriptions(), page,
                SituationalPictureDashboard.PAGE_SIZE));
        // back to the dashboard as it was: the same range, this week in the heat map
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("zone", clock.getZone());
        return "picture/reports";
    }
}
