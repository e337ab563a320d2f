/**
 * The channels' public face: the endpoints through which customers reach the company, and the
 * inbound pipeline every channel adapter feeds ({@code InboundPipeline} queues durably, the
 * {@code InboundMessageListener} records through the timeline, {@code InboundDeadLetters} keeps what
 * could not be recorded), and the way out: a reply goes to the {@code ChannelSender} of its channel,
 * found by {@code ChannelSenders}. Each channel adapter has its own package beside this one; it
 * depends on this package and never the other way round: it implements {@code ChannelSender} to send,
 * and observes {@code ChannelMessageRecorded} to keep state of its own in the recording transaction.
 */
package io.relais.channels.boundary;
