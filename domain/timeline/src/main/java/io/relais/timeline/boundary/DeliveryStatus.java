package io.relais.timeline.boundary;

/** Where a reply stands on its channel, as its adapter reports it. */
public enum DeliveryStatus {
    /** Waiting on the outbound queue. */
    QUEUED,
    /** Handed to the channel's provider (an SMTP server accepted it). */
    SENT,
    /** The provider says the customer received it. */
    DELIVERED,
    /** It could not be sent; the detail says why. */
    FAILED
}
