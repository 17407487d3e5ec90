import { Calendar } from '@fullcalendar/core';
import dayGridPlugin from '@fullcalendar/daygrid';
import timeGridPlugin from '@fullcalendar/timegrid';
import listPlugin from '@fullcalendar/list';
import interactionPlugin from '@fullcalendar/interaction';
import daLocale from '@fullcalendar/core/locales/da';

/**
 * FullCalendar as a plain custom element. It renders into its own shadow root (FullCalendar 6.1 injects its CSS
 * there, and the page's styles cannot leak in) and talks to the server only through properties and DOM events:
 * `events` (array of FullCalendar event objects), `locale` ("da" or "en"), `view` (initial view name), `date`
 * (ISO date to show) and `now` (the server's current time); it fires `fc-dates-set` {start, end, view} whenever the visible range changes, so the
 * server loads only that range, and `fc-event-click` {id} when an event is clicked.
 *
 * Times (events, `now`) come as the portal's wall-clock time without offset (Europe/Copenhagen unless configured
 * otherwise). FullCalendar runs in its 'UTC' zone, which shows such times exactly as given, so a browser in any
 * time zone sees the same 10.00 as the rest of the portal (without it, a browser in UTC showed 09.00).
 */
class SamboCalendar extends HTMLElement {

  constructor() {
    super();
    this._events = [];
    this._locale = 'da';
    this._view = 'dayGridMonth';
    this._date = null;
    this._now = null;
    this._calendar = null;
  }

  connectedCallback() {
    // Vaadin may set properties before this element was defined; re-apply them through the setters.
    ['events', 'locale', 'view', 'date', 'now'].forEach((p) => {
      if (Object.prototype.hasOwnProperty.call(this, p)) {
        const value = this[p];
        delete this[p];
        this[p] = value;
      }
    });
    if (!this.shadowRoot) {
      const root = this.attachShadow({ mode: 'open' });
      const style = document.createElement('style');
      style.textContent = `
        :host { display: block; font-family: var(--lumo-font-family, sans-serif); }
        .fc { --fc-today-bg-color: rgba(255, 220, 40, 0.15); }
        .fc .fc-toolbar-title { font-size: 1.25rem; }
        .fc .fc-button { text-transform: none; }
        .fc-event { cursor: pointer; }
        .fc-event.sambo-cancelled, .fc-event.sambo-cancelled .fc-event-title,
        .fc-list-event.sambo-cancelled .fc-list-event-title { text-decoration: line-through; opacity: 0.65; }
        .fc-event.sambo-mine { box-shadow: inset 4px 0 0 rgba(0, 0, 0, 0.45); }
        /* Issue 14: the toolbar wraps on a phone instead of running off it; buttons are 44 px touch targets;
           texts FullCalendar greys out keep a 4.5:1 contrast; keyboard focus is visible. */
        .fc .fc-header-toolbar { flex-wrap: wrap; gap: 0.5rem; }
        .fc .fc-button { min-height: 44px; min-width: 44px; }
        .fc .fc-button:focus-visible { outline: 3px solid #00508c; outline-offset: 2px; }
        .fc a:focus-visible { outline: 3px solid #00508c; outline-offset: 1px; }
        .fc .fc-daygrid-week-number { color: #4d4d4d; background: #f0f0f0; }
        .fc .fc-day-other .fc-daygrid-day-top { opacity: 1; color: #595959; }
        .fc .fc-list-day-cushion, .fc .fc-list-event-time { color: #333; }
        @media (max-width: 600px) {
          .fc .fc-toolbar-title { font-size: 1.05rem; }
          .fc .fc-header-toolbar .fc-toolbar-chunk { display: flex; flex-wrap: wrap; gap: 0.25rem; }
        }
      `;
      this._container = document.createElement('div');
      root.append(style, this._container);
    }
    if (!this._calendar) {
      this._calendar = new Calendar(this._container, {
        plugins: [dayGridPlugin, timeGridPlugin, listPlugin, interactionPlugin],
        locales: [daLocale],
        locale: this._locale,
        timeZone: 'UTC',
        initialView: this._view,
        initialDate: this._date || undefined,
        // "Today" is the server's today, so the calendar agrees with the rest of the portal.
        now: this._now || undefined,
        firstDay: 1,
        weekNumbers: true,
        nowIndicator: true,
        height: 'auto',
        slotMinTime: '07:00:00',
        slotMaxTime: '20:00:00',
        displayEventEnd: true,
        // Coloured blocks rather than dots: the colour tells the type at a glance.
        eventDisplay: 'block',
        eventTimeFormat: { hour: '2-digit', minute: '2-digit', hour12: false },
        slotLabelFormat: { hour: '2-digit', minute: '2-digit', hour12: false },
        views: { dayGridMonth: { displayEventEnd: false } },
        headerToolbar: { left: 'prev,next today', center: 'title', right: 'dayGridMonth,timeGridWeek,listMonth' },
        events: this._events,
        datesSet: (info) => {
          this.dispatchEvent(new CustomEvent('fc-dates-set', {
            detail: { start: info.startStr, end: info.endStr, view: info.view.type },
          }));
        },
        eventClick: (info) => {
          info.jsEvent.preventDefault();
          this.dispatchEvent(new CustomEvent('fc-event-click', { detail: { id: info.event.id } }));
        },
        eventDidMount: (info) => {
          const place = info.event.extendedProps.place;
          info.el.title = place ? `${info.event.title} · ${place}` : info.event.title;
        },
      });
      this._calendar.render();
      // FullCalendar marks its chevron icons role="img" without a name (the button has the name) and gives
      // day and week links labels that do not contain their visible text; mend both after every render.
      this._accessible();
      this._mutationObserver = new MutationObserver(() => this._accessible());
      this._mutationObserver.observe(this._container, { childList: true, subtree: true });
      // FullCalendar measures its width only on window resizes; the host also changes width when the side
      // navigation opens or the layout settles after first render, so follow the host's own size.
      this._resizeObserver = new ResizeObserver(() => {
        if (this._calendar) {
          this._calendar.updateSize();
        }
      });
      this._resizeObserver.observe(this);
    }
  }

