package io.relais.web.admin;

import io.relais.shared.Refusal;
import io.relais.staff.boundary.ApiTokenView;
import io.relais.staff.boundary.IssuedToken;
import io.relais.staff.boundary.StaffDirectory;
import io.relais.staff.boundary.StaffView;
import io.relais.web.i18n.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/** Issue and revoke personal API tokens; a new token is shown once, right after it is issued. */
@Named
@ViewScoped
public class TokensView implements Serializable {

    @Inject
    StaffDirectory staffDirectory;

    @Inject
    SecurityContext securityContext;

    @Inject
    Messages messages;

    private String username;
    private String label;
    private String issuedToken;
    private List<ApiTokenView> tokens;

    public List<ApiTokenView> getTokens() {
        if (tokens == null) {
            tokens = staffDirectory.tokens();
        }
        return tokens;
    }

    public List<StaffView> getStaff() {
        return staffDirectory.staff();
    }

    public void issue() {
        try {
            IssuedToken issued = staffDirectory.issueToken(username, label, securityContext.getCallerPrincipal().getName());
            issuedToken = issued.token();
            label = null;
            tokens = null;
            messages.info("tokens.issued");
        } catch (Refusal e) {
            messages.error("tokens.refused", e.message(messages.locale()));
        }
    }

    public void revoke(UUID tokenId) {
        staffDirectory.revokeToken(tokenId);
        tokens = null;
        messages.info("tokens.revoked");
    }

    public String getIssuedToken() {
        return issuedToken;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }
}
