package io.relais.staff.boundary;

import java.util.UUID;

/** A token just issued; {@code token} is shown to its owner once and never stored. */
public record IssuedToken(UUID id, String token) {
}
