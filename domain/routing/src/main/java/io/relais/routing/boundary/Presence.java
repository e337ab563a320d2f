package io.relais.routing.boundary;

/**
 * Whether an agent takes new conversations. Busy and on pause keep what they have and get nothing
 * new; offline gives back what they had to the queue.
 */
public enum Presence {
    AVAILABLE,
    BUSY,
    PAUSE,
    OFFLINE
}
