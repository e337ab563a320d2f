package io.relais.it.arquillian.probe;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** A row the probe writes and reads back through the server's data source. */
@Entity
@Table(name = "it_probe_note")
public class ProbeNote {

    @Id
    private UUID id;

    private String text;

    protected ProbeNote() {
    }

    public ProbeNote(UUID id, String text) {
        this.id = id;
        this.text = text;
    }

    public String getText() {
        return text;
    }
}
