package dk.sambo.portal.qa.search;

import static dk.sambo.portal.qa.QaTestSupport.as;
import static dk.sambo.portal.qa.QaTestSupport.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import dk.sambo.portal.AuthenticatedAs;
import dk.sambo.portal.PortalTest;
import dk.sambo.portal.audit.AuditLog;
import dk.sambo.portal.qa.service.Asking;
import dk.sambo.portal.qa.service.QuestionRow;
import dk.sambo.portal.shared.RuleViolation;
import dk.sambo.portal.shared.privacy.PatientDataException;

/**
 * Issue 14: the synonym list is data the implementing level edits; a change counts for the next search without a
 * restart or a reindex, is audited without the words, and nobody else may change it.
 */
@PortalTest
class SearchSynonymsTest {

    @Autowired
    UserDetailsService users;
    @Autowired
    SearchSynonyms synonyms;
    @Autowired
    QuestionSearch search;
    @Autowired
    Asking asking;
    @Autowired
    AuditLog audit;

    @AfterEach
    void logout() {
        AuthenticatedAs.logout();
    }

    @Test
    void the_seeded_list_holds_the_domains_abbreviations() {
        as(users, "implementering");
        assertThat(synonyms.groups()).extracting(SearchSynonyms.Group::terms)
                .contains("udskrivning, udskrivelse", "plejeforløbsplan, PFP", "genoptræningsplan, GOP",
                        "Fælles Medicinkort, FMK");
    }

    @Test
    void a_new_group_counts_for_the_next_search_and_its_removal_too() {
        as(users, "hjemmehjaelper");
        long id = asking.ask(draft("Nattevagten i Vesterbølle får ingen besked", "Hvem ringer til os?",
                "COMMUNICATION"));
        assertThat(ids("aftenholdet Vesterbølle")).doesNotContain(id);

        as(users, "implementering");
        long group = synonyms.add("  nattevagten ,aftenholdet,  ");
        assertThat(synonyms.groups()).filteredOn(g -> g.id() == group).singleElement()
                .satisfies(g -> assertThat(g.terms()).isEqualTo("nattevagten, aftenholdet"));
        as(users, "admin");
        assertThat(audit.forObject("SearchSynonym", group, 5)).singleElement().satisfies(e -> {
            assertThat(e.getAction()).isEqualTo("SEARCH_SYNONYMS_ADDED");
            assertThat(e.getDetails()).isEqualTo("words=2").doesNotContain("nattevagten");
        });

        as(users, "sygeplejerske");
        assertThat(ids("aftenholdet Vesterbølle")).containsExactly(id);
        assertThat(search.similar("Aftenholdet i Vesterbølle", 5)).extracting(SimilarQuestion::id).contains(id);

        as(users, "admin");
        synonyms.change(group, "nattevagten, aftenvagten");
        as(users, "sygeplejerske");
        assertThat(ids("aftenholdet Vesterbølle")).doesNotContain(id);
        assertThat(ids("aftenvagten Vesterbølle")).containsExactly(id);

        as(users, "implementering");
        synonyms.remove(group);
        as(users, "admin");
        assertThat(audit.forObject("SearchSynonym", group, 5)).extracting(e -> e.getAction())
                .contains("SEARCH_SYNONYMS_CHANGED", "SEARCH_SYNONYMS_REMOVED");
        as(users, "sygeplejerske");
        assertThat(ids("aftenvagten Vesterbølle")).doesNotContain(id);
    }

    @Test
    void only_the_implementing_level_and_administrators_see_or_change_the_list() {
        for (var username : new String[] {"sygeplejerske", "kulturbaerer", "hjemmehjaelper"}) {
            as(users, username);
            assertThatThrownBy(() -> synonyms.groups()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> synonyms.add("a1b2c, d3e4f")).isInstanceOf(AccessDeniedException.class);
        }
        as(users, "admin");
        assertThat(synonyms.groups()).isNotEmpty();
    }

    @Test
    void a_group_needs_two_words_no_filler_words_and_no_cpr_number() {
        as(users, "implementering");
        assertThatThrownBy(() -> synonyms.add("kun-et-ord")).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("qa.synonyms.too-few");
        assertThatThrownBy(() -> synonyms.add("og, på")).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("qa.synonyms.stop-word");
        assertThatThrownBy(() -> synonyms.add("x".repeat(61) + ", kort")).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("qa.synonyms.term-too-long");
        assertThatThrownBy(() -> synonyms.add("borger 010203-1234, borgeren"))
                .isInstanceOf(PatientDataException.class);
    }

    private java.util.List<Long> ids(String text) {
        return search.search(SearchCriteria.text(text), 0, 20).stream().map(QuestionRow::id).toList();
    }
}
