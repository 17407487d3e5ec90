package dk.sambo.portal.qa.service;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dk.sambo.portal.organisation.ClusterSummary;
import dk.sambo.portal.organisation.OrganisationKind;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.PeopleAdministration;
import dk.sambo.portal.organisation.PersonAccounts;
import dk.sambo.portal.organisation.PersonSummary;
import dk.sambo.portal.organisation.PortalPrincipal;
import dk.sambo.portal.organisation.Role;
import dk.sambo.portal.organisation.UnitSummary;
import dk.sambo.portal.qa.domain.QuestionRepository;
import dk.sambo.portal.qa.domain.RouteRepository;
import dk.sambo.portal.qa.service.QaDemoTexts.Base;

/**
 * About 120 doubt questions for the embedded demo run, asked over the last twelve months from the units of
 * Lillebælt and Sønderjylland and answered by their culture bearers, replayed through the real services at their
 * time, so every audit line and every event the organisation overview listens to exists as it would have. Texts
 * come from {@code qa/demo-questions.txt}. Deterministic (seeded), relative to the clock, runs once. The texts are
 * read by {@link QaDemoTexts}.
 *
 * <p>Long because it is one script of the demo year (about 510 lines): demo data, not behaviour, where each
 * question's story (asked, answered, marked useful, accepted, reopened, lifted, decided, promoted) reads top to
 * bottom in the order it happened; split by step, one story would be spread over several classes.
 */
