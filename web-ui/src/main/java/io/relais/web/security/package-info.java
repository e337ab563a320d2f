/**
 * Who may do what. One authentication mechanism serves the whole application because Jakarta
 * Security 3.0 allows only one: form sign-in (kept in the HTTP session) for pages, HTTP Basic
 * and bearer API tokens (never a session) for {@code /api}. Credentials are verified by the
 * staff module's {@code StaffDirectory}; roles are the groups it returns.
 */
package io.relais.web.security;
