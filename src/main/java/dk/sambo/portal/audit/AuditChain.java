package dk.sambo.portal.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HexFormat;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The hash chain of the audit trail. Each event's hash is SHA-256 over its canonical form: a version tag, its
 * place in the chain, the moment (UTC, to the microsecond the databases keep), actor id and name, action, object
 * type and id, details, the subject person ids (ascending) and the previous event's hash. Every field is written
 * as its length and its text, so no choice of text can make two different rows read alike; null is written "-".
 */
final class AuditChain {

    /** The "previous hash" of the first event in the chain. */
    static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    static Instant precision(Instant moment) {
        return moment.truncatedTo(ChronoUnit.MICROS);
    }

    static String hash(long seq, Instant occurredAt, @Nullable Long actorId, String actor, String action,
            String objectType, @Nullable String objectId, @Nullable String details, Collection<Long> subjects,
            String previousHash) {
        var canonical = new StringBuilder("sambo-audit-v1");
        field(canonical, Long.toString(seq));
        field(canonical, DateTimeFormatter.ISO_INSTANT.format(precision(occurredAt)));
        field(canonical, actorId == null ? null : actorId.toString());
        field(canonical, actor);
        field(canonical, action);
        field(canonical, objectType);
        field(canonical, objectId);
        field(canonical, details);
        field(canonical, subjects.stream().sorted().map(String::valueOf).collect(Collectors.joining(",")));
        field(canonical, previousHash);
        return sha256(canonical.toString());
    }

    static String hash(AuditEvent e, String previousHash) {
        return hash(e.getChainSeq() == null ? 0 : e.getChainSeq(), e.getOccurredAt(), e.getActorId(), e.getActor(),
                e.getAction(), e.getObjectType(), e.getObjectId(), e.getDetails(), e.getSubjectIds(), previousHash);
    }

    private static void field(StringBuilder out, @Nullable String value) {
        out.append('|');
        if (value == null) {
            out.append('-');
        } else {
            out.append(value.length()).append(':').append(value);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
