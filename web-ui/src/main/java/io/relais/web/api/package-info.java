/**
 * The REST API under {@code /api}, described at {@code /openapi}. Resources parse, call a
 * module's boundary and format; they hold no rules. Every resource names its roles; errors are
 * JSON objects with an {@code error} field, never stack traces.
 */
package io.relais.web.api;
