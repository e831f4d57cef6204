package se.linkoping.samverkan.identity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.digest.PasswordManager;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the demo leaves in a database, found outside the {@code demo} profile: its users ({@code demo-<group>},
 * the named demo people, anyone with a {@code @demo.samverkan.invalid} address) and every user whose password is
 * a known default ({@code admin:demo} among them). Start-up refuses while any is left ({@link #refuseAny}), or
 * removes them when the operator asks to ({@link #remove}). Passwords are compared with the stored hashes
 * directly, never by logging in, so no account is locked by trying.
 */
public class DemoLeftovers {

    /** The setting that removes what the demo left at start-up. */
    public static final String REMOVE_SETTING = "samverkan.demo.remove-leftovers";

    private static final Logger log = LoggerFactory.getLogger(DemoLeftovers.class);
    private static final String DEMO_MAIL = "@demo.samverkan.invalid";

    private final IdentityService identityService;
    private final PasswordManager passwords;
    private final List<String> tried;

    /** @param demoPassword the demo's password when configured, tried beside the known defaults */
    public DemoLeftovers(IdentityService identityService, PasswordManager passwords, String demoPassword) {
        this.identityService = identityService;
        this.passwords = passwords;
        this.tried = new ArrayList<>(PasswordPolicy.triedDefaults());
        if (demoPassword != null && !demoPassword.isBlank()) {
            tried.add(0, demoPassword);
        }
    }

    /** The ids of the demo's users and of the users with a known password, in the order found. */
    public Set<String> found() {
        Set<String> ids = new LinkedHashSet<>();
        Set<String> demoIds = new LinkedHashSet<>();
        DemoUsers.everyone().forEach(person -> demoIds.add(person.id()));
        for (User user : identityService.createUserQuery().list()) {
            boolean demo = demoIds.contains(user.getId())
                    || user.getEmail() != null && user.getEmail().endsWith(DEMO_MAIL);
            if (demo || hasKnownPassword(user)) {
                ids.add(user.getId());
            }
        }
        return ids;
    }

    /** Refuses start-up while the demo left anything, saying what and how to remove it. */
    public void refuseAny() {
        Set<String> ids = found();
        if (!ids.isEmpty()) {
            throw new DemoLeftoversException(ids);
        }
    }

    /** Deletes the demo's users and the users with a known password, with their memberships. */
    public void remove() {
        for (String id : found()) {
            identityService.deleteUser(id);
            log.warn("Removed {}: a demo user or a user with a known password", id);
        }
    }

    private boolean hasKnownPassword(User user) {
        if (!(user instanceof UserEntity entity) || entity.getPassword() == null) {
            return false; // not stored here (LDAP) or without a password: nobody logs in with one
        }
        for (String candidate : tried) {
            if (passwords.check(EncryptionUtil.saltPassword(candidate, entity.getSalt()), entity.getPassword())) {
                return true;
            }
        }
        return false;
    }
}
