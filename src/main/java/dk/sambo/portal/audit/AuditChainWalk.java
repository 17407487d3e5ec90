package dk.sambo.portal.audit;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One walk of the whole hash chain in order, recomputing every hash ({@link AuditLog#verifyChain()} runs it in a
 * read-only transaction): a changed row, a removed row (a gap in the places), a row written around the chain and a
 * head that does not match the last row are all reported. Split from {@link AuditLog} by use case (issue 16).
 */
final class AuditChainWalk {

    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;
    private final int batchSize;

    AuditChainWalk(JdbcTemplate jdbc, EntityManager entityManager, int batchSize) {
        this.jdbc = jdbc;
        this.entityManager = entityManager;
        this.batchSize = batchSize;
    }

    /** The verification of the whole chain; run it in a (read-only) transaction. */
    AuditVerification walk() {
        var head = jdbc.queryForMap("select last_seq, last_hash from audit_chain_head where id = 1");
        long headSeq = ((Number) head.get("last_seq")).longValue();
        var headHash = (String) head.get("last_hash");
        var problems = new ArrayList<AuditVerification.Problem>();
        var unchained = jdbc.queryForList("select id from audit_event where chain_seq is null or hash is null"
                + " order by id", Long.class);
        unchained.forEach(id -> problems.add(new AuditVerification.Problem(AuditVerification.Kind.UNCHAINED,
                0, 0, id)));
        long expected = 1;
        long checked = 0;
        String previous = AuditChain.GENESIS;
        AuditEvent last = null;
        while (expected <= headSeq) {
            var batch = entityManager.createQuery("select e from AuditEvent e where e.chainSeq >= :from"
                    + " and e.chainSeq <= :to order by e.chainSeq", AuditEvent.class)
                    .setParameter("from", expected).setParameter("to", headSeq).setMaxResults(batchSize)
                    .getResultList();
            if (batch.isEmpty()) {
                break;
            }
            for (var e : batch) {
                long seq = e.getChainSeq();
                if (seq > expected) {
                    // Rows are gone: the hash of the row after the gap cannot be checked against them.
                    problems.add(new AuditVerification.Problem(AuditVerification.Kind.MISSING, expected,
                            seq - 1, null));
                } else if (!AuditChain.hash(e, previous).equals(e.getHash())) {
                    problems.add(new AuditVerification.Problem(AuditVerification.Kind.CHANGED, seq, seq,
                            e.getId()));
                }
                previous = e.getHash() == null ? "" : e.getHash();
                expected = seq + 1;
                checked++;
                last = e;
            }
            entityManager.clear();
        }
        if (expected <= headSeq) {
            problems.add(new AuditVerification.Problem(AuditVerification.Kind.MISSING, expected, headSeq, null));
        } else if (!previous.equals(headHash) && headSeq > 0) {
            problems.add(new AuditVerification.Problem(AuditVerification.Kind.HEAD_MISMATCH, headSeq, headSeq,
                    last == null ? null : last.getId()));
        }
        return new AuditVerification(checked, headSeq, headHash, List.copyOf(problems));
    }
}
