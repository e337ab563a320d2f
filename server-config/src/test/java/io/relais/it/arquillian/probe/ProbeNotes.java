package io.relais.it.arquillian.probe;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.UUID;

/** Each call is its own container transaction, so a read sees only what was committed. */
@Stateless
public class ProbeNotes {

    @PersistenceContext(unitName = "probe")
    EntityManager em;

    public void store(UUID id, String text) {
        em.persist(new ProbeNote(id, text));
    }

    public String read(UUID id) {
        ProbeNote note = em.find(ProbeNote.class, id);
        return note == null ? null : note.getText();
    }
}
