package io.relais.channels.boundary;

import io.relais.timeline.boundary.ReceivedContact;

/**
 * A message the pipeline recorded for the first time, fired inside the recording transaction: a
 * channel's adapter that keeps state of its own (a live chat's queue) follows it there, so both are
 * written or neither.
 */
public record ChannelMessageRecorded(InboundMessage message, ReceivedContact received) {
}
