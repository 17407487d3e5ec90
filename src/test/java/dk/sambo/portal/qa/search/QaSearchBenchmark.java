package dk.sambo.portal.qa.search;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import dk.sambo.portal.AuthenticatedAs;
import dk.sambo.portal.TestClock;
import dk.sambo.portal.TestClockConfiguration;
import dk.sambo.portal.qa.domain.QuestionStatus;
import dk.sambo.portal.qa.service.QuestionLists;

/**
 * The search benchmark (docs/benchmarks-qa.md): 100,000 questions and 300,000 answers, the full index rebuild,
 * and p50/p95 of the question list's search, of its count, of the ask form's similar-question lookup and of a
 * database-paged list. It prints figures; it asserts nothing and is not part of {@code ./mvnw verify} (the name
 * does not end in Test). Run it with
 * {@code ./mvnw test -Dtest=QaSearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@Import(TestClockConfiguration.class)
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:hsqldb:mem:sambo-benchmark;hsqldb.tx=mvcc",
        "spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem",
        "spring.jpa.properties.hibernate.search.backend.directory.root=target/qa-benchmark-index"})
class QaSearchBenchmark {

    static final int QUESTIONS = Integer.getInteger("qa.benchmark.questions", 100_000);
    static final int ANSWERS_PER_QUESTION = 3;
    static final int WARM_UP = 200;
    static final int RUNS = 1_000;

    // Words of the agreement's everyday language, common ones first: the generator draws more often from the top.
    private static final String[] WORDS = ("udskrivning indlæggelse plejeforløbsplan kommune sygehus borger "
            + "hjemmepleje hjemmesygepleje afdeling besked medicin weekend korrespondancemeddelelse svar "
            + "færdigbehandlet læge udskrivningsrapport aftale genoptræningsplan akutmodtagelse dag aften nat "
            + "telefon visitation kulturbærer leder sygeplejerske patient pårørende hjælpemidler transport "
            + "fredag lørdag søndag mandag ambulant forløb ambulatorium epikrise praktiserende indlæggelsesrapport "
            + "FMK dosisdispensering sår agrafer ilt ernæring sonde terminal palliation demens psykiatri "
            + "bosted akutteam observation tolk hjemmebesøg ergoterapeut fysioterapeut genoptræning "
            + "specialiseret almen kontaktperson vagtcentral nøgleboks udskrivelsesdato opdatering "
            + "meddelelse MedCom fejl kvittering systemforvalter frist svartid hverdag døgn timer "
            + "koordination konference samtale samtykke journal dokumentation ansvar betaling "
            + "færdigbehandlingsdage midlertidig plads aflastning rehabilitering blodprøver kontrol "
            + "kemoterapi dialyse telemedicin målinger KOL hjertesvigt diabetes insulin smerter fald "
            + "ambulance 1813 vagtlæge henvisning sundhedsklynge implementering monitorering grundprincipper "
            + "dialog fleksibilitet sammenhæng inddragelse behov indsats planlægning").split(" ");
    private static final String[] TOPICS = {"ADMISSION", "DISCHARGE", "OUTPATIENT", "EMERGENCY", "COMMUNICATION",
            "PRINCIPLES", "OTHER"};
    private static final String[] FILLER = ("hvem skal sende når der er en til om det hvordan kan vi må ved "
            + "efter før i på hos fra med uden også gælder hvad siger aftalen").split(" ");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    QuestionSearch search;
    @Autowired
    QuestionLists questionLists;
    @Autowired
    SearchIndexMaintenance index;

    private final Random random = new Random(42);

    /**
     * Each Spring context with Vaadin installs its own security-context strategy in the static
     * {@code SecurityContextHolder}; this class's own context would otherwise stay installed and the shared portal
     * test context would no longer see its logins. Put back whatever was there before.
     */
    private static final SecurityContextHolderStrategy OUTER_STRATEGY = SecurityContextHolder
            .getContextHolderStrategy();

    @AfterAll
    static void restoreSecurityContextStrategy() {
        SecurityContextHolder.setContextHolderStrategy(OUTER_STRATEGY);
    }

    @Test
    void benchmark() throws Exception {
        var people = jdbc.query("""
                select p.id, u.id, u.path, u.organisation_id, o.sector,
                       coalesce(u.cluster_id, (select min(oc.cluster_id) from organisation_cluster oc
                                               where oc.organisation_id = o.id))
                from person p join org_unit u on u.id = p.unit_id join organisation o on o.id = u.organisation_id
                """,
                (rs, i) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5), rs.getLong(6)});
        var start = TestClock.START;

        long t0 = System.nanoTime();
        var questionRows = new ArrayList<Object[]>();
        long firstId = jdbc.queryForObject("select coalesce(max(id), 0) + 1 from question", Long.class);
        for (int i = 0; i < QUESTIONS; i++) {
            var person = people.get(random.nextInt(people.size()));
            var asked = start.minus(Duration.ofMinutes(5L * (QUESTIONS - i)));
            int status = random.nextInt(10);
            questionRows.add(new Object[] {firstId + i, text(6, 12), text(30, 90), TOPICS[random.nextInt(TOPICS.length)],
                    person[0], person[1], person[2], person[3], person[5], person[4],
                    status < 1 ? "OPEN" : status < 3 ? "ANSWERED" : "RESOLVED", ts(asked),
                    ts(asked.plus(Duration.ofDays(3))), ts(asked.plus(Duration.ofHours(5))), ANSWERS_PER_QUESTION});
            if (questionRows.size() == 2_000) {
                insertQuestions(questionRows);
            }
        }
        insertQuestions(questionRows);
        var answerRows = new ArrayList<Object[]>();
        for (int i = 0; i < QUESTIONS; i++) {
            for (int a = 0; a < ANSWERS_PER_QUESTION; a++) {
                var person = people.get(random.nextInt(people.size()));
                answerRows.add(new Object[] {firstId + i, person[0], a == 0, text(25, 70),
                        ts(start.minus(Duration.ofMinutes(5L * (QUESTIONS - i) - 60L * (a + 1))))});
                if (answerRows.size() == 6_000) {
                    insertAnswers(answerRows);
                }
            }
        }
        insertAnswers(answerRows);
        var tagRows = new ArrayList<Object[]>();
        for (int i = 0; i < QUESTIONS; i += 3) {
            tagRows.add(new Object[] {firstId + i, WORDS[random.nextInt(40)].toLowerCase(Locale.ROOT)});
        }
        jdbc.batchUpdate("insert into question_tag (question_id, tag) values (?, ?)", tagRows);
        jdbc.execute("alter table question alter column id restart with " + (firstId + QUESTIONS));
        // One question in a hundred hidden by a moderator: culture bearers and the implementing level find the hidden
        // ones in their scope, so their searches ask which those are on every keystroke.
        int hidden = jdbc.update("update question set hidden = true where id >= ? and mod(id, 100) = 0", firstId);
        long loaded = System.nanoTime() - t0;

        AuthenticatedAs.login(users, "admin");
        var rebuild = index.rebuild();
        long indexed = index.indexedCount();

        AuthenticatedAs.login(users, "hjemmehjaelper");
        var searchPage = measure(() -> search.search(SearchCriteria.text(query()), 0, 20));
        var searchCount = measure(() -> search.count(SearchCriteria.text(query())));
        var filtered = measure(() -> search.search(new SearchCriteria(query(), TOPICS[random.nextInt(TOPICS.length)],
                QuestionStatus.RESOLVED, false, null, null, false, false, SearchCriteria.Order.RELEVANCE), 0, 20));
        var newest = measure(() -> search.search(SearchCriteria.all(), 20 * random.nextInt(50), 20));
        var similar = measure(() -> search.similar(title(), 5));
        AuthenticatedAs.login(users, "kulturbaerer");
        var similarAsBearer = measure(() -> search.similar(title(), 5));
        var searchAsBearer = measure(() -> search.search(SearchCriteria.text(query()), 0, 20));
        AuthenticatedAs.login(users, "sygeplejerske");
        long myCount = questionLists.countMine();
        var mine = measure(() -> questionLists.mine(20 * random.nextInt(10), 20));

        var report = String.join("\n",
                "",
                "=== Doubt-question search benchmark (" + Runtime.getRuntime().availableProcessors() + " cores, JDK "
                        + Runtime.version() + ") ===",
                String.format(Locale.ROOT, "data: %,d questions, %,d answers, %,d tags loaded in %.1f s",
                        QUESTIONS, QUESTIONS * ANSWERS_PER_QUESTION, tagRows.size(), loaded / 1e9)
                        + String.format(Locale.ROOT, ", %,d of them hidden", hidden),
                "load average (1, 5, 15 min) at the end: " + loadAverage(),
                String.format(Locale.ROOT, "full index rebuild (mass indexer): %.1f s, %,d documents in the index",
                        rebuild.toMillis() / 1e3, indexed),
                line("search, first page (20) with highlights", searchPage),
                line("search, total hit count", searchCount),
                line("search with topic and status filters", filtered),
                line("list without text, newest first, pages 1-50", newest),
                line("similar questions while typing (5)", similar),
                line("similar questions, as a culture bearer", similarAsBearer),
                line("search, first page, as a culture bearer", searchAsBearer),
                line("my questions (database paging, " + myCount + " questions)", mine),
                "index directory: " + Path.of("target/qa-benchmark-index").toAbsolutePath(),
                "");
        System.out.println(report);
        java.nio.file.Files.writeString(Path.of("target/qa-benchmark.txt"), report);
    }

    private static String loadAverage() {
        try {
            return String.join(" ", Arrays.copyOf(java.nio.file.Files.readString(Path.of("/proc/loadavg")).split(" "), 3));
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private void insertQuestions(List<Object[]> rows) {
        jdbc.batchUpdate("""
                insert into question (id, title, body, topic_code, asker_id, unit_id, unit_path, organisation_id,
                    cluster_id, sector, status, asked_at, due_at, last_activity_at, answer_count)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        rows.clear();
    }

    private void insertAnswers(List<Object[]> rows) {
        jdbc.batchUpdate("""
                insert into answer (question_id, author_id, by_culture_bearer, body, created_at)
                values (?, ?, ?, ?, ?)""", rows);
        rows.clear();
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    /** A word, the common ones far more often than the rare ones. */
    private String word() {
        double r = random.nextDouble();
        return WORDS[(int) (WORDS.length * r * r * r)];
    }

    private String text(int min, int max) {
        int n = min + random.nextInt(max - min + 1);
        var words = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                words.append(' ');
            }
            words.append(random.nextInt(3) == 0 ? FILLER[random.nextInt(FILLER.length)] : word());
        }
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1) + ".";
    }

    private String query() {
        int n = 1 + random.nextInt(3);
        var words = new ArrayList<String>();
        for (int i = 0; i < n; i++) {
            words.add(WORDS[random.nextInt(WORDS.length)]);
        }
        return String.join(" ", words);
    }

    /** A title as typed so far: a few words, the last one maybe half written. */
    private String title() {
        var words = text(3, 7).replace(".", "").split(" ");
        var last = words[words.length - 1];
        if (last.length() > 4 && random.nextBoolean()) {
            words[words.length - 1] = last.substring(0, 3 + random.nextInt(last.length() - 3));
        }
        return String.join(" ", words);
    }

    private long[] measure(Supplier<?> work) {
        for (int i = 0; i < WARM_UP; i++) {
            work.get();
        }
        var nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            work.get();
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static String line(String what, long[] sorted) {
        return String.format(Locale.ROOT, "%-48s p50 %6.1f ms   p95 %6.1f ms   p99 %6.1f ms   (%d runs)", what,
                sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.95)] / 1e6,
                sorted[(int) (sorted.length * 0.99)] / 1e6, sorted.length);
    }
}
