package dk.sambo.portal.materials;

import static dk.sambo.portal.home.StartCard.card;
import static dk.sambo.portal.home.StartCard.link;
import static dk.sambo.portal.home.StartCard.t;
import static dk.sambo.portal.home.StartCard.text;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.streams.DownloadHandler;

import dk.sambo.portal.home.StartSection;
import dk.sambo.portal.organisation.Role;

/** The launch package on the start page of those who receive and pass it on (seed 000). */
@Component
class LaunchPackageSection implements StartSection {

    private final MaterialLibrary library;

    LaunchPackageSection(MaterialLibrary library) {
        this.library = library;
    }

    @Override
    public Set<Role> roles() {
        return EnumSet.of(Role.SENIOR_MANAGER, Role.POLITICAL, Role.STRATEGIC, Role.IMPLEMENTING);
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        var card = card("launch", t("materials.launch"));
        card.add(text(t("materials.launch.explain")));
        var items = library.launchPackage();
        if (items.isEmpty()) {
            card.add(text(t("materials.launch.none")));
        }
        for (var item : items) {
            var versionId = item.latest().id();
            // Streamed from the database into the response, chunk by chunk (never the whole file in memory).
            DownloadHandler handler = event -> library.download(versionId, head -> {
                event.setFileName(head.fileName());
                event.setContentType(head.contentType());
                event.setContentLength(head.size());
                return event.getOutputStream();
            });
            card.add(new Div(new Anchor(handler, AttachmentType.DOWNLOAD, item.title())));
        }
        card.add(link("materialer", t("start.materials.link")));
        return card;
    }
}
