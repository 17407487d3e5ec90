package dk.sambo.portal.admin;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import dk.sambo.portal.audit.AuditEvent;
import dk.sambo.portal.audit.AuditLog;
import dk.sambo.portal.shared.ui.Formats;

/** The latest lines of the audit trail: who changed what, and every login. */
@Route("admin/revisionsspor")
@RolesAllowed("ADMIN")
@Menu(order = 92, title = "nav.admin.audit", icon = "vaadin:records")
class AuditView extends VerticalLayout implements HasDynamicTitle {

    AuditView(AuditLog audit) {
        setSizeFull();
        var grid = new Grid<AuditEvent>();
        grid.addColumn(e -> Formats.dateTime(e.getOccurredAt(), getLocale())).setHeader(getTranslation("audit.when"))
                .setAutoWidth(true);
        grid.addColumn(AuditEvent::getActor).setHeader(getTranslation("audit.actor"));
        grid.addColumn(AuditEvent::getAction).setHeader(getTranslation("audit.action"));
        grid.addColumn(e -> e.getObjectType() + (e.getObjectId() == null ? "" : " #" + e.getObjectId()))
                .setHeader(getTranslation("audit.object"));
        grid.addColumn(e -> e.getDetails() == null ? "" : e.getDetails()).setHeader(getTranslation("audit.details"))
                .setFlexGrow(2);
        grid.setItems(audit.latest(500));
        add(new H1(getTranslation("nav.admin.audit")), grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.audit");
    }
}
