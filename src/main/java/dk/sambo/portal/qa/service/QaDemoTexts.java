package dk.sambo.portal.qa.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;

/**
 * The texts of the demo questions ({@code qa/demo-questions.txt}) as {@link QaDemoData} replays them: each base
 * question with its topic, tags, who asks it ({@code who}: the kind of unit), up to three wordings, the answer and
 * what else happens to it (a colleague's answer, a comment, lifted as general with a decision, promoted). Lines
 * start with a key ({@code Q:} title, {@code B:} body, {@code A:} answer, ...); {@code ===} starts a question.
 */
final class QaDemoTexts {

    private QaDemoTexts() {
    }

    record Variant(String title, String body) {
    }

    static final class Base {
        String topic = "";
        List<String> tags = List.of();
        char who = 'K';
        final List<Variant> variants = new ArrayList<>();
        String answer = "";
        @Nullable String colleagueAnswer;
        @Nullable String comment;
        @Nullable String generalReason;
        @Nullable String decision;
        boolean promote;
    }

    static List<Base> parse() {
        var bases = new ArrayList<Base>();
        try (var reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("qa/demo-questions.txt").getInputStream(), StandardCharsets.UTF_8))) {
            Base base = null;
            String title = null;
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("=== ")) {
                    base = new Base();
                    bases.add(base);
                    var parts = line.substring(4).split("\\|");
                    base.topic = parts[0].strip();
                    base.tags = List.of(parts[1].strip().split("\\s*,\\s*"));
                    base.who = parts[2].strip().charAt(0);
                    continue;
                }
                int colon = line.indexOf(": ");
                var key = line.substring(0, colon);
                var value = line.substring(colon + 2).strip();
                switch (key) {
                    case "Q", "Q2", "Q3" -> title = value;
                    case "B", "B2", "B3" -> base.variants.add(new Variant(title, value));
                    case "A" -> base.answer = value;
                    case "X" -> base.colleagueAnswer = value;
                    case "C" -> base.comment = value;
                    case "G" -> base.generalReason = value;
                    case "D" -> base.decision = value;
                    case "V" -> base.promote = true;
                    default -> throw new IllegalStateException("Unknown line in demo questions: " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bases;
    }
}
