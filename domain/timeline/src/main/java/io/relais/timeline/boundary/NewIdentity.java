package io.relais.timeline.boundary;

import io.relais.timeline.entity.IdentityKind;

/** An identity as it was given, before normalisation. */
public record NewIdentity(IdentityKind kind, String value) {
}
