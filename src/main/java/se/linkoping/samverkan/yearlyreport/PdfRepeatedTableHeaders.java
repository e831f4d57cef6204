package se.linkoping.samverkan.yearlyreport;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;

/**
 * A table's header, repeated on each page the table runs over ({@code -fs-table-paginate}), read once.
 * openhtmltopdf tags every copy as content of the same header cells, so a screen reader reads "Insats
 * Insats Insats" for a table over three pages. This keeps the copy on the table's first page as the
 * cells' content and marks the others as what they are, pagination artifacts: their marked content
 * becomes {@code /Artifact <</Type /Pagination>> BDC}, their references leave the structure and the
 * parent tree.
 */
final class PdfRepeatedTableHeaders {

    private static final COSName PAGINATION = COSName.getPDFName("Pagination");

    private PdfRepeatedTableHeaders() {
    }

    /** Marks the repeated copies of every table header as artifacts; returns how many pieces of content. */
    static int markAsArtifacts(PDDocument document) throws IOException {
        PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
        if (root == null) {
            return 0;
        }
        Map<COSDictionary, Set<Integer>> repeats = new HashMap<>();
        findHeaders(root.getKids(), repeats);
        int marked = 0;
        for (PDPage page : document.getPages()) {
            Set<Integer> mcids = repeats.get(page.getCOSObject());
            if (mcids != null) {
                marked += rewrite(document, page, mcids);
                forget(root, page, mcids);
            }
        }
        return marked;
    }

    private static void findHeaders(List<Object> kids, Map<COSDictionary, Set<Integer>> repeats) {
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement element) {
                if ("THead".equals(element.getStructureType())) {
                    new Header(repeats).visit(element, element.getPage());
                } else {
                    findHeaders(element.getKids(), repeats);
                }
            }
        }
    }

    /** One table header: its content on the page it first shows on stays, the rest is a repeat. */
    private static final class Header {

        private final Map<COSDictionary, Set<Integer>> repeats;
        private COSDictionary firstPage;

        Header(Map<COSDictionary, Set<Integer>> repeats) {
            this.repeats = repeats;
        }

        void visit(PDStructureElement element, PDPage inherited) {
            PDPage elementPage = element.getPage() != null ? element.getPage() : inherited;
            List<Object> repeated = new ArrayList<>();
            for (Object kid : element.getKids()) {
                if (kid instanceof PDStructureElement child) {
                    visit(child, elementPage);
                } else if (kid instanceof Integer mcid && elementPage != null) {
                    if (isRepeat(elementPage.getCOSObject(), mcid)) {
                        repeated.add(COSInteger.get(mcid));
                    }
                } else if (kid instanceof PDMarkedContentReference reference) {
                    PDPage page = reference.getPage() != null ? reference.getPage() : elementPage;
                    if (page != null && isRepeat(page.getCOSObject(), reference.getMCID())) {
                        repeated.add(reference);
                    }
                }
            }
            for (Object kid : repeated) {
                if (kid instanceof COSInteger mcid) {
                    element.removeKid(mcid);
                } else {
                    element.removeKid((PDMarkedContentReference) kid);
                }
            }
        }

        private boolean isRepeat(COSDictionary page, int mcid) {
            if (firstPage == null) {
                firstPage = page;
            }
            if (page == firstPage) {
                return false;
            }
            repeats.computeIfAbsent(page, p -> new HashSet<>()).add(mcid);
            return true;
        }
    }

    /** The page's content with the marked content of {@code mcids} turned into pagination artifacts. */
    private static int rewrite(PDDocument document, PDPage page, Set<Integer> mcids) throws IOException {
        List<Object> tokens = new PDFStreamParser(page).parse();
        int marked = 0;
        for (int i = 2; i < tokens.size(); i++) {
            if (tokens.get(i) instanceof Operator operator && "BDC".equals(operator.getName())
                    && mcids.contains(mcid(page, tokens.get(i - 1)))) {
                COSDictionary artifact = new COSDictionary();
                artifact.setItem(COSName.TYPE, PAGINATION);
                tokens.set(i - 2, COSName.ARTIFACT);
                tokens.set(i - 1, artifact);
                marked++;
            }
        }
        PDStream content = new PDStream(document);
        try (OutputStream out = content.createOutputStream(COSName.FLATE_DECODE)) {
            new ContentStreamWriter(out).writeTokens(tokens);
        }
        page.setContents(content);
        return marked;
    }

    private static int mcid(PDPage page, Object properties) {
        COSDictionary dictionary = null;
        if (properties instanceof COSDictionary inline) {
            dictionary = inline;
        } else if (properties instanceof COSName name && page.getResources() != null) {
            PDPropertyList named = page.getResources().getProperties(name);
            dictionary = named == null ? null : named.getCOSObject();
        }
        return dictionary == null ? -1 : dictionary.getInt(COSName.MCID, -1);
    }

    /** The parent tree's entries for the artifacts' MCIDs emptied: they are no longer marked content. */
    private static void forget(PDStructureTreeRoot root, PDPage page, Set<Integer> mcids) {
        COSBase tree = root.getCOSObject().getDictionaryObject(COSName.PARENT_TREE);
        COSArray parents = tree instanceof COSDictionary node ? parentsOf(node, page.getStructParents()) : null;
        if (parents != null) {
            for (int mcid : mcids) {
                if (mcid < parents.size()) {
                    parents.set(mcid, COSNull.NULL);
                }
            }
        }
    }

    private static COSArray parentsOf(COSDictionary node, int key) {
        if (node.getDictionaryObject(COSName.NUMS) instanceof COSArray nums) {
            for (int i = 0; i + 1 < nums.size(); i += 2) {
                if (nums.getObject(i) instanceof COSNumber number && number.intValue() == key
                        && nums.getObject(i + 1) instanceof COSArray parents) {
                    return parents;
                }
            }
        }
        if (node.getDictionaryObject(COSName.KIDS) instanceof COSArray kids) {
            for (int i = 0; i < kids.size(); i++) {
                if (kids.getObject(i) instanceof COSDictionary kid) {
                    COSArray parents = parentsOf(kid, key);
                    if (parents != null) {
                        return parents;
                    }
                }
            }
        }
        return null;
    }
}
