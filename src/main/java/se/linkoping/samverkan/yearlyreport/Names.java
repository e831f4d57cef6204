package se.linkoping.samverkan.yearlyreport;

import se.linkoping.samverkan.identity.OrganisationGroup;
import se.linkoping.samverkan.intervention.Interventions;
import se.linkoping.samverkan.meeting.MeetingBody;

/** The report's Swedish names of stored codes, each taken from the code's owner. */
final class Names {

    private Names() {
    }

    /** A level or body: "EST-arbetsgruppen", "Styrgruppen"; an unknown code as it is. */
    static String level(String level) {
        if (level == null) {
            return null;
        }
        return OrganisationGroup.byId(level).map(OrganisationGroup::shortName).orElse(level);
    }

    /** Levels lowest first: EST, then the bodies up the chain; unknown codes last. */
    static int levelOrder(String level) {
        return OrganisationGroup.EST.id().equals(level) ? -1
                : MeetingBody.byId(level).map(Enum::ordinal).orElse(Integer.MAX_VALUE);
    }

    /** A responsible group by its full name. */
    static String group(String group) {
        return OrganisationGroup.byId(group).map(OrganisationGroup::swedishName).orElse(group);
    }

    /** An intervention's effect as a heading: "God", "Delvis", "Ingen" or "Inte uppföljd". */
    static String effect(String effect) {
        String name = Interventions.effectName(effect);
        return name == null ? "Inte uppföljd" : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
