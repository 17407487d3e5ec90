package dk.sambo.portal.scim;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.GenericScimResource;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.filters.Filter;
import com.unboundid.scim2.common.filters.FilterType;
import com.unboundid.scim2.common.messages.PatchRequest;
import com.unboundid.scim2.common.utils.FilterEvaluator;
import com.unboundid.scim2.common.utils.JsonUtils;

import dk.sambo.portal.organisation.PersonProvisioning;
import dk.sambo.portal.organisation.PersonProvisioning.ProvisionedPerson;
import dk.sambo.portal.organisation.PersonProvisioning.ProvisioningRefused;

/**
 * SCIM Users and Groups of one organisation, as JSON trees (RFC 7643 core User with the enterprise extension's
 * {@code department} as the unit code; Groups are the organisation's units). Filtering and PATCH use the UnboundID
 * SCIM 2 SDK ({@link Filter}, {@link FilterEvaluator}, {@link PatchRequest}). An organisation's client sees the
 * people it provisioned and the people in its units whom no other organisation provisioned; nobody else.
 */
@Service
@Transactional
class ScimService {

    static final String USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";
    static final String GROUP_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Group";
    static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    static final String LIST_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
    private static final JsonNodeFactory JSON = JsonUtils.getJsonNodeFactory();

    private final PersonProvisioning provisioning;
    private final ScimAccountRepository accounts;
    private final Clock clock;

    ScimService(PersonProvisioning provisioning, ScimAccountRepository accounts, Clock clock) {
        this.provisioning = provisioning;
        this.accounts = accounts;
        this.clock = clock;
    }

    // ------------------------------------------------------------ Users

    ObjectNode listUsers(ScimClient client, @Nullable String filter, int startIndex, int count, String base)
            throws ScimException {
        var parsed = filter == null || filter.isBlank() ? null : Filter.fromString(filter);
        List<ProvisionedPerson> candidates;
        if (parsed != null && parsed.getFilterType() == FilterType.EQUAL
                && "userName".equalsIgnoreCase(parsed.getAttributePath().toString())
                && parsed.getComparisonValue().isTextual()) {
            candidates = provisioning.findByEmail(parsed.getComparisonValue().asText())
                    .filter(p -> visible(client, p)).stream().toList();
        } else {
            candidates = provisioning.findAll(visibleIds(client));
        }
        var matching = new ArrayList<ObjectNode>();
        for (var person : candidates) {
            var node = user(person, base);
            if (parsed == null || FilterEvaluator.evaluate(parsed, node)) {
                matching.add(node);
            }
        }
        return list(matching, startIndex, count);
    }

    Optional<ObjectNode> getUser(ScimClient client, long id, String base) {
        return visiblePerson(client, id).map(p -> user(p, base));
    }

    ObjectNode createUser(ScimClient client, JsonNode body, String base) {
        var data = ScimRequests.personData(body, null);
        var person = provisioning.create(client.organisationId(), data);
        accounts.save(new ScimAccount(client.organisationId(), person.id(), ScimRequests.text(body, "externalId"),
                clock.instant()));
        return user(person, base);
    }

    Optional<ObjectNode> replaceUser(ScimClient client, long id, JsonNode body, String base) {
        var current = visiblePerson(client, id);
        if (current.isEmpty()) {
            return Optional.empty();
        }
        var updated = provisioning.update(id, client.organisationId(), ScimRequests.personData(body, current.get()));
        remember(client, id, body);
        return Optional.of(user(updated, base));
    }

    Optional<ObjectNode> patchUser(ScimClient client, long id, JsonNode body, String base) throws ScimException {
        var current = visiblePerson(client, id);
        if (current.isEmpty()) {
            return Optional.empty();
        }
        var resource = new GenericScimResource(user(current.get(), base));
        ScimRequests.patchRequest(body).apply(resource);
        var patched = resource.getObjectNode();
        var updated = provisioning.update(id, client.organisationId(), ScimRequests.personData(patched, current.get()));
        remember(client, id, patched);
        return Optional.of(user(updated, base));
    }

    boolean deleteUser(ScimClient client, long id) {
        if (visiblePerson(client, id).isEmpty()) {
            return false;
        }
        provisioning.deactivate(id);
        return true;
    }

    // ------------------------------------------------------------ Groups (units)

    ObjectNode listGroups(ScimClient client, @Nullable String filter, int startIndex, int count, String base)
            throws ScimException {
        var parsed = filter == null || filter.isBlank() ? null : Filter.fromString(filter);
        var matching = new ArrayList<ObjectNode>();
        for (var unit : provisioning.units(client.organisationId())) {
            var node = group(unit, base);
            if (parsed == null || FilterEvaluator.evaluate(parsed, node)) {
                matching.add(node);
            }
        }
        return list(matching, startIndex, count);
    }

