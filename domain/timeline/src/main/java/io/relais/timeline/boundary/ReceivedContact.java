package io.relais.timeline.boundary;

import java.util.UUID;

/** Where an inbound message landed, and what had to be created for it. */
public record ReceivedContact(UUID customerId, UUID conversationId, UUID interactionId, boolean newCustomer,
                              boolean newConversation, boolean duplicate) {
}
