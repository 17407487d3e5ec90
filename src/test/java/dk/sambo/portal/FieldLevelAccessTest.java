package dk.sambo.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import dk.sambo.portal.ScopeCallers.Boundary;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.PersonAccounts;
import dk.sambo.portal.qa.domain.PostType;
import dk.sambo.portal.qa.search.QuestionSearch;
import dk.sambo.portal.qa.search.SearchCriteria;
import dk.sambo.portal.qa.service.AnswerView;
import dk.sambo.portal.qa.service.Answering;
import dk.sambo.portal.qa.service.Asking;
import dk.sambo.portal.qa.service.CommentView;
import dk.sambo.portal.qa.service.Moderation;
import dk.sambo.portal.qa.service.PostHistory;
import dk.sambo.portal.qa.service.QuestionDraft;
import dk.sambo.portal.qa.service.QuestionEditing;
import dk.sambo.portal.qa.service.QuestionReadModel;
import dk.sambo.portal.qa.service.QuestionRow;
import dk.sambo.portal.shared.RuleViolation;

/**
 * The field-level rules of docs/security.md ("Field-level rules", ASVS 8.1.2 and 8.2.3) at the service level: what
 * of a post a reader gets depends on who they are, not only whether they may open the page.
 * <p>
 * The posts belong to a question asked in Hjemmeplejen Kolding Syd (Kolding Kommune, cluster Lillebælt). Its
 * moderators are the culture bearers covering that unit ({@code cb@ORG}), Lillebælt's implementing level
 * ({@code implementering}) and administrators. A culture bearer of another unit of the same municipality
 * ({@code kulturbaerer}, Sygeplejen Kolding) and one of another cluster ({@code kulturbaerer2}) moderate nothing
 * there, so they read that a post was hidden, never what it said or why.
 */
