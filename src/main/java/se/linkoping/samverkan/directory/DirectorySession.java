package se.linkoping.samverkan.directory;

import static org.camunda.bpm.engine.authorization.Resources.GROUP;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.Direction;
import org.camunda.bpm.engine.impl.QueryOrderingProperty;
import org.camunda.bpm.engine.impl.UserQueryProperty;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.identity.impl.ldap.LdapConfiguration;
import org.camunda.bpm.identity.impl.ldap.LdapGroupEntity;
import org.camunda.bpm.identity.impl.ldap.LdapGroupQuery;
import org.camunda.bpm.identity.impl.ldap.LdapIdentityProviderSession;
import org.camunda.bpm.identity.impl.ldap.LdapUserQueryImpl;

import se.linkoping.samverkan.identity.DirectoryGroups;
import se.linkoping.samverkan.identity.OrganisationGroup;

/**
 * The LDAP plugin's session, speaking in the organisation's groups: a group is one of {@link OrganisationGroup},
 * with its SPEC id ({@code est}), Swedish name and type, whichever directory groups stand for it
 * ({@link DirectoryGroups}); a directory group that stands for none is no group here. Asked for a group by id, the
 * directory is searched for the directory groups that stand for it; asked for a user's groups, the user's directory
 * groups are translated; asked for a group's members, the members of all its directory groups are read. Users
 * (id, names, mail) are the plugin's. Read authorizations are checked on the organisation's ids, as the engine's own
 * identity provider would.
 */
class DirectorySession extends LdapIdentityProviderSession {

    private final DirectoryGroups groups;
    /** The directory group whose members the plugin reads now ({@link #findUsersByGroupId}). */
    private String memberGroupDn = "";

    DirectorySession(LdapConfiguration configuration, DirectoryGroups groups) {
        super(configuration);
        this.groups = groups;
    }

    // --- groups

    @Override
    public List<Group> findGroupByQueryCriteria(LdapGroupQuery query) {
        Set<String> wanted = wantedIds(query);
        if (query.getTenantId() != null || wanted != null && wanted.isEmpty()) {
            return List.of(); // the directory's groups belong to no tenant
        }
        LdapGroupQuery directory = new LdapGroupQuery();
        if (wanted != null) {
            List<String> names = directoryNames(wanted);
            if (names.isEmpty()) {
                return List.of();
            }
            directory.groupIdIn(names.toArray(String[]::new));
        }
        if (query.getUserId() != null) {
            directory.groupMember(query.getUserId());
        }
        Map<OrganisationGroup, String> found = new LinkedHashMap<>();
        for (Group group : super.findGroupByQueryCriteria(directory)) {
            for (String id : groups.organisationGroupsOf(List.of(group.getId()))) {
                found.putIfAbsent(OrganisationGroup.byId(id).orElseThrow(), ((LdapGroupEntity) group).getDn());
            }
        }
        List<Group> result = new ArrayList<>();
        for (OrganisationGroup group : OrganisationGroup.values()) {
            if (found.containsKey(group) && (wanted == null || wanted.contains(group.id())) && matches(query, group)
                    && isAuthorizedToRead(GROUP, group.id())) {
                result.add(entity(group, found.get(group)));
            }
        }
        Comparator<Group> order = groupOrder(query.getOrderingProperties());
        if (order != null) {
            result.sort(order);
        }
        return page(result, query.getFirstResult(), query.getMaxResults());
    }

    /**
     * Read authorizations as the engine's own identity provider checks them: not where the engine checks none (in
     * listeners and delegates, e.g. the task mails reading a group's members while a user completes a task). The
     * plugin would check them there too, for whoever is signed in, and the mails would reach only that user.
     */
    @Override
    protected boolean isAuthorizedToRead(Resource resource, String resourceId) {
        CommandContext context = Context.getCommandContext();
        return context != null && !context.isAuthorizationCheckEnabled() || super.isAuthorizedToRead(resource, resourceId);
    }

    /** The plugin's own check would ask for the directory's group ids; it is asked for the organisation's above. */
    @Override
    protected boolean isAuthorizedToReadGroup(String directoryGroupId) {
        return true;
    }

    /** The ids asked for (by id and among ids), or null when any group is. */
    private static Set<String> wantedIds(LdapGroupQuery query) {
        Set<String> wanted = null;
        if (query.getId() != null) {
            wanted = new LinkedHashSet<>(List.of(query.getId()));
        }
        if (query.getIds() != null && query.getIds().length > 0) {
            Set<String> among = new LinkedHashSet<>(Arrays.asList(query.getIds()));
            if (wanted == null) {
                wanted = among;
            } else {
                wanted.retainAll(among);
            }
        }
        return wanted;
    }

    /** The directory groups (their ids, the common names) that stand for some organisation groups, escaped. */
    private List<String> directoryNames(Set<String> organisationGroupIds) {
        return organisationGroupIds.stream().flatMap(id -> groups.directoryNamesOf(id).stream())
                .map(DirectorySession::commonName).map(this::escapeLDAPSearchFilter).distinct().toList();
    }

