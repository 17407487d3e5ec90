package dk.sambo.portal.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dk.sambo.portal.organisation.LocalPasswordPolicy.WeakPasswordException;
import dk.sambo.portal.shared.i18n.PortalI18NProvider;

/**
 * ASVS 5.0 V6.2 for local accounts (issue 10): at least 15 characters, 128 allowed and never truncated, no
 * composition rules, no common or breached password and no context word, messages in Danish and English.
 */
class LocalPasswordPolicyTest {

    private final LocalPasswordPolicy policy = new LocalPasswordPolicy();

    @Test
    void fourteen_characters_are_too_few_and_fifteen_are_enough_without_any_composition_rule() {
        assertThat(reasons("tove", "grønne bølge x")).containsExactly("password.too-short");
        // Only small letters and spaces: no digit, capital or sign is asked for (ASVS 6.2.5).
        assertThatCode(() -> policy.check("tove", "grønne bølger x")).doesNotThrowAnyException();
    }

    @Test
    void sixty_four_and_up_to_128_characters_are_allowed_with_any_unicode_and_129_are_not() {
        assertThatCode(() -> policy.check("tove", "æøå ".repeat(16))).as("64 characters, 112 bytes")
                .doesNotThrowAnyException();
        assertThatCode(() -> policy.check("tove", "Ærø og Møn i maj 🌞 ".repeat(6) + "tak")).doesNotThrowAnyException();
        assertThatCode(() -> policy.check("tove", "x".repeat(127) + "y")).doesNotThrowAnyException();
        assertThat(reasons("tove", "x".repeat(128) + "y")).contains("password.too-long");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567890123456", "trustno1trustno1", "iloveyou12345678", "!!!!baseball2024!!",
            "qwertyuiopasdfghjkl"})
    void common_and_breached_passwords_are_refused_also_lengthened_with_digits_signs_or_repetition(String password) {
        assertThat(reasons("tove", password)).containsAnyOf("password.common", "password.context-word");
    }

    @ParameterizedTest
    @ValueSource(strings = {"mit-sambo-er-hemmeligt", "Region Syddanmark 2026!", "mit kodeord er langt nu",
            "Mit-Password-Er-Langt"})
    void context_words_are_refused_in_any_case(String password) {
        assertThat(reasons("tove", password)).contains("password.context-word");
    }

    @Test
    void the_user_name_is_refused_inside_the_password() {
        assertThat(reasons("birgitte.holm", "Birgitte.Holm på Sygeplejen")).contains("password.contains-username");
        assertThatCode(() -> policy.check("birgitte.holm", "Holm på Sygeplejen i Kolding")).doesNotThrowAnyException();
    }

    @Test
    void every_reason_is_given_at_once() {
        assertThat(reasons("demo", "demo")).contains("password.too-short", "password.common",
                "password.contains-username");
    }

    @Test
    void every_message_reads_in_danish_and_english_with_the_limits_filled_in() {
        var i18n = new PortalI18NProvider();
        var refusal = catchThrowableOfType(WeakPasswordException.class, () -> policy.check("demo", "demo"));
        for (var key : List.of("password.too-short", "password.too-long", "password.common", "password.context-word",
                "password.contains-username")) {
            for (var locale : PortalI18NProvider.LOCALES) {
                var text = i18n.getTranslation(key, locale, refusal.params());
                assertThat(text).as(key + " " + locale).isNotBlank().doesNotContain(key).doesNotContain("{");
            }
        }
        assertThat(i18n.getTranslation("password.too-short", PortalI18NProvider.DANISH, refusal.params()))
                .contains("mindst 15 tegn");
        assertThat(i18n.getTranslation("password.too-long", PortalI18NProvider.ENGLISH, refusal.params()))
                .contains("at most 128 characters");
    }

    private List<String> reasons(String username, String password) {
        var refusal = catchThrowableOfType(WeakPasswordException.class, () -> policy.check(username, password));
        assertThat(refusal).as("refused: " + password).isNotNull();
        return refusal.messageKeys();
    }
}
