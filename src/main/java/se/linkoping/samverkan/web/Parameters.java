package se.linkoping.samverkan.web;

import java.time.LocalDate;
import java.util.Map;

/** What a refused request parameter is called in Swedish, and how to write it. */
final class Parameters {

    /** Swedish names of the parameters of Samverkan's pages and API, with an example of each. */
    private static final Map<String, String[]> NAMES = Map.of(
            "ar", new String[] {"året", "2027"},
            "year", new String[] {"året", "2027"},
            "page", new String[] {"sidnumret", "0"},
            "size", new String[] {"sidstorleken", "25"},
            "id", new String[] {"numret", "12"},
            "body", new String[] {"organet", "coordination-group"});

    private Parameters() {
    }

    static String unreadable(String name, Class<?> type) {
        if (type == LocalDate.class) {
            return "Datum skrivs ÅÅÅÅ-MM-DD (till exempel 2026-03-02), inte som i ”" + name + "”.";
        }
        String[] known = NAMES.get(name);
        if (type != null && (Number.class.isAssignableFrom(type) || type.isPrimitive())) {
            return known == null ? "Ange ”" + name + "” med siffror."
                    : "Ange " + known[0] + " med siffror, till exempel " + known[1] + ".";
        }
        return "”" + name + "” kan inte läsas.";
    }

    static String missing(String name) {
        String[] known = NAMES.get(name);
        return known == null ? "Ange ”" + name + "”." : "Ange " + known[0] + " (" + name + "), till exempel " + known[1] + ".";
    }
}
