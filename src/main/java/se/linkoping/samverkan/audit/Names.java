package se.linkoping.samverkan.audit;

import se.linkoping.samverkan.decision.DecisionRecords;
import se.linkoping.samverkan.identity.OrganisationGroup;

/** The audit's Swedish names of stored codes, each taken from the code's owner. */
final class Names {

    /** EST as the timeline's level column names it. */
    static final String EST = OrganisationGroup.EST.acronym();

    private Names() {
    }

    /** A level or body: "EST", "Styrgruppen"; an unknown code as it is. */
    static String level(String level) {
        if (level == null) {
            return null;
        }
        return OrganisationGroup.byId(level).map(OrganisationGroup::acronym).orElse(level);
    }

    /** A responsible group by its full name. */
    static String group(String group) {
        return OrganisationGroup.byId(group).map(OrganisationGroup::swedishName).orElse(group);
    }

    static String outcome(String outcome) {
        return outcome == null ? null : DecisionRecords.Outcome.valueOf(outcome).swedish();
    }

}
