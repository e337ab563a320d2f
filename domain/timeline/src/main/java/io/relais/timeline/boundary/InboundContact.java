package io.relais.timeline.boundary;

import io.relais.shared.Channel;
import io.relais.timeline.entity.ThreadKey;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A message a customer sent, as a channel adapter or an integration hands it over: who sent it
 * (an identity as given, normalised on arrival), the threads it belongs to, and what it says;
 * {@code details} carries its HTML (sanitised when recorded) and attachments. {@code automatic}
 * says a machine wrote it (an auto-reply, a bounce): it starts no service clock.
 */
public record InboundContact(Channel channel, NewIdentity sender, String senderName, Set<String> threadKeys,
                             String providerMessageId, Instant receivedAt, String subject, String text,
                             InteractionDetails details, boolean automatic) {

    /** The longest thread key kept: an adapter refuses a longer one before it queues the message. */
    public static final int THREAD_KEY_MAX_LENGTH = ThreadKey.MAX_LENGTH;

    public InboundContact {
        // Copied without refusing a null key here: ContactIntake refuses it with a reason.
        threadKeys = threadKeys == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(threadKeys));
        details = details == null ? InteractionDetails.NONE : details;
    }

    public InboundContact(Channel channel, NewIdentity sender, String senderName, Set<String> threadKeys,
                          String providerMessageId, Instant receivedAt, String subject, String text) {
        this(channel, sender, senderName, threadKeys, providerMessageId, receivedAt, subject, text, null, false);
    }
}
