/**
 * Customers, their identities on each channel, conversations ("dossiers") and interactions.
 * Tables are prefixed {@code tl_}. Other modules' data (motifs, agents) is held by id only.
 * Conversations carry a denormalised summary of their last interaction so that the inbox is
 * one indexed read, whatever the number of interactions.
 */
package io.relais.timeline.entity;
