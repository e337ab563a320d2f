package io.relais.web.admin;

import io.relais.channels.boundary.DeadLetter;
import io.relais.channels.boundary.InboundDeadLetters;
import io.relais.channels.email.MailDeadLetterView;
import io.relais.channels.email.MailDeadLetters;
import io.relais.channels.email.MailboxPoller;
import io.relais.channels.email.Mailboxes.MailboxSettings;
import io.relais.channels.email.Mailboxes.MailboxView;
import io.relais.channels.email.Mailboxes;
import io.relais.shared.Refusal;
import io.relais.web.i18n.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * Administration › Canaux: the mailboxes Relais reads (add one, read it now, see its last error)
 * the mail a mailbox set aside (download, replay or discard it) and the inbound messages that could
 * not be recorded (replay or discard them).
 */
@Named
@ViewScoped
public class ChannelsView implements Serializable {

    @Inject
    Mailboxes mailboxes;

    @Inject
    InboundDeadLetters deadLetters;

    @Inject
    MailDeadLetters mailDeadLetters;

    @Inject
    Messages messages;

    private List<MailboxView> mailboxList;
    private List<DeadLetter> deadLetterList;
    private List<MailDeadLetterView> mailDeadLetterList;
    private String name;
    private String address;
    private String imapHost;
    private Integer imapPort = 993;
    private boolean imapTls = true;
    private String imapUser;
    private String smtpHost;
    private Integer smtpPort = 587;
    private boolean smtpTls = true;
    private String smtpUser;
    private String secretName;

    public List<MailboxView> getMailboxes() {
        if (mailboxList == null) {
            mailboxList = mailboxes.list();
        }
        return mailboxList;
    }

    public List<DeadLetter> getDeadLetters() {
        if (deadLetterList == null) {
            deadLetterList = deadLetters.list(200);
        }
        return deadLetterList;
    }

    public List<MailDeadLetterView> getMailDeadLetters() {
        if (mailDeadLetterList == null) {
            mailDeadLetterList = mailDeadLetters.list(200);
        }
        return mailDeadLetterList;
    }

    /** The set-aside message as the mailbox held it, to open in a mail client. */
    public StreamedContent download(UUID id, long uid) {
        return DefaultStreamedContent.builder()
                .name("courriel-" + uid + ".eml")
                .contentType("message/rfc822")
                .stream(() -> new ByteArrayInputStream(mailDeadLetters.raw(id)))
                .build();
    }

    public void replayMail(UUID id) {
        act(() -> mailDeadLetters.replay(id), "channels.mailReplayed");
        mailDeadLetterList = null;
    }

    public void discardMail(UUID id) {
        act(() -> mailDeadLetters.discard(id), "channels.discarded");
        mailDeadLetterList = null;
    }

    public void addMailbox() {
        try {
            mailboxes.create(new MailboxSettings(name, address, imapHost, imapPort, imapTls, imapUser, null, smtpHost,
                    smtpPort, smtpTls, smtpUser, secretName, null, true));
            messages.info("channels.mailboxAdded", address);
            name = address = imapHost = imapUser = smtpHost = smtpUser = secretName = null;
            mailboxList = null;
        } catch (Refusal e) {
            messages.error("channels.refused", e.message(messages.locale()));
        }
    }

    public void poll(UUID mailboxId) {
        MailboxPoller.PollResult result = mailboxes.pollNow(mailboxId);
        if (result.error() == null) {
            messages.info("channels.polled", result.queued(), result.skipped(), result.setAside());
        } else {
            messages.error("channels.pollFailed", result.error());
        }
        mailboxList = null;
        mailDeadLetterList = null;
    }

    public void replay(String id) {
        act(() -> deadLetters.replay(id), "channels.replayed");
        deadLetterList = null;
    }

    public void discard(String id) {
        act(() -> deadLetters.discard(id), "channels.discarded");
        deadLetterList = null;
    }

    /** Does it and says so, or says in the reader's language why it was refused. */
    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            messages.info(doneKey);
        } catch (Refusal e) {
            messages.error("channels.refused", e.message(messages.locale()));
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getImapHost() {
        return imapHost;
    }

    public void setImapHost(String imapHost) {
        this.imapHost = imapHost;
    }

    public Integer getImapPort() {
        return imapPort;
    }

    public void setImapPort(Integer imapPort) {
        this.imapPort = imapPort;
    }

    public boolean isImapTls() {
        return imapTls;
    }

    public void setImapTls(boolean imapTls) {
        this.imapTls = imapTls;
    }

    public String getImapUser() {
        return imapUser;
    }

    public void setImapUser(String imapUser) {
        this.imapUser = imapUser;
    }

    public String getSmtpHost() {
        return smtpHost;
    }

    public void setSmtpHost(String smtpHost) {
        this.smtpHost = smtpHost;
    }

    public Integer getSmtpPort() {
        return smtpPort;
    }

    public void setSmtpPort(Integer smtpPort) {
        this.smtpPort = smtpPort;
    }

    public boolean isSmtpTls() {
        return smtpTls;
    }

    public void setSmtpTls(boolean smtpTls) {
        this.smtpTls = smtpTls;
    }

    public String getSmtpUser() {
        return smtpUser;
    }

    public void setSmtpUser(String smtpUser) {
        this.smtpUser = smtpUser;
    }

    public String getSecretName() {
        return secretName;
    }

    public void setSecretName(String secretName) {
        this.secretName = secretName;
    }
}
