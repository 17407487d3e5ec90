package dk.sambo.portal.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** The JPQL condition and parameters of an {@link AuditFilter}, shared by the trail's search, count and export. */
final class AuditQueries {

    private AuditQueries() {
    }

    static String where(@Nullable AuditFilter filter) {
        if (filter == null) {
            return "";
        }
        var conditions = new ArrayList<String>();
        if (filter.personId() != null) {
            conditions.add("(e.actorId = :person or (e.objectType = 'Person' and e.objectId = :personText)"
                    + " or :person member of e.subjectIds)");
        }
        if (filter.action() != null) {
            conditions.add("e.action = :action");
        }
        if (filter.from() != null) {
            conditions.add("e.occurredAt >= :from");
        }
        if (filter.to() != null) {
            conditions.add("e.occurredAt < :to");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    static Map<String, Object> parameters(@Nullable AuditFilter filter) {
        var parameters = new HashMap<String, Object>();
        if (filter == null) {
            return parameters;
        }
        if (filter.personId() != null) {
            parameters.put("person", filter.personId());
            parameters.put("personText", filter.personId().toString());
        }
        if (filter.action() != null) {
            parameters.put("action", filter.action());
        }
        if (filter.from() != null) {
            parameters.put("from", filter.from());
        }
        if (filter.to() != null) {
            parameters.put("to", filter.to());
        }
        return parameters;
    }
}
