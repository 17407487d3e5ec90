package dk.sambo.portal.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Each failsafe fork gets a PostgreSQL database of its own: the first the base database, the others {@code _itN}. */
class PostgresAvailableTest {

    @Test
    void the_first_fork_and_a_run_without_forks_use_the_base_database() {
        var base = "jdbc:postgresql://localhost:5432/sambo_test";

        assertThat(PostgresAvailable.forkUrl(base, null)).isEqualTo(base);
        assertThat(PostgresAvailable.forkUrl(base, "")).isEqualTo(base);
        assertThat(PostgresAvailable.forkUrl(base, "1")).isEqualTo(base);
    }

    @Test
    void a_second_fork_uses_the_base_name_with_it2_and_keeps_the_parameters() {
        assertThat(PostgresAvailable.forkUrl("jdbc:postgresql://localhost:5432/sambo_test", "2"))
                .isEqualTo("jdbc:postgresql://localhost:5432/sambo_test_it2");
        assertThat(PostgresAvailable.forkUrl("jdbc:postgresql://db.example:5433/portal_ci?ssl=false&tcpKeepAlive=true",
                "3")).isEqualTo("jdbc:postgresql://db.example:5433/portal_ci_it3?ssl=false&tcpKeepAlive=true");
    }

    @Test
    void a_url_without_a_database_name_is_refused_rather_than_shared() {
        assertThatThrownBy(() -> PostgresAvailable.forkUrl("jdbc:postgresql://localhost:5432/", "2"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
