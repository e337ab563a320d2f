package io.relais.routing.boundary;

import java.time.Instant;

/** An agent's skills, languages, team or capacities changed: the dispatcher reads the profiles again. */
public record ProfilesChanged(Instant at) {
}
