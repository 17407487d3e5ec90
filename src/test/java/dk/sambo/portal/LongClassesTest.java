package dk.sambo.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * Issue 16: a class a newcomer opens should fit in one reading. Every top-level main class of more than
 * {@value #LIMIT} source lines (its file, counted as it is on disk) says why in its javadoc, in a sentence starting
 * {@value #MARKER}; otherwise it is split. The classes come from ArchUnit's import of the compiled main classes, the
 * line counts from their source files under {@code src/main/java}.
 */
class LongClassesTest {

    static final int LIMIT = 300;
    static final String MARKER = "Long because";
    private static final Path SOURCES = Path.of("src/main/java");
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dk.sambo.portal");

    @Test
    void every_main_class_over_300_lines_says_in_its_javadoc_why_it_is_long() {
        classes().that().areTopLevelClasses().should(new ArchCondition<JavaClass>(
                "have at most " + LIMIT + " source lines or a javadoc sentence '" + MARKER + " ...'") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                var file = source(type);
                if (file == null) {
                    return;
                }
                var lines = read(file);
                boolean fine = lines.size() <= LIMIT || hasReason(lines, type.getSimpleName());
                events.add(new SimpleConditionEvent(type, fine, type.getName() + " has " + lines.size()
                        + " lines and no '" + MARKER + "' in its javadoc: split it or say why (" + file + ")"));
            }
        }).because("classes over ~300 lines are split or say why (issue 16)").check(CLASSES);
    }

    @Test
    void the_reason_must_stand_in_the_class_javadoc_not_elsewhere_in_the_file() {
        var withReason = List.of("package x;", "/**", " * Does one thing.", " *", " * <p>Long because the", " * table is.",
                " */", "public final class Big {", "}");
        var inAMethodsJavadoc = List.of("package x;", "/** Does one thing. */", "class Big {",
                "    /** Long because of this method. */", "    void m() {", "    }", "}");
        var noJavadoc = List.of("package x;", "// Long because", "record Big(int a) {", "}");
        assertThat(hasReason(withReason, "Big")).isTrue();
        assertThat(hasReason(inAMethodsJavadoc, "Big")).isFalse();
        assertThat(hasReason(noJavadoc, "Big")).isFalse();
    }

    @Test
    void the_source_files_are_found_so_the_rule_does_not_pass_by_reading_nothing() {
        var files = CLASSES.stream().filter(JavaClass::isTopLevelClass).map(LongClassesTest::source)
                .filter(f -> f != null).distinct().toList();
        assertThat(files).hasSizeGreaterThan(100);
        assertThat(files.stream().filter(f -> read(f).size() > LIMIT)).as("long classes the rule checks")
                .isNotEmpty();
    }

    /** Whether the javadoc right before the type's declaration has the marker (across line breaks). */
    static boolean hasReason(List<String> lines, String simpleName) {
        var declaration = Pattern.compile("^(\\s*(public|protected|private|abstract|final|sealed|non-sealed|static)\\s+)*"
                + "(class|interface|record|enum|@interface)\\s+" + Pattern.quote(simpleName) + "\\b");
        int at = -1;
        for (int i = 0; i < lines.size() && at < 0; i++) {
            if (declaration.matcher(lines.get(i)).find()) {
                at = i;
            }
        }
        int end = -1;
        for (int i = at - 1; i >= 0 && end < 0; i--) {
            var line = lines.get(i).strip();
            if (line.endsWith("*/")) {
                end = i;
            } else if (!line.startsWith("@") && !line.isEmpty() && !line.startsWith("//")) {
                return false;
            }
        }
        int start = -1;
        for (int i = end; i >= 0 && start < 0; i--) {
            if (lines.get(i).strip().startsWith("/**")) {
                start = i;
            }
        }
        if (at < 0 || end < 0 || start < 0) {
            return false;
        }
        var javadoc = String.join(" ", lines.subList(start, end + 1).stream()
                .map(l -> l.strip().replaceFirst("^/?\\*+/?", "").strip()).toList());
        return javadoc.contains(MARKER);
    }

    private static Path source(JavaClass type) {
        var name = type.getSource().flatMap(s -> s.getFileName());
        if (name.isEmpty()) {
            return null;
        }
        var file = SOURCES.resolve(type.getPackageName().replace('.', '/')).resolve(name.get());
        return Files.isRegularFile(file) ? file : null;
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
