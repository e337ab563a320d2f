/**
 * Relais's own signed webhook, for systems without an adapter of their own. The signature
 * (HMAC-SHA256 over a timestamp and the body, five minutes of tolerance) is checked before
 * anything is read; the body itself is kept as the raw payload.
 */
package io.relais.channels.webhook;
