package dk.sambo.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import dk.sambo.portal.PortalTest;

/**
 * The https side of the security headers, which the browser tests on plain http cannot see: HSTS is sent on an
 * answer served over https (behind the TLS proxy: a request the portal recognises as secure) and never over http;
 * the CSP nonce differs on every answer.
 */
@PortalTest
class SecurityHeadersTest {

    @Autowired
    WebApplicationContext web;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
    }

    @Test
    void hsts_is_sent_over_https_for_a_year_with_sub_domains_and_never_over_http() throws Exception {
        var https = mvc.perform(get("/ical/not-a-real-token-at-all-xxxxxxxx.ics").secure(true)).andReturn()
                .getResponse();
        assertThat(https.getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000 ; includeSubDomains");
        var http = mvc.perform(get("/ical/not-a-real-token-at-all-xxxxxxxx.ics")).andReturn().getResponse();
        assertThat(http.getHeader("Strict-Transport-Security")).isNull();
        assertThat(http.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void every_answer_gets_a_fresh_nonce() throws Exception {
        var first = mvc.perform(get("/ical/not-a-real-token-at-all-xxxxxxxx.ics")).andReturn().getResponse()
                .getHeader("Content-Security-Policy");
        var second = mvc.perform(get("/ical/not-a-real-token-at-all-xxxxxxxx.ics")).andReturn().getResponse()
                .getHeader("Content-Security-Policy");
        assertThat(first).contains("'nonce-").isNotEqualTo(second);
    }

    @Test
    void an_origin_of_another_host_or_a_cross_site_fetch_counts_as_another_site() {
        var own = new org.springframework.mock.web.MockHttpServletRequest("POST", "/login");
        own.setServerName("portal.example");
        own.addHeader("Origin", "https://portal.example");
        assertThat(LoginGuardFilter.fromAnotherSite(own)).isFalse();
        var noOrigin = new org.springframework.mock.web.MockHttpServletRequest("POST", "/login");
        noOrigin.setServerName("portal.example");
        assertThat(LoginGuardFilter.fromAnotherSite(noOrigin)).isFalse();
        var foreign = new org.springframework.mock.web.MockHttpServletRequest("POST", "/login");
        foreign.setServerName("portal.example");
        foreign.addHeader("Origin", "https://angriber.example");
        assertThat(LoginGuardFilter.fromAnotherSite(foreign)).isTrue();
        var opaque = new org.springframework.mock.web.MockHttpServletRequest("POST", "/login");
        opaque.setServerName("portal.example");
        opaque.addHeader("Origin", "null");
        assertThat(LoginGuardFilter.fromAnotherSite(opaque)).isTrue();
        var crossSite = new org.springframework.mock.web.MockHttpServletRequest("POST", "/login");
        crossSite.setServerName("portal.example");
        crossSite.addHeader("Sec-Fetch-Site", "cross-site");
        assertThat(LoginGuardFilter.fromAnotherSite(crossSite)).isTrue();
    }
}
