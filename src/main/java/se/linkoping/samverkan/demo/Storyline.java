package se.linkoping.samverkan.demo;

/**
 * What happens in the simulated quarter besides the everyday reports, named once: the districts and
 * categories the story follows. The reports ({@link QuarterReports}) and what staff do about them
 * ({@link StaffWork}) both go by these.
 */
final class Storyline {

    /**
     * The problem that rises over weeks and climbs all four levels: EST raises it to the coordination
     * group, which escalates it to the steering group, which escalates it to the political steering
     * group, which decides. Reports fall once it is decided.
     */
    static final String CHAIN_DISTRICT = "skaggetorp";
    static final String CHAIN_CATEGORY = "narkotika";
    /** EST raises the chain's problem in the first week with at least this many reports. */
    static final int CHAIN_RAISE_REPORTS = 5;

    /** Arson in Berga: EST raises it to the coordination group, which handles it with an intervention. */
    static final String ARSON_DISTRICT = "berga";
    static final String ARSON_CATEGORY = "anlagd-brand";
    static final int ARSON_RAISE_REPORTS = 3;

    /**
     * The dark underpass in Ryd: EST's intervention for it is not carried out in time, becomes a matter for
     * the coordination group, and is reported late after the group's decision.
     */
    static final String TUNNEL_DISTRICT = "ryd";
    static final String TUNNEL_CATEGORY = "otrygg-miljo";

    /** Young people in Ekholmen: EST's intervention for them is overdue when the quarter ends. */
    static final String YOUTH_DISTRICT = "ekholmen";
    static final String YOUTH_CATEGORY = "ungdomar-riskmiljo";

    /** Threats against the staff of Lambohov's youth centre: an acute matter at the quarter's end. */
    static final String ACUTE_DISTRICT = "lambohov";
    static final String ACUTE_CATEGORY = "hot-mot-verksamhet";
    static final String ACUTE_PLACE = "Lambohovs fritidsgård";

    /** Matters staff raise themselves, by their titles. */
    static final String GRAFFITI_MATTER = "Klotter på Stångåstadens fastigheter i Valla";
    /** Followed by the budget year. */
    static final String GUARDS_MATTER = "Trygghetsvärdar kvällstid i Skäggetorp och Ryd";
    static final String CAMERAS_MATTER = "Kamerabevakning vid Skäggetorps centrum";
    static final String ACUTE_MATTER = "Hot mot personal på Lambohovs fritidsgård";
    /** Raised with the political steering group on the quarter's last working day; decided after it. */
    static final String POLITICAL_MATTER = "Akuta medel för trygghetsåtgärder i Skäggetorps centrum";

    private Storyline() {
    }

    static boolean is(String district, String category, String storyDistrict, String storyCategory) {
        return storyDistrict.equals(district) && storyCategory.equals(category);
    }
}
