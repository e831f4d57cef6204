package se.linkoping.samverkan.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The groups of the organisation. The ids are the public contract of SPEC.md (BPMN candidate groups,
 * filters and authorizations name them); the names are what people read in Tasklist and Admin. The roles
 * ({@link Kind#ROLE}) are duties of one named person — the agreement's signatories, the bodies' conveners —
 * held by whoever an administrator makes a member of the role's group in Camunda Admin.
 */
public enum OrganisationGroup {

    EST("est", "EST-arbetsgruppen (Effektiv samordning för trygghet)", Kind.BODY),
    COORDINATION_GROUP("coordination-group", "Lednings- och samordningsgruppen", Kind.BODY),
    STEERING_GROUP("steering-group", "Styrgruppen", Kind.BODY),
    POLITICAL_STEERING_GROUP("political-steering-group", "Politiska styrgruppen", Kind.BODY),
    SECURITY_UNIT("security-unit", "Säkerhetsenheten", Kind.UNIT),
    POLICE("police", "Polisen, lokalpolisområde Linköping", Kind.UNIT),
    DISTRICT_COORDINATORS("district-coordinators", "Stadsdelssamordnare", Kind.UNIT),
    EDUCATION("education", "Utbildningsförvaltningen", Kind.UNIT),
    CULTURE_LEISURE("culture-leisure", "Kultur- och fritidsförvaltningen", Kind.UNIT),
    SOCIAL_CARE("social-care", "Social- och omsorgsförvaltningen", Kind.UNIT),
    URBAN_PLANNING("urban-planning", "Samhällsbyggnadsförvaltningen", Kind.UNIT),
    PROVIDER_SERVICES("provider-services", "Utförarförvaltningen", Kind.UNIT),
    MUNICIPAL_COMPANIES("municipal-companies", "Kommunala bolag", Kind.UNIT),
    /** Signs the cooperation agreement for the municipality; by default also convenes the political steering group. */
    KS_CHAIR("ks-chair", "KS ordförande (kommunstyrelsens ordförande)", Kind.ROLE),
    /** Signs the cooperation agreement for the police. */
    POLICE_AREA_CHIEF("police-area-chief", "Lokalpolisområdeschef (Polisen, lokalpolisområde Linköping)", Kind.ROLE),
    /** The director designated to convene the coordination group. */
    COORDINATION_GROUP_CONVENER("coordination-group-convener", "Sammankallande, lednings- och samordningsgruppen",
            Kind.ROLE),
    /** The deputy municipal director, who convenes the steering group. */
    STEERING_GROUP_CONVENER("steering-group-convener", "Sammankallande, styrgruppen (biträdande kommundirektör)",
            Kind.ROLE),
    /** The KS chair or the municipal director, who convenes the political steering group. */
    POLITICAL_STEERING_GROUP_CONVENER("political-steering-group-convener",
            "Sammankallande, politiska styrgruppen (KS ordförande eller kommundirektör)", Kind.ROLE),
    AUDITORS("auditors", "Revisorer", Kind.REVIEW),
    PROCESS_OWNERS("process-owners", "Processägare", Kind.REVIEW),
    /** Partners' systems (police, housing company, public transport) that report through the API. */
    PARTNER_SYSTEMS("partner-systems", "Partnersystem (rapporterar via API)", Kind.SYSTEM),
    /**
     * Operators and their Prometheus: read {@code /actuator/prometheus} and the health's details, and nothing
     * else (no Camunda application, no process, no REST API).
     */
    MONITORING("monitoring", "Driftövervakning (mätvärden och hälsa)", Kind.SYSTEM),
    CAMUNDA_ADMIN("camunda-admin", "Administratörer", Kind.SYSTEM);

    /** What a group is, which decides the access it gets. */
    public enum Kind {
        /** A body of the decision that meets and decides. */
        BODY,
        /** A department, unit or partner whose staff work in Tasklist. */
        UNIT,
        /**
         * A duty of one named person, not of a whole body (a signatory, a convener): its members hold it, as an
         * administrator assigns them in Camunda Admin.
         */
        ROLE,
        /** Reviews or shapes the work without taking part in it. */
        REVIEW,
        /** Machines and administrators. */
        SYSTEM
    }

    private final String id;
    private final String swedishName;
    private final Kind kind;

    OrganisationGroup(String id, String swedishName, Kind kind) {
        this.id = id;
        this.swedishName = swedishName;
        this.kind = kind;
    }

    public String id() {
        return id;
    }

    public String swedishName() {
        return swedishName;
    }

    /** The name in tables and running text: the Swedish name without its explanation, "EST-arbetsgruppen". */
    public String shortName() {
        int explanation = swedishName.indexOf(" (");
        return explanation < 0 ? swedishName : swedishName.substring(0, explanation);
    }

    /** The acronym a group goes by, "EST", where its short name starts with one; else its short name. */
    public String acronym() {
        String shortName = shortName();
        int dash = shortName.indexOf('-');
        String first = dash < 0 ? "" : shortName.substring(0, dash);
        return !first.isEmpty() && first.chars().allMatch(Character::isUpperCase) ? first : shortName;
    }

    public Kind kind() {
        return kind;
    }

    /** Staff who complete tasks in Tasklist and report incidents: the bodies and the units. */
    public boolean isStaff() {
        return kind == Kind.BODY || kind == Kind.UNIT;
    }

    /** A duty of one named person: its members are its holders. */
    public boolean isRole() {
        return kind == Kind.ROLE;
    }

    /** Works in Tasklist: staff, and the holders of a role on the tasks that are the role's. */
    public boolean worksInTasklist() {
        return isStaff() || isRole();
    }

    /** The Camunda group type: workflow groups take part in processes, system groups do not. */
    public String camundaType() {
        return kind == Kind.SYSTEM ? "SYSTEM" : "WORKFLOW";
    }

    public static List<OrganisationGroup> staff() {
        return Arrays.stream(values()).filter(OrganisationGroup::isStaff).toList();
    }

    public static List<OrganisationGroup> roles() {
        return Arrays.stream(values()).filter(OrganisationGroup::isRole).toList();
    }

    /** The groups whose members work in Tasklist, each with a filter of its own. */
    public static List<OrganisationGroup> inTasklist() {
        return Arrays.stream(values()).filter(OrganisationGroup::worksInTasklist).toList();
    }

    public static Optional<OrganisationGroup> byId(String id) {
        return Arrays.stream(values()).filter(g -> g.id.equals(id)).findFirst();
    }
}
