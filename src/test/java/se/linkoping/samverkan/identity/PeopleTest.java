package se.linkoping.samverkan.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.junit.jupiter.api.Test;

class PeopleTest {

    @Test
    void usersAreNamedByTheirNamesTheEngineByWhatItIsAndAnUnknownIdByItself() {
        IdentityService identity = mock(IdentityService.class);
        UserQuery query = mock(UserQuery.class, RETURNS_SELF);
        User anna = mock(User.class);
        when(anna.getId()).thenReturn("anna.lindqvist");
        when(anna.getFirstName()).thenReturn("Anna");
        when(anna.getLastName()).thenReturn("Lindqvist");
        when(identity.createUserQuery()).thenReturn(query);
        when(query.userIdIn(any())).thenReturn(query);
        when(query.list()).thenReturn(List.of(anna));

        Map<String, String> names = new People(identity).names(List.of("anna.lindqvist", "system", "gone.user"));

        assertThat(names).containsExactly(Map.entry("anna.lindqvist", "Anna Lindqvist"),
                Map.entry("system", People.NO_PERSON_NAME), Map.entry("gone.user", "gone.user"));
    }
}
