package se.linkoping.samverkan.estweeklycycle;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a problem of the weekly picture happens, as EST's analysis says (column {@code picture_problem.place_type};
 * the codes are the values the decision tables {@code problem-priority} and {@code responsible-actor} read), with
 * the Swedish name the analysis form shows.
 */
public enum PlaceType {

    SCHOOL("skola", "Skola"),
    PUBLIC_TRANSPORT("kollektivtrafik", "Kollektivtrafik"),
    HOUSING_AREA("bostadsomrade", "Bostadsområde"),
    CENTRE("centrum", "Centrum eller torg"),
    PARK_OR_SPORTS("park-idrott", "Park eller idrottsplats"),
    OTHER("ovrigt", "Övrigt");

    private final String code;
    private final String swedishName;

    PlaceType(String code, String swedishName) {
        this.code = code;
        this.swedishName = swedishName;
    }

    public String code() {
        return code;
    }

    public String swedishName() {
        return swedishName;
    }

    public static Set<String> codes() {
        return Arrays.stream(values()).map(PlaceType::code).collect(Collectors.toUnmodifiableSet());
    }

    /** The Swedish name of a stored place type; anything else as it is; null for null. */
    public static String nameOf(String code) {
        return Arrays.stream(values()).filter(type -> type.code.equals(code)).findFirst()
                .map(PlaceType::swedishName).orElse(code);
    }
}
