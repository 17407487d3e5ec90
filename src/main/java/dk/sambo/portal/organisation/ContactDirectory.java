package dk.sambo.portal.organisation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import dk.sambo.portal.organisation.domain.Unit;

/**
 * The contact directory: line managers, culture bearers, senior managers and the cluster levels, with work contact
 * details, filtered and paged by the database. Open to every logged-in person: knowing whom to contact across
 * sectors is the point (seed 000). A culture bearer is listed while an appointment of theirs runs, with the topics
 * their running appointments cover.
 *
 * <p>The filters mean: <b>unit</b> the people who serve it (roles on the unit or a unit above it);
 * <b>organisation</b> roles on one of its units or on the organisation itself; <b>cluster</b> roles on a unit
 * working in it (its own cluster, else its organisation's), on an organisation serving it, on the cluster itself,
 * and region-wide roles; <b>topic</b> culture bearers whose running appointment covers the topic or every topic;
 * <b>text</b> a part of the name, job title, the person's organisation or the name of what the role covers.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ContactDirectory {

    /** Roles listed in the contact directory. */
    public static final Set<Role> ROLES = EnumSet.of(Role.LINE_MANAGER, Role.CULTURE_BEARER, Role.SENIOR_MANAGER,
            Role.STRATEGIC, Role.IMPLEMENTING, Role.POLITICAL);

    /** The name the region-wide scope goes by (as {@link OrganisationService#scopeName}). */
    static final String REGION_NAME = "Region Syddanmark";

    private static final String ROLE = "dk.sambo.portal.organisation.Role.";
    private static final String SCOPE = "dk.sambo.portal.organisation.ScopeType.";

    private final EntityManager em;
    private final Clock clock;

    ContactDirectory(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** A role holder in the contact directory. */
    public record Contact(long personId, String name, @Nullable String jobTitle, @Nullable String email,
            Role role, ScopeType scopeType, @Nullable Long scopeId, String scopeName, @Nullable String unitName,
            @Nullable String organisationName, Set<String> topicCodes) {
    }

    /** Filter for the directory; null (or blank text) means "any". */
    public record DirectoryFilter(@Nullable String text, @Nullable Role role, @Nullable Long clusterId,
            @Nullable Long organisationId, @Nullable Long unitId, @Nullable String topicCode) {

        public static final DirectoryFilter ANY = new DirectoryFilter(null, null, null, null, null, null);
    }

    /**
     * One page of contacts: by role (in {@link Role} order), what the role covers and name; or by name when the
     * page asks for the sort property "name".
     */
    public List<Contact> find(DirectoryFilter filter, Pageable page) {
        var where = new Where(filter, LocalDate.now(clock));
        var nameOrder = page.getSort().getOrderFor("name");
        var order = nameOrder != null
                ? "p.name " + (nameOrder.getDirection() == Sort.Direction.DESC ? "desc" : "asc") + ", ra.id"
                : roleOrder() + ", " + SCOPE_NAME + ", p.name, ra.id";
        var query = em.createQuery("select p.id, p.name, p.jobTitle, p.email, ra.role, ra.scopeType, ra.scopeId, "
                + SCOPE_NAME + ", pu.name, po.name " + FROM + where.sql + " order by " + order, Tuple.class);
        where.bind(query);
        var rows = query.setFirstResult((int) page.getOffset()).setMaxResults(page.getPageSize()).getResultList();
        var topics = topicsOf(rows.stream().filter(r -> r.get(4) == Role.CULTURE_BEARER)
                .map(r -> r.get(0, Long.class)).distinct().toList(), where.today);
        var contacts = new ArrayList<Contact>(rows.size());
        for (var r : rows) {
            long personId = r.get(0, Long.class);
            var role = r.get(4, Role.class);
            contacts.add(new Contact(personId, r.get(1, String.class), r.get(2, String.class), r.get(3, String.class),
                    role, r.get(5, ScopeType.class), r.get(6, Long.class), r.get(7, String.class),
                    r.get(8, String.class), r.get(9, String.class),
                    role == Role.CULTURE_BEARER ? topics.getOrDefault(personId, Set.of()) : Set.of()));
        }
        return contacts;
    }

    /** How many contacts the filter finds. */
    public long count(DirectoryFilter filter) {
        var where = new Where(filter, LocalDate.now(clock));
        var query = em.createQuery("select count(ra) " + FROM + where.sql, Long.class);
        where.bind(query);
        return query.getSingleResult();
    }

    /** Every role's scope as a row: the unit (with its organisation), organisation or cluster it names. */
    private static final String FROM = """
            from RoleAssignment ra join ra.person p left join p.unit pu left join pu.organisation po
            left join Unit su on ra.scopeType = %1$sUNIT and su.id = ra.scopeId left join su.organisation suo
            left join Organisation so on ra.scopeType = %1$sORGANISATION and so.id = ra.scopeId
            left join Cluster sc on ra.scopeType = %1$sCLUSTER and sc.id = ra.scopeId
            """.formatted(SCOPE);

    /** The name of what the role covers, as {@link OrganisationService#scopeName} spells it. */
    private static final String SCOPE_NAME = "case when su.id is not null then concat(su.name, ', ', suo.name) "
            + "when so.id is not null then so.name when sc.id is not null then sc.name else '" + REGION_NAME + "' end";

    private static String roleOrder() {
        var order = new StringBuilder("case");
        for (var role : Role.values()) {
            order.append(" when ra.role = ").append(ROLE).append(role.name()).append(" then ").append(role.ordinal());
        }
        return order.append(" end").toString();
    }

    /** A running appointment of person {@code p} (alias {@code a}). */
    private static String runningAppointment(String alias) {
        return "select 1 from CultureBearerAppointment " + alias + " where " + alias + ".person = p and "
                + alias + ".validFrom <= :today and (" + alias + ".validTo is null or " + alias + ".validTo >= :today)";
    }

    /** The WHERE clause of a filter, with only the conditions the filter sets, and its parameters. */
    private final class Where {

        final LocalDate today;
        final String sql;
        final Map<String, Object> parameters = new HashMap<>();

        Where(DirectoryFilter filter, LocalDate today) {
            this.today = today;
            var sql = new StringBuilder(" where ra.role in :roles and p.active = true and (ra.role <> " + ROLE
                    + "CULTURE_BEARER or exists (" + runningAppointment("a") + "))"
                    // The same role in the same scope granted twice is one contact: the first grant stands for it.
                    + " and not exists (select 1 from RoleAssignment twin where twin.person = p"
                    + " and twin.role = ra.role and twin.scopeType = ra.scopeType and twin.id < ra.id"
                    + " and (twin.scopeId = ra.scopeId or (twin.scopeId is null and ra.scopeId is null)))");
            if (filter.role() != null && !ROLES.contains(filter.role())) {
                sql.append(" and 1 = 0"); // not a role the directory lists
            }
            parameters.put("roles", filter.role() == null || !ROLES.contains(filter.role()) ? ROLES
                    : Set.of(filter.role()));
            parameters.put("today", today);
            if (filter.unitId() != null) {
                var unit = em.find(Unit.class, filter.unitId());
                // The people who serve the unit: roles on it or on a unit above it.
                sql.append(" and su.id is not null and :unitPath like concat(su.path, '%')");
                parameters.put("unitPath", unit == null ? "-" : unit.getPath());
            }
            if (filter.organisationId() != null) {
                sql.append(" and (suo.id = :organisationId or so.id = :organisationId)");
                parameters.put("organisationId", filter.organisationId());
            }
            if (filter.clusterId() != null) {
                sql.append(" and (ra.scopeType = ").append(SCOPE).append("REGION or sc.id = :clusterId")
                        .append(" or su.cluster.id = :clusterId")
                        .append(" or (su.id is not null and su.cluster is null and exists (select 1 from Organisation o1")
                        .append(" join o1.clusters c1 where o1 = suo and c1.id = :clusterId))")
                        .append(" or exists (select 1 from Organisation o2 join o2.clusters c2 where o2 = so")
                        .append(" and c2.id = :clusterId))");
                parameters.put("clusterId", filter.clusterId());
            }
            if (filter.topicCode() != null) {
                sql.append(" and ra.role = ").append(ROLE).append("CULTURE_BEARER and exists (")
                        .append(runningAppointment("t"))
                        .append(" and (t.topicCodes is empty or :topic member of t.topicCodes))");
                parameters.put("topic", filter.topicCode());
            }
            var text = filter.text() == null ? "" : filter.text().strip().toLowerCase(Locale.ROOT);
            if (!text.isEmpty()) {
                sql.append(" and (lower(p.name)" + LIKE_TEXT + " or lower(p.jobTitle)" + LIKE_TEXT)
                        .append(" or lower(po.name)" + LIKE_TEXT + " or lower(su.name)" + LIKE_TEXT)
                        .append(" or lower(suo.name)" + LIKE_TEXT + " or lower(so.name)" + LIKE_TEXT)
                        .append(" or lower(sc.name)" + LIKE_TEXT + " or (ra.scopeType = ").append(SCOPE)
                        .append("REGION and :regionName" + LIKE_TEXT + "))");
                parameters.put("text", "%" + escapeLike(text) + "%");
                parameters.put("regionName", REGION_NAME.toLowerCase(Locale.ROOT));
            }
            this.sql = sql.toString();
        }

        void bind(Query query) {
            parameters.forEach(query::setParameter);
        }
    }

    /** A LIKE against the text parameter, with the escape character of {@link #escapeLike}. */
    private static final String LIKE_TEXT = " like :text escape '\\'";

    /** A person typing "%" or "_" means those characters, not LIKE's wildcards. */
    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /**
     * The topics each culture bearer's running appointments cover; empty where one covers every topic. Only for the
     * people on the page being shown.
     */
    private Map<Long, Set<String>> topicsOf(List<Long> personIds, LocalDate today) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        var topics = new HashMap<Long, Set<String>>();
        var everyTopic = new HashSet<Long>();
        for (var row : em.createQuery("""
                select a.person.id, t from CultureBearerAppointment a left join a.topicCodes t
                where a.person.id in :ids and a.validFrom <= :today and (a.validTo is null or a.validTo >= :today)""",
                Object[].class).setParameter("ids", personIds).setParameter("today", today).getResultList()) {
            var personId = (Long) row[0];
            if (row[1] == null) {
                everyTopic.add(personId);
            } else {
                topics.computeIfAbsent(personId, k -> new HashSet<>()).add((String) row[1]);
            }
        }
        var result = new HashMap<Long, Set<String>>();
        topics.forEach((personId, codes) -> result.put(personId, Set.copyOf(codes)));
        everyTopic.forEach(personId -> result.put(personId, Set.of()));
        return result;
    }
}
