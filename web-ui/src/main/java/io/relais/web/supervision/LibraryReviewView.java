package io.relais.web.supervision;

import io.relais.responses.boundary.AnswerReview;
import io.relais.responses.boundary.LibraryRecords.AnswerLine;
import io.relais.responses.boundary.LibraryRecords.AnswerView;
import io.relais.responses.boundary.ResponseLibrary;
import io.relais.shared.Refusal;
import io.relais.web.i18n.LanguageChoice;
import io.relais.web.i18n.Messages;
import io.relais.web.security.CurrentStaff;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * The supervisor's review of the library: answers submitted for review and approved answers
 * whose variants changed or went stale; each read with its checks, then approved, returned to
 * its author with a note, or retired.
 */
@Named
@ViewScoped
public class LibraryReviewView implements Serializable {

    @Inject
    AnswerReview review;

    @Inject
    ResponseLibrary library;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    LanguageChoice languageChoice;

    @Inject
    Messages messages;

    private List<AnswerLine> queue;
    private AnswerView answer;
    private String note;

    public List<AnswerLine> getQueue() {
        if (queue == null) {
            queue = review.reviewQueue(languageChoice.getLocale());
        }
        return queue;
    }

    public void open(String answerId) {
        answer = library.answerView(UUID.fromString(answerId), languageChoice.getLocale());
        note = null;
    }

    public void approve() {
        try {
            answer = review.approve(answer.id(), currentStaff.getUsername(), note, languageChoice.getLocale());
            messages.info("review.approved", answer.version());
            done();
        } catch (Refusal e) {
            messages.error("library.refused", e.message(messages.locale()));
        }
    }

    public void returnToAuthor() {
        try {
            review.returnToAuthor(answer.id(), currentStaff.getUsername(), note, languageChoice.getLocale());
            messages.info("review.returned");
            done();
        } catch (Refusal e) {
            messages.error("library.refused", e.message(messages.locale()));
        }
    }

    public void retire() {
        try {
            review.retire(answer.id(), currentStaff.getUsername(), note, languageChoice.getLocale());
            messages.info("review.retired");
            done();
        } catch (Refusal e) {
            messages.error("library.refused", e.message(messages.locale()));
        }
    }

    private void done() {
        queue = null;
        answer = null;
        note = null;
    }

    public AnswerView getAnswer() {
        return answer;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
