package io.relais.web.api;

import jakarta.ws.rs.BadRequestException;

import java.util.EnumSet;

/** Reads enum values from requests without case, and says which values exist when one does not. */
final class EnumParameters {

    private EnumParameters() {
    }

    static <E extends Enum<E>> E required(Class<E> type, String name, String field) {
        if (name == null || name.isBlank()) {
            throw new BadRequestException("'" + field + "' is required; expected one of " + EnumSet.allOf(type));
        }
        try {
            return Enum.valueOf(type, name.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("unknown " + field + " '" + name + "'; expected one of " + EnumSet.allOf(type));
        }
    }

    static <E extends Enum<E>> E optional(Class<E> type, String name, String field) {
        return name == null || name.isBlank() ? null : required(type, name, field);
    }
}
