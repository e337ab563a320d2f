package io.relais.routing.boundary;

import io.relais.routing.control.PasswordHashing;
import io.relais.routing.control.RoutingRefusals;
import io.relais.routing.control.TokenHashing;
import io.relais.routing.entity.ApiToken;
import io.relais.routing.entity.RoutingAgent;
import io.relais.routing.entity.StaffMember;
import io.relais.shared.Role;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Staff accounts, their roles and their API tokens; verifies the credentials people and
 * integrations present.
 */
@Stateless
public class StaffDirectory {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    static final int MIN_PASSWORD_LENGTH = 10;

    @PersistenceContext(unitName = "routing")
    EntityManager em;

    public UUID createStaffMember(NewStaffMember request) {
        String username = request.username() == null ? "" : request.username().strip().toLowerCase();
        if (!USERNAME.matcher(username).matches()) {
            throw RoutingRefusals.refusal(RoutingRefusals.reason("staff.username"));
        }
        if (request.password() == null || request.password().length() < MIN_PASSWORD_LENGTH) {
            throw RoutingRefusals.refusal(RoutingRefusals.reason("staff.password", MIN_PASSWORD_LENGTH));
        }
        if (request.roles() == null || request.roles().isEmpty()) {
            throw RoutingRefusals.refusal(RoutingRefusals.reason("staff.roles"));
        }
        if (findByUsername(username).isPresent()) {
            throw RoutingRefusals.refusal(RoutingRefusals.reason("staff.usernameTaken", username));
        }
        var member = new StaffMember(username, request.displayName(), request.email(),
                PasswordHashing.hash(request.password()), request.roles(), Instant.now());
        em.persist(member);
        if (request.roles().contains(Role.AGENT)) {
            em.persist(new RoutingAgent(member.getId(), member.getCreatedAt()));
        }
        return member.getId();
    }

    public long staffCount() {
        return em.createQuery("select count(s) from StaffMember s", Long.class).getSingleResult();
    }

    public Optional<StaffView> member(String username) {
        return em.createQuery("select s from StaffMember s where s.username = :username", StaffMember.class)
                .setParameter("username", username)
                .getResultStream().findFirst().map(StaffDirectory::view);
    }

    public List<StaffView> staff() {
        return em.createQuery("select s from StaffMember s order by s.username", StaffMember.class)
                .getResultStream()
                .map(StaffDirectory::view)
                .toList();
    }

    /** @return the signed-in person, or empty when the name is unknown, inactive or the password wrong */
    public Optional<StaffCredentials> verifyPassword(String username, String password) {
        if (username == null || password == null) {
            return Optional.empty();
        }
        Optional<StaffMember> member = findByUsername(username.strip().toLowerCase());
        if (member.isEmpty()) {
            PasswordHashing.verifyDecoy(password);
            return Optional.empty();
        }
        StaffMember found = member.get();
        if (!PasswordHashing.verify(password, found.getPasswordHash()) || !found.isActive()) {
            return Optional.empty();
        }
        return Optional.of(credentials(found));
    }

    /** @return the token's owner, or empty when the token is unknown, revoked, or its owner inactive */
    public Optional<StaffCredentials> verifyToken(String token) {
        if (token == null || !token.startsWith(TokenHashing.PREFIX)) {
            return Optional.empty();
        }
        Optional<ApiToken> found = em.createQuery("select t from ApiToken t where t.tokenHash = :hash", ApiToken.class)
                .setParameter("hash", TokenHashing.hash(token))
                .getResultStream()
                .findFirst();
        if (found.isEmpty() || found.get().isRevoked()) {
            return Optional.empty();
        }
        StaffMember owner = em.find(StaffMember.class, found.get().getStaffId());
        if (owner == null || !owner.isActive()) {
            return Optional.empty();
        }
        found.get().noteUse(Instant.now());
        return Optional.of(credentials(owner));
    }

    public IssuedToken issueToken(String username, String label, String issuedBy) {
        StaffMember owner = findByUsername(username == null ? "" : username.strip().toLowerCase())
                .orElseThrow(() -> RoutingRefusals.refusal(RoutingRefusals.reason("staff.unknown", username)));
        if (label == null || label.isBlank() || label.length() > 200) {
            throw RoutingRefusals.refusal(RoutingRefusals.reason("token.label"));
        }
        String token = TokenHashing.newToken();
        var apiToken = new ApiToken(owner.getId(), label.strip(), TokenHashing.hash(token), issuedBy, Instant.now());
        em.persist(apiToken);
        return new IssuedToken(apiToken.getId(), token);
    }

    /** @return false when there is no such token */
    public boolean revokeToken(UUID tokenId) {
        ApiToken token = em.find(ApiToken.class, tokenId);
        if (token == null) {
            return false;
        }
        token.revoke(Instant.now());
        return true;
    }

    public List<ApiTokenView> tokens() {
        Map<UUID, String> usernames = em.createQuery("select s from StaffMember s", StaffMember.class)
                .getResultStream()
                .collect(Collectors.toMap(StaffMember::getId, StaffMember::getUsername));
        return em.createQuery("select t from ApiToken t order by t.createdAt desc", ApiToken.class)
                .getResultStream()
                .map(t -> new ApiTokenView(t.getId(), t.getStaffId(), usernames.get(t.getStaffId()), t.getLabel(),
                        t.getCreatedAt(), t.getCreatedBy(), t.getLastUsedAt(), t.getRevokedAt()))
                .toList();
    }

    private Optional<StaffMember> findByUsername(String username) {
        return em.createQuery("select s from StaffMember s where s.username = :username", StaffMember.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    private static StaffCredentials credentials(StaffMember member) {
        Set<String> roles = member.getRoles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
        return new StaffCredentials(member.getId(), member.getUsername(), member.getDisplayName(), roles);
    }

    private static StaffView view(StaffMember m) {
        return new StaffView(m.getId(), m.getUsername(), m.getDisplayName(), m.getEmail(), m.isActive(), m.getRoles());
    }
}