@PortalTest
class FieldLevelAccessTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    UserDetailsService users;
    @Autowired
    PersonAccounts accounts;
    @Autowired
    OrganisationService organisation;
    @Autowired
    Asking asking;
    @Autowired
    Answering answering;
    @Autowired
    Moderation moderation;
    @Autowired
    QuestionReadModel readModel;
    @Autowired
    QuestionEditing editing;
    @Autowired
    PostHistory history;
    @Autowired
    QuestionSearch search;

    private ScopeCallers callers;
    private long asker;
    private long question;
    private long answer;
    private long comment;
    private String word;

    @BeforeEach
    void aQuestionWithAHiddenAnswerAndAHiddenComment() {
        callers = new ScopeCallers(users, accounts, organisation);
        asker = callers.person("staff", Boundary.OTHER_UNIT_SAME_ORGANISATION);
        word = "Feltniveau" + SEQUENCE.incrementAndGet();
        callers.loginPerson(asker);
        question = asking.ask(new QuestionDraft("Hvem sender plejeforløbsplanen ved " + word + "?", "", "DISCHARGE",
                List.of(), null, null));
        callers.login("sygeplejerske");
        answer = answering.answer(question, "Hjemmeplejen sender den, skrevet i vrede.");
        // An edit gives the answer a history, whose earlier text is as hidden as the answer.
        editing.editAnswer(answer, readModel.details(question).orElseThrow().answers().getFirst().version(),
                "Hjemmeplejen sender den, skrevet i vrede og rettet.");
        callers.loginPerson(asker);
        comment = answering.comment(question, null, "Tak, men det er ikke rart sagt.");
        callers.login("implementering");
        moderation.hide(PostType.ANSWER, answer, "Ubehagelig tone");
        moderation.hide(PostType.COMMENT, comment, "Uden for emnet");
    }

    @AfterEach
    void logout() {
        AuthenticatedAs.logout();
    }

    /** Reader, whether they read the hidden answer's text, reason and history, and the hidden comment's. */
    @ParameterizedTest(name = "{0} reads hidden answer: {1}, hidden comment: {2}")
    @CsvSource({
            // the answer's author (not the comment's): their own words and why they were hidden
            "sygeplejerske,  true,  false",
            // the comment's author (the asker, not the answer's)
            "asker,          false, true",
            // the question's moderators
            "cb@ORG,         true,  true",
            "implementering, true,  true",
            "admin,          true,  true",
            // culture bearers who moderate nothing here, the asker's line manager, the strategic level
            "kulturbaerer,   false, false",
            "kulturbaerer2,  false, false",
            "lm@ORG,         false, false",
            "strategisk,     false, false"})
    void a_hidden_posts_text_reason_and_history_go_only_to_its_author_and_the_questions_moderators(String reader,
            boolean readsAnswer, boolean readsComment) {
        loginAs(reader);
        var page = readModel.details(question).orElseThrow();
        AnswerView shownAnswer = page.answers().stream().filter(a -> a.id() == answer).findFirst().orElseThrow();
        CommentView shownComment = page.comments().stream().filter(c -> c.id() == comment).findFirst().orElseThrow();

        assertThat(shownAnswer.hidden()).isTrue();
        assertThat(shownComment.hidden()).isTrue();
        if (readsAnswer) {
            assertThat(shownAnswer.body()).isEqualTo("Hjemmeplejen sender den, skrevet i vrede og rettet.");
            assertThat(shownAnswer.hiddenReason()).isEqualTo("Ubehagelig tone");
            assertThat(history.history(PostType.ANSWER, answer)).extracting(r -> r.body())
                    .containsExactly("Hjemmeplejen sender den, skrevet i vrede.");
        } else {
            assertThat(shownAnswer.body()).isEmpty();
            assertThat(shownAnswer.hiddenReason()).isNull();
            assertThatThrownBy(() -> history.history(PostType.ANSWER, answer))
                    .isInstanceOf(AccessDeniedException.class);
        }
        if (readsComment) {
            assertThat(shownComment.body()).isEqualTo("Tak, men det er ikke rart sagt.");
            assertThat(shownComment.hiddenReason()).isEqualTo("Uden for emnet");
        } else {
            assertThat(shownComment.body()).isEmpty();
            assertThat(shownComment.hiddenReason()).isNull();
        }
    }

    /** Reader, whether they find and open the question once it is hidden. */
    @ParameterizedTest(name = "{0} finds and opens a hidden question: {1}")
    @CsvSource({"asker, true", "cb@ORG, true", "implementering, true", "admin, true", "kulturbaerer, false",
            "kulturbaerer2, false", "lm@ORG, false", "sygeplejerske, false"})
    void a_hidden_question_exists_only_for_its_asker_and_its_moderators(String reader, boolean finds) {
        callers.login("implementering");
        moderation.hide(PostType.QUESTION, question, "Navn på en borger i teksten");

        loginAs(reader);
        var found = search.search(SearchCriteria.text(word), 0, 20).stream().map(QuestionRow::id).toList();
        var similar = search.similar("Hvem sender plejeforløbsplanen ved " + word, 10).stream()
                .map(s -> s.id()).toList();
        if (finds) {
            assertThat(found).containsExactly(question);
            assertThat(readModel.details(question)).get()
                    .satisfies(q -> assertThat(q.hiddenReason()).isEqualTo("Navn på en borger i teksten"));
        } else {
            assertThat(found).isEmpty();
            assertThat(similar).doesNotContain(question);
            assertThat(readModel.details(question)).isEmpty();
            // "Not found", as for a question that does not exist: a hidden one does not leak by its error either.
            assertThatThrownBy(() -> history.history(PostType.QUESTION, question)).isInstanceOf(RuleViolation.class)
                    .hasMessageContaining("qa.error.not-found");
        }
    }

    /** Redaction removes a text for everyone: no role reads it afterwards, not even who redacted it. */
    @Test
    void a_redacted_answer_and_its_history_are_read_by_nobody() {
        callers.login("implementering");
        moderation.redact(PostType.ANSWER, answer, "Fejlagtig oplysning");
        for (var reader : List.of("implementering", "admin", "sygeplejerske", "cb@ORG")) {
            loginAs(reader);
            var shown = readModel.details(question).orElseThrow().answers().stream().filter(a -> a.id() == answer)
                    .findFirst().orElseThrow();
            assertThat(shown.redacted()).as(reader).isTrue();
            assertThat(shown.body()).as(reader).doesNotContain("vrede");
            assertThat(history.history(PostType.ANSWER, answer)).as(reader)
                    .allSatisfy(r -> assertThat(r.body()).doesNotContain("vrede"));
        }
    }

    /**
     * Writing at field level: an edit takes the form's fields only (title, text, topic, tags, what it concerns).
     * Who asked, from which unit, in which cluster, its status and its due time are the portal's, whoever edits.
     */
    @Test
    void an_edit_changes_the_forms_fields_only_never_who_asked_where_its_status_or_due_time() {
        callers.login("cb@ORG");
        var before = readModel.details(question).orElseThrow();
        editing.edit(question, before.version(), new QuestionDraft("Hvem sender planen? " + word, "Ved 20 timer.",
                "OTHER", List.of("pfp"), null, null));
        var after = readModel.details(question).orElseThrow();
        assertThat(after.title()).isEqualTo("Hvem sender planen? " + word);
        assertThat(after.topicCode()).isEqualTo("OTHER");
        assertThat(after.asker().id()).isEqualTo(asker).isEqualTo(before.asker().id());
        assertThat(after.unitName()).isEqualTo(before.unitName()).isEqualTo("Hjemmeplejen Kolding Syd");
        assertThat(after.organisationName()).isEqualTo(before.organisationName());
        assertThat(after.clusterName()).isEqualTo(before.clusterName());
        assertThat(after.status()).isEqualTo(before.status());
        assertThat(after.askedAt()).isEqualTo(before.askedAt());
        assertThat(after.dueAt()).isEqualTo(before.dueAt());
    }

    private void loginAs(String reader) {
        if (reader.equals("asker")) {
            callers.loginPerson(asker);
        } else {
            callers.login(reader);
        }
    }
}
