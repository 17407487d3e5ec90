package dk.sambo.portal.training.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.sambo.portal.audit.AuditLog;
import dk.sambo.portal.organisation.CurrentPerson;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.PersonSummary;
import dk.sambo.portal.shared.ui.Formats;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Calendar files (iCalendar, RFC 5545) built with ical4j: one session as a download, and each person's private
 * subscription with all their sessions. Times carry a VTIMEZONE for Europe/Copenhagen; a session keeps its UID for
 * life and raises SEQUENCE on every change, so calendar programs update rather than duplicate it; a cancelled
 * session is sent as STATUS:CANCELLED (and, as a single download, METHOD:CANCEL).
 *
 * <p>Long because (about 300 lines) a third of it is ical4j imports and the Copenhagen VTIMEZONE work-around;
 * the two files share every event property, so splitting them would copy that code.
 */
@Service
@Transactional(readOnly = true)
public class CalendarFiles {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** The portal's zone ({@code portal.time-zone}), Europe/Copenhagen unless configured otherwise. */
    static String zoneId() {
        return dk.sambo.portal.shared.PortalTimeZone.get().getId();
    }

    private final TrainingSessionRepository sessions;
    private final RegistrationRepository registrations;
    private final CalendarTokenRepository tokens;
    private final OrganisationService organisation;
    private final CurrentPerson currentPerson;
    private final AuditLog audit;
    private final Clock clock;
    private final String fallbackOrganizer;
    private final String baseUrl;

