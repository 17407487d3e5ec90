package dk.sambo.portal.training.ui;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.constraints.Range;
import org.jspecify.annotations.Nullable;

import dk.sambo.portal.organisation.PersonSummary;
import dk.sambo.portal.shared.ui.Formats;
import dk.sambo.portal.training.domain.Audience;
import dk.sambo.portal.training.domain.SessionData;
import dk.sambo.portal.training.domain.SessionInfo;
import dk.sambo.portal.training.domain.SessionScope;
import dk.sambo.portal.training.domain.SessionType;

/**
 * What the session form edits, bound field by field ({@code shared.ui.Forms.binder}). The rules on single fields are
 * here, with translation keys as messages, so the form shows them all at once before asking the service; rules
 * across fields (end after start, a place or a link, ...) come back from the service, also all at once, under the
 * property names used here, which are those of {@link SessionData}.
 */
public class SessionForm {

    /** A place a session can be for, with a readable label. */
    public record ScopeOption(SessionScope scope, long id, String label) {
    }

    private static final String REQUIRED = "training.error.required";
    private static final String TOO_LONG = "training.error.too-long";

    @NotNull(message = REQUIRED)
    private @Nullable SessionType type;
    @NotNull(message = REQUIRED)
    private @Nullable ScopeOption scope;
    @NotBlank(message = REQUIRED)
    @Size(max = SessionData.TITLE_MAX, message = TOO_LONG)
    private String title = "";
    @Size(max = SessionData.DESCRIPTION_MAX, message = TOO_LONG)
    private String description = "";
    @NotNull(message = REQUIRED)
    private @Nullable LocalDateTime start;
    @NotNull(message = REQUIRED)
    private @Nullable LocalDateTime end;
    @Size(max = SessionData.PLACE_MAX, message = TOO_LONG)
    private String place = "";
    @Size(max = SessionData.LINK_MAX, message = TOO_LONG)
    @Pattern(regexp = "\\s*|\\s*(?i)https?://\\S+\\s*", message = "training.error.link-invalid")
    private String onlineLink = "";
    @NotEmpty(message = "training.error.audience-required")
    private Set<Audience> audiences = EnumSet.noneOf(Audience.class);
    @NotNull(message = REQUIRED)
    @Range(min = 1, max = SessionData.CAPACITY_MAX, message = "training.error.capacity-range")
    private @Nullable Integer capacity;
    private @Nullable LocalDateTime signupDeadline;
    private boolean approvalRequired;
    private Set<PersonSummary> organisers = new HashSet<>();

    /** The form as an existing session fills it; {@code scope} is the option that names its place. */
    static SessionForm of(SessionInfo s, @Nullable ScopeOption scope, Set<PersonSummary> organisers) {
        var form = new SessionForm();
        form.type = s.type();
        form.scope = scope;
        form.title = s.title();
        form.description = s.description() == null ? "" : s.description();
        form.start = LocalDateTime.ofInstant(s.start(), Formats.zone());
        form.end = LocalDateTime.ofInstant(s.end(), Formats.zone());
        form.place = s.place() == null ? "" : s.place();
        form.onlineLink = s.onlineLink() == null ? "" : s.onlineLink();
        form.audiences = EnumSet.copyOf(s.audiences());
        form.capacity = s.capacity();
        form.signupDeadline = s.signupDeadline().equals(s.start()) ? null
                : LocalDateTime.ofInstant(s.signupDeadline(), Formats.zone());
        form.approvalRequired = s.approvalRequired();
        form.organisers = new HashSet<>(organisers);
        return form;
    }

    /** What the service gets; call only on a form that passed its own rules. */
    SessionData toData() {
        return new SessionData(type, title, description, start.atZone(Formats.zone()).toInstant(),
                end.atZone(Formats.zone()).toInstant(), place, onlineLink, scope.scope(), scope.id(),
                Set.copyOf(audiences), capacity, signupDeadline == null ? null
                        : signupDeadline.atZone(Formats.zone()).toInstant(),
                approvalRequired, organisers.stream().map(PersonSummary::id).toList());
    }

    public @Nullable SessionType getType() { return type; }
    public void setType(@Nullable SessionType type) { this.type = type; }
    public @Nullable ScopeOption getScope() { return scope; }
    public void setScope(@Nullable ScopeOption scope) { this.scope = scope; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public @Nullable LocalDateTime getStart() { return start; }
    public void setStart(@Nullable LocalDateTime start) { this.start = start; }
    public @Nullable LocalDateTime getEnd() { return end; }
    public void setEnd(@Nullable LocalDateTime end) { this.end = end; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getOnlineLink() { return onlineLink; }
    public void setOnlineLink(String onlineLink) { this.onlineLink = onlineLink; }
    public Set<Audience> getAudiences() { return audiences; }
    public void setAudiences(Set<Audience> audiences) { this.audiences = audiences; }
    public @Nullable Integer getCapacity() { return capacity; }
    public void setCapacity(@Nullable Integer capacity) { this.capacity = capacity; }
    public @Nullable LocalDateTime getSignupDeadline() { return signupDeadline; }
    public void setSignupDeadline(@Nullable LocalDateTime signupDeadline) { this.signupDeadline = signupDeadline; }
    public boolean isApprovalRequired() { return approvalRequired; }
    public void setApprovalRequired(boolean approvalRequired) { this.approvalRequired = approvalRequired; }
    public Set<PersonSummary> getOrganisers() { return organisers; }
    public void setOrganisers(Set<PersonSummary> organisers) { this.organisers = organisers; }
}
