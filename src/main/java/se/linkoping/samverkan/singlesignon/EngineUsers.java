package se.linkoping.samverkan.singlesignon;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a person who signed in through the identity provider into the engine's own users (just in time): the
 * engine must know staff by name and mail (People, task mails, Admin, candidate groups). The user is created or
 * updated with the provider's name and mail, without a password (they cannot sign in with one, nor use the partner
 * API), and is made a member of exactly the groups the provider's claim stands for: memberships follow the
 * provider at every sign-in, and changes to them made in Camunda Admin last only until the person signs in again.
 */
final class EngineUsers {

    private static final Logger LOG = LoggerFactory.getLogger(EngineUsers.class);

    private final IdentityService identity;

    EngineUsers(IdentityService identity) {
        this.identity = identity;
    }

    /** Whether an id is a local account with a password of its own (an administrator, a partner system). */
    boolean isLocalAccount(String userId) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        return user instanceof UserEntity entity && entity.getPassword() != null && !entity.getPassword().isEmpty();
    }

    /** A person the provider no longer puts in any of Samverkan's groups: in none of them here either. */
    void withdraw(String userId) {
        if (identity.createUserQuery().userId(userId).count() > 0) {
            for (Group group : identity.createGroupQuery().groupMember(userId).list()) {
                identity.deleteMembership(userId, group.getId());
            }
            LOG.info("{} signed in through the identity provider without any of Samverkan's groups: no longer a member "
                    + "of any", userId);
        }
    }

    /** Makes the person a member; a membership made meanwhile by the same person's sign-in in another tab is kept. */
    private void join(String userId, String groupId) {
        try {
            identity.createMembership(userId, groupId);
        } catch (ProcessEngineException failed) {
            if (identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
                throw failed;
            }
        }
    }

    /** The person as the provider has them now: name, mail and exactly these groups. */
    void bringIn(String userId, String firstName, String lastName, String email, Set<String> groupIds) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        boolean created = user == null;
        if (created) {
            user = identity.newUser(userId);
        }
        if (created || !Objects.equals(user.getFirstName(), firstName) || !Objects.equals(user.getLastName(), lastName)
                || !Objects.equals(user.getEmail(), email)) {
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setEmail(email);
            identity.saveUser(user);
        }
        Set<String> current = new HashSet<>();
        for (Group group : identity.createGroupQuery().groupMember(userId).list()) {
            current.add(group.getId());
        }
        for (String groupId : current) {
            if (!groupIds.contains(groupId)) {
                identity.deleteMembership(userId, groupId);
            }
        }
        for (String groupId : groupIds) {
            if (!current.contains(groupId)) {
                join(userId, groupId);
            }
        }
        if (created || !current.equals(groupIds)) {
            LOG.info("{} signed in through the identity provider{}, groups {}", userId, created ? " for the first time" : "",
                    groupIds);
        }
    }
}
