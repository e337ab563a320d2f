package io.relais.responses.boundary;

import java.util.UUID;

public record MotifView(UUID id, String code, String labelFr, String labelEn, UUID parentId) {
}
