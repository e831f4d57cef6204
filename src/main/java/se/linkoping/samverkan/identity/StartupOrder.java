package se.linkoping.samverkan.identity;

/** The order in which the organisation is set up at start-up: groups, then people, then access. */
public final class StartupOrder {

    public static final int GROUPS = 10;
    public static final int ADMINISTRATOR = 20;
    public static final int DEMO_USERS = 30;
    public static final int ACCESS = 40;

    private StartupOrder() {
    }
}
