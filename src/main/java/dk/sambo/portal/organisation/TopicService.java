package dk.sambo.portal.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import dk.sambo.portal.organisation.domain.TopicRepository;

/** The agreement's sections as topics. Everyone reads them (they are reference data loaded by migrations). */
@Service
@Transactional(readOnly = true)
public class TopicService {

    private final TopicRepository topics;

    TopicService(TopicRepository topics) {
        this.topics = topics;
    }

    public List<TopicSummary> active() {
        return topics.findByActiveTrueOrderBySortOrder().stream().map(TopicSummary::of).toList();
    }

    public List<TopicSummary> all() {
        return topics.findAllByOrderBySortOrder().stream().map(TopicSummary::of).toList();
    }

    public Optional<TopicSummary> byCode(String code) {
        return topics.findByCode(code).map(TopicSummary::of);
    }
}
