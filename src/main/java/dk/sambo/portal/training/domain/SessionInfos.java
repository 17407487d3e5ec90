package dk.sambo.portal.training.domain;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import dk.sambo.portal.organisation.OrganisationService;

/** Builds the {@link SessionInfo} a session page shows: seat counts, organisers and what the reader may do. */
@Component
class SessionInfos {

    private final RegistrationRepository registrations;
    private final TrainingRules rules;
    private final OrganisationService organisation;
    private final Clock clock;

    SessionInfos(RegistrationRepository registrations, TrainingRules rules, OrganisationService organisation,
            Clock clock) {
        this.registrations = registrations;
        this.rules = rules;
        this.organisation = organisation;
        this.clock = clock;
    }

    SessionInfo info(TrainingSession s, long me) {
        var counts = new int[4];
        for (var r : registrations.findBySessionIdOrderByQueueNo(s.id())) {
            if (r.getStatus() == RegistrationStatus.APPROVED && r.getAttendance() != null
                    && r.getAttendance().tookPart()) {
                counts[3]++;
            }
            switch (r.getStatus()) {
                case APPROVED -> counts[0]++;
                case WAITLISTED -> counts[1]++;
                case PENDING -> counts[2]++;
                default -> {
                }
            }
        }
        var organisers = s.getOrganiserIds().stream().map(organisation::person).flatMap(Optional::stream).toList();
        var reader = organisation.person(me).orElseThrow();
        return new SessionInfo(s.id(), s.getVersion(), s.getType(), s.getTitle(), s.getDescription(), s.getStart(),
                s.getEnd(), s.getPlace(), s.getOnlineLink(), s.getScope(), s.scopeId(), scopeName(s),
                Set.copyOf(s.getAudiences()), s.getCapacity(), counts[0], counts[1], counts[2], counts[3],
                s.getSignupDeadline(), s.isApprovalRequired(), organisers, s.getCancelledAt(),
                rules.mayManage(s, me), rules.inScope(s, reader) && !rules.readOnly(),
                rules.inAudience(s.getAudiences(), reader),
                clock.instant());
    }

    String scopeName(TrainingSession s) {
        return switch (s.getScope()) {
            case CLUSTER -> organisation.cluster(s.getClusterId()).map(c -> c.name()).orElse("?");
            case ORGANISATION -> organisation.organisation(s.getOrganisationId()).map(o -> o.name()).orElse("?");
            case UNIT -> organisation.unit(s.getUnitId()).map(u -> u.name() + ", " + u.organisationName())
                    .orElse("?");
        };
    }
}
