/**
 * Configured channel endpoints. Tables are prefixed {@code ch_}. Secrets (mailbox passwords,
 * webhook keys) are never stored here: they come from the environment by name.
 */
package io.relais.channels.entity;
