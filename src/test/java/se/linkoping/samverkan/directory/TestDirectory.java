package se.linkoping.samverkan.directory;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPException;

/**
 * An in-memory directory laid out as a municipality's Active Directory: {@code DC=linkoping,DC=se} with the staff in
 * {@code OU=Anvandare}, groups in {@code OU=Grupper} (member DNs), the service account Samverkan searches with in
 * {@code OU=Tjanstekonton}; users identified by {@code sAMAccountName}, named by {@code givenName}/{@code sn}, with
 * {@code mail}. Listens on a free port of the loopback interface.
 */
final class TestDirectory {

    static final String BASE_DN = "DC=linkoping,DC=se";
    static final String MANAGER_DN = "CN=svc-samverkan,OU=Tjanstekonton," + BASE_DN;
    static final String MANAGER_PASSWORD = "Tjänstekonto-hemligt-2026";
    /** Every staff member's password here (ASCII: HTTP Basic clients differ in how they encode other letters). */
    static final String PASSWORD = "Vinter-i-Linkoping-42";

    /** In EST (through SG-Samverkan-EST) and the police. */
    static final String ANNA = "anna.lindqvist";
    /** In EST through the other directory group that stands for it (SG-EST-Ersattare). */
    static final String ERIK = "erik.sandberg";
    /** A district coordinator, not in EST. */
    static final String SARA = "sara.nilsson";
    /** In a directory group that stands for none of Samverkan's (SG-Ekonomi) and in no other. */
    static final String OLLE = "olle.ekonom";
    /** An administrator (SG-Samverkan-Admin). */
    static final String EVA = "eva.strand";

    private TestDirectory() {
    }

    static InMemoryDirectoryServer start() {
        try {
            InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE_DN);
            // Active Directory's attributes (sAMAccountName, objectCategory) are not in the standard schema
            config.setSchema(null);
            config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", InetAddress.getLoopbackAddress(),
                    0, null));
            InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
            for (Entry entry : entries()) {
                server.add(entry);
            }
            server.startListening();
            return server;
        } catch (LDAPException e) {
            throw new IllegalStateException("The test directory did not start", e);
        }
    }

    static String url(InMemoryDirectoryServer server) {
        return "ldap://127.0.0.1:" + server.getListenPort();
    }

    private static List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry(BASE_DN, attribute("objectClass", "top", "domain"), attribute("dc", "linkoping")));
        for (String ou : List.of("Anvandare", "Grupper", "Tjanstekonton")) {
            entries.add(new Entry("OU=" + ou + "," + BASE_DN, attribute("objectClass", "top", "organizationalUnit"),
                    attribute("ou", ou)));
        }
        entries.add(new Entry(MANAGER_DN, attribute("objectClass", "top", "person", "organizationalPerson", "user"),
                attribute("cn", "svc-samverkan"), attribute("sAMAccountName", "svc-samverkan"),
                attribute("userPassword", MANAGER_PASSWORD)));
        entries.add(person(ANNA, "Anna", "Lindqvist", "anna.lindqvist@linkoping.se"));
        entries.add(person(ERIK, "Erik", "Sandberg", "erik.sandberg@linkoping.se"));
        entries.add(person(SARA, "Sara", "Nilsson", "sara.nilsson@linkoping.se"));
        entries.add(person(OLLE, "Olle", "Ekonom", "olle.ekonom@linkoping.se"));
        entries.add(person(EVA, "Eva", "Strand", "eva.strand@linkoping.se"));
        // a computer is an AD "user" too, but no person: the user search filter leaves it out
        entries.add(new Entry("CN=PC-0042,OU=Anvandare," + BASE_DN,
                attribute("objectClass", "top", "person", "organizationalPerson", "user", "computer"),
                attribute("objectCategory", "computer"), attribute("cn", "PC-0042"),
                attribute("sAMAccountName", "PC-0042$")));
        entries.add(group("SG-Samverkan-EST", ANNA));
        entries.add(group("SG-EST-Ersattare", ERIK));
        entries.add(group("SG-Samverkan-Polis", ANNA));
        entries.add(group("SG-Samverkan-Stadsdelssamordnare", SARA));
        entries.add(group("SG-Samverkan-Admin", EVA));
        entries.add(group("SG-Ekonomi", OLLE, ANNA));
        return entries;
    }

    static String dnOf(String userId) {
        return "CN=" + userId + ",OU=Anvandare," + BASE_DN;
    }

    private static Entry person(String id, String firstName, String lastName, String mail) {
        return new Entry(dnOf(id), attribute("objectClass", "top", "person", "organizationalPerson", "user"),
                // in a real AD objectCategory is the DN of the class Person; the filter (objectCategory=person) finds it
                attribute("objectCategory", "person"), attribute("cn", id), attribute("sAMAccountName", id),
                attribute("givenName", firstName), attribute("sn", lastName), attribute("mail", mail),
                attribute("userPassword", PASSWORD));
    }

    private static Entry group(String name, String... members) {
        List<com.unboundid.ldap.sdk.Attribute> attributes = new ArrayList<>(List.of(
                attribute("objectClass", "top", "group"), attribute("cn", name), attribute("sAMAccountName", name)));
        if (members.length > 0) {
            attributes.add(new com.unboundid.ldap.sdk.Attribute("member",
                    java.util.Arrays.stream(members).map(TestDirectory::dnOf).toList()));
        }
        return new Entry("CN=" + name + ",OU=Grupper," + BASE_DN, attributes);
    }

    private static com.unboundid.ldap.sdk.Attribute attribute(String name, String... values) {
        return new com.unboundid.ldap.sdk.Attribute(name, values);
    }
}
