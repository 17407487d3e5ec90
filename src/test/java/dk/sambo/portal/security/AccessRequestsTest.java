package dk.sambo.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;

import dk.sambo.portal.AuthenticatedAs;
import dk.sambo.portal.PortalTest;
import dk.sambo.portal.audit.AuditEvent;
import dk.sambo.portal.audit.AuditLog;
import dk.sambo.portal.organisation.KnowledgeTarget;
import dk.sambo.portal.organisation.PeopleAdministration;
import dk.sambo.portal.organisation.PersonAccounts;
import dk.sambo.portal.organisation.PersonSummary;

/**
 * Access requests whose e-mail already belongs to a person: the request says whether the provider verified the
 * e-mail, granting it as a new person is refused with the person named (not a duplicate-key error), and linking
 * it to the person lets the identity in as that person, audited.
 */
@PortalTest
class AccessRequestsTest {

    @Autowired
    AccessRequests requests;
    @Autowired
    PeopleAdministration people;
    @Autowired
    PersonAccounts accounts;
    @Autowired
    AuditLog audit;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void tearDown() {
        AuthenticatedAs.logout();
    }

    @Test
    void a_request_remembers_whether_the_provider_verified_the_email() {
        requests.record("https://idp.vejle.example", "sub-verified", "ny@vejle.example", true, "Ny Vejle");
        requests.record("https://idp.vejle.example", "sub-unverified", "anden@vejle.example", false, "Anden");

        asAdmin();
        assertThat(pending("sub-verified").isEmailVerified()).isTrue();
        assertThat(pending("sub-unverified").isEmailVerified()).isFalse();
    }

    @Test
    void granting_a_request_whose_email_belongs_to_a_person_is_refused_naming_that_person() {
        var camilla = demoPerson("Camilla Friis");
        requests.record("https://idp.sygehus.example", "sub-camilla-2", camilla.email(), false, "Camilla F.");
        asAdmin();
        var request = pending("sub-camilla-2");
        long peopleBefore = people.count("");

        var refused = catchThrowable(() -> requests.grant(request.id(), new PeopleAdministration.NewPerson(
                "Camilla F.", null, camilla.email(), camilla.unitId(), KnowledgeTarget.OVERALL)));

        assertThat(refused).isInstanceOfSatisfying(AccessRequests.EmailBelongsToPerson.class,
                taken -> assertThat(taken.person().id()).isEqualTo(camilla.id()));
        assertThat(people.count("")).isEqualTo(peopleBefore);
        assertThat(requests.personWithSameEmail(request.id())).hasValueSatisfying(
                p -> assertThat(p.id()).isEqualTo(camilla.id()));
    }

    @Test
    void linking_a_request_to_the_existing_person_lets_that_identity_in_as_the_person() {
        var jonas = demoPerson("Jonas Lund");
        requests.record("https://idp.kolding.example", "sub-jonas-ny", jonas.email().toUpperCase(), false, "Jonas");
        assertThat(accounts.byIdentity("https://idp.kolding.example", "sub-jonas-ny", null, false)).isEmpty();
        asAdmin();
        var request = pending("sub-jonas-ny");

        requests.linkToPerson(request.id(), jonas.id());

        var account = accounts.byIdentity("https://idp.kolding.example", "sub-jonas-ny", null, false);
        assertThat(account).hasValueSatisfying(a -> assertThat(a.personId()).isEqualTo(jonas.id()));
        asAdmin();
        assertThat(requests.pending()).noneMatch(r -> r.getSubject().equals("sub-jonas-ny"));
        assertThat(audit.forObject("Person", jonas.id(), 50)).extracting(AuditEvent::getAction)
                .contains("IDENTITY_LINKED");
        assertThat(audit.forObject("AccessRequest", request.id(), 10)).extracting(AuditEvent::getAction)
                .contains("ACCESS_LINKED");
    }

    private AccessRequest pending(String subject) {
        return requests.pending().stream().filter(r -> r.getSubject().equals(subject)).findFirst().orElseThrow();
    }

    private PersonSummary demoPerson(String name) {
        asAdmin();
        try {
            return people.search(name, PageRequest.of(0, 10)).stream().filter(p -> p.name().equals(name))
                    .findFirst().orElseThrow();
        } finally {
            AuthenticatedAs.logout();
        }
    }

    private void asAdmin() {
        AuthenticatedAs.login(users, "admin");
    }
}
