package io.relais.routing.boundary;

import io.relais.routing.boundary.Assignments.AssignmentRound;
import io.relais.routing.control.AgentRoster;
import io.relais.routing.control.WaitingLines;
import io.relais.routing.control.WaitingLines.Candidate;
import io.relais.routing.entity.Presence;
import io.relais.routing.entity.RoutingAgent;
import io.relais.routing.entity.RoutingState;
import io.relais.shared.Channel;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A place freed by one agent (one of his conversations ended or was passed on) filled from the
 * heads of the waiting lines the dispatcher keeps ({@link WaitingLines}): the lone decision of a busy
 * spell's end, every other agent full, places freeing one at a time.
 *
 * <p>One local transaction on one connection, through JDBC: the agent's row locked and read, the
 * conversation assigned if it still waits (a conditional update, not a locked read and a write), the
 * agent's load, the commit. A lone decision is little more than a transaction's fixed costs, and
 * Hibernate's session with the container's transaction were half of them (docs/benchmarks.md). The
 * rules are those of {@link Assignments}: the agent's row locked before the conversation's, the load
 * checked once locked, each row's version moved on as Hibernate would, so that an entity read before
 * fails its optimistic check.
 *
 * <p>When the lines cannot tell, or choose another agent than the one locked here (his place did not
 * change: rare), nothing is written and {@link Assignments#assignSome} decides as for any round.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FreedPlaces {

    @Resource(lookup = "jdbc/relais")
    DataSource dataSource;

    @Inject
    Assignments assignments;

    private record LockedAgent(Presence presence, Instant presenceSince, int loadUnits) {
    }

    /**
     * Fills the place the agent freed, updating the dispatcher's copies and lines as
     * {@link Assignments#assignSome} would; empty when that round has to decide instead.
     */
    public Optional<AssignmentRound> fill(AgentRoster roster, UUID agentId, WaitingLines lines) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Optional<AssignmentRound> round = decide(connection, roster, agentId, lines);
                connection.commit();
                return round;
            } catch (SQLException | RuntimeException e) {
                try {
                    connection.rollback();
                } catch (SQLException rollbackFailed) {
                    e.addSuppressed(rollbackFailed);
                }
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the place freed by agent " + agentId + " could not be filled", e);
        }
    }

    private Optional<AssignmentRound> decide(Connection connection, AgentRoster roster, UUID agentId,
                                             WaitingLines lines) throws SQLException {
        LockedAgent agent = lock(connection, agentId);
        if (agent == null || !roster.follow(agentId, agent.presence(), agent.presenceSince(), agent.loadUnits())) {
            return Optional.empty();
        }
        if (!roster.anyoneWithRoom()) {
            return Optional.of(new AssignmentRound(List.of(), 0, false, 0, false, false, false));
        }
        List<Channel> missing = lines.missing(roster);
        if (!missing.isEmpty()) {
            assignments.waitingLineHeads(missing, roster).forEach((channel, read) -> lines.keep(channel, roster, read));
        }
        if (lines.nothingToTake(roster)) {
            return Optional.of(new AssignmentRound(List.of(), 0, true, 0, true, false, false));
        }
        Optional<WaitingLines.Choice> choice = lines.first(roster)
                .filter(chosen -> chosen.agent().getStaffId().equals(agentId));
        if (choice.isEmpty()) {
            return Optional.empty();
        }
        Candidate candidate = choice.get().candidate();
        RoutingAgent copy = choice.get().agent();
        int units = copy.unitsFor(candidate.channel());
        // The copy has just taken the locked row's presence and load: it judges as the row would.
        if (agent.presence() != Presence.AVAILABLE || !copy.fits(units)) {
            return Optional.empty();
        }
        lines.gone(List.of(candidate));
        if (!assign(connection, candidate.conversationId(), agentId, units)) {
            // Taken by hand or parked meanwhile: the next transaction chooses again.
            return Optional.of(new AssignmentRound(List.of(), 1, false, 0, roster.anyoneWithRoom(), false, false));
        }
        int load = agent.loadUnits() + units;
        setLoad(connection, agentId, load);
        roster.follow(agentId, agent.presence(), agent.presenceSince(), load);
        return Optional.of(new AssignmentRound(List.of(candidate.conversationId()), 1, false, 0,
                roster.anyoneWithRoom(), false, false));
    }

    private static LockedAgent lock(Connection connection, UUID agentId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select presence, presence_since, load_units from rt_agent where staff_id = ? for update")) {
            select.setObject(1, agentId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? new LockedAgent(Presence.valueOf(row.getString(1)),
                        row.getObject(2, OffsetDateTime.class).toInstant(), row.getInt(3)) : null;
            }
        }
    }

    /** True if the conversation still waited and is now the agent's. */
    private static boolean assign(Connection connection, UUID conversationId, UUID agentId, int units)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("update rt_routing set state = ?, agent_id = ?, "
                + "owner_id = ?, units = ?, assigned_at = ?, version = version + 1 "
                + "where conversation_id = ? and state = ?")) {
            update.setString(1, RoutingState.ASSIGNED.name());
            update.setObject(2, agentId);
            update.setObject(3, agentId);
            update.setInt(4, units);
            update.setObject(5, OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC));
            update.setObject(6, conversationId);
            update.setString(7, RoutingState.WAITING.name());
            return update.executeUpdate() == 1;
        }
    }

    private static void setLoad(Connection connection, UUID agentId, int loadUnits) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "update rt_agent set load_units = ?, version = version + 1 where staff_id = ?")) {
            update.setInt(1, loadUnits);
            update.setObject(2, agentId);
            update.executeUpdate();
        }
    }
}
