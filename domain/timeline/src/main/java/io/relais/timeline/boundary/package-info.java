/**
 * The timeline's public face. {@link io.relais.timeline.boundary.ContactIntake} takes in what a
 * customer sends, whatever the door; {@link io.relais.timeline.boundary.Timeline} records what
 * happens in a conversation; {@link io.relais.timeline.boundary.CustomerProfiles} registers customers
 * and keeps their identities and segment; {@link io.relais.timeline.boundary.ConversationMoves}
 * moves, splits and merges conversations (all four write through the control's
 * {@code InteractionRecording}, so every interaction fires the same events);
 * {@link io.relais.timeline.boundary.Inbox} reads open conversations for agents; {@link io.relais.timeline.boundary.CustomerDirectory} finds customers
 * and reads the 360; {@link io.relais.timeline.boundary.CustomerMerges} suggests, merges and
 * unmerges customers, journaled so that an unmerge is exact;
 * {@link io.relais.timeline.boundary.PrivacyRequests} exports and erases (RGPD), audited. Callers
 * receive records, never entities. Each public method is one transaction, reads included: without
 * one, Liberty logs a failed connection reassociation when Hibernate closes its session. A refused
 * request is a shared {@link io.relais.shared.Refusal} whose reason is a key of the timeline's bundle
 * ({@link io.relais.timeline.control.TimelineRefusals}), said in English for the API and the logs
 * and in the reader's language on the pages.
 */
package io.relais.timeline.boundary;
