package dk.sambo.portal.load;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The walk a person makes, as the issue measured it: login, Min side, the question list, a search, one question,
 * the calendar and the overview. Each step's answer must hold the step's own Danish heading, read from the
 * portal's translation files (not a copy of the words), or the step counts as an error.
 */
final class Journey {

    /** The steps, in order; {@link #LOGIN} and {@link #START} are page loads, the rest router navigations. */
    enum Step {
        LOGIN, START, QUESTIONS, SEARCH, QUESTION, CALENDAR, OVERVIEW
    }

    /** Accounts that see every step (the overview is for the management levels). */
    static final List<String> ACCOUNTS = List.of("strategisk", "direktoer", "leder", "politiker");
    static final String PASSWORD = "demo";
    static final String SEARCH_TERM = "udskrivning";

    private static final Pattern QUESTION_LINK = Pattern.compile("spoergsmaal/(\\d+)");
    private static final Properties DANISH = load("foundation", "qa", "training", "overview");

    private final UidlSession session;
    private String questionId = "";

    Journey(UidlSession session) {
        this.session = session;
    }

    /** Runs one step and checks its answer; {@code afterStep} is told each step as it ends. */
    void run(Step step, String account) {
        switch (step) {
            case LOGIN -> expect(step, session.login(account, PASSWORD), heading("login.title"));
            case START -> expect(step, session.load("", ""), heading("start.heading"));
            case QUESTIONS -> remember(expect(step, session.navigate("spoergsmaal", ""), heading("qa.list.title")));
            case SEARCH -> remember(expect(step, session.navigate("spoergsmaal", "q=" + SEARCH_TERM),
                    heading("qa.list.title")));
            case QUESTION -> {
                if (questionId.isEmpty()) {
                    throw new UidlSession.LoadFailure("no question link in the list to open");
                }
                expect(step, session.navigate("spoergsmaal/" + questionId, ""), heading("qa.question.back"));
            }
            case CALENDAR -> expect(step, session.navigate("kalender", ""), heading("training.calendar.heading"));
            case OVERVIEW -> expect(step, session.navigate("overblik", ""), heading("overview.title"));
        }
    }

    /** One pass of every step, login first. */
    void pass(String account, Consumer<Step> beforeStep, Consumer<Step> afterStep) {
        for (var step : Step.values()) {
            beforeStep.accept(step);
            run(step, account);
            afterStep.accept(step);
        }
    }

    private String remember(String answer) {
        var matcher = QUESTION_LINK.matcher(answer);
        if (matcher.find()) {
            questionId = matcher.group(1);
        }
        return answer;
    }

    private static String expect(Step step, String answer, String text) {
        if (!answer.contains(text)) {
            throw new UidlSession.LoadFailure(step + ": \"" + text + "\" not in the answer "
                    + UidlSession.abbreviate(answer));
        }
        return answer;
    }

    /** The Danish text of a key up to its first placeholder ("Velkommen, {0}" gives "Velkommen, "). */
    static String heading(String key) {
        var text = DANISH.getProperty(key);
        if (text == null) {
            throw new IllegalStateException("no Danish text for " + key);
        }
        int placeholder = text.indexOf('{');
        return placeholder > 0 ? text.substring(0, placeholder) : text;
    }

    private static Properties load(String... bundles) {
        var properties = new Properties();
        for (var bundle : bundles) {
            try (var in = Journey.class.getResourceAsStream("/i18n/" + bundle + "_da.properties")) {
                if (in == null) {
                    throw new IllegalStateException("no translations " + bundle);
                }
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return properties;
    }
}
