package dk.sambo.portal.qa.search.ui;

import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import org.jspecify.annotations.Nullable;

import dk.sambo.portal.qa.search.SearchSynonyms;
import dk.sambo.portal.shared.ui.Confirm;
import dk.sambo.portal.shared.ui.Feedback;
import dk.sambo.portal.shared.ui.FormDialog;
import dk.sambo.portal.shared.ui.Formats;

/**
 * The search's synonym list (issue 14) for the implementing level and administrators: groups of words that mean
 * the same ("udskrivning, udskrivelse", "Fælles Medicinkort, FMK"). A change counts for the next search, without a
 * restart; each is audited by the service.
 */
@Route("spoergsmaal/synonymer")
@StyleSheet("assets/qa.css")
@RolesAllowed({"IMPLEMENTING", "ADMIN"})
@Menu(order = 17, title = "qa.synonyms.title", icon = "vaadin:text-label")
class SynonymsView extends VerticalLayout implements HasDynamicTitle {

    private final SearchSynonyms synonyms;
    final Grid<SearchSynonyms.Group> grid = new Grid<>();

    SynonymsView(SearchSynonyms synonyms) {
        this.synonyms = synonyms;
        var add = new Button(getTranslation("qa.synonyms.add"), e -> edit(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClassName("synonyms-add");
        // The words with their date beneath, in one column: on a phone the words get the width, not the date.
        grid.addComponentColumn(this::terms).setHeader(getTranslation("qa.synonyms.terms")).setFlexGrow(1);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        add(new H1(getTranslation("qa.synonyms.title")), new Paragraph(getTranslation("qa.synonyms.intro")), add,
                grid);
        refresh();
    }

    private Div terms(SearchSynonyms.Group group) {
        var changed = new Span(getTranslation("qa.synonyms.updated-at",
                Formats.dateTime(group.updatedAt(), UI.getCurrent().getLocale())));
        changed.addClassName("qa-synonyms-changed");
        return new Div(new Span(group.terms()), changed);
    }

    private HorizontalLayout actions(SearchSynonyms.Group group) {
        var change = new Button(getTranslation("qa.synonyms.change"), e -> edit(group));
        change.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var remove = new Button(getTranslation("qa.synonyms.remove"), e -> Confirm.askDestructive(this,
                getTranslation("qa.synonyms.remove-header"), getTranslation("qa.synonyms.remove-text", group.terms()),
                getTranslation("qa.synonyms.remove"), () -> {
                    if (Feedback.attempt(this, () -> synonyms.remove(group.id()))) {
                        Feedback.success(getTranslation("qa.synonyms.removed"));
                        refresh();
                    }
                }));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(change, remove);
    }

    /** Adds a group ({@code group} null) or changes one. */
    void edit(SearchSynonyms.@Nullable Group group) {
        var terms = new TextField(getTranslation("qa.synonyms.terms"));
        terms.setHelperText(getTranslation("qa.synonyms.terms-help"));
        terms.setMaxLength(SearchSynonyms.TERMS_MAX);
        terms.setWidthFull();
        if (group != null) {
            terms.setValue(group.terms());
        }
        var dialog = new FormDialog(this, getTranslation(group == null ? "qa.synonyms.add" : "qa.synonyms.change"),
                () -> {
                    boolean saved = Feedback.attempt(this, () -> {
                        if (group == null) {
                            synonyms.add(terms.getValue());
                        } else {
                            synonyms.change(group.id(), terms.getValue());
                        }
                    }, Map.of(SearchSynonyms.FIELD, terms));
                    if (saved) {
                        Feedback.success(getTranslation("qa.synonyms.saved"));
                        refresh();
                    }
                    return saved;
                });
        dialog.addField(terms, true);
        dialog.open();
    }

    private void refresh() {
        grid.setItems(synonyms.groups());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("qa.synonyms.title");
    }
}
