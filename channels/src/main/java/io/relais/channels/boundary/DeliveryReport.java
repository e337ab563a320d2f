package io.relais.channels.boundary;

import io.relais.timeline.boundary.DeliveryStatus;

/** What a channel's adapter says of a reply it handled: sent (with the provider's reference, if any) or failed, and why. */
public record DeliveryReport(DeliveryStatus status, String detail) {

    public static DeliveryReport sent(String providerReference) {
        return new DeliveryReport(DeliveryStatus.SENT, providerReference);
    }

    public static DeliveryReport failed(String reason) {
        return new DeliveryReport(DeliveryStatus.FAILED, reason);
    }
}
