package io.relais.channels.chat;

/**
 * Who is chatting: the anonymous id the widget keeps in the browser, the name and email the
 * visitor typed (not proven), or, when the host site signed them, a proven identity.
 */
public record ChatVisitor(String id, String name, String email, boolean verified) {
}
