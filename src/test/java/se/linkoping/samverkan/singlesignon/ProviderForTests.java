package se.linkoping.samverkan.singlesignon;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

/**
 * A real OpenID Connect provider for the tests (NAV's mock-oauth2-server), on 127.0.0.1 so that its cookies and
 * Samverkan's (on localhost) stay apart, with the issuer {@link #ISSUER}. One per JVM, started before the
 * application, which reads its discovery document at start-up.
 */
final class ProviderForTests {

    static final String ISSUER = "kommunen";
    static final String CLIENT_ID = "samverkan-test";
    static final String CLIENT_SECRET = "test-secret-not-for-production";

    private static MockOAuth2Server server;

    private ProviderForTests() {
    }

    /** The provider, started on first use; interactive: its login page asks for a user name and claims. */
    static synchronized MockOAuth2Server server(boolean interactiveLogin) {
        if (server == null) {
            server = new MockOAuth2Server(new OAuth2Config(interactiveLogin));
            try {
                server.start(InetAddress.getByName("127.0.0.1"), 0);
            } catch (UnknownHostException e) {
                throw new IllegalStateException(e);
            }
        }
        return server;
    }

    static String issuerUri(boolean interactiveLogin) {
        return server(interactiveLogin).issuerUrl(ISSUER).toString();
    }

    /** The next sign-in at the provider is this person, with these groups in the claim {@code groups}. */
    static void nextSignIn(String userName, String givenName, String familyName, List<String> groups) {
        server(false).enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, userName + "-sub", "JWT", List.of(CLIENT_ID),
                Map.of("preferred_username", userName, "given_name", givenName, "family_name", familyName,
                        "email", userName.contains("@") ? userName : userName + "@linkoping.se", "groups", groups), 3600));
    }
}
