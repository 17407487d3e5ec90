package dk.sambo.portal.shared.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 12: every node has a name of its own, configured or host and port. */
class NodeIdentityTest {

    @Test
    void a_configured_node_name_is_used_as_given() {
        assertThat(new NodeIdentity(" web-1 ", "8080").name()).isEqualTo("web-1");
    }

    @Test
    void without_a_configured_name_two_nodes_on_one_host_differ_by_port() {
        var first = new NodeIdentity("", "8186");
        var second = new NodeIdentity("", "8196");

        assertThat(first.name()).endsWith(":8186").doesNotStartWith(":");
        assertThat(second.name()).endsWith(":8196");
        assertThat(first.name()).isNotEqualTo(second.name());
        assertThat(first.instance()).isNotEqualTo(second.instance());
    }
}
