package io.relais.timeline.boundary;


/** An identity as it was given, before normalisation. */
public record NewIdentity(IdentityKind kind, String value) {
}
