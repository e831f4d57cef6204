package se.linkoping.samverkan.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import se.linkoping.samverkan.identity.OrganisationGroup;

/**
 * What people read holds words, not codes: no group id, no user id where a name exists, no ISO duration, no
 * map literal, no English trend word, no rule id or rule as a person, no engine name. For the text of a page
 * (its main part, without markup) or of a PDF.
 */
public final class SwedishText {

    private static final List<String> DEMO_USERS = List.of(DemoLogins.EST_POLICE, DemoLogins.EST_SECURITY_UNIT,
            DemoLogins.DISTRICT_COORDINATOR, DemoLogins.DEPARTMENT_HEAD, DemoLogins.DIRECTOR, DemoLogins.POLITICIAN,
            DemoLogins.AUDITOR, DemoLogins.PROCESS_OWNER);

    private SwedishText() {
    }

    public static void assertNoCodes(String text) {
        for (OrganisationGroup group : OrganisationGroup.values()) {
            assertThat(text).as("group id %s", group.id())
                    .doesNotContainPattern("(?<![\\p{L}\\-.])" + Pattern.quote(group.id()) + "(?![\\p{L}\\-])");
        }
        for (String user : DEMO_USERS) {
            assertThat(text).as("user id").doesNotContain(user);
        }
        assertThat(text).doesNotContainPattern("\\bP(T?\\d+[YMWDHS])+\\b")
                .doesNotContainPattern("\\{[^}]*=[^}]*}")
                .doesNotContainPattern("\\b(rising|stable|falling|RISING|STABLE|FALLING)\\b")
                .doesNotContainPattern("\\b(Rule_|regel \\()")
                .doesNotContainPattern("(?<!\\d)1 (veckor|dagar|månader|rapporter)\\b")
                .doesNotContainPattern("(?i)fas\\s*:?\\s*fas\\b")
                .doesNotContain("Camunda", "null", " system");
    }

    /** The main part of a page as people read it: no markup, entities read. */
    public static String mainOf(String html) {
        String main = html.substring(html.indexOf("<main"), html.indexOf("</main>"));
        return main.replaceAll("<[^>]+>", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
    }
}
