package dk.sambo.portal.scim;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.messages.PatchRequest;
import com.unboundid.scim2.common.utils.JsonUtils;

import dk.sambo.portal.organisation.PersonProvisioning.PersonData;
import dk.sambo.portal.organisation.PersonProvisioning.ProvisionedPerson;

/**
 * Reads what an identity provider sends: the person data of a User resource and a PatchOp, tolerant of the
 * variants Entra ID and Keycloak send. No state, no database: {@link ScimService} decides what is done with it.
 */
final class ScimRequests {

    private ScimRequests() {
    }

    /** The person data a User resource carries; what it leaves out stays as it was. */
    static PersonData personData(JsonNode user, @Nullable ProvisionedPerson current) {
        var email = text(user, "userName");
        if (email == null) {
            var emails = user.path("emails");
            for (var e : emails) {
                if (e.path("primary").asBoolean(false) || email == null) {
                    email = e.path("value").asText(null);
                }
            }
        }
        var name = text(user.path("name"), "formatted");
        if (name == null) {
            var given = text(user.path("name"), "givenName");
            var family = text(user.path("name"), "familyName");
            if (given != null || family != null) {
                name = ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
            }
        }
        if (name == null) {
            name = text(user, "displayName");
        }
        if (name == null && current != null) {
            name = current.name();
        }
        if (name == null) {
            name = email;
        }
        var active = user.has("active") ? bool(user.get("active")) : current == null || current.active();
        var title = user.has("title") ? text(user, "title") : current == null ? null : current.jobTitle();
        var department = text(user.path(ScimService.ENTERPRISE), "department");
        return new PersonData(email == null ? "" : email, name == null ? "" : name, title, active, department);
    }

    /** Parses a PatchOp, accepting the capitalised ops ("Replace") and "True"/"False" strings Entra ID sends. */
    static PatchRequest patchRequest(JsonNode body) throws ScimException {
        var copy = body.deepCopy();
        for (var operation : copy.path("Operations")) {
            if (operation instanceof ObjectNode op) {
                if (op.has("op")) {
                    op.put("op", op.get("op").asText().toLowerCase(Locale.ROOT));
                }
                var value = op.get("value");
                if ("active".equalsIgnoreCase(op.path("path").asText()) && value != null && value.isTextual()) {
                    op.put("value", Boolean.parseBoolean(value.asText()));
                }
                if (value instanceof ObjectNode v && v.has("active") && v.get("active").isTextual()) {
                    v.put("active", Boolean.parseBoolean(v.get("active").asText()));
                }
            }
        }
        try {
            return JsonUtils.getObjectReader().forType(PatchRequest.class).readValue(copy);
        } catch (java.io.IOException e) {
            throw new com.unboundid.scim2.common.exceptions.BadRequestException("Invalid PatchOp: " + e.getMessage(),
                    "invalidSyntax");
        }
    }

    static @Nullable String text(JsonNode node, String field) {
        var value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
    }

    private static boolean bool(JsonNode node) {
        return node.isBoolean() ? node.asBoolean() : Boolean.parseBoolean(node.asText());
    }
}
