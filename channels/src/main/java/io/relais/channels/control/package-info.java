/**
 * Rules shared by every channel adapter: endpoint addresses, and what an inbound message must be
 * before it is queued, with its form on the queue ({@code InboundMessages}).
 */
package io.relais.channels.control;