@Component
@Profile("demo")
@Order(30)
class QaDemoData implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(QaDemoData.class);
    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);
    private static final String REOPEN_REASON = "Svaret passer ikke helt på vores situation, hvor borgeren "
            + "udskrives til et midlertidigt ophold og ikke til eget hjem. Gælder det samme der?";
    private static final String REOPEN_ANSWER = "Ja, det samme gælder ved udskrivelse til midlertidigt ophold: "
            + "kommunen er modtager, og aftalen om tidspunkt og de nødvendige oplysninger skal ligge, før borgeren "
            + "udskrives. Det midlertidige tilbud skal have de samme meddelelser, som hjemmeplejen ville have fået.";

    private final QuestionRepository questions;
    private final RouteRepository routes;
    private final Asking asking;
    private final Answering answering;
    private final Resolving resolving;
    private final GeneralQuestions general;
    private final GuidanceService guidance;
    private final GuidanceReview guidanceReview;
    private final Escalation escalation;
    private final QaClock qaClock;
    private final OrganisationService organisations;
    private final PersonAccounts accounts;
    private final PeopleAdministration people;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Random random = new Random(2026);
    private boolean promotedOne;

    private final Map<Long, List<PersonSummary>> staffByUnit = new HashMap<>();
    private final Map<Long, List<PersonSummary>> bearersByCluster = new HashMap<>();
    private final Map<Long, Map<Character, List<UnitSummary>>> unitsByCluster = new HashMap<>();

    QaDemoData(QuestionRepository questions, RouteRepository routes, Asking asking, Answering answering,
            Resolving resolving, GeneralQuestions general, GuidanceService guidance, GuidanceReview guidanceReview,
            Escalation escalation, QaClock qaClock,
            OrganisationService organisations, PersonAccounts accounts, PeopleAdministration people,
            TransactionTemplate transactions, Clock clock) {
        this.questions = questions;
        this.routes = routes;
        this.asking = asking;
        this.answering = answering;
        this.resolving = resolving;
        this.general = general;
        this.guidance = guidance;
        this.guidanceReview = guidanceReview;
        this.escalation = escalation;
        this.qaClock = qaClock;
        this.organisations = organisations;
        this.accounts = accounts;
        this.people = people;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (questions.count() > 0) {
            return;
        }
        var admin = accounts.byUsername("admin").orElse(null);
        if (admin == null) {
            return;
        }
        var bases = QaDemoTexts.parse();
        var plan = as(admin.personId(), () -> {
            gatherPeople();
            return plan(bases, cluster("LILLEBAELT"), cluster("SOENDERJYLLAND"));
        });
        int done = 0;
        for (var item : plan) {
            transactions.executeWithoutResult(status -> replay(item));
            done++;
        }
        // Guidance whose review date has passed is flagged to the strategic level, as the morning job would.
        guidanceReview.flagDueForReview();
        LOG.info("Demo data: {} doubt questions over twelve months", done);
    }

    // --- who is where ----------------------------------------------------------------------------------------

    private void gatherPeople() {
        for (var cluster : organisations.clusters()) {
            var byKind = new HashMap<Character, List<UnitSummary>>();
            var bearers = new LinkedHashMap<Long, PersonSummary>();
            for (var organisation : organisations.organisationsServing(cluster.id())) {
                char kind = kindOf(organisation.kind());
                for (var unit : organisations.unitsOf(organisation.id())) {
                    if (!unit.clusterIds().contains(cluster.id())) {
                        continue;
                    }
                    var staff = people.search(unit.name(), PageRequest.of(0, 80)).stream()
                            .filter(p -> p.active() && Long.valueOf(unit.id()).equals(p.unitId()))
                            .filter(p -> {
                                var roles = accounts.byId(p.id()).map(PersonAccounts.Account::roles)
                                        .orElse(List.of());
                                return roles.contains(Role.STAFF) && !roles.contains(Role.CULTURE_BEARER)
                                        && !roles.contains(Role.LINE_MANAGER);
                            })
                            .sorted(Comparator.comparingLong(PersonSummary::id)).toList();
                    if (!staff.isEmpty()) {
                        staffByUnit.put(unit.id(), staff);
                        byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(unit);
                    }
                    organisations.cultureBearersCovering(unit.id(), null).forEach(b -> bearers.put(b.id(), b));
                }
            }
            unitsByCluster.put(cluster.id(), byKind);
            bearersByCluster.put(cluster.id(), new ArrayList<>(bearers.values()));
        }
    }

    private static char kindOf(OrganisationKind kind) {
        return switch (kind) {
            case HOSPITAL -> 'H';
            case PSYCHIATRY -> 'Y';
            case MUNICIPALITY -> 'K';
            case GENERAL_PRACTICE -> 'P';
        };
    }

    private long cluster(String code) {
        return organisations.clusters().stream().filter(c -> c.code().equals(code)).map(ClusterSummary::id)
                .findFirst().orElseThrow();
    }

    // --- the plan: who asks what when, and what becomes of it -------------------------------------------------

    enum Fate {
        OPEN, OVERDUE, LATE, ANSWERED, RESOLVED, REOPENED
    }

    private static final class Item {
        final Base base;
        final int variant;
        final long clusterId;
        Instant askedAt;
        Fate fate = Fate.RESOLVED;
        @Nullable String askerUsername;
        @Nullable String unitName;
        long questionId;

        Item(Base base, int variant, long clusterId, Instant askedAt) {
            this.base = base;
            this.variant = variant;
            this.clusterId = clusterId;
            this.askedAt = askedAt;
        }

        boolean first() {
            return variant == 0;
        }

        boolean special() {
            return first() && (base.promote || base.generalReason != null);
        }
    }

    private List<Item> plan(List<Base> bases, long lillebaelt, long sonderjylland) {
        var now = clock.instant();
        var items = new ArrayList<Item>();
        for (int b = 0; b < bases.size(); b++) {
            var base = bases.get(b);
            boolean firstInLillebaelt = base.promote || base.generalReason != null || b % 2 == 0;
            int firstDays = base.promote || base.generalReason != null ? 200 + random.nextInt(150)
                    : 45 + random.nextInt(315);
            int days = firstDays;
            for (int v = 0; v < base.variants.size(); v++) {
                long cluster = (v % 2 == 0) == firstInLillebaelt ? lillebaelt : sonderjylland;
                items.add(new Item(base, v, cluster, workingTime(now.minus(Duration.ofDays(days)))));
                days = Math.max(1, days - 10 - random.nextInt(Math.max(1, days / 2)));
            }
        }
        items.sort(Comparator.comparing((Item i) -> i.askedAt));

        // The newest are still open and within their response time; asked over the last two working days.
        var ordinary = items.stream().filter(i -> !i.special()).toList();
        var open = new ArrayList<>(ordinary.subList(ordinary.size() - 8, ordinary.size()));
        var slot = now.minus(Duration.ofHours(1));
        for (int i = open.size() - 1; i >= 0; i--) {
            slot = previousWorkingSlot(slot);
            open.get(i).askedAt = slot;
            open.get(i).fate = Fate.OPEN;
            slot = slot.minus(Duration.ofHours(2 + random.nextInt(3)));
        }
        // Six questions from the last month nobody answered: overdue and escalated to the cluster.
        var recent = new ArrayList<>(ordinary.stream().filter(i -> i.fate == Fate.RESOLVED
                && i.askedAt.isAfter(now.minus(Duration.ofDays(150)))).toList());
        java.util.Collections.shuffle(recent, random);
        for (int k = 0; k < 6 && k < recent.size(); k++) {
            recent.get(k).fate = Fate.OVERDUE;
            recent.get(k).askedAt = workingTime(now.minus(Duration.ofDays(9 + 4L * k)));
        }
        var older = new ArrayList<>(ordinary.stream().filter(i -> i.fate == Fate.RESOLVED).toList());
        java.util.Collections.shuffle(older, random);
        older.stream().limit(4).forEach(i -> i.fate = Fate.LATE);
        older.stream().skip(4).limit(2).forEach(i -> i.fate = Fate.REOPENED);
        older.stream().skip(6).limit(16).forEach(i -> i.fate = Fate.ANSWERED);
        items.sort(Comparator.comparing((Item i) -> i.askedAt));

        // The named demo accounts (README) get questions of their own, from their own units: the nurse asked the
        // question that became a general question, a decision and guidance; the hospital nurse the one on
        // "færdigbehandlet"; the line manager of Sygeplejen Kolding lifts the one still awaiting a decision.
        items.stream().filter(i -> i.first() && bases.indexOf(i.base) == 0).forEach(i -> i.askerUsername = "sygeplejerske");
        items.stream().filter(i -> i.special() && i.base.who == 'H').findFirst()
                .ifPresent(i -> i.askerUsername = "sygehus");
        items.stream().filter(i -> i.first() && i.base.generalReason != null && i.base.decision == null)
                .forEach(i -> i.unitName = "Sygeplejen Kolding");
        assign(items, Fate.OPEN, 'K', lillebaelt, "sygeplejerske");
        assign(items, Fate.OVERDUE, 'K', lillebaelt, "sygeplejerske");
        assign(items, Fate.RESOLVED, 'K', lillebaelt, "hjemmehjaelper");
        assign(items, Fate.ANSWERED, 'K', lillebaelt, "hjemmehjaelper");
        assign(items, Fate.OPEN, 'H', lillebaelt, "sygehus");
        // Open questions from the demo culture bearers' own units, so their queues are not empty.
        assignUnit(items, Fate.OPEN, 'K', lillebaelt, "Sygeplejen Kolding");
        assignUnit(items, Fate.OPEN, 'K', lillebaelt, "Akutteamet Kolding");
        assignUnit(items, Fate.OPEN, 'K', sonderjylland, "Sygeplejen Aabenraa");
        assignUnit(items, Fate.OVERDUE, 'K', sonderjylland, "Sygeplejen Aabenraa");
        return items;
    }

    private void assign(List<Item> items, Fate fate, char who, long cluster, String username) {
        items.stream().filter(i -> i.fate == fate && i.base.who == who && i.clusterId == cluster
                && i.askerUsername == null && i.unitName == null && !i.special())
                .reduce((a, b) -> b).ifPresent(i -> i.askerUsername = username);
    }

    private void assignUnit(List<Item> items, Fate fate, char who, long cluster, String unitName) {
        items.stream().filter(i -> i.fate == fate && i.base.who == who && i.clusterId == cluster
                && i.askerUsername == null && i.unitName == null && !i.special())
                .findFirst().ifPresent(i -> i.unitName = unitName);
    }

    private Instant workingTime(Instant instant) {
        var time = instant.atZone(ResponseTime.zone());
        while (time.getDayOfWeek() == DayOfWeek.SATURDAY || time.getDayOfWeek() == DayOfWeek.SUNDAY) {
            time = time.minusDays(1);
        }
        return time.with(LocalTime.of(7 + random.nextInt(8), random.nextInt(60))).toInstant();
    }

    private static Instant previousWorkingSlot(Instant instant) {
        var time = instant.atZone(ResponseTime.zone());
        while (time.getDayOfWeek() == DayOfWeek.SATURDAY || time.getDayOfWeek() == DayOfWeek.SUNDAY
                || time.getHour() < 7 || time.getHour() >= 16) {
            time = time.getHour() < 7 ? time.minusDays(1).with(LocalTime.of(15, 30)) : time.minusHours(1);
        }
        return time.toInstant();
    }

    /** A later working moment: some hours to a day or two on, never on a weekend. */
    private Instant later(Instant from, int minHours, int maxHours) {
        var time = from.plus(Duration.ofMinutes(60L * minHours + random.nextInt(60 * (maxHours - minHours) + 1)))
                .atZone(ResponseTime.zone());
        while (time.getDayOfWeek() == DayOfWeek.SATURDAY || time.getDayOfWeek() == DayOfWeek.SUNDAY) {
            time = time.plusDays(1).with(LocalTime.of(8, random.nextInt(60)));
        }
        if (time.getHour() >= 16) {
            time = time.plusDays(time.getDayOfWeek() == DayOfWeek.FRIDAY ? 3 : 1).with(LocalTime.of(8, 30));
        } else if (time.getHour() < 7) {
            time = time.with(LocalTime.of(8, 0));
        }
        var result = time.toInstant();
        var now = clock.instant();
        return result.isAfter(now) ? now.minus(Duration.ofMinutes(30)) : result;
    }

    // --- replaying one question --------------------------------------------------------------------------------

    private void replay(Item item) {
        var asker = asker(item);
        var variant = item.base.variants.get(item.variant);
        var draft = new QuestionDraft(variant.title(), variant.body(), item.base.topic, item.base.tags, null, null);
        long id = at(item.askedAt, asker.id(), () -> asking.ask(draft));
        item.questionId = id;
        var question = questions.findById(id).orElseThrow();
        var due = question.getDueAt();
        if (item.fate == Fate.OPEN) {
            return;
        }
        if (item.fate == Fate.OVERDUE || item.fate == Fate.LATE) {
            systemAt(due.plus(TEN_MINUTES), escalation::escalateOverdue);
            if (item.fate == Fate.OVERDUE) {
                return;
            }
        }
        var bearer = answerer(item, id);
        var answeredAt = item.fate == Fate.LATE ? later(due, 20, 50) : later(item.askedAt, 1, 30);
        long answerId = at(answeredAt, bearer.id(), () -> answering.answer(id, item.base.answer));
        var lastActivity = answeredAt;
        if (item.first() && item.base.colleagueAnswer != null) {
            var colleague = colleague(item, asker.id());
            if (colleague != null) {
                lastActivity = later(answeredAt, 1, 20);
                at(lastActivity, colleague.id(), () -> answering.answer(id, item.base.colleagueAnswer));
            }
        }
        for (var marker : markers(item, Set.of(asker.id(), bearer.id()))) {
            at(later(answeredAt, 2, 200), marker, () -> resolving.toggleUseful(answerId));
        }
        if (item.fate == Fate.ANSWERED) {
            return;
        }
        var acceptedAt = later(lastActivity, 1, 24);
        at(acceptedAt, asker.id(), () -> {
            resolving.accept(answerId);
            return null;
        });
        lastActivity = acceptedAt;
        if (item.first() && item.base.comment != null) {
            lastActivity = later(acceptedAt, 0, 4);
            at(lastActivity, asker.id(), () -> answering.comment(id, null, item.base.comment));
        }
        if (item.fate == Fate.REOPENED) {
            var reopenedAt = later(lastActivity, 20, 60);
            at(reopenedAt, asker.id(), () -> {
                resolving.reopen(id, REOPEN_REASON);
                return null;
            });
            var againAt = later(reopenedAt, 2, 20);
            long second = at(againAt, bearer.id(), () -> answering.answer(id, REOPEN_ANSWER));
            lastActivity = later(againAt, 1, 20);
            at(lastActivity, asker.id(), () -> {
                resolving.accept(second);
                return null;
            });
        }
        if (!item.first()) {
            return;
        }
        var strategic = accounts.byUsername("strategisk").orElseThrow().personId();
        if (item.base.generalReason != null) {
            var lifter = lifter(asker);
            var raisedAt = later(lastActivity, 24, 72);
            at(raisedAt, lifter, () -> {
                general.raise(id, item.base.generalReason);
                return null;
            });
            if (item.base.decision == null) {
                return;
            }
            lastActivity = later(raisedAt, 72, 240);
            at(lastActivity, strategic, () -> {
                general.decide(id, item.base.decision);
                return null;
            });
        }
        if (item.base.promote) {
            var promotedAt = later(lastActivity, 48, 200);
            // The first guidance was agreed for half a year only: it is due for review now.
            boolean shortReview = !promotedOne;
            promotedOne = true;
            at(promotedAt, strategic, () -> {
                var proposal = guidance.proposal(id);
                var agreedWith = new HashSet<Long>(proposal.organisationIds());
                organisations.organisationsServing(item.clusterId).stream()
                        .filter(o -> o.kind() == OrganisationKind.HOSPITAL
                                || o.kind() == OrganisationKind.MUNICIPALITY)
                        .forEach(o -> agreedWith.add(o.id()));
                var reviewDate = shortReview ? java.time.LocalDate.now(clock).minusDays(10)
                        : qaClock.today().plusMonths(12);
                return guidance.promote(id, new GuidanceDraft(proposal.title(), proposal.body(), proposal.topicCode(),
                        reviewDate, agreedWith));
            });
        }
    }

    private PersonSummary asker(Item item) {
        if (item.askerUsername != null) {
            var account = accounts.byUsername(item.askerUsername).orElseThrow();
            return as(account.personId(), () -> organisations.person(account.personId()).orElseThrow());
        }
        var units = unitsByCluster.get(item.clusterId).getOrDefault(item.base.who,
                unitsByCluster.get(item.clusterId).get('K'));
        var unit = item.unitName == null ? units.get(random.nextInt(units.size()))
                : units.stream().filter(u -> u.name().equals(item.unitName)).findFirst()
                        .orElse(units.get(random.nextInt(units.size())));
        var staff = staffByUnit.get(unit.id());
        return staff.get(random.nextInt(staff.size()));
    }

    /** The culture bearer the question was routed to, else one of the cluster's. */
    private PersonSummary answerer(Item item, long questionId) {
        var routed = routes.findPersonIds(questionId);
        var pool = bearersByCluster.get(item.clusterId);
        if (!routed.isEmpty()) {
            long chosen = routed.get(random.nextInt(routed.size()));
            var match = pool.stream().filter(p -> p.id() == chosen).findFirst();
            if (match.isPresent()) {
                return match.get();
            }
        }
        return pool.get(random.nextInt(pool.size()));
    }

    private @Nullable PersonSummary colleague(Item item, long askerId) {
        var units = unitsByCluster.get(item.clusterId).values().stream().flatMap(Collection::stream).toList();
        for (int attempt = 0; attempt < 10; attempt++) {
            var staff = staffByUnit.get(units.get(random.nextInt(units.size())).id());
            var candidate = staff.get(random.nextInt(staff.size()));
            if (candidate.id() != askerId) {
                return candidate;
            }
        }
        return null;
    }

    private List<Long> markers(Item item, Set<Long> exclude) {
        var units = unitsByCluster.get(item.clusterId).values().stream().flatMap(Collection::stream).toList();
        var chosen = new ArrayList<Long>();
        int count = item.fate == Fate.RESOLVED ? random.nextInt(5) : random.nextInt(2);
        for (int i = 0; i < count; i++) {
            var staff = staffByUnit.get(units.get(random.nextInt(units.size())).id());
            var candidate = staff.get(random.nextInt(staff.size())).id();
            if (!exclude.contains(candidate) && !chosen.contains(candidate)) {
                chosen.add(candidate);
            }
        }
        return chosen;
    }

    /** The line manager of the asker's unit lifts general questions; the admin where there is none. */
    private long lifter(PersonSummary asker) {
        return as(asker.id(), () -> organisations.lineManagersOfPerson(asker.id()).stream().findFirst()
                .map(PersonSummary::id).orElseGet(() -> accounts.byUsername("admin").orElseThrow().personId()));
    }

    // --- acting as someone, at some time ----------------------------------------------------------------------

    private <T> T at(Instant instant, long personId, Supplier<T> work) {
        return qaClock.asOf(instant, () -> as(personId, work));
    }

    private void systemAt(Instant instant, Supplier<Integer> work) {
        qaClock.asOf(instant, work);
    }

    private <T> T as(long personId, Supplier<T> work) {
        var account = accounts.byId(personId).orElseThrow();
        var principal = new DemoPrincipal(personId, account.name());
        var authorities = account.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(principal, null, authorities));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private record DemoPrincipal(Long personId, String displayName) implements PortalPrincipal {
    }
}
