package dk.sambo.portal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.PersonAccounts;
import dk.sambo.portal.organisation.PortalPrincipal;
import dk.sambo.portal.organisation.Role;
import dk.sambo.portal.organisation.ScopeType;
import dk.sambo.portal.organisation.UnitSummary;

/**
 * The callers of the scope tests ({@code RoleScopeMatrixTest}, {@code FieldLevelAccessTest}): demo accounts by user
 * name, or {@code cb@ORG}-style names for the demo data's culture bearer ({@code cb}), line manager ({@code lm}) or
 * plain staff member ({@code staff}) of a boundary's unit. The boundaries say where a target lies seen from the
 * reference people in Sygeplejen Kolding (Kolding Kommune, cluster Lillebælt).
 */
public final class ScopeCallers {

    public enum Boundary {
        OWN_UNIT("Sygeplejen Kolding"),
        OTHER_UNIT_SAME_ORGANISATION("Hjemmeplejen Kolding Syd"),
        OTHER_ORGANISATION_SAME_CLUSTER("Medicinsk Sengeafsnit M1, Kolding"),
        OTHER_CLUSTER("Sygeplejen Aabenraa");

        final String unitName;

        Boundary(String unitName) {
            this.unitName = unitName;
        }
    }

    private final UserDetailsService users;
    private final PersonAccounts accounts;
    private final OrganisationService organisation;
    private final Map<Boundary, UnitSummary> units = new HashMap<>();

    public ScopeCallers(UserDetailsService users, PersonAccounts accounts, OrganisationService organisation) {
        this.users = users;
        this.accounts = accounts;
        this.organisation = organisation;
    }

    public UnitSummary unit(Boundary b) {
        return units.computeIfAbsent(b, x -> {
            login("admin");
            return organisation.organisations().stream().flatMap(o -> organisation.unitsOf(o.id()).stream())
                    .filter(u -> u.name().equals(x.unitName)).findFirst().orElseThrow();
        });
    }

    /**
     * The demo data's culture bearer ({@code cb}), line manager ({@code lm}) or a plain staff member ({@code staff},
     * holding no other role) of the boundary's unit.
     */
    public long person(String kind, Boundary b) {
        long unitId = unit(b).id();
        login("admin");
        Function<Role, List<Long>> holders = role -> organisation.roleHolders(role, ScopeType.UNIT, unitId).stream()
                .filter(p -> p.unitId() != null && p.unitId() == unitId).map(p -> p.id()).toList();
        return switch (kind) {
            case "cb" -> holders.apply(Role.CULTURE_BEARER).stream()
                    .filter(id -> accounts.byId(id).orElseThrow().username() == null).findFirst().orElseThrow();
            case "lm" -> holders.apply(Role.LINE_MANAGER).getFirst();
            case "staff" -> organisation.activePeopleIn(unitId).stream()
                    .filter(p -> accounts.byId(p.id()).orElseThrow().roles().equals(List.of(Role.STAFF)))
                    .filter(p -> accounts.byId(p.id()).orElseThrow().username() == null)
                    .map(p -> p.id()).reduce((first, second) -> second).orElseThrow();
            default -> throw new IllegalArgumentException(kind);
        };
    }

    /** Logs in as a demo account ({@code kulturbaerer}) or a boundary's person ({@code cb@ORG}). */
    public void login(String caller) {
        int at = caller.indexOf('@');
        if (at < 0) {
            AuthenticatedAs.login(users, caller);
            return;
        }
        var boundary = switch (caller.substring(at + 1)) {
            case "OWN" -> Boundary.OWN_UNIT;
            case "ORG" -> Boundary.OTHER_UNIT_SAME_ORGANISATION;
            case "CLU" -> Boundary.OTHER_ORGANISATION_SAME_CLUSTER;
            case "OUT" -> Boundary.OTHER_CLUSTER;
            default -> throw new IllegalArgumentException(caller);
        };
        loginPerson(person(caller.substring(0, at), boundary));
    }

    /** Logs in as any person of the demo data, with the authorities a login would give them. */
    public void loginPerson(long personId) {
        var account = accounts.byId(personId).orElseThrow();
        var principal = new TestPrincipal(personId, account.name());
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(principal, null,
                account.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList()));
    }

    record TestPrincipal(Long personId, String displayName) implements PortalPrincipal {
    }
}
