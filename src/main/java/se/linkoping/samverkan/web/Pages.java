package se.linkoping.samverkan.web;

import java.util.Arrays;

import se.linkoping.samverkan.refusal.Refusal.Kind;

/** Samverkan's own pages, as a refusal names them and leads back to them. */
enum Pages {

    DASHBOARD("/lagesbild", "Lägesbilden", "Till lägesbilden med de senaste 12 veckorna"),
    AUDIT("/granskning", "Granskningen", "Till sökningen bland ärendena"),
    YEARLY_REPORT("/arsrapport", "Årsrapporten", "Till årets rapport"),
    CITIZEN_PROMISE("/medborgarlofte", "Medborgarlöftet", "Till medborgarlöftet"),
    REFERENCE_DATA("/referensdata", "Referensdata", "Till stadsdelar, kategorier och källor");

    private final String path;
    private final String name;
    private final String back;

    Pages(String path, String name, String back) {
        this.path = path;
        this.name = name;
        this.back = back;
    }

    public String path() {
        return path;
    }

    /** The link text back to the page's start. */
    public String back() {
        return back;
    }

    /** The page a path belongs to, or null outside Samverkan's pages. */
    static Pages of(String path) {
        return Arrays.stream(values()).filter(page -> path.equals(page.path) || path.startsWith(page.path + "/"))
                .findFirst().orElse(null);
    }

    /** The heading of a refusal, in Swedish. */
    static String title(Kind kind, Pages page) {
        return kind == Kind.BAD_INPUT && page != null ? page.name + " kunde inte visas" : kind.title();
    }
}
