package se.linkoping.samverkan.singlesignon;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.linkoping.samverkan.support.EmbeddedPostgresConfiguration;

/**
 * Single sign-on (profile oidc, combined with postgres as a municipality's server runs it: the embedded PostgreSQL)
 * against a real OpenID Connect provider started by the test: the
 * authorization code flow over real HTTP, from a page without a session through the provider and back; the person's
 * directory groups mapped to Samverkan's (samverkan.identity.groups), the person brought into the engine with exactly
 * those groups; Tasklist's filters for the group; a person without a Samverkan group refused in Swedish; signing out
 * through the provider; the partner API still on HTTP Basic with its own accounts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"camunda.bpm.job-execution.enabled=false",
                "samverkan.admin.user-id=partner.admin", "samverkan.admin.password=Partnerns-Eget-Konto-2026",
                "samverkan.identity.groups.est=SG-Samverkan-EST",
                "samverkan.identity.groups.camunda-admin=SG-Samverkan-Admin"})
@Import(EmbeddedPostgresConfiguration.class)
@ActiveProfiles({"postgres", "oidc"})
class SingleSignOnWithOidcTest {

    private static final String EST_FILTER = "EST-arbetsgruppen (Effektiv samordning för trygghet)";

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    private final ObjectMapper json = new ObjectMapper();

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry settings) {
        settings.add("samverkan.oidc.issuer-uri", () -> ProviderForTests.issuerUri(false));
        settings.add("samverkan.oidc.client-id", () -> ProviderForTests.CLIENT_ID);
        settings.add("samverkan.oidc.client-secret", () -> ProviderForTests.CLIENT_SECRET);
        settings.add("samverkan.oidc.user-id-domains", () -> "linkoping.se");
    }

    private String app(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void staffSignInThroughTheProviderAndLandInTasklistWithTheirGroupsFilters() throws Exception {
        // someone Admin had put in another group: memberships follow the provider
        User earlier = identity.newUser("anna.lindqvist");
        identity.saveUser(earlier);
        identity.createMembership("anna.lindqvist", "police");
        ProviderForTests.nextSignIn("Anna.Lindqvist@linkoping.se", "Anna", "Lindqvist", List.of("SG-Samverkan-EST", "Alla anställda"));
        SignedInBrowser browser = new SignedInBrowser();

        HttpResponse<String> tasklist = browser.open(app("/camunda/app/tasklist/default/"));

        assertThat(tasklist.statusCode()).isEqualTo(200);
        assertThat(browser.visited()).extracting(URI::getPath)
                .contains("/oauth2/authorization/samverkan", "/" + ProviderForTests.ISSUER + "/authorize",
                        "/login/oauth2/code/samverkan")
                .endsWith("/camunda/app/tasklist/default/");
        JsonNode user = json.readTree(browser.send("GET", app("/camunda/api/admin/auth/user/default"), null).body());
        assertThat(user.path("userId").asText()).isEqualTo("anna.lindqvist");
        User known = identity.createUserQuery().userId("anna.lindqvist").singleResult();
        assertThat(List.of(known.getFirstName(), known.getLastName(), known.getEmail()))
                .containsExactly("Anna", "Lindqvist", "Anna.Lindqvist@linkoping.se");
        assertThat(identity.createGroupQuery().groupMember("anna.lindqvist").list()).extracting(Group::getId)
                .containsExactly("est");
        HttpResponse<String> filters = browser.send("GET", app("/camunda/api/engine/engine/default/filter?resourceType=Task"), null);
        assertThat(filters.statusCode()).isEqualTo(200);
        assertThat(json.readTree(filters.body()).findValuesAsText("name"))
                .contains("Mina gruppers uppgifter", "Mina uppgifter", EST_FILTER);
        // no password sign-in to the webapps beside the provider's
        assertThat(browser.send("POST", app("/camunda/api/admin/auth/user/default/login/tasklist"),
                "username=partner.admin&password=Partnerns-Eget-Konto-2026").statusCode()).isEqualTo(403);
    }

    @Test
    void aNamesakeOfAnotherOrganisationIsAnotherUser() throws Exception {
        ProviderForTests.nextSignIn("Maja.Ek@linkoping.se", "Maja", "Ek", List.of("SG-Samverkan-EST"));
        SignedInBrowser municipal = new SignedInBrowser();
        assertThat(municipal.open(app("/camunda/app/tasklist/default/")).statusCode()).isEqualTo(200);
        ProviderForTests.nextSignIn("Maja.Ek@polisen.se", "Maja", "Ek", List.of("SG-Samverkan-Admin"));
        SignedInBrowser police = new SignedInBrowser();

        assertThat(police.open(app("/camunda/app/tasklist/default/")).statusCode()).isEqualTo(200);

        JsonNode user = json.readTree(police.send("GET", app("/camunda/api/admin/auth/user/default"), null).body());
        assertThat(user.path("userId").asText()).isEqualTo("maja.ek@polisen.se");
        assertThat(identity.createGroupQuery().groupMember("maja.ek@polisen.se").list()).extracting(Group::getId)
                .containsExactly("camunda-admin");
        // the municipality's Maja keeps her own groups, and never gets the other's
        assertThat(identity.createGroupQuery().groupMember("maja.ek").list()).extracting(Group::getId)
                .containsExactly("est");
    }

    @Test
    void samverkansOwnPagesSignInTooAndKnowThePerson() throws Exception {
        ProviderForTests.nextSignIn("erik.berg", "Erik", "Berg", List.of("sg-samverkan-est"));
        SignedInBrowser browser = new SignedInBrowser();

        HttpResponse<String> picture = browser.open(app("/lagesbild"));

        assertThat(picture.statusCode()).isEqualTo(200);
        assertThat(browser.visited()).extracting(URI::getPath).endsWith("/lagesbild");
        assertThat(picture.body()).contains("Lägesbild");
        // the public citizen promise needs nobody signed in
        SignedInBrowser anyone = new SignedInBrowser();
        assertThat(anyone.open(app("/medborgarlofte")).statusCode()).isEqualTo(200);
        assertThat(anyone.visited()).hasSize(1);
    }

    @Test
    void aPersonWithoutASamverkanGroupIsRefusedInSwedish() throws Exception {
        ProviderForTests.nextSignIn("olle.ekonom", "Olle", "Ekonom", List.of("Ekonomi", "Alla anställda"));
        SignedInBrowser browser = new SignedInBrowser();

        HttpResponse<String> answer = browser.open(app("/camunda/app/tasklist/default/"));

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(answer.body()).contains("olle.ekonom är inte med i någon av Samverkans grupper")
                .doesNotContain("Exception", "OAuth2");
        assertThat(identity.createUserQuery().userId("olle.ekonom").count()).isZero();
        // and is not signed in: the next page goes to the provider again
        ProviderForTests.nextSignIn("olle.ekonom", "Olle", "Ekonom", List.of("Ekonomi"));
        assertThat(browser.open(app("/camunda/app/tasklist/default/")).statusCode()).isEqualTo(403);
    }

    @Test
    void signingOutOfTasklistEndsTheProvidersSessionToo() throws Exception {
        ProviderForTests.nextSignIn("sara.nilsson", "Sara", "Nilsson", List.of("SG-Samverkan-EST"));
        SignedInBrowser browser = new SignedInBrowser();
        assertThat(browser.open(app("/camunda/app/tasklist/default/")).statusCode()).isEqualTo(200);

        HttpResponse<String> tasklistsLogout = browser.send("POST", app("/camunda/api/admin/auth/user/default/logout"), "");
        assertThat(tasklistsLogout.statusCode()).isEqualTo(200);
        assertThat(tasklistsLogout.headers().firstValue(SignOutThroughProvider.HEADER)).hasValue("/logout");
        HttpResponse<String> signOut = browser.send("GET", app("/logout"), null);

        assertThat(signOut.statusCode()).isEqualTo(302);
        URI endSession = URI.create(signOut.headers().firstValue("Location").orElseThrow());
        assertThat(endSession.getPath()).isEqualTo("/" + ProviderForTests.ISSUER + "/endsession");
        assertThat(endSession.getQuery()).contains("id_token_hint=", "post_logout_redirect_uri=" + app("/"));
        // the session is gone: the next page goes to the provider
        HttpResponse<String> after = browser.send("GET", app("/camunda/app/tasklist/default/"), null);
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElseThrow()).endsWith("/oauth2/authorization/samverkan");
    }

    @Test
    void anAccountOfTheProviderNamedAsALocalAccountTakesNothingOver() throws Exception {
        List<String> groupsBefore = identity.createGroupQuery().groupMember("partner.admin").list().stream()
                .map(g -> g.getId()).sorted().toList();
        // someone at the provider, in the municipality's own domain, with the user name of the administrator who
        // signs in with a password (in another domain the id would stay whole: another user)
        ProviderForTests.nextSignIn("partner.admin@linkoping.se", "Gäst", "Konto", List.of("SG-Samverkan-EST"));

        HttpResponse<String> answer = new SignedInBrowser().open(app("/camunda/app/tasklist/default/"));

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).contains("samma användarnamn (partner.admin) som ett konto i Samverkan med eget lösenord");
        assertThat(identity.createGroupQuery().groupMember("partner.admin").list().stream().map(g -> g.getId())
                .sorted().toList()).isEqualTo(groupsBefore).contains("camunda-admin");
        assertThat(identity.checkPassword("partner.admin", "Partnerns-Eget-Konto-2026")).isTrue();
    }

    @Test
    void aPersonNoLongerInAnyOfSamverkansGroupsIsNoLongerAMemberOfAny() throws Exception {
        ProviderForTests.nextSignIn("gun.flyttad", "Gun", "Flyttad", List.of("SG-Samverkan-EST"));
        new SignedInBrowser().open(app("/camunda/app/tasklist/default/"));
        assertThat(identity.createGroupQuery().groupMember("gun.flyttad").count()).isOne();

        ProviderForTests.nextSignIn("gun.flyttad", "Gun", "Flyttad", List.of("Alla anställda"));
        assertThat(new SignedInBrowser().open(app("/camunda/app/tasklist/default/")).statusCode()).isEqualTo(403);

        assertThat(identity.createGroupQuery().groupMember("gun.flyttad").count()).isZero();
    }

    @Test
    void thePartnerApiKeepsItsOwnAccountsOnHttpBasic() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String basic = "Basic " + Base64.getEncoder().encodeToString(
                "partner.admin:Partnerns-Eget-Konto-2026".getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> tasks = http.send(HttpRequest.newBuilder(URI.create(app("/engine-rest/task")))
                .header("Authorization", basic).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> nobody = http.send(HttpRequest.newBuilder(URI.create(app("/engine-rest/task"))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(tasks.statusCode()).isEqualTo(200);
        assertThat(json.readTree(tasks.body()).isArray()).isTrue();
        assertThat(nobody.statusCode()).isEqualTo(401);
        assertThat(nobody.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Basic");
    }
}
