package io.relais.web.reply;

import io.relais.channels.boundary.Replies;
import io.relais.channels.boundary.ReplyDraft;
import io.relais.channels.boundary.ReplyPlaceholders;
import io.relais.responses.boundary.AnswerStatus;
import io.relais.responses.boundary.LibraryRecords.AnswerLine;
import io.relais.responses.boundary.LibraryRecords.CheckReport;
import io.relais.responses.boundary.LibraryRecords.RenderedReply;
import io.relais.responses.boundary.LibraryRecords.SuggestedAnswer;
import io.relais.responses.boundary.LibrarySearch;
import io.relais.responses.boundary.ReplyRendering;
import io.relais.responses.boundary.VariantForm;
import io.relais.shared.Channel;
import io.relais.shared.Refusal;
import io.relais.timeline.boundary.ConversationHeader;
import io.relais.timeline.boundary.CustomerDirectory;
import io.relais.web.i18n.LanguageChoice;
import io.relais.web.i18n.Messages;
import io.relais.web.security.CurrentStaff;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The reply composer of the customer page: answers a conversation on a channel, with live
 * counters for that channel, and an "insert an answer" dialog offering the library's three
 * likeliest approved answers for the customer's last message (or a search), filled in with the
 * customer's and agent's names and the conversation's reference. A value nobody knows is asked
 * of the agent; the reply is checked again against the channel's limits before it is recorded.
 */
@Named
@ViewScoped
public class ComposerView implements Serializable {

    @Inject
    ReplyRendering replyRendering;

    @Inject
    LibrarySearch search;

    @Inject
    CustomerDirectory customerDirectory;

    @Inject
    Replies replies;

    @Inject
    ReplyPlaceholders replyPlaceholders;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    LanguageChoice languageChoice;

    @Inject
    Messages messages;

    private ConversationHeader conversation;
    private String channel;
    private String subject;
    private String text;
    private UUID insertedVariant;
    private CheckReport report;
    private List<SuggestedAnswer> suggestions = List.of();
    private String words;
    private List<AnswerLine> found = List.of();
    private UUID pendingVariant;
    private final Map<String, String> missingValues = new LinkedHashMap<>();
    private String handOff;

    public void open(String conversationId) {
        conversation = customerDirectory.conversation(UUID.fromString(conversationId));
        channel = (conversation.lastInboundChannel() == null ? Channel.EMAIL : conversation.lastInboundChannel()).name();
        subject = conversation.subject() == null ? null : "Re: " + conversation.subject() + " [" + conversation.reference() + "]";
        text = "";
        handOff = null;
        insertedVariant = null;
        report = null;
        suggestions = List.of();
        found = List.of();
        missingValues.clear();
    }

    /**
     * The agent picked another channel than the one the customer wrote on: the reply opens with a
     * line that says so ("Suite à votre message sur le chat, nous vous répondons par e-mail."), and
     * loses it if he comes back to the customer's channel.
     */
    public void changeChannel() {
        String current = text == null ? "" : text;
        if (handOff != null && current.startsWith(handOff)) {
            current = current.substring(handOff.length()).stripLeading();
        }
        handOff = conversation == null ? null
                : replies.handOffLine(conversation.conversationId(), Channel.valueOf(channel)).orElse(null);
        if (handOff != null) {
            current = current.isBlank() ? handOff + " " : handOff + " " + current;
        }
        text = current;
        check();
    }

    public void check() {
        if (conversation != null) {
            report = replyRendering.checkReply(Channel.valueOf(channel), subject, text, languageChoice.getLocale());
        }
    }

    public void prepareInsert() {
        pendingVariant = null;
        missingValues.clear();
        words = null;
        found = List.of();
        suggestions = search.suggest(conversation.lastRequest(), Channel.valueOf(channel), 3, languageChoice.getLocale());
    }

    public void search() {
        found = search.search(words, AnswerStatus.APPROVED, 10, languageChoice.getLocale());
    }

    /** Inserts the chosen answer's variant for this channel; the search gives answers, hence the lookup. */
    public void insertAnswer(String answerId) {
        VariantForm form = VariantForm.forChannel(Channel.valueOf(channel));
        var variant = replyRendering.offeredVariant(UUID.fromString(answerId), form);
        if (variant.isEmpty()) {
            messages.error("composer.noVariant", messages.text("form." + form.name()));
            return;
        }
        insert(variant.get().toString());
    }

    public void insert(String variantId) {
        pendingVariant = UUID.fromString(variantId);
        Map<String, String> values = replyPlaceholders.forConversation(conversation.conversationId(), currentStaff.getUsername(),
                missingValues);
        try {
            RenderedReply rendered = replyRendering.render(pendingVariant, values, languageChoice.getLocale());
            if (!rendered.missing().isEmpty()) {
                rendered.missing().forEach(name -> missingValues.putIfAbsent(name, ""));
                messages.error("composer.missing");
                return;
            }
            if (!rendered.sendable()) {
                messages.error("library.refused", String.join(" ", rendered.findings().stream().map(f -> f.message()).toList()));
                return;
            }
            text = rendered.text();
            if (rendered.subject() != null) {
                subject = rendered.subject() + " [" + conversation.reference() + "]";
            }
            insertedVariant = pendingVariant;
            pendingVariant = null;
            missingValues.clear();
            check();
            PrimeFaces.current().ajax().addCallbackParam("inserted", true);
            messages.info("composer.inserted");
        } catch (Refusal e) {
            messages.error("library.refused", e.message(messages.locale()));
        }
    }

    /**
     * Hands the reply to the one reply use case (checked for its channel, recorded, queued for sending
     * when its channel has an adapter, the inserted answer counted), and reloads the customer page,
     * where its delivery status shows.
     */
    public String send() {
        try {
            Replies.SentReply sent = replies.send(new ReplyDraft(conversation.conversationId(), Channel.valueOf(channel),
                    subject, text, currentStaff.getUsername(), insertedVariant), messages.locale());
            messages.info(sent.queued() ? "composer.queued" : "composer.sent");
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            String customer = conversation.customerId().toString();
            conversation = null;
            return "/customer?faces-redirect=true&id=" + customer;
        } catch (Refusal e) {
            check();
            messages.error("library.refused", e.message(messages.locale()));
            return null;
        }
    }

    public List<Channel> getChannels() {
        return List.of(Channel.EMAIL, Channel.CHAT, Channel.SMS, Channel.WHATSAPP, Channel.MESSENGER, Channel.INSTAGRAM,
                Channel.X, Channel.LETTER);
    }

    public boolean isEmail() {
        return Channel.EMAIL.name().equals(channel);
    }

    public boolean isOpen() {
        return conversation != null;
    }

    public ConversationHeader getConversation() {
        return conversation;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public CheckReport getReport() {
        return report;
    }

    public List<SuggestedAnswer> getSuggestions() {
        return suggestions;
    }

    public String getWords() {
        return words;
    }

    public void setWords(String words) {
        this.words = words;
    }

    public List<AnswerLine> getFound() {
        return found;
    }

    public Map<String, String> getMissingValues() {
        return missingValues;
    }

    public List<String> getMissingNames() {
        return List.copyOf(missingValues.keySet());
    }

    public String getPendingVariant() {
        return pendingVariant == null ? null : pendingVariant.toString();
    }
}
