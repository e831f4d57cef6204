package se.linkoping.samverkan.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
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

    /** P7D, PT384H, P1M, P2W, P1Y2M: ISO-8601 durations and periods. */
    private static final Pattern ISO_DURATION = Pattern.compile(
            "(?<![\\p{L}\\p{N}])P(?:\\d+[YMWD])*(?:T(?:\\d+[HMS])+)?(?![\\p{L}\\p{N}])");
    private static final Pattern MAP_LITERAL = Pattern.compile("\\{[^{}]*=[^{}]*}");
    private static final Pattern ENGLISH_TREND = Pattern.compile("(?i)(?<!\\p{L})(rising|stable|falling)(?!\\p{L})");
    private static final Pattern ENGLISH_CODE = Pattern.compile("(?<![\\p{L}_])(HANDLED|ESCALATED|CLOSED|WAITING"
            + "|ON_AGENDA|ONGOING|REPORTED|FOLLOWED_UP|CONFIRMED|MERGED|DISMISSED|PROPOSED|NO_INTERVENTION"
            + "|APPROVED|RETURNED|PHASE_SET|ORDINARY|EXTRA_MEETING|NEXT_MEETING|PARTLY|null)(?![\\p{L}_])");
    private static final Pattern RULE_ID = Pattern.compile("\\bRule_|regel \\(");
    private static final Pattern ONE_PLURAL = Pattern.compile("(?<!\\d)1 (veckor|dagar|månader|rapporter)\\b");
    private static final Pattern PHASE_TWICE = Pattern.compile("(?i)fas\\s*:?\\s*fas\\b");
    private static final Pattern ENGINE_OR_SYSTEM = Pattern.compile("Camunda| system\\b");

    private SwedishText() {
    }

    /** Asserts that a page's or a PDF's text holds no codes ({@link #codesIn}), for the demo users. */
    public static void assertNoCodes(String text) {
        assertThat(codesIn(text, DEMO_USERS)).as("codes in:%n%s", text).isEmpty();
    }

    /**
     * What people must not read in a text: group ids, user ids where a name exists, ISO durations, map
     * literals {@code {…=…}}, English trend words and English codes of Samverkan's enums, rule ids, a count
     * of one with a plural word, "fas: fas", the engine's name, "system" for a person, "null".
     */
    public static List<String> codesIn(String text, Collection<String> userIds) {
        List<String> found = new ArrayList<>();
        for (OrganisationGroup group : OrganisationGroup.values()) {
            find(Pattern.compile("(?<![\\p{L}\\p{N}_.-])" + Pattern.quote(group.id()) + "(?![\\p{L}\\p{N}_-])"), text,
                    "grupp-id", found);
        }
        for (String user : userIds) {
            find(Pattern.compile("(?<![\\p{L}\\p{N}_.-])" + Pattern.quote(user) + "(?![\\p{L}\\p{N}_-])"), text,
                    "användar-id", found);
        }
        find(ISO_DURATION, text, "ISO-tid", found);
        find(MAP_LITERAL, text, "map", found);
        find(ENGLISH_TREND, text, "engelsk trend", found);
        find(ENGLISH_CODE, text, "kod", found);
        find(RULE_ID, text, "regel-id", found);
        find(ONE_PLURAL, text, "ett i plural", found);
        find(PHASE_TWICE, text, "fas fas", found);
        find(ENGINE_OR_SYSTEM, text, "motor eller system som person", found);
        return found;
    }

    private static void find(Pattern pattern, String text, String kind, List<String> found) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (!m.group().equals("P")) {
                int from = Math.max(0, m.start() - 40);
                found.add(kind + " ”" + m.group() + "” i …" + text.substring(from, Math.min(text.length(), m.end() + 40))
                        .replace('\n', ' ') + "…");
            }
        }
    }

    /** The main part of a page as people read it: no markup, entities read. */
    public static String mainOf(String html) {
        String main = html.substring(html.indexOf("<main"), html.indexOf("</main>"));
        return main.replaceAll("<[^>]+>", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
    }
}