    Optional<ObjectNode> getGroup(ScimClient client, long id, String base) {
        return provisioning.units(client.organisationId()).stream().filter(u -> u.id() == id).findFirst()
                .map(u -> group(u, base));
    }

    /** Members added to a group move into that unit; removals are ignored (a person stays in their unit). */
    Optional<ObjectNode> patchGroup(ScimClient client, long id, JsonNode body, String base) throws ScimException {
        if (getGroup(client, id, base).isEmpty()) {
            return Optional.empty();
        }
        for (var operation : ScimRequests.patchRequest(body).getOperations()) {
            var path = operation.getPath() == null ? "" : operation.getPath().toString();
            if (operation.getOpType().name().equalsIgnoreCase("ADD") && path.equalsIgnoreCase("members")) {
                for (var member : operation.getJsonNode()) {
                    long personId = Long.parseLong(member.path("value").asText("-1"));
                    if (visiblePerson(client, personId).isPresent()) {
                        provisioning.putInUnit(personId, client.organisationId(), id);
                    }
                }
            }
        }
        return getGroup(client, id, base);
    }

    // ------------------------------------------------------------ mapping

    private ObjectNode user(ProvisionedPerson p, String base) {
        var node = JSON.objectNode();
        node.putArray("schemas").add(USER_SCHEMA).add(ENTERPRISE);
        node.put("id", String.valueOf(p.id()));
        accounts.findByPersonId(p.id()).map(ScimAccount::getExternalId).ifPresent(e -> node.put("externalId", e));
        node.put("userName", p.email());
        node.putObject("name").put("formatted", p.name());
        node.put("displayName", p.name());
        if (p.jobTitle() != null) {
            node.put("title", p.jobTitle());
        }
        node.put("active", p.active());
        if (p.email() != null) {
            node.putArray("emails").addObject().put("value", p.email()).put("type", "work").put("primary", true);
        }
        if (p.unitCode() != null) {
            node.putObject(ENTERPRISE).put("department", p.unitCode());
        }
        node.putObject("meta").put("resourceType", "User").put("location", base + "/Users/" + p.id());
        return node;
    }

    private ObjectNode group(PersonProvisioning.ProvisionedUnit u, String base) {
        var node = JSON.objectNode();
        node.putArray("schemas").add(GROUP_SCHEMA);
        node.put("id", String.valueOf(u.id()));
        if (u.code() != null) {
            node.put("externalId", u.code());
        }
        node.put("displayName", u.name());
        ArrayNode members = node.putArray("members");
        for (var member : u.activeMemberIds()) {
            members.addObject().put("value", String.valueOf(member)).put("$ref", base + "/Users/" + member);
        }
        node.putObject("meta").put("resourceType", "Group").put("location", base + "/Groups/" + u.id());
        return node;
    }

    private static ObjectNode list(List<ObjectNode> all, int startIndex, int count) {
        int from = Math.max(1, startIndex) - 1;
        var page = all.stream().skip(from).limit(Math.max(0, count)).toList();
        var node = JSON.objectNode();
        node.putArray("schemas").add(LIST_SCHEMA);
        node.put("totalResults", all.size());
        node.put("startIndex", from + 1);
        node.put("itemsPerPage", page.size());
        var resources = node.putArray("Resources");
        page.forEach(resources::add);
        return node;
    }

    private void remember(ScimClient client, long personId, JsonNode body) {
        var account = accounts.findByPersonId(personId)
                .orElseGet(() -> accounts.save(new ScimAccount(client.organisationId(), personId, null,
                        clock.instant())));
        var externalId = ScimRequests.text(body, "externalId");
        if (externalId != null) {
            account.setExternalId(externalId);
        }
    }

    private Optional<ProvisionedPerson> visiblePerson(ScimClient client, long id) {
        return provisioning.find(id).filter(p -> visible(client, p));
    }

    private boolean visible(ScimClient client, ProvisionedPerson p) {
        var account = accounts.findByPersonId(p.id());
        if (account.isPresent()) {
            return account.get().getOrganisationId() == client.organisationId();
        }
        return p.organisationId() != null && p.organisationId() == client.organisationId();
    }

    private List<Long> visibleIds(ScimClient client) {
        var ids = new LinkedHashSet<Long>();
        accounts.findByOrganisationIdOrderByPersonId(client.organisationId()).forEach(a -> ids.add(a.getPersonId()));
        var others = new java.util.HashSet<Long>();
        accounts.findAll().forEach(a -> {
            if (a.getOrganisationId() != client.organisationId()) {
                others.add(a.getPersonId());
            }
        });
        provisioning.peopleInOrganisation(client.organisationId()).stream().filter(id -> !others.contains(id))
                .forEach(ids::add);
        return List.copyOf(ids);
    }

    static boolean refusedForUniqueness(ProvisioningRefused e) {
        return "uniqueness".equals(e.scimType());
    }
}
