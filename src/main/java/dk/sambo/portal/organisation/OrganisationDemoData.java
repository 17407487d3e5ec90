package dk.sambo.portal.organisation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import dk.sambo.portal.organisation.domain.Cluster;
import dk.sambo.portal.organisation.domain.ClusterRepository;
import dk.sambo.portal.organisation.domain.CultureBearerAppointment;
import dk.sambo.portal.organisation.domain.CultureBearerAppointmentRepository;
import dk.sambo.portal.organisation.domain.Organisation;
import dk.sambo.portal.organisation.domain.OrganisationRepository;
import dk.sambo.portal.organisation.domain.Person;
import dk.sambo.portal.organisation.domain.PersonRepository;
import dk.sambo.portal.organisation.domain.RoleAssignment;
import dk.sambo.portal.organisation.domain.RoleAssignmentRepository;
import dk.sambo.portal.organisation.domain.Unit;
import dk.sambo.portal.organisation.domain.UnitRepository;

/**
 * Demo people for the embedded run (profile {@code demo}): Lillebælt and Sønderjylland fully populated across
 * hospital, psychiatry, municipalities and general practice, with named demo accounts for every role (see
 * README). Deterministic: the same seed gives the same people. Runs once, on an empty database; later features'
 * demo data runs after it ({@code @Order} above 10).
 *
 * <p>Long because it is one script of the demo world read top to bottom (the
 * units, the named accounts the README lists, then the generated staff and culture bearers), and half of its
 * length is the name lists and unit plans themselves; split, the story the README tells would be scattered.
 */
