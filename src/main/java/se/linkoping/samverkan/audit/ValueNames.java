package se.linkoping.samverkan.audit;

import java.time.Instant;
import java.util.Set;

import org.springframework.stereotype.Component;

import se.linkoping.samverkan.estweeklycycle.PlaceType;
import se.linkoping.samverkan.estweeklycycle.Trend;
import se.linkoping.samverkan.identity.OrganisationGroup;
import se.linkoping.samverkan.identity.People;
import se.linkoping.samverkan.referencedata.ReferenceData;
import se.linkoping.samverkan.referencedata.ReferenceItem;
import se.linkoping.samverkan.referencedata.ReferenceKind;
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

    private final ReferenceData referenceData;
    private final People people;

    ValueNames(ReferenceData referenceData, People people) {
        this.referenceData = referenceData;
        this.people = people;
    }

    /** The stored value for the exports: as it is, empty for none. */
    static String code(Object value) {
        return value == null ? "" : value.toString();
    }

    /** A value a decision table read or gave, for a clause (its id) or output (its variable). */
    String decisionValue(String clause, Object value) {
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
            return codeName(code);
        }
        return value.toString();
    }

    /** A value of a task or process property a user changed. */
    String operationValue(String property, String value) {
        if (value == null || value.isBlank() || "null".equals(value)) {
            return "–";
        }
        if (PEOPLE.contains(property)) {
            return people.name(value);
        }
        if (DATES.contains(property) && value.matches("\\d{10,}")) {
            return Swedish.minute(Instant.ofEpochMilli(Long.parseLong(value)));
        }
        return codeName(value);
    }

    /** A code by its owner's Swedish name: a group or level, a trend, a place type, a category, a district. */
    private String codeName(String code) {
        if (OrganisationGroup.byId(code).isPresent()) {
            return OrganisationGroup.byId(code).get().shortName();
        }
        if (!Trend.nameOf(code).equals(code)) {
            return Trend.nameOf(code);
        }
        if (PlaceType.codes().contains(code)) {
            return PlaceType.nameOf(code);
        }
        // retired ones too: what was recorded keeps its name
        return referenceData.find(ReferenceKind.CATEGORY, code).map(ReferenceItem::name)
                .or(() -> referenceData.find(ReferenceKind.DISTRICT, code).map(ReferenceItem::name)).orElse(code);
    }
}
