package dk.sambo.portal.scim;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.utils.JsonUtils;

import dk.sambo.portal.organisation.PersonProvisioning.ProvisioningRefused;

/**
 * The SCIM 2.0 HTTP endpoints (RFC 7644): {@code /scim/v2/Users}, {@code /scim/v2/Groups} and
 * {@code /scim/v2/ServiceProviderConfig}. Bodies are {@code application/scim+json}, read and written with the
 * SCIM SDK's Jackson mapper (as strings, independent of the portal's own JSON set-up).
 */
@RestController
@RequestMapping("/scim/v2")
class ScimController {

    static final MediaType SCIM_JSON = MediaType.parseMediaType("application/scim+json");
    static final String ERROR_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error";

    private final ScimService scim;

    ScimController(ScimService scim) {
        this.scim = scim;
    }

    @GetMapping("/Users")
    ResponseEntity<String> users(@AuthenticationPrincipal ScimClient client,
            @RequestParam(required = false) @Nullable String filter,
            @RequestParam(defaultValue = "1") int startIndex, @RequestParam(defaultValue = "100") int count)
            throws ScimException {
        return ok(scim.listUsers(client, filter, startIndex, Math.min(count, 1000), base()));
    }

    @GetMapping("/Users/{id}")
    ResponseEntity<String> user(@AuthenticationPrincipal ScimClient client, @PathVariable String id) {
        return scim.getUser(client, parseId(id), base()).map(ScimController::ok).orElseGet(ScimController::notFound);
    }

    @PostMapping("/Users")
    ResponseEntity<String> create(@AuthenticationPrincipal ScimClient client, @RequestBody String body)
            throws IOException {
        var created = scim.createUser(client, read(body), base());
        return ResponseEntity.status(HttpStatus.CREATED).contentType(SCIM_JSON)
                .header("Location", created.path("meta").path("location").asText()).body(write(created));
    }

    @PutMapping("/Users/{id}")
    ResponseEntity<String> replace(@AuthenticationPrincipal ScimClient client, @PathVariable String id,
            @RequestBody String body) throws IOException {
        return scim.replaceUser(client, parseId(id), read(body), base()).map(ScimController::ok)
                .orElseGet(ScimController::notFound);
    }

    @PatchMapping("/Users/{id}")
    ResponseEntity<String> patch(@AuthenticationPrincipal ScimClient client, @PathVariable String id,
            @RequestBody String body) throws IOException, ScimException {
        return scim.patchUser(client, parseId(id), read(body), base()).map(ScimController::ok)
                .orElseGet(ScimController::notFound);
    }

    /** Deactivates: the portal never deletes a person (their history stays). */
    @DeleteMapping("/Users/{id}")
    ResponseEntity<String> delete(@AuthenticationPrincipal ScimClient client, @PathVariable String id) {
        return scim.deleteUser(client, parseId(id)) ? ResponseEntity.noContent().build() : notFound();
    }

    @GetMapping("/Groups")
    ResponseEntity<String> groups(@AuthenticationPrincipal ScimClient client,
            @RequestParam(required = false) @Nullable String filter,
            @RequestParam(defaultValue = "1") int startIndex, @RequestParam(defaultValue = "100") int count)
            throws ScimException {
        return ok(scim.listGroups(client, filter, startIndex, Math.min(count, 1000), base()));
    }

    @GetMapping("/Groups/{id}")
    ResponseEntity<String> group(@AuthenticationPrincipal ScimClient client, @PathVariable String id) {
        return scim.getGroup(client, parseId(id), base()).map(ScimController::ok).orElseGet(ScimController::notFound);
    }

    @PatchMapping("/Groups/{id}")
    ResponseEntity<String> patchGroup(@AuthenticationPrincipal ScimClient client, @PathVariable String id,
            @RequestBody String body) throws IOException, ScimException {
        return scim.patchGroup(client, parseId(id), read(body), base()).map(ScimController::ok)
                .orElseGet(ScimController::notFound);
    }

    @GetMapping("/ServiceProviderConfig")
    ResponseEntity<String> serviceProviderConfig() {
        var node = JsonUtils.getJsonNodeFactory().objectNode();
        node.putArray("schemas").add("urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig");
        node.putObject("patch").put("supported", true);
        node.putObject("bulk").put("supported", false).put("maxOperations", 0).put("maxPayloadSize", 0);
        node.putObject("filter").put("supported", true).put("maxResults", 1000);
        node.putObject("changePassword").put("supported", false);
        node.putObject("sort").put("supported", false);
        node.putObject("etag").put("supported", false);
        node.putArray("authenticationSchemes").addObject().put("type", "oauthbearertoken")
                .put("name", "Bearer token").put("description", "A token issued per organisation by the portal");
        return ok(node);
    }

    @ExceptionHandler(ScimException.class)
    ResponseEntity<String> scimError(ScimException e) {
        var error = e.getScimError();
        return errorEntity(error.getStatus() == null ? 400 : error.getStatus(), error.getScimType(), error.getDetail());
    }

    @ExceptionHandler(ProvisioningRefused.class)
    ResponseEntity<String> refused(ProvisioningRefused e) {
        return errorEntity(ScimService.refusedForUniqueness(e) ? 409 : 400, e.scimType(), e.getMessage());
    }

    @ExceptionHandler({IOException.class, NumberFormatException.class, IllegalArgumentException.class})
    ResponseEntity<String> badRequest(Exception e) {
        return errorEntity(400, "invalidSyntax", "The request could not be read");
    }

    /** Writes a SCIM error outside Spring MVC (the security chain's 401/403). */
    static void error(HttpServletResponse response, int status, @Nullable String scimType, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType(SCIM_JSON.toString());
        if (status == 401) {
            response.addHeader(org.springframework.http.HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"scim\"");
        }
        response.getWriter().write(errorBody(status, scimType, detail));
    }

    private static ResponseEntity<String> errorEntity(int status, @Nullable String scimType, String detail) {
        return ResponseEntity.status(status).contentType(SCIM_JSON).body(errorBody(status, scimType, detail));
    }

    private static String errorBody(int status, @Nullable String scimType, String detail) {
        var node = JsonUtils.getJsonNodeFactory().objectNode();
        node.putArray("schemas").add(ERROR_SCHEMA);
        node.put("status", String.valueOf(status));
        if (scimType != null) {
            node.put("scimType", scimType);
        }
        node.put("detail", detail);
        return write(node);
    }

    private static ResponseEntity<String> ok(ObjectNode node) {
        return ResponseEntity.ok().contentType(SCIM_JSON).body(write(node));
    }

    private static ResponseEntity<String> notFound() {
        return errorEntity(404, null, "Resource not found");
    }

    private static long parseId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static JsonNode read(String body) throws IOException {
        return JsonUtils.getObjectReader().readTree(body);
    }

    private static String write(JsonNode node) {
        try {
            return JsonUtils.getObjectWriter().writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base() {
        HttpServletRequest request = ((org.springframework.web.context.request.ServletRequestAttributes)
                org.springframework.web.context.request.RequestContextHolder.currentRequestAttributes()).getRequest();
        return ServletUriComponentsBuilder.fromContextPath(request).path("/scim/v2").toUriString();
    }
}