@Component
@Profile("demo")
@Order(10)
class OrganisationDemoData implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(OrganisationDemoData.class);
    static final String DEMO_PASSWORD = "demo";

    private static final String[] FIRST = {"Mette", "Anne", "Hanne", "Susanne", "Lene", "Camilla", "Louise",
            "Charlotte", "Maria", "Pia", "Tina", "Marianne", "Helle", "Kirsten", "Lone", "Signe", "Ida", "Emma",
            "Julie", "Sofie", "Line", "Trine", "Birgitte", "Dorthe", "Karina", "Rikke", "Malene", "Jette", "Gitte",
            "Inge", "Lars", "Jens", "Peter", "Michael", "Henrik", "Søren", "Thomas", "Martin", "Jesper", "Anders",
            "Rasmus", "Mads", "Frederik", "Kasper", "Niels", "Christian", "Morten", "Bo", "Jakob", "Mikkel"};
    private static final String[] LAST = {"Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen",
            "Larsen", "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen",
            "Christiansen", "Poulsen", "Johansen", "Møller", "Mortensen", "Knudsen", "Jakobsen", "Lauridsen",
            "Frandsen", "Iversen", "Holm", "Schmidt", "Østergaard", "Damgaard", "Bech", "Skov", "Kjær", "Lund",
            "Friis", "Vestergaard", "Nørgaard", "Bruun", "Lassen", "Juhl", "Ebbesen"};

    private final ClusterRepository clusters;
    private final OrganisationRepository organisations;
    private final UnitRepository units;
    private final PersonRepository people;
    private final RoleAssignmentRepository assignments;
    private final CultureBearerAppointmentRepository appointments;
    private final Clock clock;
    private final Random random = new Random(2025);
    private final Set<String> usedNames = new HashSet<>();
    private String passwordHash = "";

    OrganisationDemoData(ClusterRepository clusters, OrganisationRepository organisations, UnitRepository units,
            PersonRepository people, RoleAssignmentRepository assignments,
            CultureBearerAppointmentRepository appointments, Clock clock) {
        this.clusters = clusters;
        this.organisations = organisations;
        this.units = units;
        this.people = people;
        this.assignments = assignments;
        this.appointments = appointments;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (people.count() > 0) {
            return;
        }
        // Issue 15: the demo accounts' published password "demo" gains nothing from a slow hash, and 600,000
        // PBKDF2 rounds were a quarter of the server's CPU under load. BCrypt at its lowest cost (4) is still
        // matched by the portal's encoder (hashes without an id prefix); real local accounts keep PBKDF2.
        passwordHash = new BCryptPasswordEncoder(4).encode(DEMO_PASSWORD);
        var lillebaelt = clusters.findByCode("LILLEBAELT").orElseThrow();
        var sonderjylland = clusters.findByCode("SOENDERJYLLAND").orElseThrow();
        var region = org("PSYKIATRIEN_I_REGION_SYDDANMARK");
        var practice = org("ALMEN_PRAKSIS_PLO_SYDDANMARK");

        // Lillebælt
        var sl = org("SYGEHUS_LILLEBAELT");
        var medKolding = unit(sl, null, null, "Medicinsk Afdeling, Kolding");
        var m1 = unit(sl, medKolding, null, "Medicinsk Sengeafsnit M1, Kolding");
        var akutKolding = unit(sl, null, null, "Akutmodtagelsen, Kolding");
        var ortoVejle = unit(sl, null, null, "Ortopædkirurgisk Afdeling, Vejle");
        var o2 = unit(sl, ortoVejle, null, "Sengeafsnit O2, Vejle");
        var geriFred = unit(sl, null, null, "Geriatrisk Afdeling, Fredericia");
        var kolding = org("KOLDING_KOMMUNE");
        var sygeplejenKolding = unit(kolding, null, null, "Sygeplejen Kolding");
        var hjemKoldingSyd = unit(kolding, null, null, "Hjemmeplejen Kolding Syd");
        var hjemKoldingNord = unit(kolding, null, null, "Hjemmeplejen Kolding Nord");
        var akutteamKolding = unit(kolding, null, null, "Akutteamet Kolding");
        var vejle = org("VEJLE_KOMMUNE");
        var hjemVejle = unit(vejle, null, null, "Hjemmeplejen Vejle Midt");
        var rehabVejle = unit(vejle, null, null, "Rehabiliteringscenter Vejle");
        var fredericia = org("FREDERICIA_KOMMUNE");
        var sygeplejenFred = unit(fredericia, null, null, "Hjemmesygeplejen Fredericia");
        var middelfart = org("MIDDELFART_KOMMUNE");
        var visitMiddelfart = unit(middelfart, null, null, "Visitationen Middelfart");
        var psykVejle = unit(region, null, lillebaelt, "Psykiatrisk Afdeling Vejle");
        var laegeKolding = unit(practice, null, lillebaelt, "Lægehuset ved Kolding Å");
        var laegeFred = unit(practice, null, lillebaelt, "Lægerne i Fredericia Midtby");

        // Sønderjylland
        var sygSj = org("SYGEHUS_SOENDERJYLLAND");
        var medAabenraa = unit(sygSj, null, null, "Medicinsk Afdeling, Aabenraa");
        var m2 = unit(sygSj, medAabenraa, null, "Medicinsk Sengeafsnit M2, Aabenraa");
        var akutAabenraa = unit(sygSj, null, null, "Akutafdelingen, Aabenraa");
        var kirSonderborg = unit(sygSj, null, null, "Kirurgisk Afdeling, Sønderborg");
        var haderslev = unit(org("HADERSLEV_KOMMUNE"), null, null, "Hjemmeplejen Haderslev");
        var aabenraaKommune = org("AABENRAA_KOMMUNE");
        var hjemAabenraa = unit(aabenraaKommune, null, null, "Hjemmeplejen Aabenraa Centrum");
        var sygeplejenAabenraa = unit(aabenraaKommune, null, null, "Sygeplejen Aabenraa");
        var sonderborg = org("SOENDERBORG_KOMMUNE");
        var hjemSonderborg = unit(sonderborg, null, null, "Hjemmeplejen Sønderborg");
        var akutteamSonderborg = unit(sonderborg, null, null, "Akutteamet Sønderborg");
        var hjemTonder = unit(org("TOENDER_KOMMUNE"), null, null, "Hjemmeplejen Tønder");
        var psykAabenraa = unit(region, null, sonderjylland, "Psykiatrisk Afdeling Aabenraa");
        var laegeSonderborg = unit(practice, null, sonderjylland, "Lægehuset Sønderborg");
        var laegeHaderslev = unit(practice, null, sonderjylland, "Lægeklinikken Haderslev");

        // Named demo accounts first, so they get the names the README promises.
        var nurse = account("sygeplejerske", "Mette Sørensen", "Sygeplejerske", sygeplejenKolding,
                KnowledgeTarget.IN_DEPTH, Role.STAFF);
        account("hjemmehjaelper", "Jonas Lund", "Social- og sundhedshjælper", hjemKoldingSyd,
                KnowledgeTarget.OVERALL, Role.STAFF);
        account("sygehus", "Camilla Friis", "Sygeplejerske", m1, KnowledgeTarget.IN_DEPTH, Role.STAFF);
        var bearer = account("kulturbaerer", "Hanne Kjær", "Sygeplejerske", sygeplejenKolding,
                KnowledgeTarget.IN_DEPTH, Role.STAFF, Role.CULTURE_BEARER);
        var bearerSj = account("kulturbaerer2", "Lone Bech", "Social- og sundhedsassistent", sygeplejenAabenraa,
                KnowledgeTarget.IN_DEPTH, Role.STAFF, Role.CULTURE_BEARER);
        var leader = account("leder", "Birgitte Holm", "Sygeplejeleder", sygeplejenKolding, KnowledgeTarget.IN_DEPTH,
                Role.STAFF, Role.LINE_MANAGER);
        var director = account("direktoer", "Henrik Lauridsen", "Direktør for Sundhed og Omsorg", null,
                KnowledgeTarget.OVERALL);
        director.setUnit(sygeplejenKolding);
        grant(director, Role.SENIOR_MANAGER, ScopeType.ORGANISATION, kolding.id());
        // The cluster's levels are not front-line staff: no knowledge target, so they stay out of the units' target
        // groups (seed 000 gives the strategic, implementing and political levels no teaching of their own).
        var strategic = account("strategisk", "Søren Damgaard", "Sundhedschef, formand for klyngestyregruppen",
                medKolding, KnowledgeTarget.NONE);
        grant(strategic, Role.STRATEGIC, ScopeType.CLUSTER, lillebaelt.id());
        var implementing = account("implementering", "Trine Nørgaard", "Udviklingskonsulent", hjemVejle,
                KnowledgeTarget.NONE);
        grant(implementing, Role.IMPLEMENTING, ScopeType.CLUSTER, lillebaelt.id());
        var political = account("politiker", "Anders Bruun", "Formand for Social- og Sundhedsudvalget", null,
                KnowledgeTarget.NONE);
        political.setUnit(sygeplejenFred);
        grant(political, Role.POLITICAL, ScopeType.CLUSTER, lillebaelt.id());
        var regionStrategic = account("region", "Marianne Vestergaard", "Koordinator for SAM:BO, Region Syddanmark",
                psykVejle, KnowledgeTarget.NONE);
        grant(regionStrategic, Role.STRATEGIC, ScopeType.REGION, null);
        var admin = account("admin", "Peter Thomsen", "Systemadministrator", geriFred, KnowledgeTarget.NONE);
        grant(admin, Role.ADMIN, ScopeType.REGION, null);
        appoint(bearer, Set.of(sygeplejenKolding, akutteamKolding), Set.of(), leader);
        appoint(bearerSj, Set.of(sygeplejenAabenraa), Set.of(), null);

        // Every unit: a line manager, culture bearers in most, and staff.
        var plan = List.of(
                new UnitPlan(medKolding, 6, 1), new UnitPlan(m1, 16, 2), new UnitPlan(akutKolding, 14, 1),
                new UnitPlan(ortoVejle, 5, 1), new UnitPlan(o2, 14, 1), new UnitPlan(geriFred, 12, 1),
                new UnitPlan(sygeplejenKolding, 14, 1), new UnitPlan(hjemKoldingSyd, 18, 2),
                new UnitPlan(hjemKoldingNord, 16, 0), new UnitPlan(akutteamKolding, 8, 0),
                new UnitPlan(hjemVejle, 16, 1), new UnitPlan(rehabVejle, 10, 0), new UnitPlan(sygeplejenFred, 12, 1),
                new UnitPlan(visitMiddelfart, 7, 1), new UnitPlan(psykVejle, 12, 1), new UnitPlan(laegeKolding, 6, 1),
                new UnitPlan(laegeFred, 5, 0), new UnitPlan(medAabenraa, 5, 1), new UnitPlan(m2, 14, 1),
                new UnitPlan(akutAabenraa, 12, 1), new UnitPlan(kirSonderborg, 12, 0), new UnitPlan(haderslev, 15, 1),
                new UnitPlan(hjemAabenraa, 14, 1), new UnitPlan(sygeplejenAabenraa, 10, 0),
                new UnitPlan(hjemSonderborg, 15, 1), new UnitPlan(akutteamSonderborg, 7, 1),
                new UnitPlan(hjemTonder, 12, 0), new UnitPlan(psykAabenraa, 10, 1),
                new UnitPlan(laegeSonderborg, 6, 1), new UnitPlan(laegeHaderslev, 5, 0));
        for (var p : plan) {
            populate(p, p.unit() == sygeplejenKolding ? leader : null);
        }
        LOG.info("Demo data: {} people in {} units", people.count(), units.count());
    }

    private void populate(UnitPlan plan, @Nullable Person existingLeader) {
        var unit = plan.unit();
        var kind = unit.getOrganisation().getKind();
        var leader = existingLeader != null ? existingLeader
                : person(leaderTitle(kind), unit, KnowledgeTarget.IN_DEPTH, Role.STAFF);
        if (existingLeader != null) {
            grantOnce(existingLeader, Role.LINE_MANAGER, unit);
        } else {
            grant(leader, Role.LINE_MANAGER, ScopeType.UNIT, unit.id());
        }
        var staff = new ArrayList<Person>();
        for (int i = 0; i < plan.staff(); i++) {
            var title = staffTitle(kind);
            var target = title.contains("hjælper") || title.contains("sekretær") || title.contains("Serviceassistent")
                    ? KnowledgeTarget.OVERALL
                    : random.nextInt(10) < 7 ? KnowledgeTarget.IN_DEPTH : KnowledgeTarget.OVERALL;
            staff.add(person(title, unit, target, Role.STAFF));
        }
        for (int i = 0; i < plan.cultureBearers() && i < staff.size(); i++) {
            var bearer = staff.get(i);
            grant(bearer, Role.CULTURE_BEARER, ScopeType.UNIT, unit.id());
            // Some culture bearers cover only some sections of the agreement.
            var topics = i == 1 ? Set.of("DISCHARGE", "COMMUNICATION") : Set.<String>of();
            appoint(bearer, Set.of(unit), topics, leader);
        }
    }

    private String leaderTitle(OrganisationKind kind) {
        return switch (kind) {
            case HOSPITAL -> "Afdelingssygeplejerske";
            case PSYCHIATRY -> "Afsnitsleder";
            case MUNICIPALITY -> "Teamleder";
            case GENERAL_PRACTICE -> "Praktiserende læge, ledende";
        };
    }

    private String staffTitle(OrganisationKind kind) {
        String[] titles = switch (kind) {
            case HOSPITAL -> new String[] {"Sygeplejerske", "Sygeplejerske", "Sygeplejerske",
                    "Social- og sundhedsassistent", "Lægesekretær", "Fysioterapeut", "Ergoterapeut", "Overlæge",
                    "Serviceassistent"};
            case PSYCHIATRY -> new String[] {"Sygeplejerske", "Sygeplejerske", "Social- og sundhedsassistent",
                    "Psykiater", "Psykolog", "Pædagog"};
            case MUNICIPALITY -> new String[] {"Social- og sundhedshjælper", "Social- og sundhedshjælper",
                    "Social- og sundhedsassistent", "Social- og sundhedsassistent", "Sygeplejerske", "Visitator",
                    "Terapeut"};
            case GENERAL_PRACTICE -> new String[] {"Praktiserende læge", "Praksissygeplejerske",
                    "Praksissygeplejerske", "Lægesekretær"};
        };
        return titles[random.nextInt(titles.length)];
    }

    private Organisation org(String code) {
        return organisations.findByCode(code).orElseThrow(() -> new IllegalStateException("No organisation " + code));
    }

    private Unit unit(Organisation organisation, @Nullable Unit parent, @Nullable Cluster cluster, String name) {
        var unit = units.save(new Unit(organisation, parent, cluster, name));
        unit.assignPath();
        return unit;
    }

    private Person account(String username, String name, String title, @Nullable Unit unit, KnowledgeTarget target,
            Role... unitRoles) {
        usedNames.add(name);
        var person = new Person(name, title, email(name, unit), unit, target);
        person.setLocalAccount(username, passwordHash);
        people.save(person);
        for (var role : unitRoles) {
            grant(person, role, ScopeType.UNIT, unit.id());
        }
        return person;
    }

    private Person person(String title, Unit unit, KnowledgeTarget target, Role... roles) {
        String name;
        do {
            name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
        } while (!usedNames.add(name));
        var person = people.save(new Person(name, title, email(name, unit), unit, target));
        for (var role : roles) {
            grant(person, role, ScopeType.UNIT, unit.id());
        }
        return person;
    }

    private static String email(String name, @Nullable Unit unit) {
        var local = name.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
                .replace(' ', '.');
        var domain = unit == null ? "region" : unit.getOrganisation().getCode().toLowerCase(Locale.ROOT)
                .replace('_', '-');
        // .example is reserved for examples: these addresses can never reach a real person.
        return local + "@" + domain + ".example";
    }

    private void grant(Person person, Role role, ScopeType scopeType, @Nullable Long scopeId) {
        assignments.save(new RoleAssignment(person, role, scopeType, scopeId, null, clock.instant()));
    }

    private void grantOnce(Person person, Role role, Unit unit) {
        if (!assignments.existsByPersonIdAndRoleAndScopeTypeAndScopeId(person.id(), role, ScopeType.UNIT,
                unit.id())) {
            grant(person, role, ScopeType.UNIT, unit.id());
        }
    }

    private void appoint(Person person, Set<Unit> covered, Set<String> topics, @Nullable Person by) {
        var from = LocalDate.now(clock).minusMonths(6 + random.nextInt(10));
        appointments.save(new CultureBearerAppointment(person, covered, topics, from, null,
                by == null ? null : by.id()));
        // The role granted above for a covered unit is the appointment's, as if the register had given it.
        for (var unit : covered) {
            assignments.findByPersonIdAndRoleAndScopeTypeAndScopeId(person.id(), Role.CULTURE_BEARER, ScopeType.UNIT,
                    unit.id()).ifPresent(RoleAssignment::markFromAppointment);
        }
    }

    private record UnitPlan(Unit unit, int staff, int cultureBearers) {
    }
}
