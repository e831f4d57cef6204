package se.linkoping.samverkan.audit;

import java.util.Arrays;

import se.linkoping.samverkan.decision.DecisionRecords;
import se.linkoping.samverkan.identity.OrganisationGroup;
import se.linkoping.samverkan.matter.Matters;

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

    /** Where a matter came from; an unknown code as it is. */
    static String origin(String origin) {
        return Arrays.stream(Matters.Origin.values()).filter(known -> known.name().equals(origin)).findFirst()
                .map(Names::named).orElse(origin);
    }

    private static String named(Matters.Origin origin) {
        return switch (origin) {
            case EST -> "EST:s lägesbild";
            case BODY -> "Väckt av ett organ eller en enhet";
            case OVERDUE_INTERVENTION -> "Försenad insats";
        };
    }
}
