package io.relais.timeline.entity;

/** How a phone call ended. */
public enum CallOutcome {
    ANSWERED,
    MISSED,
    VOICEMAIL,
    CALLBACK_REQUESTED
}
