package dk.sambo.portal.organisation.domain;

import java.util.List;
import java.util.function.LongFunction;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

import dk.sambo.portal.organisation.Grant;

/**
 * The current person's grants, read once per HTTP request instead of once per check (issue 15: a start page asked
 * for them 60-80 times, the session form about 450 times). A revoked role still stops at the next request, and at
 * once within the same request: this class is also the entity listener of {@link RoleAssignment} and
 * {@link Person}, and every insert, update or delete of either drops what the request remembered, again when the
 * transaction that made the change ends: a grant read back inside a transaction that then rolls back must not
 * outlive it. Without a request (scheduled jobs, push, tests without one) nothing is remembered.
 */
public final class GrantsOfTheRequest {

    private static final String KEY = GrantsOfTheRequest.class.getName() + ".";

    /** The grants of {@code personId}, loaded with {@code load} at most once in this request. */
    public static List<Grant> of(long personId, LongFunction<List<Grant>> load) {
        var request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return load.apply(personId);
        }
        @SuppressWarnings("unchecked")
        var cached = (List<Grant>) request.getAttribute(KEY + personId, RequestAttributes.SCOPE_REQUEST);
        if (cached == null) {
            cached = List.copyOf(load.apply(personId));
            request.setAttribute(KEY + personId, cached, RequestAttributes.SCOPE_REQUEST);
        }
        return cached;
    }

    /** Forgets every person's grants remembered in this request. */
    public static void forget() {
        var request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return;
        }
        for (var name : List.of(request.getAttributeNames(RequestAttributes.SCOPE_REQUEST))) {
            if (name.startsWith(KEY)) {
                request.removeAttribute(name, RequestAttributes.SCOPE_REQUEST);
            }
        }
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        forget();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget();
                }
            });
        }
    }
}
