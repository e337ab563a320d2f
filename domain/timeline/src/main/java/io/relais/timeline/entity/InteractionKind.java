package io.relais.timeline.entity;

public enum InteractionKind {
    MESSAGE,
    CALL,
    LETTER,
    NOTE
}
