/**
 * Credential hashing. Passwords use PBKDF2 (slow on purpose); API tokens are long random
 * secrets, so a single SHA-256 is enough and lets a bearer request be checked by index lookup.
 */
package io.relais.routing.control;