  _accessible() {
    const root = this.shadowRoot;
    if (!root) return;
    root.querySelectorAll('.fc-icon[role="img"]').forEach((icon) => {
      icon.removeAttribute('role');
      icon.setAttribute('aria-hidden', 'true');
    });
    root.querySelectorAll('a[aria-label]').forEach((link) => {
      const text = link.textContent.replace(/\s+/g, ' ').trim();
      const label = link.getAttribute('aria-label');
      if (text && !label.toLowerCase().includes(text.toLowerCase())) {
        link.setAttribute('aria-label', `${text}, ${label}`);
      }
    });
  }

  disconnectedCallback() {
    if (this._mutationObserver) {
      this._mutationObserver.disconnect();
      this._mutationObserver = null;
    }
    if (this._resizeObserver) {
      this._resizeObserver.disconnect();
      this._resizeObserver = null;
    }
    if (this._calendar) {
      this._calendar.destroy();
      this._calendar = null;
    }
  }

  get events() { return this._events; }

  set events(value) {
    this._events = value || [];
    if (this._calendar) {
      this._calendar.batchRendering(() => {
        this._calendar.getEventSources().forEach((s) => s.remove());
        this._calendar.addEventSource(this._events);
      });
    }
  }

  get locale() { return this._locale; }

  set locale(value) {
    this._locale = value || 'da';
    if (this._calendar) {
      this._calendar.setOption('locale', this._locale);
    }
  }

  get view() { return this._view; }

  set view(value) {
    this._view = value || 'dayGridMonth';
    if (this._calendar && this._calendar.view.type !== this._view) {
      this._calendar.changeView(this._view);
    }
  }

  get now() { return this._now; }

  set now(value) {
    this._now = value;
    if (this._calendar && value) {
      this._calendar.setOption('now', value);
    }
  }

  get date() { return this._date; }

  set date(value) {
    this._date = value;
    if (this._calendar && value) {
      this._calendar.gotoDate(value);
    }
  }
}

if (!customElements.get('sambo-calendar')) {
  customElements.define('sambo-calendar', SamboCalendar);
}
