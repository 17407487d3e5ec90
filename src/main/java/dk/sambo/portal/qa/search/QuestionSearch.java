package dk.sambo.portal.qa.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.sambo.portal.organisation.Role;
import dk.sambo.portal.qa.domain.Follow;
import dk.sambo.portal.qa.domain.FollowKind;
import dk.sambo.portal.qa.domain.FollowRepository;
import dk.sambo.portal.qa.domain.GuidanceRepository;
import dk.sambo.portal.qa.domain.Question;
import dk.sambo.portal.qa.domain.QuestionRepository;
import dk.sambo.portal.qa.domain.QuestionStatus;
import dk.sambo.portal.qa.service.QaAccess;
import dk.sambo.portal.qa.service.QaClock;
import dk.sambo.portal.qa.service.QaRows;
import dk.sambo.portal.qa.service.QaText;
import dk.sambo.portal.qa.service.QuestionDraft;
import dk.sambo.portal.qa.service.QuestionRow;

/**
 * Danish full-text search over questions (titles, bodies, visible answers, tags) with filters, two orders,
 * highlighted snippets and paging in the index; and the ask form's "similar questions" while typing. Both find
 * words with a typo and the words of the synonym list (issue 14, {@link TextPredicates}). Hidden
 * questions are found only by moderators and their askers.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class QuestionSearch {

    private static final int SNIPPET_SIZE = 180;

    @PersistenceContext
    private EntityManager entityManager;

    private final QuestionRepository questions;
    private final FollowRepository follows;
    private final GuidanceRepository guidance;
    private final QaAccess access;
    private final QaRows rows;
    private final QaClock clock;
    private final SearchSynonyms synonyms;

    QuestionSearch(QuestionRepository questions, FollowRepository follows, GuidanceRepository guidance,
            QaAccess access, QaRows rows, QaClock clock, SearchSynonyms synonyms) {
        this.questions = questions;
        this.follows = follows;
        this.guidance = guidance;
        this.access = access;
        this.rows = rows;
        this.clock = clock;
        this.synonyms = synonyms;
    }

    /** One page of questions matching the criteria, with highlighted title and snippet where text was searched. */
    public List<QuestionRow> search(SearchCriteria criteria, int offset, int limit) {
        var session = session();
        var filter = filter(session, criteria);
        if (!criteria.hasText()) {
            List<Long> ids = session.search(Question.class)
                    .select(f -> f.id(Long.class))
                    .where(filter)
                    .sort(f -> criteria.order() == SearchCriteria.Order.LATEST_ACTIVITY
                            ? f.field("lastActivityAt").desc().then().field("askedAt").desc()
                            : f.field("askedAt").desc())
                    .fetchHits(offset, limit);
            return rows.of(load(ids));
        }
        var text = searchable(criteria.text());
        var parsed = SearchText.of(text, synonyms.current());
        List<List<?>> hits = session.search(Question.class)
                .select(f -> f.composite().from(f.id(Long.class), f.highlight("title").highlighter("title"),
                        f.highlight("body"), f.highlight("answers")).asList())
                .where(f -> f.bool().must(TextPredicates.list(f, text, parsed)).filter(filter))
                .highlighter(f -> f.fastVector().tag(QaText.MARK_START, QaText.MARK_END)
                        .fragmentSize(SNIPPET_SIZE).numberOfFragments(1).noMatchSize(0))
                .highlighter("title", f -> f.fastVector().tag(QaText.MARK_START, QaText.MARK_END)
                        .fragmentSize(QuestionDraft.TITLE_MAX + 50).numberOfFragments(1)
                        .noMatchSize(QuestionDraft.TITLE_MAX + 50))
                .sort(f -> criteria.order() == SearchCriteria.Order.RELEVANCE
                        ? f.score().then().field("askedAt").desc()
                        : criteria.order() == SearchCriteria.Order.LATEST_ACTIVITY
                                ? f.field("lastActivityAt").desc()
                                : f.field("askedAt").desc())
                .fetchHits(offset, limit);
        var ids = new ArrayList<Long>();
        var highlights = new HashMap<Long, QaRows.Highlight>();
        for (var hit : hits) {
            var id = (Long) hit.get(0);
            ids.add(id);
            var snippet = first(hit.get(2));
            if (snippet == null) {
                snippet = first(hit.get(3));
            }
            highlights.put(id, new QaRows.Highlight(first(hit.get(1)), snippet));
        }
        return rows.of(load(ids), highlights);
    }

    public long count(SearchCriteria criteria) {
        var session = session();
        var filter = filter(session, criteria);
        if (!criteria.hasText()) {
            return session.search(Question.class).where(filter).fetchTotalHitCount();
        }
        var text = searchable(criteria.text());
        var parsed = SearchText.of(text, synonyms.current());
        return session.search(Question.class)
                .where(f -> f.bool().must(TextPredicates.list(f, text, parsed)).filter(filter))
                .fetchTotalHitCount();
    }

    /**
     * Up to {@code limit} existing questions like a title being typed, answered ones first: the best matches by
     * relevance on titles, tags and bodies (the last word also as the start of a title word, since it may be half
     * typed), then answered and resolved before open ones.
     */
    public List<SimilarQuestion> similar(String title, int limit) {
        var text = searchable(QaText.cleanLine(title));
        if (text.length() < 3) {
            return List.of();
        }
        var session = session();
        var visibility = visibility(session);
        var parsed = SearchText.of(text, synonyms.current());
        // The last word may be half typed: it also counts as a prefix of a title word.
        var words = DanishAnalysis.transliterated(text).split("[^\\p{L}\\p{N}]+");
        var last = words.length == 0 ? "" : words[words.length - 1];
        List<Long> ids = session.search(Question.class)
                .select(f -> f.id(Long.class))
                .where(f -> {
                    var bool = f.bool()
                            .should(f.match().field("title").matching(text).boost(3f)
                                    .minimumShouldMatch(m -> m.ifMoreThan(2).thenRequirePercent(50)))
                            .should(f.match().field("tagText").matching(text).boost(1.5f))
                            .should(f.match().field("body").matching(text).boost(0.5f)
                                    .minimumShouldMatch(m -> m.ifMoreThan(2).thenRequirePercent(60)));
                    if (last.length() >= 3) {
                        bool.should(f.prefix().field("title").matching(last).boost(1.5f));
                    }
                    TextPredicates.similar(f, bool, parsed);
                    return bool.minimumShouldMatchNumber(1).filter(visibility);
                })
                .fetchHits(limit * 2);
        if (ids.isEmpty()) {
            return List.of();
        }
        var byId = load(ids);
        var withGuidance = new HashSet<>(guidance.findQuestionIdsWithGuidance(ids));
        var rank = new HashMap<Long, Integer>();
        for (int i = 0; i < ids.size(); i++) {
            rank.put(ids.get(i), i);
        }
        return byId.stream()
                .filter(q -> !q.isRedacted())
                .limit(limit)
                .sorted(Comparator.comparing((Question q) -> q.getStatus() == QuestionStatus.OPEN)
                        .thenComparing(q -> rank.get(q.id())))
                .map(q -> new SimilarQuestion(q.id(), q.getTitle(), q.getStatus(), q.getAnswerCount(),
                        withGuidance.contains(q.id())))
                .toList();
    }

    /**
     * The search text as searched: at most {@link SearchCriteria#TEXT_MAX} characters and
     * {@link SearchCriteria#WORDS_MAX} words (the rest is ignored), so no input can exceed Lucene's clause limit.
     */
    static String searchable(@Nullable String raw) {
        var text = raw == null ? "" : raw.strip();
        if (text.length() > SearchCriteria.TEXT_MAX) {
            text = text.substring(0, SearchCriteria.TEXT_MAX);
        }
        var words = text.split("\\s+");
        if (words.length > SearchCriteria.WORDS_MAX) {
            text = String.join(" ", java.util.Arrays.copyOf(words, SearchCriteria.WORDS_MAX));
        }
        return text.strip();
    }

    private SearchPredicate filter(SearchSession session, SearchCriteria criteria) {
        var f = session.scope(Question.class).predicate();
        var me = access.me();
        var bool = f.bool().filter(visibility(session));
        if (criteria.topicCode() != null) {
            bool.filter(f.match().field("topicCode").matching(criteria.topicCode()));
        }
        if (criteria.overdueOnly()) {
            bool.filter(f.match().field("status").matching(QuestionStatus.OPEN));
            bool.filter(f.range().field("dueAt").lessThan(clock.now()));
        } else if (criteria.status() != null) {
            bool.filter(f.match().field("status").matching(criteria.status()));
        }
        if (criteria.sector() != null) {
            bool.filter(f.match().field("sectors").matching(criteria.sector().name()));
        }
        if (criteria.organisationId() != null) {
            bool.filter(f.match().field("organisations").matching(criteria.organisationId()));
        }
        if (criteria.mineOnly()) {
            bool.filter(f.match().field("askerId").matching(me));
        }
        if (criteria.followedOnly()) {
            bool.filter(followed(f, me));
        }
        return bool.toPredicate();
    }

    /** Questions, topics and tags the person follows. */
    private SearchPredicate followed(SearchPredicateFactory f, long me) {
        var questionIds = targets(me, FollowKind.QUESTION, Long::valueOf);
        var topics = targets(me, FollowKind.TOPIC, Function.identity());
        var tags = targets(me, FollowKind.TAG, Function.identity());
        var any = f.bool();
        any.should(f.id().matchingAny(questionIds.isEmpty() ? List.of(-1L) : questionIds));
        if (!topics.isEmpty()) {
            any.should(f.terms().field("topicCode").matchingAny(topics));
        }
        if (!tags.isEmpty()) {
            any.should(f.terms().field("tag").matchingAny(tags));
        }
        return any.toPredicate();
    }

    private <T> List<T> targets(long me, FollowKind kind, Function<String, T> convert) {
        return follows.findByPersonIdAndKindOrderByTarget(me, kind).stream().map(Follow::getTarget).map(convert)
                .toList();
    }

    private SearchPredicate visibility(SearchSession session) {
        var f = session.scope(Question.class).predicate();
        if (access.roles().contains(Role.ADMIN)) {
            return f.matchAll().toPredicate();
        }
        var visible = f.or().add(f.match().field("hidden").matching(false))
                .add(f.match().field("askerId").matching(access.me()));
        var moderated = access.moderatedHiddenQuestionIds();
        if (!moderated.isEmpty()) {
            visible.add(f.id().matchingAny(moderated));
        }
        return visible.toPredicate();
    }

    /** The questions in the order of the ids (the index's order). */
    private List<Question> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Question> byId = questions.findAllById(ids).stream()
                .collect(Collectors.toMap(Question::id, q -> q));
        return ids.stream().map(byId::get).filter(q -> q != null).toList();
    }

    private static @Nullable String first(Object highlights) {
        if (highlights instanceof List<?> list && !list.isEmpty() && list.getFirst() instanceof String s
                && !s.isBlank()) {
            return s;
        }
        return null;
    }

    private SearchSession session() {
        return Search.session(entityManager);
    }
}
