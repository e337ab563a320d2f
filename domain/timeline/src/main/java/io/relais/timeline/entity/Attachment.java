package io.relais.timeline.entity;

import io.relais.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** What is known of a file that came with an interaction; the file itself is kept by the channel. */
@Entity
@Table(name = "tl_attachment")
public class Attachment {

    @Id
    private UUID id;

    @Column(name = "interaction_id", nullable = false)
    private UUID interactionId;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 255)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "storage_ref", length = 500)
    private String storageRef;

    protected Attachment() {
    }

    public Attachment(UUID interactionId, String fileName, String mediaType, long sizeBytes, String storageRef) {
        this.id = Ids.newId();
        this.interactionId = interactionId;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = sizeBytes;
        this.storageRef = storageRef;
    }

    public UUID getId() {
        return id;
    }

    public UUID getInteractionId() {
        return interactionId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getStorageRef() {
        return storageRef;
    }
}
