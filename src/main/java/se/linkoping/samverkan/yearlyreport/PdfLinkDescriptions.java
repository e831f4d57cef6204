package se.linkoping.samverkan.yearlyreport;

import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

/**
 * Gives each link annotation of a tagged PDF the alternate description PDF/UA-1 asks of it (ISO 14289-1,
 * 7.18.5: a link's Contents). openhtmltopdf tags a link with its {@code title} as the Link structure
 * element's Alt but leaves the annotation itself without Contents; this copies the one to the other, on the
 * finished document before it is saved.
 */
final class PdfLinkDescriptions {

    private PdfLinkDescriptions() {
    }

    /** Sets the Contents of every link annotation that has none to its Link element's Alt; returns how many. */
    static int describe(PDDocument document) {
        PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
        return root == null ? 0 : describe(root.getKids());
    }

    private static int describe(List<Object> kids) {
        int described = 0;
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement element) {
                if ("Link".equals(element.getStructureType()) && element.getAlternateDescription() != null) {
                    described += describeAnnotations(element);
                }
                described += describe(element.getKids());
            }
        }
        return described;
    }

    private static int describeAnnotations(PDStructureElement link) {
        int described = 0;
        for (Object kid : link.getKids()) {
            if (kid instanceof PDObjectReference reference
                    && reference.getReferencedObject() instanceof PDAnnotation annotation
                    && (annotation.getContents() == null || annotation.getContents().isBlank())) {
                annotation.setContents(link.getAlternateDescription());
                described++;
            }
        }
        return described;
    }
}
