package se.linkoping.samverkan.yearlyreport;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

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

    @ExceptionHandler(ReportRefused.class)
    ResponseEntity<Map<String, Object>> refused(ReportRefused refused) {
        return ResponseEntity.status(refused.status())
                .body(Map.of("status", refused.status().value(), "message", refused.getMessage()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, Object>> notAYear(MethodArgumentTypeMismatchException mismatch) {
        return ResponseEntity.badRequest().body(Map.of("status", 400,
                "message", "Ange året med siffror, till exempel /api/reports/yearly/2027."));
    }
}
