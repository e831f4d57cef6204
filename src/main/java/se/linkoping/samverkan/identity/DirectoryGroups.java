package se.linkoping.samverkan.identity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which groups of the municipality's directory (Active Directory, an identity provider's group claim) stand for
 * which group of the organisation ({@link OrganisationGroup}, the ids of SPEC.md). Configured per organisation
 * group under {@code samverkan.identity.groups}, e.g. {@code est: SG-Samverkan-EST} (several directory groups
 * separated by commas; environment: {@code SAMVERKAN_IDENTITY_GROUPS_EST}). A group without a setting is the
 * directory group of the same name as its id. Directory names compare without regard to case, and a
 * distinguished name ({@code CN=SG-Samverkan-EST,OU=Grupper,DC=linkoping,DC=se}) by its first CN. Directory
 * groups that stand for none of the organisation's are no groups in Samverkan.
 */
@ConfigurationProperties("samverkan.identity")
public final class DirectoryGroups {

    private final Map<OrganisationGroup, List<String>> namesPerGroup = new LinkedHashMap<>();

    /**
     * @param groups directory group names per organisation group id (keys compare without case, hyphens or
     *               underscores, as environment variables give them)
     */
    public DirectoryGroups(Map<String, List<String>> groups) {
        Map<String, List<String>> given = groups == null ? Map.of() : groups;
        List<String> unknown = new ArrayList<>();
        given.forEach((key, names) -> groupOfKey(key).ifPresentOrElse(
                group -> namesPerGroup.put(group, names.stream().map(String::strip).filter(n -> !n.isEmpty()).toList()),
                () -> unknown.add(key)));
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("Inställningen samverkan.identity.groups nämner " + String.join(", ", unknown)
                    + ", som inte är grupper i Samverkan. Använd gruppernas id: " + String.join(", ",
                    Arrays.stream(OrganisationGroup.values()).map(OrganisationGroup::id).toList()) + ".");
        }
        for (OrganisationGroup group : OrganisationGroup.values()) {
            namesPerGroup.putIfAbsent(group, List.of(group.id()));
        }
    }

    /** The organisation groups that a person's directory groups stand for, in the order of SPEC.md. */
    public Set<String> organisationGroupsOf(Collection<String> directoryNames) {
        Set<String> wanted = new LinkedHashSet<>();
        directoryNames.forEach(name -> wanted.add(comparable(commonName(name))));
        Set<String> ids = new LinkedHashSet<>();
        for (OrganisationGroup group : OrganisationGroup.values()) {
            if (namesPerGroup.get(group).stream().map(DirectoryGroups::comparable).anyMatch(wanted::contains)) {
                ids.add(group.id());
            }
        }
        return ids;
    }

    /** The organisation group a directory group stands for, if any (the first, should it stand for several). */
    public Optional<String> organisationGroupOf(String directoryName) {
        return organisationGroupsOf(List.of(directoryName)).stream().findFirst();
    }

    /** The directory groups that stand for an organisation group (empty for an id that is none). */
    public List<String> directoryNamesOf(String organisationGroupId) {
        return OrganisationGroup.byId(organisationGroupId).map(namesPerGroup::get).orElse(List.of());
    }

    private static Optional<OrganisationGroup> groupOfKey(String key) {
        String wanted = key.replaceAll("[-_.\\s]", "").toLowerCase(Locale.ROOT);
        return Arrays.stream(OrganisationGroup.values())
                .filter(g -> g.id().replace("-", "").equals(wanted)).findFirst();
    }

    /** The first CN of a distinguished name; any other name as it is. */
    static String commonName(String name) {
        String trimmed = name.strip();
        if (trimmed.regionMatches(true, 0, "CN=", 0, 3)) {
            int end = trimmed.indexOf(',');
            return trimmed.substring(3, end < 0 ? trimmed.length() : end).strip();
        }
        return trimmed;
    }

    private static String comparable(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
