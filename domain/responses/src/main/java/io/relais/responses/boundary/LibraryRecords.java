package io.relais.responses.boundary;

import io.relais.responses.control.Finding;
import io.relais.responses.control.VariantCheck;
import io.relais.shared.Channel;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/** What the response library takes in and gives out. */
public final class LibraryRecords {

    private LibraryRecords() {
    }

    /** A motif as an author describes it. */
    public record MotifDraft(String code, String labelFr, String labelEn, UUID parentId, List<String> keywords,
                             Priority priority, Set<Channel> channels) implements Serializable {
    }

    /** A motif in the tree, with the number of answers filed under it. */
    public record MotifNode(UUID id, String code, String label, String labelFr, String labelEn, UUID parentId,
                            List<String> keywords, Priority priority, Set<Channel> channels, long answers,
                            List<MotifNode> children) implements Serializable {
    }

    public record FactDraft(String name, FactKind kind, String value) implements Serializable {
    }

    /**
     * An answer as an author writes it. {@code editCount} is the one the author read: when someone
     * saved in between, the save is refused rather than silently overwriting.
     */
    public record AnswerDraft(UUID motifId, String title, String reference, List<FactDraft> facts,
                              Instant effectiveFrom, Instant expiresAt, Long editCount) implements Serializable {
    }

    public record VariantDraft(String subject, String greeting, String body, String closing, String signature,
                               String templateName, List<String> templateParameters) implements Serializable {
    }

    public record FindingView(String code, String severity, String field, String fix, String message) implements Serializable {

        static FindingView of(Finding finding, Locale locale) {
            return new FindingView(finding.code().name(), finding.severity().name(), finding.field(),
                    finding.fix() == null ? null : finding.fix().name(), finding.message(locale));
        }
    }

    /** What the checks found and the counters an author watches. */
    public record CheckReport(List<FindingView> findings, int characters, String smsEncoding, Integer smsLength,
                              Integer smsSegments, Integer smsRemaining, Integer postLength, boolean refused,
                              boolean blocksApproval) implements Serializable {

        static CheckReport of(VariantCheck.Report report, Locale locale) {
            var sms = report.sms();
            return new CheckReport(report.findings().stream().map(f -> FindingView.of(f, locale)).toList(),
                    report.characters(), sms == null ? null : sms.encoding().name(), sms == null ? null : sms.length(),
                    sms == null ? null : sms.segments(), sms == null ? null : sms.remainingInLastSegment(),
                    report.postLength(), report.refused(), report.blocksApproval());
        }
    }

    public record VariantView(UUID id, VariantForm form, String subject, String greeting, String body, String closing,
                              String signature, String templateName, List<String> templateParameters,
                              VariantState state, long uses, long notSolved, boolean offered, CheckReport report) implements Serializable {
    }

    public record AnswerView(UUID id, UUID motifId, String motifLabel, String title, String reference,
                             AnswerStatus status, int version, Instant effectiveFrom, Instant expiresAt,
                             String updatedBy, Instant updatedAt, String approvedBy, Instant approvedAt,
                             long editCount, List<FactDraft> facts, List<VariantView> variants,
                             Set<VariantForm> formsNeeded) implements Serializable {
    }

    /** A line in a list of answers. */
    public record AnswerLine(UUID id, UUID motifId, String motifLabel, String title, AnswerStatus status, int version,
                             Instant updatedAt, String updatedBy, long staleOrDraftVariants) implements Serializable {
    }

    public record HistoryEntry(int version, String action, String actor, Instant at, String note) implements Serializable {
    }

    /** The brand's house rules: how it addresses customers, its limits, the words it avoids. */
    public record BrandRules(String name, io.relais.responses.boundary.AddressForm addressForm, int smsMaxSegments,
                             int chatMaxLength, List<LexiconEntry> lexicon) implements Serializable {
    }

    public record LexiconEntry(String forbidden, String replacement) implements Serializable {
    }

    /** An answer offered to an agent for one form, best first. */
    public record SuggestedAnswer(UUID answerId, UUID variantId, UUID motifId, String motifLabel, String title,
                                  VariantForm form, String preview, float score) implements Serializable {
    }

    /**
     * A variant filled in for one conversation: the text to send (and its HTML for email), or,
     * when a value is missing or a limit is broken, what stops it — never a raw tag.
     */
    public record RenderedReply(UUID variantId, VariantForm form, String subject, String text, String html,
                                List<String> missing, List<FindingView> findings, boolean sendable) implements Serializable {
    }
}
