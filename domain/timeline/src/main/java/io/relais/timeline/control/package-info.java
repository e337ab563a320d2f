/**
 * Timeline rules and queries: identity normalisation, idempotent recording, inbox reads.
 */
package io.relais.timeline.control;
