/**
 * Credential hashing and the staff module's refusals. Passwords use PBKDF2 (slow on purpose, in the
 * format of Jakarta Security's {@code Pbkdf2PasswordHash}); API tokens are long random secrets, so a
 * single SHA-256 is enough and a token is found by its hash. {@link io.relais.staff.control.StaffRefusals}
 * says the module's refusals in French on the pages and in English on the API.
 * {@link io.relais.staff.control.StaffTables} is the module's first migration: it takes over the tables
 * routing used to keep.
 */
package io.relais.staff.control;
