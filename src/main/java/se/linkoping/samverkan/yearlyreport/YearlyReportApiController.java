package se.linkoping.samverkan.yearlyreport;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/reports/yearly/{year}}: the yearly report as JSON, and {@code .pdf} as PDF, behind the
 * API's HTTP Basic authentication, for the same readers as the page. Only GET.
 */
@RestController
@RequestMapping("/api/reports/yearly")
class YearlyReportApiController {

    private final YearlyReports reports;
    private final YearlyReportPdf pdf;
    private final ReportAccess access;

    YearlyReportApiController(YearlyReports reports, YearlyReportPdf pdf, ReportAccess access) {
        this.reports = reports;
        this.pdf = pdf;
        this.access = access;
    }

    @GetMapping("/{year}")
    YearlyReport json(HttpServletRequest request, @PathVariable int year) {
        access.reader(request);
        return reports.of(reports.yearOrThisYear(year));
    }

    @GetMapping("/{year}.pdf")
    ResponseEntity<byte[]> pdf(HttpServletRequest request, @PathVariable int year) {
        access.reader(request);
        return YearlyReportPageController.pdfResponse(pdf.render(reports.of(reports.yearOrThisYear(year))), year, false);
    }
}
