package se.linkoping.samverkan.access;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The HTTP Basic logins of the last moments, so that a partner's system that sends many requests is not checked
 * against the database on every one (a password check and its groups and tenants: three transactions a request).
 * Kept safe: an entry is found only with the same user and password (kept as an HMAC-SHA256 under a key made anew
 * at every start, never the password itself), lives {@code samverkan.api.login-cache-seconds} (30 s by default,
 * 0 turns it off), a failed login is never kept, and every change of users, groups or memberships made on this
 * node empties it ({@link IdentityChanges}). The price: on another node such a change may take that long to
 * count.
 */
public final class LoginCache {

    /** What a login established: who, in which groups and tenants. */
    public record Login(String userId, List<String> groupIds, List<String> tenantIds) {

        public Login {
            groupIds = List.copyOf(groupIds);
            tenantIds = List.copyOf(tenantIds);
        }
    }

    /** Above this many entries the expired ones are dropped, and if that is not enough, all. */
    static final int MAX_ENTRIES = 10_000;

    private record Entry(Login login, Instant until) {
    }

    private final Duration timeToLive;
    private final Clock clock;
    private final SecretKeySpec key;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    public LoginCache(Duration timeToLive, Clock clock) {
        this.timeToLive = timeToLive;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    public boolean isOn() {
        return !timeToLive.isZero() && !timeToLive.isNegative();
    }

    /** The login kept for this user and password, if it is still fresh. */
    public Optional<Login> find(String userId, String password) {
        if (!isOn()) {
            return Optional.empty();
        }
        String id = id(userId, password);
        Entry entry = entries.get(id);
        if (entry == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(entry.until())) {
            entries.remove(id, entry);
            return Optional.empty();
        }
        return Optional.of(entry.login());
    }

    /** Keeps a login that succeeded just now. */
    public void remember(String password, Login login) {
        if (!isOn()) {
            return;
        }
        Instant now = clock.instant();
        if (entries.size() >= MAX_ENTRIES) {
            entries.values().removeIf(entry -> !now.isBefore(entry.until()));
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(id(login.userId(), password), new Entry(login, now.plus(timeToLive)));
    }

    /** Forgets every login: users, groups or tenants changed ({@link IdentityChanges}). */
    public void forgetAll() {
        entries.clear();
    }

    private String id(String userId, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(userId.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
