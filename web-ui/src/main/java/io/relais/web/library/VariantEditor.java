package io.relais.web.library;

import io.relais.responses.boundary.LibraryRecords.CheckReport;
import io.relais.responses.boundary.LibraryRecords.VariantDraft;
import io.relais.responses.boundary.LibraryRecords.VariantView;
import io.relais.responses.boundary.VariantForm;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** One channel form's words as the author types them, and what the checks say of them. */
public class VariantEditor implements Serializable {

    private final VariantForm form;
    private String subject;
    private String greeting;
    private String body;
    private String closing;
    private String signature;
    private String templateName;
    private String templateParameters;
    private String state;
    private long uses;
    private long notSolved;
    private CheckReport report;

    VariantEditor(VariantForm form) {
        this.form = form;
    }

    void load(VariantView view) {
        subject = view.subject();
        greeting = view.greeting();
        body = view.body();
        closing = view.closing();
        signature = view.signature();
        templateName = view.templateName();
        templateParameters = String.join(", ", view.templateParameters());
        state = view.state().name();
        uses = view.uses();
        notSolved = view.notSolved();
        report = view.report();
    }

    void load(VariantDraft draft) {
        subject = draft.subject();
        greeting = draft.greeting();
        body = draft.body();
        closing = draft.closing();
        signature = draft.signature();
    }

    VariantDraft draft() {
        List<String> parameters = templateParameters == null || templateParameters.isBlank() ? List.of()
                : Arrays.stream(templateParameters.split(",")).map(String::strip).filter(p -> !p.isEmpty()).toList();
        return new VariantDraft(subject, greeting, body, closing, signature, templateName, parameters);
    }

    public boolean isFramed() {
        return form.isFramed();
    }

    public boolean isEmail() {
        return form == VariantForm.EMAIL;
    }

    public boolean isWhatsApp() {
        return form == VariantForm.WHATSAPP;
    }

    public boolean isSms() {
        return form == VariantForm.SMS;
    }

    public boolean isPublicPost() {
        return form == VariantForm.SOCIAL_PUBLIC;
    }

    public boolean isSaved() {
        return state != null;
    }

    public VariantForm getForm() {
        return form;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getGreeting() {
        return greeting;
    }

    public void setGreeting(String greeting) {
        this.greeting = greeting;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getClosing() {
        return closing;
    }

    public void setClosing(String closing) {
        this.closing = closing;
    }

    public String getSignature() {
        return signature;
    }

    public void setSignature(String signature) {
        this.signature = signature;
    }

    public String getTemplateName() {
        return templateName;
    }

    public void setTemplateName(String templateName) {
        this.templateName = templateName;
    }

    public String getTemplateParameters() {
        return templateParameters;
    }

    public void setTemplateParameters(String templateParameters) {
        this.templateParameters = templateParameters;
    }

    public String getState() {
        return state;
    }

    public long getUses() {
        return uses;
    }

    public long getNotSolved() {
        return notSolved;
    }

    public CheckReport getReport() {
        return report;
    }

    void setReport(CheckReport report) {
        this.report = report;
    }
}
