package dk.sambo.portal.qa.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import dk.sambo.portal.qa.service.RevisionView;

/** The earlier versions of a post, newest first: who replaced each and when. */
class HistoryDialog extends Dialog {

    HistoryDialog(List<RevisionView> revisions) {
        setHeaderTitle(getTranslation("qa.history.title"));
        setWidth("44rem");
        addClassName("qa-history");
        if (revisions.isEmpty()) {
            add(new Paragraph(getTranslation("qa.history.none")));
        }
        for (var r : revisions) {
            var entry = new Div();
            entry.addClassName("qa-history-entry");
            var who = new Span(getTranslation("qa.history.replaced", r.editedBy().name(),
                    QaUi.dateTime(this, r.editedAt())));
            who.addClassName("qa-meta");
            entry.add(who);
            if (r.redacted()) {
                entry.add(new Paragraph(getTranslation("qa.redacted.text")));
            } else {
                if (r.title() != null) {
                    entry.add(new H3(r.title()));
                }
                var body = new Paragraph(r.body());
                body.addClassName("qa-text");
                entry.add(body);
            }
            add(entry);
        }
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }
}
