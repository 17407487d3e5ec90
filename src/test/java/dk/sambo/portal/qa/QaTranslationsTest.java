package dk.sambo.portal.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import com.ibm.icu.text.MessageFormat;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dk.sambo.portal.organisation.Sector;
import dk.sambo.portal.qa.domain.QuestionStatus;
import dk.sambo.portal.qa.search.SearchCriteria;
import dk.sambo.portal.shared.i18n.PortalI18NProvider;

/**
 * Every text key the doubt questions and notifications use exists in Danish and English, and every text with
 * parameters is a valid MessageFormat pattern.
 */
class QaTranslationsTest {

    private static final Pattern KEY = Pattern.compile("\"((?:qa|notification)\\.[a-zA-Z0-9.\\-]+[a-zA-Z0-9])\"");

    @Test
    void every_key_used_in_the_code_exists_in_both_languages() throws IOException {
        var danish = PortalI18NProvider.load("da");
        var english = PortalI18NProvider.load("en");
        var used = new TreeSet<String>();
        for (var root : new String[] {"src/main/java/dk/sambo/portal/qa", "src/main/java/dk/sambo/portal/notification"}) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    var matcher = KEY.matcher(Files.readString(file));
                    while (matcher.find()) {
                        used.add(matcher.group(1));
                    }
                }
            }
        }
        // Keys built from a prefix and an enum.
        for (var s : QuestionStatus.values()) {
            used.add("qa.status." + s.name());
        }
        for (var s : Sector.values()) {
            used.add("qa.sector." + s.name());
        }
        for (var o : SearchCriteria.Order.values()) {
            used.add("qa.order." + o.name());
        }
        used.removeIf(k -> k.endsWith(".css"));
        assertThat(used).hasSizeGreaterThan(150);
        assertThat(used).allSatisfy(key -> {
            assertThat(danish).as("Danish " + key).containsKey(key);
            assertThat(english).as("English " + key).containsKey(key);
        });
    }

    @Test
    void danish_and_english_have_the_same_keys_and_valid_patterns() {
        var danish = PortalI18NProvider.load("da");
        var english = PortalI18NProvider.load("en");
        var ours = danish.keySet().stream().filter(k -> k.startsWith("qa.") || k.startsWith("notification."))
                .toList();
        for (var key : ours) {
            assertThat(english).as(key).containsKey(key);
            if (danish.get(key).contains("{0")) {
                new MessageFormat(danish.get(key), Locale.of("da")).format(new Object[] {1, 2, 3});
                new MessageFormat(english.get(key), Locale.ENGLISH).format(new Object[] {1, 2, 3});
            } else {
                assertThat(danish.get(key) + english.get(key)).as(key + " has no parameters: one apostrophe")
                        .doesNotContain("''");
            }
        }
    }
}
