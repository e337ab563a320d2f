package io.relais.timeline.entity;

import io.relais.shared.Channel;
import io.relais.shared.Ids;
import io.relais.timeline.boundary.CallOutcome;
import io.relais.timeline.boundary.DeliveryStatus;
import io.relais.timeline.boundary.Direction;
import io.relais.timeline.boundary.InteractionKind;
import io.relais.timeline.boundary.PromiseState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One thing that happened between the customer and the company, on one channel. The pair
 * (channel, provider message id) is unique so that a redelivered message is recorded once.
 */
@Entity
@Table(name = "tl_interaction")
public class Interaction {

    @Id
    private UUID id;

    @Column(name = "conversation_id", nullable = false)
    private UUID conversationId;

    @Column(name = "customer_id", nullable = false)
    private UUID customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Direction direction;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private InteractionKind kind;

    @Column(name = "provider_message_id", length = 255)
    private String providerMessageId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "body_text", length = 1_000_000)
    private String text;

    /** The identity of the customer it came through, for inbound messages; an unmerge follows it. */
    @Column(name = "via_identity_id")
    private UUID viaIdentityId;

    /** The staff member who wrote or recorded it. */
    @Column(length = 100)
    private String author;

    /** Sanitised before it is stored: safe to show as it is. */
    @Column(name = "body_html", length = 1_000_000)
    private String html;

    @Column(name = "call_duration_seconds")
    private Integer callDurationSeconds;

    @Enumerated(EnumType.STRING)
    @Column(name = "call_outcome", length = 32)
    private CallOutcome callOutcome;

    @Column(name = "letter_received_on")
    private LocalDate letterReceivedOn;

    /** The registered letter's number (numéro de recommandé). */
    @Column(name = "registered_number", length = 64)
    private String registeredNumber;

    /** Where the scan of a letter is kept. */
    @Column(name = "scan_ref", length = 500)
    private String scanRef;

    @Column(name = "promise_due_at")
    private Instant promiseDueAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "promise_state", length = 16)
    private PromiseState promiseState;

    @Column(name = "survey_score")
    private Integer surveyScore;

    @Column(name = "page_url", length = 2000)
    private String pageUrl;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_status", length = 16)
    private DeliveryStatus deliveryStatus;

    @Column(name = "delivery_detail", length = 1000)
    private String deliveryDetail;

    @Column(name = "delivery_updated_at")
    private Instant deliveryUpdatedAt;

    protected Interaction() {
    }

    public Interaction(UUID conversationId, UUID customerId, Channel channel, Direction direction,
                       InteractionKind kind, String providerMessageId, Instant occurredAt, String text) {
        this.id = Ids.newId();
        this.conversationId = conversationId;
        this.customerId = customerId;
        this.channel = channel;
        this.direction = direction;
        this.kind = kind;
        this.providerMessageId = providerMessageId;
        this.occurredAt = occurredAt;
        this.text = text;
    }

    public void cameThrough(UUID identityId) {
        viaIdentityId = identityId;
    }

    public void writtenBy(String staff) {
        author = staff;
    }

    public void withHtml(String sanitisedHtml) {
        html = sanitisedHtml;
    }

    public void call(Integer durationSeconds, CallOutcome outcome) {
        callDurationSeconds = durationSeconds;
        callOutcome = outcome;
    }

    public void letter(LocalDate receivedOn, String registeredNumber, String scanRef) {
        this.letterReceivedOn = receivedOn;
        this.registeredNumber = registeredNumber;
        this.scanRef = scanRef;
    }

    public void promise(Instant dueAt) {
        promiseDueAt = dueAt;
        promiseState = PromiseState.PENDING;
    }

    public void settlePromise(PromiseState state) {
        promiseState = state;
    }

    public void surveyScore(Integer score) {
        surveyScore = score;
    }

    /** A later report never goes back: a late "sent" does not undo "delivered" or "failed". */
    public boolean delivery(DeliveryStatus status, String detail, Instant at) {
        if (deliveryStatus != null && deliveryStatus.ordinal() > status.ordinal()) {
            return false;
        }
        deliveryStatus = status;
        deliveryDetail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
        deliveryUpdatedAt = at;
        return true;
    }

    public DeliveryStatus getDeliveryStatus() {
        return deliveryStatus;
    }

    public String getDeliveryDetail() {
        return deliveryDetail;
    }

    public void pageViewed(String url) {
        pageUrl = url;
    }

    /** Moves it, with its customer, to another conversation: by an agent, a merge or an unmerge. */
    public void placeIn(UUID conversationId, UUID customerId) {
        this.conversationId = conversationId;
        this.customerId = customerId;
    }

    /** Removes what the customer said or what was said of him; the facts for reports stay. */
    public void erasePersonalContent() {
        text = null;
        html = null;
        scanRef = null;
        registeredNumber = null;
        pageUrl = null;
        viaIdentityId = null;
    }

    public UUID getViaIdentityId() {
        return viaIdentityId;
    }

    public String getAuthor() {
        return author;
    }

    public String getHtml() {
        return html;
    }

    public Integer getCallDurationSeconds() {
        return callDurationSeconds;
    }

    public CallOutcome getCallOutcome() {
        return callOutcome;
    }

    public LocalDate getLetterReceivedOn() {
        return letterReceivedOn;
    }

    public String getRegisteredNumber() {
        return registeredNumber;
    }

    public String getScanRef() {
        return scanRef;
    }

    public Instant getPromiseDueAt() {
        return promiseDueAt;
    }

    public PromiseState getPromiseState() {
        return promiseState;
    }

    public Integer getSurveyScore() {
        return surveyScore;
    }

    public String getPageUrl() {
        return pageUrl;
    }

    public UUID getId() {
        return id;
    }

    public UUID getConversationId() {
        return conversationId;
    }

    public UUID getCustomerId() {
        return customerId;
    }

    public Channel getChannel() {
        return channel;
    }

    public Direction getDirection() {
        return direction;
    }

    public InteractionKind getKind() {
        return kind;
    }

    public String getProviderMessageId() {
        return providerMessageId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getText() {
        return text;
    }
}
