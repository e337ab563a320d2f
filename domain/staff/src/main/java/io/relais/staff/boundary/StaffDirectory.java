package io.relais.staff.boundary;

import io.relais.shared.Role;
import io.relais.shared.event.StaffMemberJoined;
import io.relais.staff.control.PasswordHashing;
import io.relais.staff.control.StaffRefusals;
import io.relais.staff.control.TokenHashing;
import io.relais.staff.control.VerifiedPasswords;
import io.relais.staff.entity.ApiToken;
import io.relais.staff.entity.StaffMember;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Staff accounts, their roles and their API tokens; verifies the credentials people and
 * integrations present, and tells the other modules who is who by id.
 */
@Stateless
public class StaffDirectory {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    static final int MIN_PASSWORD_LENGTH = 10;

    @PersistenceContext(unitName = "staff")
    EntityManager em;

    @Inject
    Event<StaffMemberJoined> joined;

    @Inject
    VerifiedPasswords verifiedPasswords;

    public UUID createStaffMember(NewStaffMember request) {
        String username = normalised(request.username());
        if (!USERNAME.matcher(username).matches()) {
            throw StaffRefusals.invalid("username");
        }
        if (request.displayName() == null || request.displayName().isBlank()
                || request.displayName().length() > StaffMember.DISPLAY_NAME_LENGTH) {
            throw StaffRefusals.invalid("displayName");
        }
        if (request.email() != null && request.email().length() > StaffMember.EMAIL_LENGTH) {
            throw StaffRefusals.invalid("email");
        }
        if (request.password() == null || request.password().length() < MIN_PASSWORD_LENGTH) {
            throw StaffRefusals.invalid("password", MIN_PASSWORD_LENGTH);
        }
        if (request.roles() == null || request.roles().isEmpty()) {
            throw StaffRefusals.invalid("roles");
        }
        if (findByUsername(username).isPresent()) {
            throw StaffRefusals.conflict("usernameTaken", username);
        }
        var member = new StaffMember(username, request.displayName().strip(), request.email(),
                PasswordHashing.hash(request.password()), request.roles(), Instant.now());
        em.persist(member);
        joined.fire(new StaffMemberJoined(member.getId(), Set.copyOf(request.roles()), member.getCreatedAt()));
        return member.getId();
    }

    public long staffCount() {
        return em.createQuery("select count(s) from StaffMember s", Long.class).getSingleResult();
    }

    public Optional<StaffView> member(String username) {
        return findByUsername(normalised(username)).map(StaffDirectory::view);
    }

    /** @return the id of the staff member with that username, if there is one */
    public Optional<UUID> idOf(String username) {
        return em.createQuery("select s.id from StaffMember s where s.username = :username", UUID.class)
                .setParameter("username", normalised(username))
                .getResultStream().findFirst();
    }

    /** The people with these ids, by id; an unknown id is left out. */
    public Map<UUID, StaffView> members(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select s from StaffMember s where s.id in :ids", StaffMember.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(StaffMember::getId, StaffDirectory::view));
    }

    public List<StaffView> staff() {
        return em.createQuery("select s from StaffMember s order by s.username", StaffMember.class)
                .getResultStream()
                .map(StaffDirectory::view)
                .toList();
    }

    /**
     * @return the signed-in person, or empty when the name is unknown, inactive or the password wrong.
     * A password verified a moment ago against the same stored hash is not hashed again.
     */
    public Optional<StaffCredentials> verifyPassword(String username, String password) {
        if (username == null || password == null) {
            return Optional.empty();
        }
        String name = normalised(username);
        Optional<StaffMember> member = findByUsername(name);
        if (member.isEmpty()) {
            PasswordHashing.verifyDecoy(password);
            return Optional.empty();
        }
        StaffMember found = member.get();
        Instant now = Instant.now();
        boolean verified = verifiedPasswords.recall(name, password, found.getPasswordHash(), now);
        if (!verified && PasswordHashing.verify(password, found.getPasswordHash())) {
            verifiedPasswords.remember(name, password, found.getPasswordHash(), now);
            verified = true;
        }
        if (!verified || !found.isActive()) {
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
        StaffMember owner = findByUsername(normalised(username))
                .orElseThrow(() -> StaffRefusals.invalid("unknown", username));
        if (label == null || label.isBlank() || label.length() > ApiToken.LABEL_LENGTH) {
            throw StaffRefusals.invalid("token.label");
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

    private static String normalised(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private static StaffCredentials credentials(StaffMember member) {
        Set<String> roles = member.getRoles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
        return new StaffCredentials(member.getId(), member.getUsername(), member.getDisplayName(), roles);
    }

    private static StaffView view(StaffMember m) {
        return new StaffView(m.getId(), m.getUsername(), m.getDisplayName(), m.getEmail(), m.isActive(), m.getRoles());
    }
}
