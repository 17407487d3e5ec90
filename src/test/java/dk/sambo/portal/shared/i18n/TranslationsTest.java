package dk.sambo.portal.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dk.sambo.portal.organisation.KnowledgeTarget;
import dk.sambo.portal.organisation.Role;
import dk.sambo.portal.organisation.ScopeType;

/**
 * Every visible text comes from the translation files, in Danish and English. Fails on a key missing in one
 * language, on a key used in code but defined nowhere, and on literal text handed to a component in a view.
 */
class TranslationsTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Pattern KEY_USE = Pattern.compile(
            "(?:getTranslation|StartCard\\.t)\\(\\s*\"([A-Za-z0-9][A-Za-z0-9.\\-_]*)\"\\s*[,)]");
    private static final Pattern MENU_TITLE = Pattern.compile("@Menu\\([^)]*title\\s*=\\s*\"([^\"]+)\"");
    /**
     * Component constructors and setters that show text to a person, called with a literal containing a letter.
     * (An Anchor's first argument is its address, so Anchor is not listed.)
     */
    private static final Pattern LITERAL_TEXT = Pattern.compile(
            "(?:new (?:Span|H1|H2|H3|H4|H5|H6|Paragraph|Button|TextField|TextArea|ComboBox|Select|"
                    + "Checkbox|DatePicker|Tab|ListItem|NativeLabel|Details|MenuItem|SideNavItem)\\(|"
                    + "\\.(?:setText|setLabel|setPlaceholder|setHeader|setHelperText|setHeaderTitle|setTitle|"
                    + "setErrorMessage|setAriaLabel|show)\\()\\s*\"([^\"]*\\p{L}[^\"]*)\"");

    private final Map<String, String> danish = PortalI18NProvider.load("da");
    private final Map<String, String> english = PortalI18NProvider.load("en");

    @Test
    void danish_and_english_have_the_same_keys() {
        assertThat(new TreeSet<>(english.keySet())).isEqualTo(new TreeSet<>(danish.keySet()));
    }

    @Test
    void no_translation_is_empty() {
        assertThat(danish.entrySet()).noneMatch(e -> e.getValue().isBlank());
        assertThat(english.entrySet()).noneMatch(e -> e.getValue().isBlank());
    }

    @Test
    void every_text_with_a_parameter_is_an_icu_message_that_formats_in_its_language() {
        var broken = new TreeSet<String>();
        for (var language : List.of(danish, english)) {
            var locale = language == danish ? PortalI18NProvider.DANISH : PortalI18NProvider.ENGLISH;
            language.forEach((key, text) -> {
                if (text.contains("{")) {
                    try {
                        new com.ibm.icu.text.MessageFormat(text, locale).format(new Object[] {1, 2, 3, 4, 5});
                    } catch (IllegalArgumentException e) {
                        broken.add(key + " (" + locale + "): " + e.getMessage());
                    }
                }
            });
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void counts_use_plural_messages_not_choice_formats() {
        assertThat(danish.entrySet()).noneMatch(e -> e.getValue().contains(",choice,"));
        assertThat(english.entrySet()).noneMatch(e -> e.getValue().contains(",choice,"));
    }

    @Test
    void every_key_used_in_code_exists() throws IOException {
        var missing = new TreeSet<String>();
        for (var file : javaFiles()) {
            var source = Files.readString(file);
            for (var pattern : List.of(KEY_USE, MENU_TITLE)) {
                var m = pattern.matcher(source);
                while (m.find()) {
                    if (!danish.containsKey(m.group(1))) {
                        missing.add(m.group(1) + " (" + MAIN.relativize(file) + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void every_role_target_and_scope_has_a_name() {
        var keys = new ArrayList<String>();
        for (var r : Role.values()) {
            keys.add("role." + r.name());
        }
        for (var t : KnowledgeTarget.values()) {
            keys.add("target." + t.name());
        }
        for (var s : ScopeType.values()) {
            keys.add("scope." + s.name());
        }
        assertThat(danish.keySet()).containsAll(keys);
    }

    @Test
    void views_contain_no_literal_user_facing_text() throws IOException {
        var found = new ArrayList<String>();
        // Language names are shown in their own language on purpose (LanguageSwitch).
        var allowed = Set.of("Dansk", "English");
        for (var file : javaFiles()) {
            var lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                var m = LITERAL_TEXT.matcher(lines.get(i));
                while (m.find()) {
                    // Addresses (links, a URL placeholder) are not text.
                    var literal = m.group(1);
                    if (!allowed.contains(literal) && !literal.startsWith("/") && !literal.startsWith("mailto:")
                            && !literal.startsWith("https://")) {
                        found.add(MAIN.relativize(file) + ":" + (i + 1) + " \"" + m.group(1) + "\"");
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void the_check_itself_catches_literal_text_and_unknown_keys() {
        // Guard against a pattern that silently matches nothing.
        assertThat(LITERAL_TEXT.matcher("add(new Span(\"Hej verden\"));").find()).isTrue();
        assertThat(LITERAL_TEXT.matcher("button.setText(\"Gem\");").find()).isTrue();
        assertThat(LITERAL_TEXT.matcher("add(new Span(getTranslation(\"x\")));").find()).isFalse();
        var m = KEY_USE.matcher("getTranslation(\"start.heading\", name)");
        assertThat(m.find()).isTrue();
        assertThat(m.group(1)).isEqualTo("start.heading");
        assertThat(KEY_USE.matcher("getTranslation(\"role.\" + r.name())").find()).isFalse();
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }
}
