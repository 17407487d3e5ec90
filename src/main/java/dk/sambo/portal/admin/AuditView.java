package dk.sambo.portal.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;

import dk.sambo.portal.audit.AuditEvent;
import dk.sambo.portal.audit.AuditFilter;
import dk.sambo.portal.audit.AuditLog;
import dk.sambo.portal.audit.AuditVerification;
import dk.sambo.portal.organisation.PeopleAdministration;
import dk.sambo.portal.organisation.PersonSummary;
import dk.sambo.portal.shared.ui.Formats;

/**
 * The whole audit trail, as an access-log request under GDPR needs it: filtered by person (as actor or subject),
 * kind and period, paged lazily over every row, times in UTC with seconds and Copenhagen time beside them, a CSV
 * export of exactly the filtered rows, and a check of the hash chain. Exports and checks are themselves audited.
 */
@Route("admin/revisionsspor")
@RolesAllowed("ADMIN")
@Menu(order = 92, title = "nav.admin.audit", icon = "vaadin:records")
class AuditView extends VerticalLayout implements HasDynamicTitle {

    private final AuditLog audit;
    final ComboBox<PersonSummary> person = new ComboBox<>();
    final ComboBox<String> kind = new ComboBox<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Grid<AuditEvent> grid = new Grid<>();
    final Div verification = new Div();
    private volatile AuditFilter filter = AuditFilter.ALL;

    AuditView(AuditLog audit, PeopleAdministration people, Clock clock) {
        this.audit = audit;
        setSizeFull();

        person.setLabel(getTranslation("audit.filter.person"));
        person.setHelperText(getTranslation("audit.filter.person.help"));
        person.setItemLabelGenerator(p -> p.name() + " (#" + p.id() + ")");
        person.setItems(query -> people.search(query.getFilter().orElse(""),
                PageRequest.of(query.getPage(), query.getPageSize())).stream(),
                query -> (int) people.count(query.getFilter().orElse("")));
        person.setClearButtonVisible(true);
        person.setWidth("20rem");
        person.addClassName("audit-person");
        kind.addClassName("audit-kind");
        from.addClassName("audit-from");
        to.addClassName("audit-to");
        grid.addClassName("audit-grid");
        verification.addClassName("audit-verification");
        kind.setLabel(getTranslation("audit.filter.kind"));
        kind.setItems(audit.actions());
        kind.setClearButtonVisible(true);
        from.setLabel(getTranslation("audit.filter.from"));
        to.setLabel(getTranslation("audit.filter.to"));
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        person.addValueChangeListener(e -> applyFilter());
        kind.addValueChangeListener(e -> applyFilter());
        from.addValueChangeListener(e -> applyFilter());
        to.addValueChangeListener(e -> applyFilter());

        grid.addColumn(AuditEvent::getChainSeq).setHeader(getTranslation("audit.seq")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> AuditLog.utc(e.getOccurredAt())).setHeader(getTranslation("audit.when.utc"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> AuditLog.copenhagen(e.getOccurredAt())).setHeader(getTranslation("audit.when.local"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.getActor() + (e.getActorId() == null ? "" : " (#" + e.getActorId() + ")"))
                .setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        grid.addColumn(AuditEvent::getAction).setHeader(getTranslation("audit.action")).setAutoWidth(true);
        grid.addColumn(e -> e.getObjectType() + (e.getObjectId() == null ? "" : " #" + e.getObjectId()))
                .setHeader(getTranslation("audit.object")).setAutoWidth(true);
        grid.addColumn(e -> e.getSubjectIds().stream().sorted().map(id -> "#" + id)
                .collect(Collectors.joining(" "))).setHeader(getTranslation("audit.subjects"));
        grid.addColumn(e -> e.getDetails() == null ? "" : e.getDetails()).setHeader(getTranslation("audit.details"))
                .setFlexGrow(2);
        grid.setItems(DataProvider.fromCallbacks(
                (CallbackDataProvider.FetchCallback<AuditEvent, Void>) query -> audit.search(filter,
                        query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, audit.count(filter))));

        // Streamed: the service writes batch after batch straight into the response.
        var export = new Anchor((DownloadHandler) event -> {
            var exported = filter;
            event.setFileName("revisionsspor-" + LocalDate.ofInstant(clock.instant(), Formats.zone()) + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            audit.exportCsv(exported, event.getOutputStream());
        }, getTranslation("audit.export"));
        export.getElement().setAttribute("download", true);
        export.addClassName("audit-export");
        var verify = new Button(getTranslation("audit.verify"), e -> showVerification(audit.verifyChain()));
        verify.addClassName("audit-verify");

        var filters = new HorizontalLayout(person, kind, from, to, export, verify);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H1(getTranslation("nav.admin.audit")), filters, verification, grid);
        setFlexGrow(1, grid);
    }

    private void applyFilter() {
        filter = new AuditFilter(person.getValue() == null ? null : person.getValue().id(), kind.getValue(),
                from.getValue() == null ? null : from.getValue().atStartOfDay(Formats.zone()).toInstant(),
                to.getValue() == null ? null : to.getValue().plusDays(1).atStartOfDay(Formats.zone()).toInstant());
        grid.getDataProvider().refreshAll();
    }

    private void showVerification(AuditVerification result) {
        verification.removeAll();
        if (result.intact()) {
            verification.add(new Paragraph(getTranslation("audit.verify.intact", result.checked(), result.headSeq(),
                    result.headHash())));
            verification.setClassName("audit-verification audit-verify-intact");
            return;
        }
        verification.setClassName("audit-verification audit-verify-broken");
        verification.add(new Paragraph(getTranslation("audit.verify.broken", result.problems().size(),
                result.checked())));
        result.problems().stream().limit(50).forEach(p -> verification.add(new Paragraph(getTranslation(
                "audit.verify.problem." + p.kind().name(), p.fromSeq(), p.toSeq(), idText(p.eventId())))));
    }

    private static String idText(@Nullable Long id) {
        return id == null ? "–" : "#" + id;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.audit");
    }
}
