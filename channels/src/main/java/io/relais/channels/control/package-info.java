/**
 * Rules shared by every channel adapter: endpoint addresses, and what an inbound message must be
 * before it is queued, with its form on the queue ({@code InboundMessages}); and the group commit
 * ({@code GroupCommit}) by which messages accepted at the same moment share one durable write.
 */
package io.relais.channels.control;
