package dk.sambo.portal.organisation.ui.pickers;

import java.util.List;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.combobox.ComboBox;

import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.OrganisationSummary;

/**
 * Chooses one organisation by name. {@link #following} narrows it to the organisations serving the cluster chosen
 * in a {@link ClusterPicker} (all organisations while no cluster is chosen), and clears a choice that no longer
 * fits.
 */
public class OrganisationPicker extends ComboBox<OrganisationSummary> {

    private final List<OrganisationSummary> all;

    public OrganisationPicker(List<OrganisationSummary> organisations) {
        this.all = List.copyOf(organisations);
        setItems(all);
        setItemLabelGenerator(OrganisationSummary::name);
        setLabel(getTranslation("pickers.organisation"));
    }

    /** Every organisation, by name. */
    public static OrganisationPicker of(OrganisationService organisations) {
        return new OrganisationPicker(organisations.organisations());
    }

    /** Offers only the organisations serving the cluster chosen in {@code clusters}, from now on. */
    public OrganisationPicker following(ClusterPicker clusters) {
        clusters.addValueChangeListener(e -> narrowTo(e.getValue() == null ? null : e.getValue().id()));
        narrowTo(clusters.getValue() == null ? null : clusters.getValue().id());
        return this;
    }

    /** Offers the organisations serving this cluster (all for null); a chosen one that does not serve it is cleared. */
    public void narrowTo(@Nullable Long clusterId) {
        var chosen = getValue();
        var offered = clusterId == null ? all : all.stream().filter(o -> o.serves(clusterId)).toList();
        setItems(offered);
        if (chosen != null && offered.contains(chosen)) {
            setValue(chosen);
        }
    }

    /** Chooses the organisation with this id, or clears the field for null or an id not offered. */
    public void selectId(@Nullable Long organisationId) {
        setValue(organisationId == null ? null
                : getListDataView().getItems().filter(o -> o.id() == organisationId).findFirst().orElse(null));
    }
}
