package io.relais.channels.boundary;

import io.relais.channels.entity.StoredAttachment;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;
import java.util.UUID;

/** The bytes of files that came with inbound messages, for the workspace to show or download. */
@Stateless
public class StoredAttachments {

    public record AttachmentContent(String fileName, String mediaType, byte[] content) {
    }

    @PersistenceContext(unitName = "channels")
    EntityManager em;

    public Optional<AttachmentContent> find(UUID id) {
        return Optional.ofNullable(em.find(StoredAttachment.class, id))
                .map(a -> new AttachmentContent(a.getFileName(), a.getMediaType(), a.getContent()));
    }
}
