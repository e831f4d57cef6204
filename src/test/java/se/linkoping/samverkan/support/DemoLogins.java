package se.linkoping.samverkan.support;

/** The demo users of the {@code demo} profile, as the tests log in with them. */
public final class DemoLogins {

    public static final String PASSWORD = "demo";

    public static final String EST_POLICE = "anna.lindqvist";
    public static final String EST_SECURITY_UNIT = "erik.sandberg";
    public static final String DISTRICT_COORDINATOR = "sara.nilsson";
    public static final String DEPARTMENT_HEAD = "johan.berg";
    public static final String DIRECTOR = "maria.ek";
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
