package dk.sambo.portal.scim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.unboundid.scim2.common.utils.JsonUtils;

import dk.sambo.portal.AuthenticatedAs;
import dk.sambo.portal.PortalTest;
import dk.sambo.portal.audit.AuditLog;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.PersonAccounts;
import dk.sambo.portal.organisation.Role;
import dk.sambo.portal.organisation.UnitAdministration;

/**
 * SCIM 2.0 as an identity provider uses it, with the request bodies of RFC 7644 (section 3.3 create, 3.4.2
 * filter, 3.5.1 replace, 3.5.2 PATCH, 3.6 delete) and the Entra ID variants (capitalised "Replace", "False").
 */
@PortalTest
class ScimProvisioningTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    ScimTokens tokens;
    @Autowired
    UserDetailsService users;
    @Autowired
    OrganisationService organisations;
    @Autowired
    UnitAdministration units;
    @Autowired
    PersonAccounts accounts;
    @Autowired
    AuditLog audit;

    MockMvc mvc;
    String langeland;
    String kerteminde;
    long langelandId;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        langelandId = organisationId("LANGELAND_KOMMUNE");
        long kertemindeId = organisationId("KERTEMINDE_KOMMUNE");
        AuthenticatedAs.login(users, "admin");
        langeland = tokens.issue(langelandId, "Entra ID Langeland");
        kerteminde = tokens.issue(kertemindeId, "Keycloak Kerteminde");
        AuthenticatedAs.logout();
    }

    @AfterEach
    void tearDown() {
        AuthenticatedAs.logout();
    }

    @Test
    void without_a_token_or_with_a_wrong_or_revoked_one_the_answer_is_401_in_scim_form() throws Exception {
        var none = mvc.perform(get("/scim/v2/Users")).andReturn().getResponse();
        assertThat(none.getStatus()).isEqualTo(401);
        assertThat(none.getHeader("WWW-Authenticate")).startsWith("Bearer");
        assertThat(json(none.getContentAsString()).path("schemas").get(0).asText())
                .isEqualTo("urn:ietf:params:scim:api:messages:2.0:Error");

        var wrong = mvc.perform(get("/scim/v2/Users").header("Authorization", "Bearer sambo-scim-not-a-real-token"))
                .andReturn().getResponse();
        assertThat(wrong.getStatus()).isEqualTo(401);

        AuthenticatedAs.login(users, "admin");
        var revokedSecret = tokens.issue(langelandId, "revoked");
        var revokedId = tokens.tokensOf(langelandId).getFirst().id();
        tokens.revoke(revokedId);
        AuthenticatedAs.logout();
        assertThat(mvc.perform(get("/scim/v2/Users").header("Authorization", "Bearer " + revokedSecret))
                .andReturn().getResponse().getStatus()).isEqualTo(401);
        assertThat(send(get("/scim/v2/Users"), langeland).getStatus()).isEqualTo(200);
    }

    @Test
    void a_browser_login_does_not_open_scim_and_no_session_is_created() throws Exception {
        var admin = users.loadUserByUsername("admin");
        var session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, new SecurityContextImpl(
                new UsernamePasswordAuthenticationToken(admin, null, admin.getAuthorities())));

        var answer = mvc.perform(get("/scim/v2/Users").session(session)).andReturn();
        assertThat(answer.getResponse().getStatus()).isEqualTo(401);

        var withToken = mvc.perform(get("/scim/v2/Users").header("Authorization", "Bearer " + langeland)).andReturn();
        assertThat(withToken.getRequest().getSession(false)).isNull();
        assertThat(withToken.getResponse().getCookie("JSESSIONID")).isNull();
    }

    @Test
    void a_user_is_created_found_by_user_name_replaced_patched_inactive_and_deleted_as_deactivation()
            throws Exception {
        var unitCode = unit(langelandId, "LAN-HP", "Hjemmeplejen Langeland");
        unit(langelandId, "LAN-SYG", "Sygeplejen Langeland");

        // RFC 7644 3.3: POST /Users
        var created = send(post("/scim/v2/Users").content("""
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User",
                            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
                 "userName":"bjensen@langeland.example",
                 "externalId":"bjensen",
                 "name":{"formatted":"Barbara Jensen","familyName":"Jensen","givenName":"Barbara"},
                 "title":"Social- og sundhedsassistent",
                 "active":true,
                 "emails":[{"value":"bjensen@langeland.example","type":"work","primary":true}],
                 "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"department":"%s"}}
                """.formatted(unitCode)), langeland);
        assertThat(created.getStatus()).isEqualTo(201);
        assertThat(created.getContentType()).startsWith("application/scim+json");
        var user = json(created.getContentAsString());
        var id = user.path("id").asText();
        assertThat(created.getHeader("Location")).endsWith("/scim/v2/Users/" + id);
        assertThat(user.path("userName").asText()).isEqualTo("bjensen@langeland.example");
        assertThat(user.path("externalId").asText()).isEqualTo("bjensen");
        assertThat(user.path("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User").path("department")
                .asText()).isEqualTo("LAN-HP");
        long personId = Long.parseLong(id);
        assertThat(accounts.byId(personId).orElseThrow().roles()).containsExactly(Role.STAFF);

        // The same userName again: 409 uniqueness.
        var again = send(post("/scim/v2/Users").content("""
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"BJensen@langeland.example",
                 "name":{"formatted":"Barbara J."}}"""), langeland);
        assertThat(again.getStatus()).isEqualTo(409);
        assertThat(json(again.getContentAsString()).path("scimType").asText()).isEqualTo("uniqueness");

        // RFC 7644 3.4.2: filter
        var found = json(send(get("/scim/v2/Users").param("filter", "userName eq \"bjensen@langeland.example\""),
                langeland).getContentAsString());
        assertThat(found.path("totalResults").asInt()).isEqualTo(1);
        assertThat(found.path("Resources").get(0).path("id").asText()).isEqualTo(id);
        var none = json(send(get("/scim/v2/Users").param("filter", "userName eq \"nobody@langeland.example\""),
                langeland).getContentAsString());
        assertThat(none.path("totalResults").asInt()).isZero();
        var byTitle = json(send(get("/scim/v2/Users").param("filter", "title sw \"Social\""), langeland)
                .getContentAsString());
        assertThat(byTitle.path("Resources")).extracting(n -> n.path("id").asText()).contains(id);

        // RFC 7644 3.5.1: PUT replaces; the department moves her to another unit.
        var replaced = send(put("/scim/v2/Users/" + id).content("""
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],
                 "userName":"bjensen@langeland.example","name":{"formatted":"Barbara Jensen-Holm"},
                 "title":"Sygeplejerske","active":true,
                 "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"department":"LAN-SYG"}}"""),
                langeland);
        assertThat(replaced.getStatus()).isEqualTo(200);
        assertThat(json(replaced.getContentAsString()).path("displayName").asText()).isEqualTo("Barbara Jensen-Holm");
        AuthenticatedAs.login(users, "admin");
        assertThat(organisations.person(personId).orElseThrow().unitName()).isEqualTo("Sygeplejen Langeland");
        AuthenticatedAs.logout();

        // RFC 7644 3.5.2: PATCH replace, as Entra ID sends it ("Replace", "False").
        var patched = send(patch("/scim/v2/Users/" + id).content("""
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"Replace","path":"active","value":"False"}]}"""), langeland);
        assertThat(patched.getStatus()).isEqualTo(200);
        assertThat(json(patched.getContentAsString()).path("active").asBoolean(true)).isFalse();
        assertThat(accounts.byId(personId).orElseThrow().active()).isFalse();
        AuthenticatedAs.login(users, "admin");
        assertThat(audit.forObject("Person", personId, 20)).anySatisfy(e -> {
            assertThat(e.getAction()).isEqualTo("PERSON_DEACTIVATED");
            assertThat(e.getActor()).startsWith("SCIM organisation " + langelandId);
        });
        AuthenticatedAs.logout();

        // PATCH without path, RFC style: back to active.
        send(patch("/scim/v2/Users/" + id).content("""
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"replace","value":{"active":true,"title":"Afdelingssygeplejerske"}}]}"""),
                langeland);
        assertThat(accounts.byId(personId).orElseThrow().active()).isTrue();

        // RFC 7644 3.6: DELETE; the portal deactivates and keeps the person.
        assertThat(send(delete("/scim/v2/Users/" + id), langeland).getStatus()).isEqualTo(204);
        assertThat(accounts.byId(personId).orElseThrow().active()).isFalse();
        assertThat(json(send(get("/scim/v2/Users/" + id), langeland).getContentAsString()).path("active")
                .asBoolean(true)).isFalse();
    }

    @Test
    void one_organisations_token_neither_sees_nor_changes_another_organisations_people() throws Exception {
        var created = json(send(post("/scim/v2/Users").content("""
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],
                 "userName":"lone@langeland.example","name":{"formatted":"Lone Lund"}}"""), langeland)
                .getContentAsString());
        var id = created.path("id").asText();

        assertThat(send(get("/scim/v2/Users/" + id), kerteminde).getStatus()).isEqualTo(404);
        assertThat(send(patch("/scim/v2/Users/" + id).content("""
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"replace","path":"active","value":false}]}"""), kerteminde).getStatus())
                .isEqualTo(404);
        assertThat(send(delete("/scim/v2/Users/" + id), kerteminde).getStatus()).isEqualTo(404);
        var filtered = json(send(get("/scim/v2/Users").param("filter", "userName eq \"lone@langeland.example\""),
                kerteminde).getContentAsString());
        assertThat(filtered.path("totalResults").asInt()).isZero();
        var all = json(send(get("/scim/v2/Users"), kerteminde).getContentAsString());
        assertThat(all.path("Resources")).extracting(n -> n.path("id").asText()).doesNotContain(id);
        assertThat(accounts.byId(Long.parseLong(id)).orElseThrow().active()).isTrue();
    }

    @Test
    void groups_are_the_organisations_units_and_adding_a_member_moves_the_person_there() throws Exception {
        unit(langelandId, "LAN-G1", "Gruppe-enhed 1");
        var created = json(send(post("/scim/v2/Users").content("""
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],
                 "userName":"grete@langeland.example","name":{"formatted":"Grete Gruppe"}}"""), langeland)
                .getContentAsString());
        var personId = created.path("id").asText();

        var groups = json(send(get("/scim/v2/Groups").param("filter", "displayName eq \"Gruppe-enhed 1\""),
                langeland).getContentAsString());
        assertThat(groups.path("totalResults").asInt()).isEqualTo(1);
        var group = groups.path("Resources").get(0);
        assertThat(group.path("externalId").asText()).isEqualTo("LAN-G1");
        var groupId = group.path("id").asText();

        var patched = send(patch("/scim/v2/Groups/" + groupId).content("""
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"add","path":"members","value":[{"value":"%s"}]}]}""".formatted(personId)),
                langeland);
        assertThat(patched.getStatus()).isEqualTo(200);
        assertThat(json(patched.getContentAsString()).path("members")).extracting(m -> m.path("value").asText())
                .contains(personId);
        assertThat(send(get("/scim/v2/Groups/" + groupId), kerteminde).getStatus()).isEqualTo(404);
        assertThat(accounts.byId(Long.parseLong(personId)).orElseThrow().roles()).containsExactly(Role.STAFF);
    }

    private org.springframework.mock.web.MockHttpServletResponse send(MockHttpServletRequestBuilder request,
            String token) throws Exception {
        return mvc.perform(request.header("Authorization", "Bearer " + token)
                .contentType("application/scim+json")).andReturn().getResponse();
    }

    private static JsonNode json(String body) throws Exception {
        return JsonUtils.getObjectReader().readTree(body);
    }

    private String unit(long organisationId, String code, String name) {
        AuthenticatedAs.login(users, "admin");
        try {
            units.create(organisationId, null, code, name, null);
            return code;
        } finally {
            AuthenticatedAs.logout();
        }
    }

    private long organisationId(String code) {
        AuthenticatedAs.login(users, "admin");
        try {
            return organisations.organisations().stream().filter(o -> o.code().equals(code)).findFirst()
                    .orElseThrow().id();
        } finally {
            AuthenticatedAs.logout();
        }
    }
}
