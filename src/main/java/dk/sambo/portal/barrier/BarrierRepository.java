package dk.sambo.portal.barrier;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BarrierRepository extends JpaRepository<Barrier, Long> {

    @Query("select b from Barrier b where b.unitId in :unitIds order by b.status, b.dueOn nulls last, b.id desc")
    List<Barrier> findByUnits(Collection<Long> unitIds);

    @Query("""
            select b.kind, b.status, count(b) from Barrier b where b.unitId in :unitIds
            group by b.kind, b.status""")
    List<Object[]> countByKindAndStatus(Collection<Long> unitIds);
}
