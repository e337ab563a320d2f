/**
 * Replying to a customer: the values an approved answer is filled in with for a conversation.
 * Names are split from the customer's display name (first word, rest); a name that looks like an
 * address, a number or a chat visitor's placeholder gives no value, so the agent is asked for it.
 */
package io.relais.web.reply;
