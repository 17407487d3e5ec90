package dk.sambo.portal.qa.search;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import dk.sambo.portal.audit.AuditLog;
import dk.sambo.portal.qa.search.domain.SearchSynonym;
import dk.sambo.portal.qa.search.domain.SearchSynonymRepository;
import dk.sambo.portal.qa.service.QaAccess;
import dk.sambo.portal.qa.service.QaClock;
import dk.sambo.portal.shared.RuleViolation;
import dk.sambo.portal.shared.privacy.PatientDataGuard;

/**
 * The search's domain synonym list (issue 14), kept as data and edited by the implementing level or an
 * administrator: groups of words and phrases that mean the same. Searches expand with it at query time, so a change
 * takes effect at once on this node and within {@link #REFRESH} on the others, with no restart and no reindex.
 * Every change is audited (the number of words, never the words: audit details copy no free text).
 */
@Service
@Transactional
public class SearchSynonyms {

    /** How long a node uses the list it read before it reads it again (an edit on the node itself: at once). */
    static final Duration REFRESH = Duration.ofSeconds(30);
    public static final int TERMS_MAX = 300;
    public static final int TERM_MAX = 60;
    public static final String FIELD = "terms";

    /** One group as the editor shows it. */
    public record Group(long id, String terms, Instant updatedAt) {
    }

    private final SearchSynonymRepository repository;
    private final AuditLog audit;
    private final QaAccess access;
    private final QaClock clock;
    private volatile @Nullable Loaded loaded;

    private record Loaded(Synonyms synonyms, long atNanos) {
    }

    SearchSynonyms(SearchSynonymRepository repository, AuditLog audit, QaAccess access, QaClock clock) {
        this.repository = repository;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('IMPLEMENTING', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<Group> groups() {
        return repository.findAllByOrderByTermsAsc().stream()
                .map(s -> new Group(s.id(), s.getTerms(), s.getUpdatedAt())).toList();
    }

    @PreAuthorize("hasAnyRole('IMPLEMENTING', 'ADMIN')")
    public long add(String terms) {
        var normalised = validated(terms);
        var saved = repository.save(new SearchSynonym(normalised, clock.now(), access.me()));
        audit.record("SEARCH_SYNONYMS_ADDED", "SearchSynonym", saved.id(), "words=" + count(normalised));
        changed();
        return saved.id();
    }

    @PreAuthorize("hasAnyRole('IMPLEMENTING', 'ADMIN')")
    public void change(long id, String terms) {
        var normalised = validated(terms);
        var synonym = repository.findById(id).orElseThrow(() -> new RuleViolation("qa.synonyms.gone"));
        synonym.change(normalised, clock.now(), access.me());
        audit.record("SEARCH_SYNONYMS_CHANGED", "SearchSynonym", id, "words=" + count(normalised));
        changed();
    }

    @PreAuthorize("hasAnyRole('IMPLEMENTING', 'ADMIN')")
    public void remove(long id) {
        var synonym = repository.findById(id).orElseThrow(() -> new RuleViolation("qa.synonyms.gone"));
        repository.delete(synonym);
        audit.record("SEARCH_SYNONYMS_REMOVED", "SearchSynonym", id, "words=" + count(synonym.getTerms()));
        changed();
    }

    /** The list as searches use it: read again after {@link #REFRESH}, or at once after an edit on this node. */
    @Transactional(readOnly = true)
    Synonyms current() {
        var now = System.nanoTime();
        var cached = loaded;
        if (cached != null && now - cached.atNanos() < REFRESH.toNanos()) {
            return cached.synonyms();
        }
        var fresh = Synonyms.of(repository.findAll().stream().map(SearchSynonym::getTerms).toList());
        loaded = new Loaded(fresh, now);
        return fresh;
    }

    /** Trimmed, joined with ", "; at least two words or phrases, none too long, no CPR number. */
    private static String validated(String terms) {
        PatientDataGuard.check(FIELD, terms);
        var parts = Synonyms.split(terms);
        var problems = new ArrayList<RuleViolation.Problem>();
        if (parts.size() < 2) {
            problems.add(new RuleViolation.Problem(FIELD, "qa.synonyms.too-few", List.of()));
        }
        if (parts.stream().anyMatch(p -> p.length() > TERM_MAX)) {
            problems.add(new RuleViolation.Problem(FIELD, "qa.synonyms.term-too-long", List.of(TERM_MAX)));
        }
        if (parts.stream().anyMatch(p -> DanishAnalysis.terms(p).isEmpty())) {
            problems.add(new RuleViolation.Problem(FIELD, "qa.synonyms.stop-word", List.of()));
        }
        var joined = String.join(", ", parts);
        if (joined.length() > TERMS_MAX) {
            problems.add(new RuleViolation.Problem(FIELD, "qa.synonyms.too-long", List.of(TERMS_MAX)));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        return joined;
    }

    private static int count(String terms) {
        return Synonyms.split(terms).size();
    }

    /** Forgets the list now and again after the commit, so no search keeps the old one. */
    private void changed() {
        loaded = null;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    loaded = null;
                }
            });
        }
    }
}
