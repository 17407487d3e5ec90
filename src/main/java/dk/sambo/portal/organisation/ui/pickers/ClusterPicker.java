package dk.sambo.portal.organisation.ui.pickers;

import java.util.List;

import com.vaadin.flow.component.combobox.ComboBox;

import dk.sambo.portal.organisation.ClusterSummary;
import dk.sambo.portal.organisation.OrganisationService;

/**
 * Chooses one health cluster by name. {@link #of} offers every active cluster; the constructor offers only the
 * clusters given (for instance those the person may write for), so the form never probes access itself.
 */
public class ClusterPicker extends ComboBox<ClusterSummary> {

    public ClusterPicker(List<ClusterSummary> clusters) {
        setItems(clusters);
        setItemLabelGenerator(ClusterSummary::name);
        setLabel(getTranslation("pickers.cluster"));
    }

    /** Every active cluster, by name. */
    public static ClusterPicker of(OrganisationService organisations) {
        return new ClusterPicker(organisations.clusters());
    }

    /** Chooses the cluster with this id, or clears the field for null or an id not offered. */
    public void selectId(@org.jspecify.annotations.Nullable Long clusterId) {
        setValue(clusterId == null ? null
                : getListDataView().getItems().filter(c -> c.id() == clusterId).findFirst().orElse(null));
    }
}
