package io.relais.responses.boundary;

/** Where an answer is in its life: only approved answers reach agents. */
public enum AnswerStatus {
    DRAFT,
    IN_REVIEW,
    APPROVED,
    RETIRED
}
