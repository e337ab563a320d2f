/**
 * The email channel. {@code MailReader} turns a raw message into a {@code ReadMail} with Jakarta Mail
 * (Liberty's mail-2.1 at run time): thread keys (Message-ID, References, In-Reply-To, a conversation
 * reference quoted in the subject), words in the charset their bytes are really in, attachments and
 * inline images, and whether a machine wrote it (RFC 3834 auto-replies, RFC 3464 bounces, lists), so
 * that nothing answers it automatically. {@code MailboxPoller} reads each mailbox by IMAP UID:
 * queued, then remembered, then marked seen; {@code MailMessages} makes the pipeline's message.
 * {@code Mailboxes} is what administrators configure; {@code EmailSender} is the channel's sender.
 */
package io.relais.channels.email;