    private static boolean matches(LdapGroupQuery query, OrganisationGroup group) {
        return (query.getName() == null || query.getName().equals(group.swedishName()))
                && (query.getNameLike() == null || like(group.swedishName(), query.getNameLike()))
                && (query.getType() == null || query.getType().equals(group.camundaType()));
    }

    /** SQL's LIKE as Admin's search uses it: % any text, _ one character. */
    static boolean like(String text, String pattern) {
        StringBuilder regex = new StringBuilder("(?is)");
        for (char c : pattern.toCharArray()) {
            if (c == '%' || c == '*') {
                regex.append(".*");
            } else if (c == '_') {
                regex.append('.');
            } else {
                regex.append(java.util.regex.Pattern.quote(String.valueOf(c)));
            }
        }
        return text.matches(regex.toString());
    }

    private static Group entity(OrganisationGroup group, String dn) {
        LdapGroupEntity entity = new LdapGroupEntity();
        entity.setId(group.id());
        entity.setName(group.swedishName());
        entity.setType(group.camundaType());
        entity.setDn(dn);
        return entity;
    }

    private static Comparator<Group> groupOrder(List<QueryOrderingProperty> ordering) {
        Comparator<Group> order = null;
        for (QueryOrderingProperty property : ordering == null ? List.<QueryOrderingProperty>of() : ordering) {
            Comparator<Group> next = switch (property.getQueryProperty().getName()) {
                case "ID_" -> Comparator.comparing(Group::getId);
                case "NAME_" -> Comparator.comparing(Group::getName);
                case "TYPE_" -> Comparator.comparing(Group::getType);
                default -> null;
            };
            if (next != null) {
                next = Direction.DESCENDING.equals(property.getDirection()) ? next.reversed() : next;
                order = order == null ? next : order.thenComparing(next);
            }
        }
        return order;
    }

    // --- a group's members

    /**
     * The members of an organisation group: of each directory group that stands for it, each user once, in the order
     * asked for (by id, names or mail), then the page asked for.
     */
    @Override
    protected List<User> findUsersByGroupId(LdapUserQueryImpl query) {
        int first = query.getFirstResult();
        int max = query.getMaxResults();
        Map<String, User> members = new LinkedHashMap<>();
        query.setFirstResult(0);
        query.setMaxResults(Integer.MAX_VALUE);
        try {
            for (String dn : directoryGroupDns(query.getGroupId())) {
                memberGroupDn = dn;
                super.findUsersByGroupId(query).forEach(user -> members.putIfAbsent(user.getId(), user));
            }
        } finally {
            memberGroupDn = "";
            query.setFirstResult(first);
            query.setMaxResults(max);
        }
        List<User> users = new ArrayList<>(members.values());
        Comparator<User> order = userOrder(query.getOrderingProperties());
        if (order != null) {
            users.sort(order);
        }
        return page(users, first, max);
    }

    /** The directory group whose members are read now (the plugin would look the organisation's id up). */
    @Override
    protected String getDnForGroup(String groupId) {
        return memberGroupDn;
    }

    /** The distinguished names of the directory groups that stand for an organisation group. */
    private List<String> directoryGroupDns(String organisationGroupId) {
        if (organisationGroupId == null) {
            return List.of();
        }
        List<String> names = directoryNames(Set.of(organisationGroupId));
        if (names.isEmpty()) {
            return List.of();
        }
        LdapGroupQuery directory = new LdapGroupQuery();
        directory.groupIdIn(names.toArray(String[]::new));
        return super.findGroupByQueryCriteria(directory).stream().map(group -> ((LdapGroupEntity) group).getDn())
                .distinct().toList();
    }

    private static Comparator<User> userOrder(List<QueryOrderingProperty> ordering) {
        Comparator<User> order = null;
        for (QueryOrderingProperty property : ordering == null ? List.<QueryOrderingProperty>of() : ordering) {
            String name = property.getQueryProperty().getName();
            Comparator<User> next = name.equals(UserQueryProperty.USER_ID.getName()) ? by(User::getId)
                    : name.equals(UserQueryProperty.FIRST_NAME.getName()) ? by(User::getFirstName)
                    : name.equals(UserQueryProperty.LAST_NAME.getName()) ? by(User::getLastName)
                    : name.equals(UserQueryProperty.EMAIL.getName()) ? by(User::getEmail) : null;
            if (next != null) {
                next = Direction.DESCENDING.equals(property.getDirection()) ? next.reversed() : next;
                order = order == null ? next : order.thenComparing(next);
            }
        }
        return order;
    }

    private static Comparator<User> by(java.util.function.Function<User, String> field) {
        return Comparator.comparing(field, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER));
    }

    // --- shared

    private static <T> List<T> page(List<T> all, int first, int max) {
        int from = Math.min(Math.max(first, 0), all.size());
        int to = (int) Math.min(all.size(), (long) from + Math.max(max, 0));
        return List.copyOf(all.subList(from, to));
    }

    /** The first CN of a distinguished name, as the directory group's id attribute (cn) holds it; else the name. */
    private static String commonName(String name) {
        String trimmed = name.strip();
        if (trimmed.regionMatches(true, 0, "CN=", 0, 3)) {
            int end = trimmed.indexOf(',');
            return trimmed.substring(3, end < 0 ? trimmed.length() : end).strip();
        }
        return trimmed;
    }
}
