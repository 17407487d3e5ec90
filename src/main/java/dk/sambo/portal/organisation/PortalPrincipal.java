package dk.sambo.portal.organisation;

import dk.sambo.portal.audit.Actor;

/** What every logged-in principal carries, however the person logged in: the id of their person row. */
public interface PortalPrincipal extends Actor {

    @Override
    Long personId();
}
