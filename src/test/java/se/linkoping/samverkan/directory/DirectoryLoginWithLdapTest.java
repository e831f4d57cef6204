package se.linkoping.samverkan.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static se.linkoping.samverkan.directory.TestDirectory.ANNA;
import static se.linkoping.samverkan.directory.TestDirectory.ERIK;
import static se.linkoping.samverkan.directory.TestDirectory.EVA;
import static se.linkoping.samverkan.directory.TestDirectory.OLLE;
import static se.linkoping.samverkan.directory.TestDirectory.PASSWORD;
import static se.linkoping.samverkan.directory.TestDirectory.SARA;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.unboundid.ldap.listener.InMemoryDirectoryServer;

import se.linkoping.samverkan.identity.OrganisationGroup;
import se.linkoping.samverkan.identity.People;
import se.linkoping.samverkan.identity.RoleHolders;
import se.linkoping.samverkan.support.EmbeddedPostgresConfiguration;
import se.linkoping.samverkan.support.Scenario;
import se.linkoping.samverkan.support.WebappSession;

/**
 * The profile {@code ldap}, combined with {@code postgres} as a municipality's server runs it (the embedded
 * PostgreSQL), against a directory laid out as Active Directory ({@link TestDirectory}), started by the
 * test, with the settings as README gives them (the same names, the defaults of application-ldap.yml): staff sign in
 * with their directory passwords (Tasklist's login, HTTP Basic on /engine-rest and /api), their groups are Samverkan's
 * by the configured mapping, a group's task reaches its members only and is mailed to the directory's addresses, the
 * directory's administrators reach Admin, which creates no user. Runs in a JVM of its own (execution ldap-tests).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.job-execution.enabled=false")
@Import(EmbeddedPostgresConfiguration.class)
@ActiveProfiles({"postgres", "ldap"})
class DirectoryLoginWithLdapTest extends Scenario {

    static final InMemoryDirectoryServer DIRECTORY = TestDirectory.start();
    static final GreenMail SMTP = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void directory(DynamicPropertyRegistry properties) {
        properties.add("SAMVERKAN_LDAP_URL", () -> TestDirectory.url(DIRECTORY));
        properties.add("SAMVERKAN_LDAP_MANAGER_DN", () -> TestDirectory.MANAGER_DN);
        properties.add("SAMVERKAN_LDAP_MANAGER_PASSWORD", () -> TestDirectory.MANAGER_PASSWORD);
        properties.add("SAMVERKAN_LDAP_BASE_DN", () -> TestDirectory.BASE_DN);
        properties.add("SAMVERKAN_LDAP_USER_SEARCH_BASE", () -> "OU=Anvandare");
        properties.add("SAMVERKAN_LDAP_GROUP_SEARCH_BASE", () -> "OU=Grupper");
        properties.add("samverkan.identity.groups.est", () -> "SG-Samverkan-EST,SG-EST-Ersattare");
        properties.add("samverkan.identity.groups.police", () -> "SG-Samverkan-Polis");
        properties.add("samverkan.identity.groups.district-coordinators", () -> "SG-Samverkan-Stadsdelssamordnare");
        properties.add("samverkan.identity.groups.camunda-admin", () -> "SG-Samverkan-Admin");
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @AfterAll
    static void stop() {
        SMTP.stop();
        DIRECTORY.shutDown(true);
    }

    @Autowired
    IdentityService identity;
    @Autowired
    AuthorizationService authorizations;
    @Autowired
    FilterService filters;
    @Autowired
    People people;
    @Autowired
    RoleHolders roles;

    @BeforeEach
    void noMail() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
    }

    @Test
    void staffSignInToTasklistWithTheirDirectoryPassword() {
        ResponseEntity<String> anna = WebappSession.login(http, ANNA, PASSWORD, "tasklist");
        assertThat(anna.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(anna.getBody()).contains("\"userId\":\"" + ANNA + "\"", "tasklist");

        assertThat(WebappSession.login(http, ANNA, "fel-lösenord", "tasklist").getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(WebappSession.login(http, "okand.person", PASSWORD, "tasklist").getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        // in the directory, with the right password, but in no group of Samverkan's: no Tasklist
        assertThat(WebappSession.login(http, OLLE, PASSWORD, "tasklist").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void httpBasicOnTheApiAndTheEngineRestApiChecksTheDirectoryPassword() {
        assertThat(as(ANNA, PASSWORD).getForEntity("/api/reference-data", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(as(ANNA, "fel-lösenord").getForEntity("/api/reference-data", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(as(ANNA, PASSWORD).getForEntity("/engine-rest/task", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(as(ANNA, "fel-lösenord").getForEntity("/engine-rest/task", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aMembersGroupsAreSamverkansByTheConfiguredMapping() {
        assertThat(groupsOf(ANNA)).containsExactly("est", "police");
        assertThat(groupsOf(ERIK)).as("EST through its second directory group").containsExactly("est");
        assertThat(groupsOf(SARA)).containsExactly("district-coordinators");
        assertThat(groupsOf(EVA)).containsExactly("camunda-admin");
        assertThat(groupsOf(OLLE)).as("SG-Ekonomi stands for nothing in Samverkan").isEmpty();

        Group est = identity.createGroupQuery().groupId("est").singleResult();
        assertThat(est.getName()).isEqualTo(OrganisationGroup.EST.swedishName());
        assertThat(est.getType()).isEqualTo("WORKFLOW");
        assertThat(identity.createGroupQuery().groupId("SG-Samverkan-EST").count()).isZero();
        assertThat(identity.createGroupQuery().list()).extracting(Group::getId)
                .containsExactly("est", "police", "district-coordinators", "camunda-admin");
        assertThat(identity.createGroupQuery().groupNameLike("%Polisen%").list()).extracting(Group::getId)
                .containsExactly("police");

        assertThat(identity.createUserQuery().memberOfGroup("est").orderByUserId().asc().list())
                .extracting(User::getId).containsExactly(ANNA, ERIK);
        assertThat(identity.createUserQuery().memberOfGroup("est").count()).isEqualTo(2);
        assertThat(identity.createUserQuery().memberOfGroup("SG-Ekonomi").count()).isZero();
        assertThat(identity.createUserQuery().userId("PC-0042$").count()).as("a computer is no person").isZero();

        assertThat(people.name(ANNA)).isEqualTo("Anna Lindqvist");
        assertThat(people.email(ERIK)).contains("erik.sandberg@linkoping.se");
        // a role is assigned in the directory, not in Admin
        assertThat(roles.notHolder(OrganisationGroup.KS_CHAIR, "underteckna för kommunen", false)).endsWith(
                "(i dag: ingen) kan underteckna för kommunen. Rollen tilldelas i kommunens katalog: den som är medlem "
                        + "i gruppen ks-chair har den.");
        // the engine's authorizations are stored by Samverkan's ids, as AccessSetup made them
        assertThat(authorizations.createAuthorizationQuery().groupIdIn("est").resourceType(Resources.FILTER).count())
                .isPositive();
    }

    @Test
    void aGroupsTaskIsForItsMembersOnlyAndMailedToTheirDirectoryAddresses() throws Exception {
        String instance = reportViolenceAs(ANNA);
        String tasksOfReport = "/engine-rest/task?processInstanceId=" + instance;

        assertThat(json(as(ERIK, PASSWORD).getForEntity(tasksOfReport, String.class))).as("EST's task seen by Erik")
                .hasSize(1);
        assertThat(json(as(SARA, PASSWORD).getForEntity(tasksOfReport, String.class))).as("not by Sara").isEmpty();
        // Tasklist's landing filter, ${currentUserGroups()}: Anna's groups are est and police
        WebappSession tasklist = WebappSession.signIn(http, ANNA, PASSWORD, "tasklist");
        Filter myGroups = filters.createFilterQuery().filterName("Mina gruppers uppgifter").singleResult();
        ResponseEntity<String> listed = tasklist.post("/camunda/api/engine/engine/default/filter/" + myGroups.getId()
                + "/list", "{}");
        assertThat(listed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json(listed).findValuesAsText("processInstanceId")).contains(instance);

        // the task's mail went to EST's members, at the addresses in the directory
        assertThat(Arrays.stream(SMTP.getReceivedMessages()).map(DirectoryLoginWithLdapTest::to).toList())
                .containsExactlyInAnyOrder("anna.lindqvist@linkoping.se", "erik.sandberg@linkoping.se");
    }

    @Test
    void withoutSamverkansGroupsNothingIsPermitted() {
        ResponseEntity<String> started = submitViolence(OLLE);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("incident-report").count()).isZero();
    }

    @Test
    void theDirectorysAdministratorsReachAdminWhereUsersAndGroupsAreReadOnly() {
        assertThat(WebappSession.login(http, EVA, PASSWORD, "admin").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(WebappSession.login(http, ANNA, PASSWORD, "admin").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(identity.isReadOnly()).isTrue();

        // Admin's groups are Samverkan's, by their Swedish names
        JsonNode groups = json(as(EVA, PASSWORD).getForEntity("/engine-rest/group?sortBy=id&sortOrder=asc", String.class));
        assertThat(groups.findValuesAsText("id")).containsExactly("camunda-admin", "district-coordinators", "est",
                "police");
        assertThat(groups.findValuesAsText("name")).contains(OrganisationGroup.EST.swedishName());

        // a user is not created: not through the REST API, not through Admin's own
        String newUser = """
                {"profile": {"id": "ny.person", "firstName": "Ny", "lastName": "Person", "email": "ny@linkoping.se"},
                 "credentials": {"password": "Ett-langt-losenord-2026"}}""";
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> rest = as(EVA, PASSWORD).exchange("/engine-rest/user/create", HttpMethod.POST,
                new HttpEntity<>(newUser, headers), String.class);
        assertThat(rest.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.getBody()).contains("read-only");
        WebappSession admin = WebappSession.signIn(http, EVA, PASSWORD, "admin");
        assertThat(admin.post("/camunda/api/engine/engine/default/user/create", newUser).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(identity.createUserQuery().userId("ny.person").count()).isZero();
    }

    // ---

    private List<String> groupsOf(String userId) {
        return identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    }

    private TestRestTemplate as(String user, String password) {
        return http.withBasicAuth(user, password);
    }

    /** A report of violence that EST must assess at once, submitted through the REST API: its process instance. */
    private String reportViolenceAs(String user) {
        ResponseEntity<String> started = submitViolence(user);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
        return json(started).get("id").asText();
    }

    private ResponseEntity<String> submitViolence(String user) {
        Map<String, Object> variables = Map.of(
                "district", value("ryd"), "place", value("Rydstorget"), "category", value("vald-hot"),
                "occurredAt", value(OffsetDateTime.now().minusHours(1).toString()),
                "description", value("Misshandel vid torget, polisen på plats."), "source", value("polis"));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return as(user, PASSWORD).exchange("/engine-rest/process-definition/key/incident-report/submit-form",
                HttpMethod.POST, new HttpEntity<>(Map.of("variables", variables), headers), String.class);
    }

    private static Map<String, Object> value(Object value) {
        return Map.of("value", value);
    }

    private static JsonNode json(ResponseEntity<String> response) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.getBody());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError("not JSON: " + response.getBody(), e);
        }
    }

    private static String to(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }
}
