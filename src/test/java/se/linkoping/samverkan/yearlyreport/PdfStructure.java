package se.linkoping.samverkan.yearlyreport;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.Revisions;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * A tagged PDF's logical structure as a screen reader walks it: its elements in the structure tree's
 * order, each with the text of the marked content it holds (found by page and MCID), so a test can read
 * the document in its logical reading order, element by element.
 */
final class PdfStructure {

    private final PDStructureElement root;
    private final List<PDStructureElement> elements = new ArrayList<>();
    private final Map<PDStructureElement, String> texts = new IdentityHashMap<>();
    private final StringBuilder text = new StringBuilder();

    private PdfStructure(PDStructureElement root) {
        this.root = root;
    }

    /** The structure of {@code document}, whose tree's root holds one element (Document). */
    static PdfStructure of(PDDocument document) throws IOException {
        List<Object> kids = document.getDocumentCatalog().getStructureTreeRoot().getKids();
        if (kids.size() != 1 || !(kids.get(0) instanceof PDStructureElement root)) {
            throw new IllegalStateException("The structure tree's root holds " + kids + ", not one element");
        }
        Map<PDPage, Map<Integer, String>> contents = new HashMap<>();
        for (PDPage page : document.getPages()) {
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(page);
            Map<Integer, String> byMcid = new HashMap<>();
            extractor.getMarkedContents().forEach(content -> collect(content, page, byMcid));
            contents.put(page, byMcid);
        }
        PdfStructure structure = new PdfStructure(root);
        structure.walk(root, root.getPage(), contents);
        return structure;
    }

    PDStructureElement root() {
        return root;
    }

    /** The elements of a type (H1, Table, TH, Link, Figure …) in the order the tree holds them. */
    List<PDStructureElement> elements(String type) {
        return elements.stream().filter(element -> type.equals(element.getStructureType())).toList();
    }

    /** The text of each element of a type, its white space as single spaces, in order. */
    List<String> texts(String type) {
        return elements(type).stream().map(element -> words(texts.get(element))).toList();
    }

    /** The whole document's text in the structure's order, white space as single spaces. */
    String text() {
        return words(text.toString());
    }

    /** A TH cell's Scope (Table attribute), or null. */
    static String scope(PDStructureElement cell) {
        Revisions<PDAttributeObject> attributes = cell.getAttributes();
        for (int i = 0; i < attributes.size(); i++) {
            COSBase scope = attributes.getObject(i).getCOSObject().getDictionaryObject(COSName.getPDFName("Scope"));
            if (scope instanceof COSName name) {
                return name.getName();
            }
        }
        return null;
    }

    private String walk(PDStructureElement element, PDPage inherited, Map<PDPage, Map<Integer, String>> contents) {
        elements.add(element);
        PDPage page = element.getPage() != null ? element.getPage() : inherited;
        StringBuilder own = new StringBuilder();
        if (element.getAlternateDescription() != null && "Link".equals(element.getStructureType())) {
            append(own, element.getAlternateDescription());
        }
        for (Object kid : element.getKids()) {
            if (kid instanceof PDStructureElement child) {
                append(own, walk(child, page, contents));
            } else if (kid instanceof Integer mcid) {
                append(own, marked(contents, page, mcid));
            } else if (kid instanceof PDMarkedContentReference reference) {
                append(own, marked(contents, reference.getPage() != null ? reference.getPage() : page,
                        reference.getMCID()));
            }
        }
        texts.put(element, own.toString());
        if (element == root) {
            text.append(own);
        }
        return own.toString();
    }

    private static String marked(Map<PDPage, Map<Integer, String>> contents, PDPage page, int mcid) {
        Map<Integer, String> byMcid = contents.get(page);
        return byMcid == null ? "" : byMcid.getOrDefault(mcid, "");
    }

    private static void append(StringBuilder text, String more) {
        if (!more.isEmpty()) {
            text.append(text.isEmpty() ? "" : " ").append(more);
        }
    }

    private static void collect(PDMarkedContent content, PDPage page, Map<Integer, String> byMcid) {
        StringBuilder text = new StringBuilder();
        for (Object item : content.getContents()) {
            if (item instanceof TextPosition position) {
                text.append(position.getUnicode());
            } else if (item instanceof PDMarkedContent nested) {
                collect(nested, page, byMcid);
            }
        }
        int mcid = mcid(content, page);
        if (mcid >= 0) {
            byMcid.merge(mcid, text.toString(), String::concat);
        }
    }

    /**
     * The content's MCID. openhtmltopdf names its marked content's properties ({@code /P /Prop1 BDC}, the
     * dictionary in the page's resources), which PDFBox's extractor takes for the tag and leaves unresolved.
     */
    private static int mcid(PDMarkedContent content, PDPage page) {
        if (content.getMCID() >= 0 || content.getTag() == null) {
            return content.getMCID();
        }
        PDPropertyList properties = page.getResources().getProperties(COSName.getPDFName(content.getTag()));
        return properties == null ? -1 : properties.getCOSObject().getInt(COSName.MCID, -1);
    }

    private static String words(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}
