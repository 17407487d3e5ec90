package dk.sambo.portal.training.domain;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import dk.sambo.portal.notification.Notifications;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.shared.ui.Formats;
import dk.sambo.portal.training.SessionChanged;

/**
 * What the rest of the portal hears about a session: {@link SessionChanged} for the overview (published in the
 * caller's transaction) and notifications to everyone registered.
 */
@Component
class SessionNews {

    /** The portal path of a session page, for links in notifications and calendar files. */
    static final String LINK_PREFIX = "kalender/aktivitet/";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final RegistrationRepository registrations;
    private final OrganisationService organisation;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;

    SessionNews(RegistrationRepository registrations, OrganisationService organisation, Notifications notifications,
            ApplicationEventPublisher events) {
        this.registrations = registrations;
        this.organisation = organisation;
        this.notifications = notifications;
        this.events = events;
    }

    static String when(Instant instant) {
        return LocalDateTime.ofInstant(instant, Formats.zone()).format(WHEN);
    }

    void publishChanged(TrainingSession s, int approved) {
        var places = new SessionPlaces(organisation);
        Long clusterId = s.getClusterId();
        Long organisationId = s.getOrganisationId();
        if (s.getScope() == SessionScope.UNIT) {
            var unit = places.unit(s.getUnitId());
            organisationId = unit == null ? null : unit.organisationId();
            clusterId = unit == null || unit.clusterIds().size() != 1 ? null : unit.clusterIds().getFirst();
        } else if (s.getScope() == SessionScope.ORGANISATION) {
            var clusters = places.clusterIdsOf(s);
            clusterId = clusters.size() == 1 ? clusters.iterator().next() : null;
        }
        events.publishEvent(new SessionChanged(s.id(), s.getType().name(), s.getStart(), s.getEnd(), clusterId,
                organisationId, s.getUnitId(), s.getCapacity(), approved, s.isCancelled()));
    }

    /** Tells everyone with an active sign-up, once each. */
    void tellRegistered(TrainingSession session, String messageKey) {
        var told = new LinkedHashSet<Long>();
        for (var r : registrations.findBySessionIdOrderByQueueNo(session.id())) {
            if (r.getStatus().active() && told.add(r.getPersonId())) {
                tell(r.getPersonId(), messageKey, session);
            }
        }
    }

    /** One notification about a session, linking to its page. */
    void tell(long personId, String messageKey, TrainingSession session) {
        notifications.send(personId, messageKey, List.of(session.getTitle(), when(session.getStart())),
                LINK_PREFIX + session.id(), "TrainingSession", session.id());
    }
}
