package se.linkoping.samverkan.audit;

import java.time.Instant;
import java.util.Set;

import org.springframework.stereotype.Component;

import se.linkoping.samverkan.estweeklycycle.PlaceType;
import se.linkoping.samverkan.estweeklycycle.Trend;
import se.linkoping.samverkan.identity.OrganisationGroup;
import se.linkoping.samverkan.identity.People;
import se.linkoping.samverkan.referencedata.NamesAt;
import se.linkoping.samverkan.referencedata.ReferenceNames;
import se.linkoping.samverkan.system.Swedish;

/**
 * The values the engine recorded, as people read them: a decision table's inputs and outputs (a category by
 * its name, a trend, place type or level by its Swedish word, a priority by its name, yes or no), and the
 * values of what users changed on a task (a person by name, a group by its name). Each name is taken from
 * the code's owner; the exports keep the code itself ({@link #code}).
 */
@Component
class ValueNames {

    /** Where a decision table reads or gives a priority of problem-priority. */
    private static final Set<String> PRIORITIES = Set.of("Input_Priority", "priority");
    private static final Set<String> PEOPLE = Set.of("assignee", "owner", "candidateUser", "userId");
    private static final Set<String> DATES = Set.of("dueDate", "followUpDate");

    private final ReferenceNames referenceNames;
    private final People people;

    ValueNames(ReferenceNames referenceNames, People people) {
        this.referenceNames = referenceNames;
        this.people = people;
    }

    /** The stored value for the exports: as it is, empty for none. */
    static String code(Object value) {
        return value == null ? "" : value.toString();
    }

    /** The names of districts and categories at any time, read once for the values of a history. */
    NamesAt namesAt() {
        return referenceNames.namesAt();
    }

    /**
     * A value a decision table read or gave, for a clause (its id) or output (its variable); a district or category
     * by the name it had at the evaluation.
     */
    String decisionValue(String clause, Object value, NamesAt names, Instant at) {
        if (value == null) {
            return "–";
        }
        if (value instanceof Boolean yes) {
            return Swedish.yesNo(yes);
        }
        if (value instanceof Number number && PRIORITIES.contains(clause)) {
            return Swedish.priority(number.intValue());
        }
        if (value instanceof String code) {
            return codeName(code, names, at);
        }
        return value.toString();
    }

    /** A value of a task or process property a user changed, at a time. */
    String operationValue(String property, String value, NamesAt names, Instant at) {
        if (value == null || value.isBlank() || "null".equals(value)) {
            return "–";
        }
        if (PEOPLE.contains(property)) {
            return people.name(value);
        }
        if (DATES.contains(property) && value.matches("\\d{10,}")) {
            return Swedish.minute(Instant.ofEpochMilli(Long.parseLong(value)));
        }
        return codeName(value, names, at);
    }

    /** A code by its owner's Swedish name: a group or level, a trend, a place type, a category, a district. */
    private static String codeName(String code, NamesAt names, Instant at) {
        if (OrganisationGroup.byId(code).isPresent()) {
            return OrganisationGroup.byId(code).get().shortName();
        }
        if (!Trend.nameOf(code).equals(code)) {
            return Trend.nameOf(code);
        }
        if (PlaceType.codes().contains(code)) {
            return PlaceType.nameOf(code);
        }
        // retired ones too, by the name they had then: what was recorded keeps its name
        String category = names.category(code, at);
        return category.equals(code) ? names.district(code, at) : category;
    }
}
