package dk.sambo.portal.training.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Danish and English say the same things, and every key the training code asks for exists. */
class TrainingTranslationsTest {

    private static Properties load(String language) throws IOException {
        var properties = new Properties();
        try (var in = TrainingTranslationsTest.class.getResourceAsStream("/i18n/training_" + language
                + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void danish_and_english_have_the_same_keys() throws IOException {
        assertThat(new TreeSet<>(load("en").stringPropertyNames()))
                .isEqualTo(new TreeSet<>(load("da").stringPropertyNames()));
    }

    @Test
    void every_key_in_the_code_and_every_enum_value_has_a_text() throws IOException {
        var da = load("da");
        var keys = new TreeSet<String>();
        for (var type : SessionType.values()) {
            keys.add("training.type." + type.name());
        }
        for (var audience : Audience.values()) {
            keys.add("training.audience." + audience.name());
        }
        for (var scope : SessionScope.values()) {
            keys.add("training.scope." + scope.name());
        }
        for (var status : RegistrationStatus.values()) {
            keys.add("training.status." + status.name());
            keys.add("training.my." + status.name());
        }
        for (var attendance : AttendanceStatus.values()) {
            keys.add("training.attendance." + attendance.name());
        }
        var literal = Pattern.compile("\"(training\\.[a-z0-9.\\-]*[a-z0-9])\"");
        try (var files = Files.walk(Path.of("src/main/java/dk/sambo/portal/training"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var matcher = literal.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        keys.removeIf(k -> k.equals("training.css") || k.startsWith("training.log.last-"));
        assertThat(keys).allSatisfy(key -> assertThat(da.getProperty(key)).as(key).isNotBlank());
    }
}
