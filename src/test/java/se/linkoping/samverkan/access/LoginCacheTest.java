package se.linkoping.samverkan.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

class LoginCacheTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-04T09:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final LoginCache cache = new LoginCache(Duration.ofSeconds(30), clock);
    private final LoginCache.Login partner = new LoginCache.Login("demo-partner-systems", List.of("partner-systems"),
            List.of());

    @Test
    void aLoginIsFoundWithTheSameUserAndPasswordUntilItsTimeIsUp() {
        cache.remember("hemligt", partner);

        assertThat(cache.find("demo-partner-systems", "hemligt")).contains(partner);
        now.set(now.get().plusSeconds(29));
        assertThat(cache.find("demo-partner-systems", "hemligt")).contains(partner);
        now.set(now.get().plusSeconds(1));
        assertThat(cache.find("demo-partner-systems", "hemligt")).isEmpty();
    }

    @Test
    void anotherPasswordOrUserFindsNothing() {
        cache.remember("hemligt", partner);

        assertThat(cache.find("demo-partner-systems", "Hemligt")).isEmpty();
        assertThat(cache.find("demo-partner-systems", "hemligt ")).isEmpty();
        assertThat(cache.find("demo-partner-system", "shemligt")).isEmpty();
        assertThat(cache.find("anna.lindqvist", "hemligt")).isEmpty();
    }

    @Test
    void aChangeOfUsersOrGroupsForgetsEveryLogin() {
        cache.remember("hemligt", partner);

        cache.forgetAll();

        assertThat(cache.find("demo-partner-systems", "hemligt")).isEmpty();
    }

    @Test
    void noTimeToLiveKeepsNothing() {
        LoginCache off = new LoginCache(Duration.ZERO, clock);
        off.remember("hemligt", partner);

        assertThat(off.isOn()).isFalse();
        assertThat(off.find("demo-partner-systems", "hemligt")).isEmpty();
    }

    @Test
    void itNeverGrowsBeyondItsBound() {
        for (int i = 0; i <= LoginCache.MAX_ENTRIES; i++) {
            cache.remember("lösen" + i, new LoginCache.Login("user" + i, List.of(), List.of()));
        }

        assertThat(cache.find("user" + LoginCache.MAX_ENTRIES, "lösen" + LoginCache.MAX_ENTRIES)).isPresent();
        assertThat(cache.find("user0", "lösen0")).isEmpty();
    }

    @Test
    void basicCredentialsAreReadAsCamundaReadsThem() {
        assertThat(CachedBasicAuthentication.credentials("Basic " + java.util.Base64.getEncoder()
                .encodeToString("anna.lindqvist:ett:två".getBytes()))).hasValueSatisfying(
                credentials -> assertThat(credentials).containsExactly("anna.lindqvist", "ett:två"));
        assertThat(CachedBasicAuthentication.credentials("Bearer abc")).isEmpty();
        assertThat(CachedBasicAuthentication.credentials("Basic !!!")).isEmpty();
        assertThat(CachedBasicAuthentication.credentials(null)).isEmpty();
    }
}
