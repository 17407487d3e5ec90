package dk.sambo.portal.qa.search.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SearchSynonymRepository extends JpaRepository<SearchSynonym, Long> {

    List<SearchSynonym> findAllByOrderByTermsAsc();
}
