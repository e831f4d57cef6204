package se.linkoping.samverkan.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.DecisionDefinitionQuery;
import org.junit.jupiter.api.Test;

class PeopleTest {

    @Test
    void usersAreNamedByTheirNamesTheEngineByWhatItIsAndAnUnknownIdByItself() {
        Map<String, String> names = people().names(List.of("anna.lindqvist", "system", "gone.user"));

        assertThat(names).containsExactly(Map.entry("anna.lindqvist", "Anna Lindqvist"),
                Map.entry("system", People.NO_PERSON_NAME), Map.entry("gone.user", "gone.user"));
    }

    @Test
    void severalPeopleAreStoredTogetherAndNamedTogetherAndARuleByItsTable() {
        People people = people();
        String together = People.together(List.of("anna.lindqvist", "erik.sandberg", "anna.lindqvist", "system"));

        assertThat(together).isEqualTo("anna.lindqvist,erik.sandberg");
        assertThat(People.ids(together)).containsExactly("anna.lindqvist", "erik.sandberg");
        assertThat(people.name(together)).isEqualTo("Anna Lindqvist, Erik Sandberg");
        assertThat(People.rule("escalation-level")).isEqualTo("regel (escalation-level)");
        assertThat(people.name(People.rule("escalation-level"))).isEqualTo("Regel i beslutstabellen ”Eskaleringsnivå”");
        assertThat(People.together(List.of())).isEqualTo(People.NO_PERSON);
        assertThat(People.together(Collections.nCopies(1, "x".repeat(300)))).isEqualTo(People.NO_PERSON);
    }

    private static People people() {
        IdentityService identity = mock(IdentityService.class);
        UserQuery query = mock(UserQuery.class, RETURNS_SELF);
        User anna = user("anna.lindqvist", "Anna", "Lindqvist");
        User erik = user("erik.sandberg", "Erik", "Sandberg");
        when(identity.createUserQuery()).thenReturn(query);
        when(query.userIdIn(any())).thenReturn(query);
        when(query.list()).thenReturn(List.of(anna, erik));
        RepositoryService repository = mock(RepositoryService.class);
        DecisionDefinitionQuery tables = mock(DecisionDefinitionQuery.class, RETURNS_SELF);
        DecisionDefinition table = mock(DecisionDefinition.class);
        when(table.getName()).thenReturn("Eskaleringsnivå");
        when(repository.createDecisionDefinitionQuery()).thenReturn(tables);
        when(tables.singleResult()).thenReturn(table);
        return new People(identity, repository);
    }

    private static User user(String id, String first, String last) {
        User user = mock(User.class);
        when(user.getId()).thenReturn(id);
        when(user.getFirstName()).thenReturn(first);
        when(user.getLastName()).thenReturn(last);
        return user;
    }
}
