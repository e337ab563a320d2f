package io.relais.web.security;

import jakarta.security.enterprise.credential.Credential;

/** A bearer token presented in {@code Authorization: Bearer …}. */
public record ApiTokenCredential(String token) implements Credential {
}
