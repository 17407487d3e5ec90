package dk.sambo.portal.organisation.domain;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CultureBearerAppointmentRepository extends JpaRepository<CultureBearerAppointment, Long> {

    /** Appointments active on {@code day} that cover a unit on the path from the root to {@code path}. */
    @Query("""
            select distinct a from CultureBearerAppointment a join a.units u join fetch a.person p
            where :path like concat(u.path, '%') and p.active = true
              and a.validFrom <= :day and (a.validTo is null or a.validTo >= :day)
            order by p.name""")
    List<CultureBearerAppointment> findActiveCovering(String path, LocalDate day);

    @Query("select a from CultureBearerAppointment a where a.person.id = :personId order by a.validFrom desc")
    List<CultureBearerAppointment> findByPersonId(long personId);

    @Query("""
            select distinct a from CultureBearerAppointment a join a.units u
            where u.organisation.id = :organisationId order by a.validFrom desc""")
    List<CultureBearerAppointment> findByOrganisation(long organisationId);
}
