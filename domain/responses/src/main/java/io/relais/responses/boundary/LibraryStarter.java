package io.relais.responses.boundary;

import io.relais.responses.boundary.LibraryRecords.MotifDraft;
import io.relais.responses.control.AnswerTexts;
import io.relais.responses.control.StarterLibrary;
import io.relais.responses.control.StyleRules;
import io.relais.responses.control.VariantCheck;
import io.relais.responses.entity.Answer;
import io.relais.responses.entity.AnswerEvent;
import io.relais.responses.entity.Brand;
import io.relais.responses.entity.Fact;
import io.relais.responses.entity.Motif;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The starter library shipped with Relais: brand rules, lexicon, motifs and approved answers,
 * installed through the same checks as any answer, once.
 */
@Stateless
public class LibraryStarter {

    @PersistenceContext(unitName = "responses")
    EntityManager em;

    @Inject
    BrandSettings brand;

    @Inject
    LibraryRows rows;

    @Inject
    Motifs motifs;

    /**
     * Installs the starter library (brand rules, lexicon, motifs, answers, every variant) and
     * approves it, through the same checks as any answer; does nothing when answers exist.
     *
     * @return the motif ids by code
     */
    public Map<String, UUID> installStarterLibrary(String installer) {
        if (em.createQuery("select count(a) from Answer a", Long.class).getSingleResult() > 0) {
            return motifs.motifIdsByCode();
        }
        var contents = StarterLibrary.read();
        var starterBrand = contents.brand();
        brand.describeBrand(starterBrand.name(), starterBrand.addressForm(), starterBrand.smsMaxSegments(),
                starterBrand.chatMaxLength());
        brand.replaceLexicon(starterBrand.lexicon());
        em.flush();
        Map<String, UUID> existing = motifs.motifIdsByCode();
        install(contents.motifs(), null, existing, installer);
        return motifs.motifIdsByCode();
    }

    /**
     * Stores each motif and its approved answers directly: the same checks as an author's, run
     * once per variant, rather than the save-submit-approve round of the API (four times the
     * checks and a lock per variant), which would slow every first start.
     */
    private void install(List<StarterLibrary.StarterMotif> starters, UUID parent, Map<String, UUID> existing,
                         String installer) {
        StyleRules rules = brand.styleRules();
        Instant now = Instant.now();
        for (var motif : starters) {
            var draft = new MotifDraft(motif.code(), motif.labelFr(), motif.labelEn(), parent, motif.keywords(),
                    motif.priority(), motif.channels());
            UUID id = existing.get(motif.code());
            if (id == null) {
                id = motifs.createMotif(draft);
            } else {
                motifs.updateMotif(id, draft);
            }
            Motif stored = rows.motif(id);
            for (var starter : motif.answers()) {
                Answer answer = new Answer(stored, Brand.DEFAULT_ID, starter.title(), starter.reference(), installer, now);
                answer.rewrite(stored, starter.title(), starter.reference(), starter.facts().stream()
                        .map(f -> Fact.stated(f.name(), f.kind(), f.value())).toList(), null, null, installer, now);
                starter.variants().forEach((form, text) -> {
                    var report = VariantCheck.authoring(text, starter.facts(), rules);
                    if (report.blocksApproval()) {
                        throw new IllegalStateException("the starter library's " + motif.code() + " " + form
                                + " variant does not pass its checks: " + report.describe(Locale.ENGLISH));
                    }
                    answer.addVariant(form).write(text.subject(), text.greeting(), text.body(), text.closing(),
                            text.signature(), text.templateName(), text.templateParameters(), now);
                });
                answer.submit();
                answer.approve(installer, now);
                em.persist(answer);
                em.persist(new AnswerEvent(answer.getId(), 0, AnswerEvent.Action.CREATED, installer, now, null, null));
                em.persist(new AnswerEvent(answer.getId(), answer.getVersion(), AnswerEvent.Action.APPROVED, installer, now,
                        "Bibliothèque de départ", AnswerTexts.snapshot(answer)));
            }
            install(motif.children(), id, existing, installer);
        }
    }
}
