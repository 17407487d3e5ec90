package dk.sambo.portal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.DependencyType;

/**
 * The module dependencies that Spring Modulith found in the code, as a Mermaid flowchart in Markdown (written to
 * {@code docs/modules/README.md} by {@link ArchitectureTest}): a solid arrow where a module calls or uses another's
 * types, a dotted one where it only listens to the other's events. Sorted, so an unchanged structure writes the same
 * file.
 */
final class ModuleDiagram {

    private ModuleDiagram() {
    }

    static String markdown(ApplicationModules modules) {
        var sorted = modules.stream().sorted(Comparator.comparing(ApplicationModule::getIdentifier,
                Comparator.comparing(Object::toString))).toList();
        var out = new StringBuilder("""
                # Module diagram (generated)

                Written by `ArchitectureTest.writes_the_module_diagram_into_the_docs` from the code on every build:
                do not edit by hand. Solid arrow: uses the other module's API (calls, types); dotted: only listens to
                its events. `shared` is the open kernel every module may use; its arrows are left out. Spring
                Modulith's own PlantUML diagrams are beside this file: `components.puml` (all modules) and
                `module-<name>.puml` (one module and its neighbours).

                ```mermaid
                flowchart TD
                """);
        for (var module : sorted) {
            out.append("    ").append(id(module)).append("[\"").append(module.getIdentifier()).append("<br/><small>")
                    .append(module.getDisplayName().replace("\"", "'")).append("</small>\"]\n");
        }
        for (var module : sorted) {
            // A target is only listened to when every type this module uses from it is an event it listens to.
            var eventTypes = new HashMap<String, Set<String>>();
            var usedTypes = new HashMap<String, Set<String>>();
            module.getDirectDependencies(modules).stream().forEach(d -> {
                var target = d.getTargetModule();
                if (target.equals(module) || target.getIdentifier().toString().equals("shared")) {
                    return;
                }
                var into = d.getDependencyType() == DependencyType.EVENT_LISTENER ? eventTypes : usedTypes;
                into.computeIfAbsent(id(target), t -> new TreeSet<>()).add(d.getTargetType().getName());
            });
            var listens = new TreeSet<String>();
            var uses = new TreeSet<String>();
            usedTypes.forEach((target, types) -> {
                if (eventTypes.getOrDefault(target, Set.of()).containsAll(types)) {
                    listens.add(target);
                } else {
                    uses.add(target);
                }
            });
            eventTypes.keySet().stream().filter(t -> !usedTypes.containsKey(t)).forEach(listens::add);
            listens.removeAll(uses);
            uses.forEach(t -> out.append("    ").append(id(module)).append(" --> ").append(t).append('\n'));
            listens.forEach(t -> out.append("    ").append(id(module)).append(" -.-> ").append(t).append('\n'));
        }
        out.append("```\n\n| module | display name | depends on (shared included) |\n|---|---|---|\n");
        for (var module : sorted) {
            var targets = module.getDirectDependencies(modules).uniqueModules().filter(m -> !m.equals(module))
                    .map(m -> m.getIdentifier().toString()).sorted().collect(Collectors.joining(", "));
            out.append("| `").append(module.getIdentifier()).append("` | ").append(module.getDisplayName())
                    .append(" | ").append(targets).append(" |\n");
        }
        return out.toString();
    }

    /**
     * Sorts the {@code Rel(...)} lines of every PlantUML file in {@code folder}: Modulith writes them in an order that
     * changes from run to run, which made every build rewrite the committed diagrams with nothing changed.
     */
    static void sortRelations(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            for (var file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                var lines = Files.readAllLines(file);
                var relations = lines.stream().filter(l -> l.startsWith("Rel(")).sorted().iterator();
                var sorted = lines.stream().map(l -> l.startsWith("Rel(") ? relations.next() : l).toList();
                Files.write(file, sorted);
            }
        }
    }

    private static String id(ApplicationModule module) {
        return module.getIdentifier().toString().replaceAll("[^A-Za-z0-9]", "_");
    }
}
