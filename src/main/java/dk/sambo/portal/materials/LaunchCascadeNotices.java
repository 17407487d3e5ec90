package dk.sambo.portal.materials;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;

import dk.sambo.portal.audit.AuditLog;
import dk.sambo.portal.notification.Notifications;
import dk.sambo.portal.organisation.ClusterSummary;
import dk.sambo.portal.organisation.OrganisationSummary;
import dk.sambo.portal.organisation.OrganisationLeaders;
import dk.sambo.portal.organisation.OrganisationService;

/**
 * Tells an organisation's leaders about the launch package (bell, and e-mail per their own notification settings)
 * and audits it. No checks of its own: {@link LaunchCascade} checks the caller, the reminder job runs as system.
 */
@Component
class LaunchCascadeNotices {

    private final OrganisationService organisation;
    private final OrganisationLeaders leaders;
    private final Notifications notifications;
    private final AuditLog audit;
    private final Clock clock;

    LaunchCascadeNotices(OrganisationService organisation, OrganisationLeaders leaders, Notifications notifications,
            AuditLog audit, Clock clock) {
        this.organisation = organisation;
        this.leaders = leaders;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    /** Tells the leaders that the package has arrived; returns how many were told. */
    int forwarded(LaunchCascadeRow row) {
        var receivers = send(row, "materials.cascade.notify.forwarded");
        audit.record("LAUNCH_PACKAGE_FORWARDED", LaunchCascade.SUBJECT, row.id(), "cluster=" + row.clusterId()
                + " organisation=" + row.organisationId() + " receivers=" + receivers);
        return receivers;
    }

    /**
     * Reminds the leaders of a row not passed on (to confirm receipt, or to pass it on) and stamps
     * {@code last_reminded_at}; returns how many were told.
     */
    int remind(LaunchCascadeRow row, String how) {
        var receivers = send(row, row.receivedAt() == null ? "materials.cascade.notify.remind-receive"
                : "materials.cascade.notify.remind-pass-on");
        row.reminded(clock.instant());
        audit.record("LAUNCH_PACKAGE_REMINDED", LaunchCascade.SUBJECT, row.id(), "cluster=" + row.clusterId()
                + " organisation=" + row.organisationId() + " receivers=" + receivers + " how=" + how);
        return receivers;
    }

    private int send(LaunchCascadeRow row, String key) {
        var cluster = organisation.cluster(row.clusterId()).map(ClusterSummary::name).orElse("?");
        var org = organisation.organisation(row.organisationId()).map(OrganisationSummary::name).orElse("?");
        var receivers = leaders.of(row.organisationId(), row.clusterId());
        for (var leader : receivers) {
            notifications.send(leader.person().id(), key, List.of(cluster, org), LaunchCascade.START_PAGE,
                    LaunchCascade.SUBJECT, row.id());
        }
        return receivers.size();
    }
}
