package io.relais.web.security;

import io.relais.staff.boundary.StaffCredentials;
import io.relais.staff.boundary.StaffDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import java.util.Optional;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.INVALID_RESULT;
import static jakarta.security.enterprise.identitystore.CredentialValidationResult.NOT_VALIDATED_RESULT;

/** Verifies staff passwords and API tokens against the staff directory. */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    @Inject
    StaffDirectory staffDirectory;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (credential instanceof UsernamePasswordCredential password) {
            return result(staffDirectory.verifyPassword(password.getCaller(), password.getPasswordAsString()));
        }
        if (credential instanceof ApiTokenCredential token) {
            return result(staffDirectory.verifyToken(token.token()));
        }
        return NOT_VALIDATED_RESULT;
    }

    private static CredentialValidationResult result(Optional<StaffCredentials> verified) {
        return verified
                .map(staff -> new CredentialValidationResult(staff.username(), staff.roles()))
                .orElse(INVALID_RESULT);
    }
}