    CalendarFiles(TrainingSessionRepository sessions, RegistrationRepository registrations,
            CalendarTokenRepository tokens, OrganisationService organisation, CurrentPerson currentPerson,
            AuditLog audit, Clock clock,
            @Value("${portal.training.ical.organizer:kalender@sambo-portal.example}") String fallbackOrganizer,
            @Value("${portal.base-url:}") String baseUrl) {
        this.sessions = sessions;
        this.registrations = registrations;
        this.tokens = tokens;
        this.organisation = organisation;
        this.currentPerson = currentPerson;
        this.audit = audit;
        this.clock = clock;
        this.fallbackOrganizer = fallbackOrganizer;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** One session as a file to open in Outlook or Google Calendar. Cancelled: METHOD:CANCEL. */
    @PreAuthorize("isAuthenticated()")
    public byte[] sessionFile(long sessionId) {
        var session = sessions.findById(sessionId).orElseThrow();
        var calendar = newCalendar(session.isCancelled());
        var event = event(session, session.isCancelled());
        if (session.isCancelled()) {
            // iTIP: a CANCEL names the attendees it removes; the downloader is the one removing it.
            organisation.person(currentPerson.requireId()).filter(p -> p.email() != null)
                    .ifPresent(p -> event.add(attendee(p)));
        }
        calendar.add(event);
        return write(calendar);
    }

    /** The file name for a session download. */
    public static String fileName(long sessionId) {
        return "sambo-" + sessionId + ".ics";
    }

    /**
     * A person's subscription, found by the secret token: every session they organise or are signed up for
     * (waitlisted and pending as TENTATIVE), and cancelled ones as CANCELLED so calendar programs remove them.
     * Empty for an unknown or revoked token.
     */
    public Optional<byte[]> subscription(String token) {
        return tokens.findByToken(token).map(t -> ActingPerson.as(t.getPersonId(), "calendar-subscription",
                () -> subscriptionOf(t.getPersonId())));
    }

    byte[] subscriptionOf(long personId) {
        var calendar = newCalendar(false);
        calendar.add(new XProperty("X-WR-CALNAME", "SAM:BO"));
        calendar.add(new XProperty("X-WR-TIMEZONE", zoneId()));
        calendar.add(new XProperty("X-PUBLISHED-TTL", "PT1H"));
        var cutoff = clock.instant().minus(java.time.Duration.ofDays(400));
        var included = new LinkedHashMap<Long, Boolean>();
        for (var r : registrations.findByPersonId(personId)) {
            // TRUE: confirmed seat; FALSE: waiting (tentative) or no longer coming (cancelled).
            switch (r.getStatus()) {
                case APPROVED -> included.put(r.getSessionId(), true);
                case PENDING, WAITLISTED, CANCELLED, REJECTED -> included.putIfAbsent(r.getSessionId(), false);
            }
        }
        var personCancelled = new java.util.HashSet<Long>();
        for (var r : registrations.findByPersonId(personId)) {
            if (r.getStatus() == RegistrationStatus.CANCELLED || r.getStatus() == RegistrationStatus.REJECTED) {
                personCancelled.add(r.getSessionId());
            }
        }
        for (var s : sessions.organisedBy(personId)) {
            included.put(s.id(), true);
            personCancelled.remove(s.id());
        }
        for (var entry : included.entrySet()) {
            var session = sessions.findById(entry.getKey()).orElse(null);
            if (session == null || session.getEnd().isBefore(cutoff)) {
                continue;
            }
            boolean cancelled = session.isCancelled() || personCancelled.contains(session.id());
            var event = event(session, cancelled);
            if (!cancelled && !entry.getValue()) {
                event.replace(ImmutableStatus.VEVENT_TENTATIVE);
            }
            calendar.add(event);
        }
        return write(calendar);
    }

    /** The reader's subscription token, created on first use. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public String mySubscriptionToken() {
        var me = currentPerson.requireId();
        return tokens.findByPersonId(me).map(CalendarToken::getToken).orElseGet(() -> {
            var token = tokens.save(new CalendarToken(me, newToken(), clock.instant()));
            audit.record("CALENDAR_TOKEN_CREATED", "Person", me, null);
            return token.getToken();
        });
    }

    @PreAuthorize("isAuthenticated()")
    public boolean hasSubscription() {
        return tokens.findByPersonId(currentPerson.requireId()).isPresent();
    }

    /** Revokes the reader's old subscription URL and gives a new one (e.g. after sharing it by mistake). */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public String renewMySubscription() {
        var me = currentPerson.requireId();
        var token = tokens.findByPersonId(me).orElseGet(() -> new CalendarToken(me, newToken(), clock.instant()));
        token.replace(newToken(), clock.instant());
        tokens.save(token);
        audit.record("CALENDAR_TOKEN_RENEWED", "Person", me, null);
        return token.getToken();
    }

    /** Revokes the reader's subscription URL; calendar programs get "not found" from then on. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void revokeMySubscription() {
        var me = currentPerson.requireId();
        tokens.findByPersonId(me).ifPresent(t -> {
            tokens.delete(t);
            audit.record("CALENDAR_TOKEN_REVOKED", "Person", me, null);
        });
    }

    private static String newToken() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private Calendar newCalendar(boolean cancel) {
        var calendar = new Calendar();
        calendar.add(new ProdId("-//Region Syddanmark//SAM:BO-portalen//DA"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(cancel ? ImmutableMethod.CANCEL : ImmutableMethod.PUBLISH);
        calendar.add(copenhagen());
        return calendar;
    }

    /**
     * ical4j's bundled zone data makes Europe/Copenhagen an alias of Europe/Berlin (same rules); calendar
     * programs must see the name the events use, so the definition is copied under the Copenhagen id.
     */
    static VTimeZone copenhagen() {
        var registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        var zone = registry.getTimeZone(zoneId()).getVTimeZone().copy();
        zone.replace(new TzId(zoneId()));
        return zone;
    }

    private VEvent event(TrainingSession s, boolean cancelled) {
        var zone = Formats.zone();
        var event = new VEvent(ZonedDateTime.ofInstant(s.getStart(), zone), ZonedDateTime.ofInstant(s.getEnd(), zone),
                (cancelled ? "AFLYST: " : "") + s.getTitle());
        event.replace(new DtStamp(clock.instant()));
        event.replace(new net.fortuna.ical4j.model.property.Summary((cancelled ? "AFLYST: " : "")
                + feedText(s.getTitle())));
        event.add(new Uid(s.getIcalUid()));
        event.add(new Sequence(s.getIcalSequence()));
        event.add(new LastModified(s.getUpdatedAt()));
        event.add(cancelled ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        var location = s.getPlace() != null ? s.getPlace() : s.getOnlineLink();
        if (location != null) {
            event.add(new Location(feedText(location)));
        }
        var text = new ArrayList<String>();
        if (s.getDescription() != null) {
            text.add(s.getDescription());
        }
        if (s.getOnlineLink() != null) {
            text.add(s.getOnlineLink());
        }
        var link = link(s.id());
        if (link != null) {
            text.add(link);
            event.add(new Url(URI.create(link)));
        }
        if (!text.isEmpty()) {
            event.add(new Description(feedText(String.join("\n\n", text))));
        }
        event.add(new Categories(s.getType().name()));
        event.add(organizer(s));
        return event;
    }

    /** Rows stored before text was cleaned on write (StoredTextListener) may still hold NUL or bidi overrides. */
    private static String feedText(String text) {
        return java.util.Objects.requireNonNull(dk.sambo.portal.shared.text.StoredText.clean(text));
    }

    private Organizer organizer(TrainingSession s) {
        PersonSummary first = s.getOrganiserIds().stream().map(organisation::person).flatMap(Optional::stream)
                .filter(p -> p.email() != null).findFirst().orElse(null);
        var organizer = new Organizer(URI.create("mailto:" + (first == null ? fallbackOrganizer : first.email())));
        if (first != null) {
            organizer.add(new Cn(first.name()));
        }
        return organizer;
    }

    private static Attendee attendee(PersonSummary p) {
        var attendee = new Attendee(URI.create("mailto:" + p.email()));
        attendee.add(new Cn(p.name()));
        return attendee;
    }

    private @Nullable String link(long sessionId) {
        return baseUrl.isEmpty() ? null : baseUrl + "/" + SessionNews.LINK_PREFIX + sessionId;
    }

    private static byte[] write(Calendar calendar) {
        try {
            var out = new ByteArrayOutputStream();
            new CalendarOutputter(false).output(calendar, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("Could not write calendar", e);
        }
    }

}
