package dk.sambo.portal.training.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TrainingLogEntryRepository extends JpaRepository<TrainingLogEntry, Long> {

    @Query("select e from TrainingLogEntry e where e.unitId in :unitIds order by e.day desc, e.id desc")
    List<TrainingLogEntry> forUnits(Collection<Long> unitIds, Pageable page);

    @Query("select count(e) from TrainingLogEntry e where e.unitId in :unitIds")
    long countForUnits(Collection<Long> unitIds);

    @Query("select e from TrainingLogEntry e join e.participantIds p where p = :personId order by e.day desc")
    List<TrainingLogEntry> withParticipant(long personId);

    long countByLoggedBy(long personId);

    boolean existsByLoggedByAndDay(long personId, LocalDate day);
}
