package se.linkoping.samverkan.support;

/** The demo users of the {@code demo} profile, as the tests log in with them. */
public final class DemoLogins {

    public static final String PASSWORD = "demo";

    public static final String EST_POLICE = "anna.lindqvist";
    /** The local police area chief (role {@code police-area-chief}), in {@code police}. */
    public static final String POLICE_AREA_CHIEF = "mats.berglund";
    public static final String EST_SECURITY_UNIT = "erik.sandberg";
    public static final String DISTRICT_COORDINATOR = "sara.nilsson";
    /** Also the coordination group's convener (role {@code coordination-group-convener}). */
    public static final String DEPARTMENT_HEAD = "johan.berg";
    /** Also the steering group's convener (role {@code steering-group-convener}). */
    public static final String DIRECTOR = "maria.ek";
    /** The KS chair (role {@code ks-chair}) and the political steering group's convener. */
    public static final String POLITICIAN = "lars.holm";
    public static final String AUDITOR = "karin.wall";
    public static final String PROCESS_OWNER = "peter.lund";
    public static final String PARTNER_SYSTEM = "demo-partner-systems";
    public static final String ADMIN = "admin";

    private DemoLogins() {
    }

    /** The demo user of one group: {@code demo-<group id>}. */
    public static String of(String groupId) {
        return "demo-" + groupId;
    }
}
