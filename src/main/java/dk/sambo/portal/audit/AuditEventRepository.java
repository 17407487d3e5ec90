package dk.sambo.portal.audit;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** Insert and read only: the trail is append-only, so no update or delete method exists. */
interface AuditEventRepository extends Repository<AuditEvent, Long> {

    AuditEvent save(AuditEvent event);

    List<AuditEvent> findByObjectTypeAndObjectIdOrderByIdDesc(String objectType, String objectId, Pageable page);

    List<AuditEvent> findByActionOrderByIdDesc(String action, Pageable page);

    List<AuditEvent> findAllByOrderByIdDesc(Pageable page);

    long count();
}
