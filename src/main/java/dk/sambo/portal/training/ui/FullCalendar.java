package dk.sambo.portal.training.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;

import dk.sambo.portal.shared.PortalTimeZone;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * FullCalendar 6 (MIT packages from npm) as a Vaadin component. The browser side is the custom element in
 * {@code frontend/components/sambo-calendar.js}; the server sends the events of the visible range only, after
 * each {@link DatesSetEvent}. Events go as JSON without null fields (FullCalendar treats a null as a value).
 */
@Tag("sambo-calendar")
@NpmPackage(value = "@fullcalendar/core", version = "6.1.22")
@NpmPackage(value = "@fullcalendar/daygrid", version = "6.1.22")
@NpmPackage(value = "@fullcalendar/timegrid", version = "6.1.21")
@NpmPackage(value = "@fullcalendar/list", version = "6.1.21")
@NpmPackage(value = "@fullcalendar/interaction", version = "6.1.22")
@JsModule("./components/sambo-calendar.js")
public class FullCalendar extends Component implements HasSize {

    public static final String MONTH = "dayGridMonth";
    public static final String WEEK = "timeGridWeek";
    public static final String LIST = "listMonth";

    /** One calendar event; optional fields are left out of the JSON when null. */
    public record Event(String id, String title, Instant start, Instant end, String colour, List<String> classes,
            Map<String, String> extra) {
    }

    public FullCalendar(Locale locale) {
        setLocale(locale);
    }

    /** FullCalendar's locale follows the UI's language: Danish (week starts Monday, Danish names) or English. */
    public void setLocale(Locale locale) {
        getElement().setProperty("locale", "da".equals(locale.getLanguage()) ? "da" : "en");
    }

    public void setView(String view) {
        getElement().setProperty("view", view);
    }

    public void gotoDate(LocalDate date) {
        getElement().setProperty("date", date.toString());
    }

    /** The current time as the server sees it (the portal's clock), for "today" and the now-indicator. */
    public void setNow(Instant now) {
        getElement().setProperty("now", local(now));
    }

    /**
     * An instant as the wall-clock time of the portal's zone, without offset. The widget runs FullCalendar with
     * {@code timeZone: 'UTC'} and shows such times as given, so every browser sees Danish time (a browser in UTC
     * sees 10.00 for a 10.00 session, not 09.00), like the rest of the portal.
     */
    static String local(Instant instant) {
        return LocalDateTime.ofInstant(instant, PortalTimeZone.get()).toString();
    }

    public void setEvents(List<Event> events) {
        var array = JsonNodeFactory.instance.arrayNode();
        for (var e : events) {
            ObjectNode node = array.addObject();
            node.put("id", e.id());
            node.put("title", e.title());
            node.put("start", local(e.start()));
            node.put("end", local(e.end()));
            if (e.colour() != null) {
                node.put("backgroundColor", e.colour());
                node.put("borderColor", e.colour());
                node.put("textColor", "#ffffff");
            }
            if (!e.classes().isEmpty()) {
                var classes = node.putArray("classNames");
                e.classes().forEach(classes::add);
            }
            if (!e.extra().isEmpty()) {
                var props = node.putObject("extendedProps");
                e.extra().forEach((k, v) -> {
                    if (v != null) {
                        props.put(k, v);
                    }
                });
            }
        }
        getElement().setPropertyJson("events", array);
    }

    public Registration addDatesSetListener(ComponentEventListener<DatesSetEvent> listener) {
        return addListener(DatesSetEvent.class, listener);
    }

    public Registration addEventClickListener(ComponentEventListener<EventClickEvent> listener) {
        return addListener(EventClickEvent.class, listener);
    }

    /** The visible range changed (first render, prev/next, view switch): load [start, end). */
    @DomEvent("fc-dates-set")
    public static class DatesSetEvent extends ComponentEvent<FullCalendar> {
        private final Instant start;
        private final Instant end;
        private final String view;

        public DatesSetEvent(FullCalendar source, boolean fromClient,
                @EventData("event.detail.start") String start, @EventData("event.detail.end") String end,
                @EventData("event.detail.view") String view) {
            super(source, fromClient);
            this.start = parse(start);
            this.end = parse(end);
            this.view = view == null ? MONTH : view;
        }

        public Instant getStart() {
            return start;
        }

        public Instant getEnd() {
            return end;
        }

        public String getView() {
            return view;
        }
    }

    @DomEvent("fc-event-click")
    public static class EventClickEvent extends ComponentEvent<FullCalendar> {
        private final String eventId;

        public EventClickEvent(FullCalendar source, boolean fromClient, @EventData("event.detail.id") String id) {
            super(source, fromClient);
            this.eventId = id;
        }

        public String getEventId() {
            return eventId;
        }
    }

    /**
     * FullCalendar (in {@code timeZone: 'UTC'}) sends "2026-11-30T00:00:00Z" or a bare date for all-day ranges; the
     * wall-clock part is the portal zone's time (an offset, as older clients sent, is ignored for the same reason).
     */
    static Instant parse(String text) {
        try {
            if (text.length() >= 19) {
                return LocalDateTime.parse(text.substring(0, 19)).atZone(PortalTimeZone.get()).toInstant();
            }
            return LocalDate.parse(text.substring(0, 10)).atStartOfDay(PortalTimeZone.get()).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Not a FullCalendar date: " + text, e);
        }
    }
}
