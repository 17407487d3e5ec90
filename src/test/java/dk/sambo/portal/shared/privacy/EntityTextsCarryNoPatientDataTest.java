package dk.sambo.portal.shared.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Transient;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * No free text of any entity can be stored without the CPR check: every {@code String} attribute (and every
 * element of a {@code String} collection) of every {@code @Entity} under {@code dk.sambo.portal}, including its
 * mapped superclasses and embeddables, carries {@link NoPatientData}, or is on the short list of exempt fields
 * below, each with the reason. A new entity or field without either fails here with its name.
 */
class EntityTextsCarryNoPatientDataTest {

    /** Fields that are not free text a person writes: codes, keys, hashes, tokens, identifiers, addresses. */
    static final Map<String, String> EXEMPT = Map.ofEntries(
            // codes and enum-like values chosen from lists, never typed
            Map.entry("Topic.code", "reference code"),
            Map.entry("Unit.code", "the HR system's unit code"),
            Map.entry("AuditEvent.hash", "SHA-256 of the audit chain, hex"),
            Map.entry("ScimAccount.externalId", "the identity provider's id of the account"),
            Map.entry("ScimToken.tokenHash", "SHA-256 of a bearer token"),
            Map.entry("LoginThrottleRecord.usernameKey", "a keyed hash (HMAC-SHA256) of the login name as typed: the throttle's key, never the name itself"),
            Map.entry("Cluster.code", "reference code"),
            Map.entry("Cluster.kind", "enum-like code"),
            Map.entry("Organisation.code", "reference code"),
            Map.entry("PlanPhase.code", "reference code"),
            Map.entry("Question.topicCode", "topic code"),
            Map.entry("Guidance.topicCode", "topic code"),
            Map.entry("TrainingLogEntry.topicCodes", "topic codes"),
            Map.entry("CultureBearerAppointment.topicCodes", "topic codes"),
            Map.entry("Person.preferredLanguage", "language code da/en"),
            Map.entry("SpreadingDecision.implementationKeys", "comma-separated staircase keys"),
            Map.entry("Notification.messageKey", "translation key"),
            Map.entry("Notification.subjectType", "entity type name"),
            Map.entry("Notification.link", "route path the portal builds from ids"),
            Map.entry("MaterialVersion.contentType", "MIME type from FileKind"),
            // hashes, tokens and technical identifiers
            Map.entry("MaterialVersion.sha256", "hash"),
            Map.entry("Person.passwordHash", "BCrypt hash"),
            Map.entry("CalendarToken.token", "random token"),
            Map.entry("TrainingSession.icalUid", "generated UID"),
            Map.entry("Unit.path", "materialised path of unit ids"),
            Map.entry("Question.unitPath", "materialised path of unit ids"),
            // identities from identity providers and e-mail addresses
            Map.entry("Person.email", "e-mail address"),
            Map.entry("Person.username", "login name"),
            Map.entry("PersonIdentity.issuer", "OIDC issuer URL"),
            Map.entry("PersonIdentity.subject", "OIDC subject id"),
            Map.entry("AccessRequest.issuer", "OIDC issuer URL"),
            Map.entry("AccessRequest.subject", "OIDC subject id"),
            Map.entry("AccessRequest.email", "e-mail address"),
            // copies of staff names taken from Person.name (checked there)
            Map.entry("MaterialVersion.uploadedByName", "copy of Person.name"),
            Map.entry("PlanStatus.changedByName", "copy of Person.name"),
            // the append-only audit trail is written by code from values already checked; refusing a row would
            // hide the action it records
            Map.entry("AuditEvent.actor", "username of the actor"),
            Map.entry("AuditEvent.action", "action code"),
            Map.entry("AuditEvent.objectType", "entity type name"),
            Map.entry("AuditEvent.objectId", "id"),
            Map.entry("AuditEvent.details", "key=value pairs written by code"));

    record Attribute(String entity, String field, boolean constrained) {
        String name() {
            return entity + "." + field;
        }
    }

    static List<Attribute> stringAttributesOfAllEntities() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Entity.class));
        var found = new ArrayList<Attribute>();
        for (var candidate : scanner.findCandidateComponents("dk.sambo.portal")) {
            var entity = Class.forName(candidate.getBeanClassName());
            collect(entity.getSimpleName(), entity, found, new TreeSet<>());
        }
        return found;
    }

    private static void collect(String entityName, Class<?> type, List<Attribute> found, Set<String> seen) {
        for (var c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            if (c != type && !c.isAnnotationPresent(MappedSuperclass.class) && !c.isAnnotationPresent(Entity.class)) {
                break;
            }
            for (var field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || Modifier.isTransient(field.getModifiers())
                        || field.isAnnotationPresent(Transient.class) || field.isSynthetic()) {
                    continue;
                }
                // Attributes of a mapped superclass or embeddable count for the entity that holds them.
                var owner = c.isAnnotationPresent(Embeddable.class) ? c.getSimpleName() : entityName;
                if (field.getType() == String.class) {
                    found.add(new Attribute(owner, field.getName(), field.isAnnotationPresent(NoPatientData.class)));
                } else if (Collection.class.isAssignableFrom(field.getType()) && elementIsString(field)) {
                    found.add(new Attribute(owner, field.getName(), elementConstrained(field)
                            || field.isAnnotationPresent(NoPatientData.class)));
                } else if (field.getType().isAnnotationPresent(Embeddable.class)
                        && seen.add(field.getType().getName())) {
                    collect(field.getType().getSimpleName(), field.getType(), found, seen);
                }
            }
        }
    }

    private static boolean elementIsString(Field field) {
        return field.getAnnotatedType() instanceof AnnotatedParameterizedType p
                && p.getAnnotatedActualTypeArguments()[0].getType() == String.class;
    }

    private static boolean elementConstrained(Field field) {
        return field.getAnnotatedType() instanceof AnnotatedParameterizedType p
                && p.getAnnotatedActualTypeArguments()[0].isAnnotationPresent(NoPatientData.class);
    }

    @Test
    void every_string_attribute_of_every_entity_carries_no_patient_data_or_is_exempt_with_a_reason()
            throws Exception {
        var attributes = stringAttributesOfAllEntities();
        assertThat(attributes).as("the scan finds the entities' text attributes").hasSizeGreaterThan(50);
        var missing = attributes.stream()
                .filter(a -> !a.constrained() && !EXEMPT.containsKey(a.name()))
                .map(a -> "entity " + a.entity() + ", attribute " + a.field()
                        + ": add @NoPatientData (or, for a code/hash/token/e-mail, an entry in EXEMPT with the reason)")
                .toList();
        assertThat(missing).as("String attributes of JPA entities without @NoPatientData").isEmpty();
    }

    @Test
    void exempt_fields_exist_and_are_not_also_constrained() throws Exception {
        var attributes = stringAttributesOfAllEntities();
        var names = attributes.stream().map(Attribute::name).toList();
        assertThat(names).as("every exempt field still exists").containsAll(EXEMPT.keySet());
        assertThat(attributes.stream().filter(a -> a.constrained() && EXEMPT.containsKey(a.name()))
                .map(Attribute::name)).as("exempt fields that carry the constraint anyway").isEmpty();
    }

    @Test
    void the_scan_sees_plain_fields_element_collections_and_embeddables() throws Exception {
        var names = stringAttributesOfAllEntities().stream().map(Attribute::name).toList();
        assertThat(names).contains("Question.title", "Question.tags", "Moderated.hiddenReason",
                "TrainingLogEntry.topicCodes");
    }
}
