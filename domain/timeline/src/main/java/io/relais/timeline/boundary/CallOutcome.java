package io.relais.timeline.boundary;

/** How a phone call ended. */
public enum CallOutcome {
    ANSWERED,
    MISSED,
    VOICEMAIL,
    CALLBACK_REQUESTED
}
