package io.relais.channels.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** The bytes of a file that came with an inbound message; the timeline refers to it by id. */
@Entity
@Table(name = "ch_attachment")
public class StoredAttachment {

    public static final String REF_PREFIX = "attachment:";

    @Id
    private UUID id;

    @Column(name = "pipeline_id", nullable = false)
    private UUID pipelineId;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 255)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "content_id", length = 255)
    private String contentId;

    @Column(nullable = false)
    private byte[] content;

    @Column(name = "stored_at", nullable = false)
    private Instant storedAt;

    protected StoredAttachment() {
    }

    public StoredAttachment(UUID id, UUID pipelineId, String fileName, String mediaType, String contentId,
                            byte[] content, Instant storedAt) {
        this.id = id;
        this.pipelineId = pipelineId;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = content.length;
        this.contentId = contentId;
        this.content = content;
        this.storedAt = storedAt;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public byte[] getContent() {
        return content;
    }
}
