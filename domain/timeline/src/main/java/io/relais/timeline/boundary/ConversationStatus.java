package io.relais.timeline.boundary;

/** Where a conversation stands. Only the first three appear in an agent's inbox. */
public enum ConversationStatus {
    OPEN,
    WAITING_FOR_US,
    WAITING_FOR_CUSTOMER,
    RESOLVED,
    CLOSED;

    public boolean isActive() {
        return this != RESOLVED && this != CLOSED;
    }
}
