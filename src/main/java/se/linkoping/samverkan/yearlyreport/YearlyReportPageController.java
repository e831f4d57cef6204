package se.linkoping.samverkan.yearlyreport;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /arsrapport?ar=2027}: the yearly report as a printable page, and {@code /arsrapport/2027.pdf} as
 * PDF, for the readers {@link ReportAccess} lets in, signed in to Camunda (Tasklist or Cockpit) in the same
 * browser. Only GET; text is shown as text.
 */
@Controller
@RequestMapping("/arsrapport")
class YearlyReportPageController {

    static final String TEMPLATE = "yearlyreport/yearly";

    private final YearlyReports reports;
    private final YearlyReportPdf pdf;
    private final ReportAccess access;

    YearlyReportPageController(YearlyReports reports, YearlyReportPdf pdf, ReportAccess access) {
        this.reports = reports;
        this.pdf = pdf;
        this.access = access;
    }

    @GetMapping
    String page(HttpServletRequest request, Model model, @RequestParam(required = false) Integer ar) {
        model.addAttribute("user", access.reader(request));
        model.addAttribute("report", reports.of(reports.yearOrThisYear(ar)));
        model.addAttribute("pdf", false);
        return TEMPLATE;
    }

    @GetMapping("/{year}.pdf")
    ResponseEntity<byte[]> pdf(HttpServletRequest request, @PathVariable int year) {
        access.reader(request);
        return pdfResponse(pdf.render(reports.of(reports.yearOrThisYear(year))), year, true);
    }

    /** A PDF of the report, shown in the browser ({@code inline}) or saved ({@code attachment}), never cached. */
    static ResponseEntity<byte[]> pdfResponse(byte[] body, int year, boolean inline) {
        String file = "arsrapport-" + year + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                        .filename(file).build().toString())
                .cacheControl(CacheControl.noStore())
                .body(body);
    }
}
