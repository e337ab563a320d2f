package io.relais.web.library;

import io.relais.responses.boundary.AnswerReview;
import io.relais.responses.boundary.FactKind;
import io.relais.responses.boundary.LibraryRecords.AnswerDraft;
import io.relais.responses.boundary.LibraryRecords.AnswerLine;
import io.relais.responses.boundary.LibraryRecords.AnswerView;
import io.relais.responses.boundary.LibraryRecords.FactDraft;
import io.relais.responses.boundary.LibraryRecords.HistoryEntry;
import io.relais.responses.boundary.LibraryRecords.MotifDraft;
import io.relais.responses.boundary.LibraryRecords.MotifNode;
import io.relais.responses.boundary.LibrarySearch;
import io.relais.responses.boundary.Motifs;
import io.relais.responses.boundary.OneClickFix;
import io.relais.responses.boundary.Priority;
import io.relais.responses.boundary.ReplyRendering;
import io.relais.responses.boundary.ResponseLibrary;
import io.relais.responses.boundary.VariantForm;
import io.relais.shared.Channel;
import io.relais.shared.Refusal;
import io.relais.web.i18n.LanguageChoice;
import io.relais.web.i18n.Messages;
import io.relais.web.security.CurrentStaff;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.NodeSelectEvent;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The response library's browser and editor: the motif tree, the answers of a motif or of a
 * search, and one answer with its facts and a tab per channel form whose counters and warnings
 * follow the typing (the same checks as the server's, called as the author types).
 */
@Named
@ViewScoped
public class LibraryView implements Serializable {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Inject
    AnswerReview review;

    @Inject
    Motifs motifs;

    @Inject
    ReplyRendering replyRendering;

    @Inject
    ResponseLibrary library;

    @Inject
    LibrarySearch search;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    LanguageChoice languageChoice;

    @Inject
    Messages messages;

    private TreeNode<MotifNode> tree;
    private TreeNode<MotifNode> selectedNode;
    private String words;
    private List<AnswerLine> answers = List.of();
    private String listTitle;

    private AnswerView answer;
    private boolean editing;
    private String motifId;
    private String title;
    private String reference;
    private LocalDate effectiveFrom;
    private LocalDate expiresAt;
    private final List<FactRow> facts = new ArrayList<>();
    private final Map<VariantForm, VariantEditor> variants = new EnumMap<>(VariantForm.class);
    private int activeTab;
    private List<HistoryEntry> history = List.of();
    private String feedback;

    private String newMotifCode;
    private String newMotifLabelFr;
    private String newMotifLabelEn;
    private String newMotifKeywords;
    private Priority newMotifPriority = Priority.NORMAL;
    /** Bound as names: Faces cannot tell a list's element type, so enums would arrive as strings. */
    private List<String> newMotifChannels = new ArrayList<>(EnumSet.allOf(Channel.class).stream().map(Enum::name).toList());

    private Locale locale() {
        return languageChoice.getLocale();
    }

    public TreeNode<MotifNode> getTree() {
        if (tree == null) {
            tree = new DefaultTreeNode<>(null, null);
            addNodes(tree, motifs.motifTree(locale()));
        }
        return tree;
    }

    private void addNodes(TreeNode<MotifNode> parent, List<MotifNode> nodes) {
        for (MotifNode node : nodes) {
            var child = new DefaultTreeNode<>(node, parent);
            child.setExpanded(true);
            addNodes(child, node.children());
        }
    }

    public void onMotifSelected(NodeSelectEvent event) {
        @SuppressWarnings("unchecked")
        MotifNode motif = ((TreeNode<MotifNode>) event.getTreeNode()).getData();
        motifId = motif.id().toString();
        listTitle = motif.label();
        answers = library.answers(null, motif.id(), locale(), 200);
    }

    public void search() {
        listTitle = messages.text("library.searchResults", words == null ? "" : words.strip());
        answers = search.search(words, null, 50, locale());
    }

    public void open(String answerId) {
        load(library.answerView(UUID.fromString(answerId), locale()));
        activeTab = 0;
    }

    private void load(AnswerView view) {
        answer = view;
        editing = true;
        motifId = view.motifId().toString();
        title = view.title();
        reference = view.reference();
        effectiveFrom = view.effectiveFrom() == null ? null : LocalDate.ofInstant(view.effectiveFrom(), PARIS);
        expiresAt = view.expiresAt() == null ? null : LocalDate.ofInstant(view.expiresAt(), PARIS);
        facts.clear();
        view.facts().forEach(f -> facts.add(new FactRow(f.name(), f.kind(), f.value())));
        variants.clear();
        for (VariantForm form : VariantForm.values()) {
            variants.put(form, new VariantEditor(form));
        }
        view.variants().forEach(v -> variants.get(v.form()).load(v));
        history = review.history(view.id());
    }

    public void startNewAnswer() {
        if (motifId == null) {
            messages.error("library.chooseMotif");
            return;
        }
        answer = null;
        editing = true;
        title = "";
        reference = "";
        effectiveFrom = null;
        expiresAt = null;
        facts.clear();
        variants.clear();
        history = List.of();
    }

    public void addFact() {
        facts.add(new FactRow("", FactKind.TEXT, ""));
    }

    public void removeFact(FactRow row) {
        facts.remove(row);
    }

    public void saveAnswer() {
        var draft = new AnswerDraft(motifId == null ? null : UUID.fromString(motifId), title, reference,
                facts.stream().map(f -> new FactDraft(f.getName() == null ? null : f.getName().strip(), f.getKind(), f.getValue())).toList(),
                effectiveFrom == null ? null : effectiveFrom.atStartOfDay(PARIS).toInstant(),
                expiresAt == null ? null : expiresAt.atStartOfDay(PARIS).toInstant(),
                answer == null ? null : answer.editCount());
        try {
            if (answer == null) {
                UUID id = library.createAnswer(draft, currentStaff.getUsername(), locale());
                load(library.answerView(id, locale()));
                messages.info("library.answerCreated");
            } else {
                load(library.updateAnswer(answer.id(), draft, currentStaff.getUsername(), locale()));
                messages.info("library.answerSaved");
            }
            tree = null;
        } catch (Refusal e) {
            messages.error("library.refused", e.message(messages.locale()));
        }
    }

    /** Live counters and warnings while the author types; nothing is saved. */
    public void check(VariantForm form) {
        if (answer == null) {
            return;
        }
        VariantEditor editor = variants.get(form);
        editor.setReport(library.check(answer.id(), form, editor.draft(), locale()));
    }

    public void saveVariant(VariantForm form) {
        VariantEditor editor = variants.get(form);
        try {
            editor.load(library.saveVariant(answer.id(), form, editor.draft(), currentStaff.getUsername(), locale()));
            messages.info("library.variantSaved", messages.text("form." + form.name()));
            answer = library.answerView(answer.id(), locale());
            history = review.history(answer.id());
        } catch (Refusal e) {
            messages.error("library.refused", e.message(messages.locale()));
            check(form);
        }
    }

    public void fix(VariantForm form, String fix) {
        VariantEditor editor = variants.get(form);
        editor.load(library.fix(answer.id(), editor.draft(), OneClickFix.valueOf(fix)));
        check(form);
    }

    /** An agent's word that this variant did not solve the customer's question. */
    public void flagNotSolved(VariantForm form) {
        answer.variants().stream().filter(v -> v.form() == form).findFirst().ifPresent(v -> {
            replyRendering.flagNotSolved(v.id(), currentStaff.getUsername(), null, feedback);
            feedback = null;
            load(library.answerView(answer.id(), locale()));
            messages.info("library.flagged");
        });
    }

    public void submit() {
        try {
            load(review.submit(answer.id(), currentStaff.getUsername(), locale()));
            messages.info("library.submitted");
        } catch (Refusal e) {
            messages.error("library.refused", e.message(messages.locale()));
        }
    }

    public void createMotif() {
        try {
            UUID parent = selectedNode == null || selectedNode.getData() == null ? null : selectedNode.getData().id();
            motifs.createMotif(new MotifDraft(newMotifCode == null ? null : newMotifCode.strip().toUpperCase(Locale.ROOT),
                    newMotifLabelFr, newMotifLabelEn, parent,
                    newMotifKeywords == null ? List.of() : Arrays.asList(newMotifKeywords.split("[,;]")),
                    newMotifPriority, newMotifChannels.stream().map(Channel::valueOf).collect(java.util.stream.Collectors.toSet())));
            tree = null;
            newMotifCode = null;
            newMotifLabelFr = null;
            newMotifLabelEn = null;
            newMotifKeywords = null;
            messages.info("library.motifCreated");
        } catch (Refusal e) {
            messages.error("library.refused", e.message(messages.locale()));
        }
    }

    public List<VariantEditor> getVariantEditors() {
        if (answer == null) {
            return List.of();
        }
        List<VariantEditor> editors = new ArrayList<>();
        for (VariantForm form : VariantForm.values()) {
            editors.add(variants.computeIfAbsent(form, VariantEditor::new));
        }
        return editors;
    }

    public boolean needed(VariantForm form) {
        return answer != null && answer.formsNeeded().contains(form);
    }

    public List<FactKind> getFactKinds() {
        return List.of(FactKind.values());
    }

    public List<Priority> getPriorities() {
        return List.of(Priority.values());
    }

    public List<Channel> getChannels() {
        return List.of(Channel.values());
    }

    public TreeNode<MotifNode> getSelectedNode() {
        return selectedNode;
    }

    public void setSelectedNode(TreeNode<MotifNode> selectedNode) {
        this.selectedNode = selectedNode;
    }

    public String getWords() {
        return words;
    }

    public void setWords(String words) {
        this.words = words;
    }

    public List<AnswerLine> getAnswers() {
        return answers;
    }

    public String getListTitle() {
        return listTitle;
    }

    public AnswerView getAnswer() {
        return answer;
    }

    public boolean isEditing() {
        return editing;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public LocalDate getExpiresAt() {
        return expiresAt;
    }

    public void setExpiresAt(LocalDate expiresAt) {
        this.expiresAt = expiresAt;
    }

    public List<FactRow> getFacts() {
        return facts;
    }

    public int getActiveTab() {
        return activeTab;
    }

    public void setActiveTab(int activeTab) {
        this.activeTab = activeTab;
    }

    public String getFeedback() {
        return feedback;
    }

    public void setFeedback(String feedback) {
        this.feedback = feedback;
    }

    public List<HistoryEntry> getHistory() {
        return history;
    }

    public String getNewMotifCode() {
        return newMotifCode;
    }

    public void setNewMotifCode(String newMotifCode) {
        this.newMotifCode = newMotifCode;
    }

    public String getNewMotifLabelFr() {
        return newMotifLabelFr;
    }

    public void setNewMotifLabelFr(String newMotifLabelFr) {
        this.newMotifLabelFr = newMotifLabelFr;
    }

    public String getNewMotifLabelEn() {
        return newMotifLabelEn;
    }

    public void setNewMotifLabelEn(String newMotifLabelEn) {
        this.newMotifLabelEn = newMotifLabelEn;
    }

    public String getNewMotifKeywords() {
        return newMotifKeywords;
    }

    public void setNewMotifKeywords(String newMotifKeywords) {
        this.newMotifKeywords = newMotifKeywords;
    }

    public Priority getNewMotifPriority() {
        return newMotifPriority;
    }

    public void setNewMotifPriority(Priority newMotifPriority) {
        this.newMotifPriority = newMotifPriority;
    }

    public List<String> getNewMotifChannels() {
        return newMotifChannels;
    }

    public void setNewMotifChannels(List<String> newMotifChannels) {
        this.newMotifChannels = newMotifChannels;
    }
}
