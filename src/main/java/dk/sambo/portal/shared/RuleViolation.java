package dk.sambo.portal.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.lang.Nullable;

/**
 * A request that breaks a rule of the service it was sent to, with every broken rule at once: each names the form
 * field it is about (or none, for the request as a whole), a translation key that says why in the reader's
 * language, and the key's parameters. Nothing was saved. This is the one rule-violation type of the portal; the
 * UI turns it into messages with {@code dk.sambo.portal.shared.ui.Feedback}.
 */
public class RuleViolation extends RuntimeException {

    /** One broken rule: the field it belongs to (null for the whole request), its message key and parameters. */
    public record Problem(@Nullable String field, String messageKey, List<Object> params) {

        public Problem {
            params = List.copyOf(params);
        }

        public Object[] paramArray() {
            return params.toArray();
        }
    }

    private final transient List<Problem> problems;

    /** One rule for the request as a whole. */
    public RuleViolation(String messageKey, Object... params) {
        this(List.of(new Problem(null, messageKey, Arrays.asList(params))));
    }

    public RuleViolation(List<Problem> problems) {
        super(describe(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a rule violation names at least one broken rule");
        }
        this.problems = List.copyOf(problems);
    }

    /** One rule about one field. */
    public static RuleViolation of(@Nullable String field, String messageKey, Object... params) {
        return new RuleViolation(List.of(new Problem(field, messageKey, Arrays.asList(params))));
    }

    /** Collects every broken rule of a request, to refuse it once with all of them. */
    public static Collector collect() {
        return new Collector();
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The first problem's message key (most violations hold one). */
    public String messageKey() {
        return problems.getFirst().messageKey();
    }

    /** The first problem's field, or null when it is about the request as a whole. */
    @Nullable
    public String field() {
        return problems.getFirst().field();
    }

    public Object[] params() {
        return problems.getFirst().paramArray();
    }

    private static String describe(List<Problem> problems) {
        return problems.stream()
                .map(p -> (p.field() == null ? "" : p.field() + ": ") + p.messageKey()
                        + (p.params().isEmpty() ? "" : " " + p.params()))
                .collect(Collectors.joining("; "));
    }

    /** Gathers problems; {@link #throwIfAny()} refuses the request with all of them. */
    public static final class Collector {

        private final List<Problem> problems = new ArrayList<>();

        private Collector() {
        }

        public Collector add(@Nullable String field, String messageKey, Object... params) {
            problems.add(new Problem(field, messageKey, Arrays.asList(params)));
            return this;
        }

        /** Adds the problem when the condition holds. */
        public Collector when(boolean broken, @Nullable String field, String messageKey, Object... params) {
            return broken ? add(field, messageKey, params) : this;
        }

        public boolean isEmpty() {
            return problems.isEmpty();
        }

        /** For a caller that always has problems to report: the violation to throw. */
        public RuleViolation toViolation() {
            if (problems.isEmpty()) {
                throw new IllegalStateException("no rule was broken");
            }
            return new RuleViolation(problems);
        }

        public void throwIfAny() {
            if (!problems.isEmpty()) {
                throw new RuleViolation(problems);
            }
        }
    }
}
