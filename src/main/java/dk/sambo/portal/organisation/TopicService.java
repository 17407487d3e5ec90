package dk.sambo.portal.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.sambo.portal.audit.AuditLog;

/** The agreement's sections as topics. Everyone reads them; administrators edit them. */
@Service
@Transactional(readOnly = true)
public class TopicService {

    private final TopicRepository topics;
    private final AuditLog audit;

    TopicService(TopicRepository topics, AuditLog audit) {
        this.topics = topics;
        this.audit = audit;
    }

    public List<Topic> active() {
        return topics.findByActiveTrueOrderBySortOrder();
    }

    public List<Topic> all() {
        return topics.findAllByOrderBySortOrder();
    }

    public Optional<Topic> byCode(String code) {
        return topics.findByCode(code);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Topic save(Topic topic) {
        var saved = topics.save(topic);
        audit.record("TOPIC_SAVED", "Topic", saved.id(), saved.getCode());
        return saved;
    }
}
