package se.linkoping.samverkan.yearlyreport;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFCreationListener;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

import se.linkoping.samverkan.refusal.Refusal;

/**
 * The yearly report as PDF: the page's own Thymeleaf template rendered as XHTML (its print head, no
 * header or links) and laid out by openhtmltopdf on PDFBox, in pure Java. DejaVu Sans is embedded (a
 * subset), so Swedish letters show and extract as text; the PDF is tagged and conforms to PDF/UA-1 (its
 * links described, see {@link PdfLinkDescriptions}; a table's header repeated on later pages read once,
 * see {@link PdfRepeatedTableHeaders}), in Swedish (sv-SE), for screen readers.
 * The renderer fetches nothing: no file, URL or font outside those given here. Laying out a full year
 * takes seconds of CPU, so at most {@value #MAX_CONCURRENT} renders run at once; a request that waits
 * longer than {@value #WAIT_SECONDS} s for its turn is refused (503) in Swedish.
 */
@Component
class YearlyReportPdf {

    static final String FONT_FAMILY = "DejaVu Sans";
    static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    static final int MAX_CONCURRENT = 2;
    static final int WAIT_SECONDS = 30;

    private final Semaphore turns = new Semaphore(MAX_CONCURRENT, true);

    private final ITemplateEngine templates;
    private final byte[] regular;
    private final byte[] bold;

    YearlyReportPdf(ITemplateEngine templates) {
        XRLog.setLoggerImpl(new Slf4jXRLogger());
        this.templates = templates;
        this.regular = font("DejaVuSans.ttf");
        this.bold = font("DejaVuSans-Bold.ttf");
    }

    /** The XHTML the PDF is made from. */
    String xhtml(YearlyReport report) {
        Context context = new Context(SWEDISH, Map.of("report", report, "pdf", true));
        return templates.process(YearlyReportPageController.TEMPLATE, context);
    }

    /**
     * The report as PDF.
     *
     * @throws Refusal (unavailable) when other renders keep it waiting too long
     */
    byte[] render(YearlyReport report) {
        try {
            if (!turns.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        }
        try {
            return layOut(report);
        } finally {
            turns.release();
        }
    }

    private static Refusal busy() {
        return Refusal.of(Refusal.Kind.UNAVAILABLE,
                "Flera årsrapporter skapas som PDF just nu. Försök igen om en stund.");
    }

    private byte[] layOut(YearlyReport report) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.withProducer("Samverkan");
            builder.useFont(() -> new ByteArrayInputStream(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.useExternalResourceAccessControl((uri, type) -> false,
                    ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl((uri, type) -> false,
                    ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.withHtmlContent(xhtml(report), null);
            builder.toStream(pdf);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.setListener(new Finishing());
                renderer.createPDF();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The yearly report " + report.year() + " could not be rendered as PDF", e);
        }
        return pdf.toByteArray();
    }

    /** What PDF/UA asks that the renderer leaves undone, done on the finished document before it is saved. */
    private static final class Finishing implements PDFCreationListener {

        @Override
        public void preOpen(PdfBoxRenderer renderer) {
            // nothing to do before the document opens
        }

        @Override
        public void preWrite(PdfBoxRenderer renderer, int pageCount) {
            // nothing to do before the pages are written
        }

        @Override
        public void onClose(PdfBoxRenderer renderer) {
            PdfLinkDescriptions.describe(renderer.getPdfDocument());
            try {
                PdfRepeatedTableHeaders.markAsArtifacts(renderer.getPdfDocument());
            } catch (IOException e) {
                throw new UncheckedIOException("The yearly report's repeated table headers could not be marked", e);
            }
        }
    }

    private static byte[] font(String file) {
        try (InputStream in = YearlyReportPdf.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("The font " + file + " is missing from the classpath (fonts/)");
            }
            return withoutLigatures(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The font with its glyph substitution table (GSUB) hidden from PDFBox, in memory. PDFBox 3 applies a
     * Latin font's ligatures when it writes text, and the text layer then holds U+FB01 for "fi", U+FB02 for
     * "fl": "finns" would be found and copied as "ﬁnns" by most PDF tools. Renaming the table's tag in the
     * table directory leaves every other table as it was; the embedded subset does not carry it anyway.
     */
    static byte[] withoutLigatures(byte[] ttf) {
        int tables = ((ttf[4] & 0xff) << 8) | (ttf[5] & 0xff);
        for (int i = 0; i < tables; i++) {
            int record = 12 + 16 * i;
            if (ttf[record] == 'G' && ttf[record + 1] == 'S' && ttf[record + 2] == 'U' && ttf[record + 3] == 'B') {
                ttf[record] = 'x';
            }
        }
        return ttf;
    }
}
