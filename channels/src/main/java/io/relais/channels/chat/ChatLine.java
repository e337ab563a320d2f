package io.relais.channels.chat;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of a web chat as the console shows it: the visitor's (with the widget's line id, for
 * read receipts) or an agent's (with its delivery status).
 */
public record ChatLine(UUID interactionId, String lineId, boolean fromVisitor, String author, String text,
                       Instant at, String deliveryStatus) {
}
