package dk.sambo.portal.qa.service;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import dk.sambo.portal.notification.Notifications;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.PersonSummary;
import dk.sambo.portal.organisation.Role;
import dk.sambo.portal.organisation.ScopeType;
import dk.sambo.portal.qa.domain.FollowKind;
import dk.sambo.portal.qa.domain.FollowRepository;
import dk.sambo.portal.qa.domain.Guidance;
import dk.sambo.portal.qa.domain.Question;
import dk.sambo.portal.qa.domain.RouteRepository;

/**
 * Who hears of what happens to a question. Everything goes through {@link Notifications} (bell and e-mail);
 * the person who acted is never told of their own action. All notifications name the question as their
 * subject, so a redaction of the question wipes the title copied into them.
 */
@Component
class QaNotifier {

    static final String SUBJECT = "Question";
    static final String GUIDANCE_SUBJECT = "Guidance";

    private final Notifications notifications;
    private final FollowRepository follows;
    private final RouteRepository routes;
    private final OrganisationService organisations;
    private final QaClock clock;

    QaNotifier(Notifications notifications, FollowRepository follows, RouteRepository routes,
            OrganisationService organisations, QaClock clock) {
        this.notifications = notifications;
        this.follows = follows;
        this.routes = routes;
        this.organisations = organisations;
        this.clock = clock;
    }

    static String link(long questionId) {
        return "spoergsmaal/" + questionId;
    }

    void asked(Question q, Collection<Long> routedTo, String askerName) {
        send(routedTo, q.getAskerId(), "qa.notify.routed", q, askerName, q.getTitle());
        if (routedTo.isEmpty()) {
            // Nobody covers the unit: the implementing level should know before the question runs late.
            send(ids(clusterLevel(Role.IMPLEMENTING, q.getClusterId())), q.getAskerId(), "qa.notify.no-culture-bearer",
                    q, q.getTitle());
        }
        var interested = new LinkedHashSet<Long>(follows.findFollowers(FollowKind.TOPIC, List.of(q.getTopicCode())));
        if (!q.getTags().isEmpty()) {
            interested.addAll(follows.findFollowers(FollowKind.TAG, q.getTags()));
        }
        interested.removeAll(routedTo);
        send(interested, q.getAskerId(), "qa.notify.followed-new", q, q.getTitle());
    }

    void answered(Question q, long answererId, String answererName) {
        if (q.getAskerId() != answererId) {
            send(List.of(q.getAskerId()), answererId, "qa.notify.answered-yours", q, answererName, q.getTitle());
        }
        var others = questionFollowers(q);
        others.remove(q.getAskerId());
        send(others, answererId, "qa.notify.answered", q, answererName, q.getTitle());
    }

    void commented(Question q, @Nullable Long answerAuthorId, long commenterId, String commenterName) {
        var recipients = questionFollowers(q);
        recipients.add(q.getAskerId());
        if (answerAuthorId != null) {
            recipients.add(answerAuthorId);
        }
        send(recipients, commenterId, "qa.notify.commented", q, commenterName, q.getTitle());
    }

    void accepted(Question q, long answerAuthorId, long accepterId) {
        send(List.of(answerAuthorId), accepterId, "qa.notify.accepted", q, q.getTitle());
    }

    void reopened(Question q, long reopenerId) {
        var recipients = new LinkedHashSet<Long>(routes.findPersonIds(q.id()));
        recipients.addAll(questionFollowers(q));
        recipients.add(q.getAskerId());
        send(recipients, reopenerId, "qa.notify.reopened", q, q.getTitle());
    }

    void escalated(Question q) {
        var level = clusterLevel(Role.IMPLEMENTING, q.getClusterId());
        send(ids(level), -1, "qa.notify.escalated", q, q.getTitle());
        send(List.of(q.getAskerId()), -1, "qa.notify.escalated-asker", q, q.getTitle());
        send(routes.findPersonIds(q.id()), -1, "qa.notify.escalated-bearer", q, q.getTitle());
    }

    void raisedGeneral(Question q, long raiserId) {
        var strategic = ids(clusterLevel(Role.STRATEGIC, q.getClusterId()));
        send(strategic, raiserId, "qa.notify.general", q, q.getTitle());
        var others = questionFollowers(q);
        others.add(q.getAskerId());
        others.removeAll(strategic);
        send(others, raiserId, "qa.notify.general-followers", q, q.getTitle());
    }

    void decided(Question q, long deciderId) {
        var recipients = questionFollowers(q);
        recipients.add(q.getAskerId());
        if (q.getGeneralRaisedBy() != null) {
            recipients.add(q.getGeneralRaisedBy());
        }
        send(recipients, deciderId, "qa.notify.decided", q, q.getTitle());
    }

    void promoted(Question q, long promoterId) {
        var recipients = questionFollowers(q);
        recipients.add(q.getAskerId());
        recipients.addAll(follows.findFollowers(FollowKind.TOPIC, List.of(q.getTopicCode())));
        send(recipients, promoterId, "qa.notify.guidance", q, q.getTitle());
    }

    void moderated(Question q, long authorId, long moderatorId, boolean redacted) {
        send(List.of(authorId), moderatorId, redacted ? "qa.notify.redacted" : "qa.notify.hidden", q,
                q.isRedacted() ? "#" + q.id() : q.getTitle());
    }

    void guidanceDueForReview(Guidance g) {
        if (clock.replayingHistory()) {
            return;
        }
        for (var personId : ids(clusterLevel(Role.STRATEGIC, g.getClusterId()))) {
            notifications.send(personId, "qa.notify.guidance-review", List.of(g.getTitle()),
                    GuidanceService.link(g.id()), GUIDANCE_SUBJECT, g.id());
        }
    }

    /** The people at a level of the question's cluster; the region's level where the cluster has nobody. */
    List<PersonSummary> clusterLevel(Role role, @Nullable Long clusterId) {
        var holders = clusterId == null ? List.<PersonSummary>of()
                : organisations.roleHolders(role, ScopeType.CLUSTER, clusterId);
        return holders.isEmpty() ? organisations.roleHolders(role, ScopeType.REGION, null) : holders;
    }

    private Set<Long> questionFollowers(Question q) {
        return new LinkedHashSet<>(follows.findFollowers(FollowKind.QUESTION, List.of(Long.toString(q.id()))));
    }

    private static List<Long> ids(List<PersonSummary> people) {
        return people.stream().filter(PersonSummary::active).map(PersonSummary::id).toList();
    }

    private void send(Collection<Long> recipients, long actorId, String key, Question q, String... params) {
        if (clock.replayingHistory()) {
            return;
        }
        for (var personId : new LinkedHashSet<>(recipients)) {
            if (personId != actorId) {
                notifications.send(personId, key, List.of(params), link(q.id()), SUBJECT, q.id());
            }
        }
    }
}
