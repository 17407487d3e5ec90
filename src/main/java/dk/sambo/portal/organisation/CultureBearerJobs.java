package dk.sambo.portal.organisation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import dk.sambo.portal.shared.scheduling.SystemTask;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Takes the CULTURE_BEARER role from people whose appointments have run out by their end date, once an hour on
 * one node (ShedLock). A job rather than a check on every read: {@link AccessControl} reads grants on every
 * check and should stay a plain look-up of {@code role_assignment} that every feature can trust, and a removal
 * must be audited and end the person's open sessions ({@link RoleRevoked}), which a read cannot do. The price is
 * that the role outlives its appointment by up to an hour after midnight; the queue and the directory already
 * go by the appointment's dates. The cron is a property, so tests and installations can switch it off with "-".
 */
@Component
class CultureBearerJobs {

    private static final Logger LOG = LoggerFactory.getLogger(CultureBearerJobs.class);

    private final CultureBearerRegister register;

    CultureBearerJobs(CultureBearerRegister register) {
        this.register = register;
    }

    @Scheduled(cron = "${portal.organisation.culture-bearer-expiry-cron:0 15 * * * *}", zone = dk.sambo.portal.shared.PortalTimeZone.PLACEHOLDER)
    @SchedulerLock(name = "culture-bearer-role-expiry", lockAtMostFor = "PT10M", lockAtLeastFor = "PT30S")
    public void revokeExpiredRoles() {
        int revoked = SystemTask.run(register::revokeRolesNoLongerNeeded);
        if (revoked > 0) {
            LOG.info("Took the culture-bearer role from {} unit(s) whose appointments have run out", revoked);
        }
    }
}
