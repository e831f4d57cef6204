package se.linkoping.samverkan.referencedata;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/**
 * The three lists of reference data an administrator keeps: what they are called in Swedish, the form field that
 * offers them, and how the API ({@code /api/reference-data/districts}) and the page ({@code /referensdata/stadsdelar})
 * name them.
 */
public enum ReferenceKind {

    DISTRICT("district", "districts", "stadsdelar", "Stadsdelar", "stadsdelen", "Stadsdelen"),
    CATEGORY("category", "categories", "kategorier", "Kategorier", "kategorin", "Kategorin"),
    SOURCE("source", "sources", "kallor", "Källor", "källan", "Källan");

    private final String field;
    private final String apiPath;
    private final String pagePath;
    private final String heading;
    private final String definite;
    private final String definiteCapital;

    ReferenceKind(String field, String apiPath, String pagePath, String heading, String definite,
                  String definiteCapital) {
        this.field = field;
        this.apiPath = apiPath;
        this.pagePath = pagePath;
        this.heading = heading;
        this.definite = definite;
        this.definiteCapital = definiteCapital;
    }

    /** The key of the form fields that offer this list ({@code district}, {@code category}, {@code source}). */
    public String field() {
        return field;
    }

    public String apiPath() {
        return apiPath;
    }

    public String pagePath() {
        return pagePath;
    }

    /** The list's heading in Swedish, e.g. "Stadsdelar". */
    public String heading() {
        return heading;
    }

    /** "stadsdelen", as in "stadsdelen Berga". */
    public String definite() {
        return definite;
    }

    /** "Stadsdelen", at the start of a sentence. */
    public String definiteCapital() {
        return definiteCapital;
    }

    static Optional<ReferenceKind> ofApiPath(String path) {
        return find(path, ReferenceKind::apiPath);
    }

    static Optional<ReferenceKind> ofPagePath(String path) {
        return find(path, ReferenceKind::pagePath);
    }

    static Optional<ReferenceKind> ofField(String field) {
        return find(field, ReferenceKind::field);
    }

    private static Optional<ReferenceKind> find(String value, Function<ReferenceKind, String> name) {
        return Arrays.stream(values()).filter(kind -> name.apply(kind).equals(value)).findFirst();
    }
}
