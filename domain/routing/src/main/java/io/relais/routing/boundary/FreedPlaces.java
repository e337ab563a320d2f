package io.relais.routing.boundary;

import io.relais.routing.boundary.AssignmentRounds.AssignmentRound;
import io.relais.routing.control.AgentRoster;
import io.relais.routing.control.WaitingLines.Candidate;
import io.relais.routing.control.WaitingLines;
import io.relais.routing.entity.RoutingAgent;
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
 * <p>Two round trips on one connection, through JDBC: the agent's row read as it is (presence, load,
 * version), then the writes, on the condition that his row has not changed since: his row locked if
 * its version is the one read, the conversation assigned if it still waits, his load. On PostgreSQL
 * the writes are one statement (data-modifying {@code WITH} queries) that commits as it runs; on other
 * databases (H2) the same three steps are statements of a local transaction. A lone decision is
 * little more than a transaction's fixed costs, and round trips are most of them (docs/benchmarks.md).
 * The rules are those of {@link AssignmentRounds}: the agent's row locked before the conversation's, his
 * capacity judged on the row as it is when locked (here: unchanged since read), each row's version
 * moved on as Hibernate would, so that an entity read before fails its optimistic check.
 *
 * <p>When the lines cannot tell, or choose another agent than the one named (his place did not
 * change: rare), or his row changed between the read and the writes, nothing is written and
 * {@link AssignmentRounds#assignSome} decides as for any round, reading him again under lock.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FreedPlaces {

    /**
     * The agent's row locked only if it is as read, the conversation assigned only then and only if it
     * still waits, his load written only if it was: all or nothing, and in one round trip.
     */
    private static final String ASSIGN_IF_UNCHANGED = """
            with agent as materialized (
                select staff_id from rt_agent where staff_id = ? and version = ? for update),
            assigned as (
                update rt_routing set state = ?, agent_id = ?, owner_id = ?, units = ?, assigned_at = ?,
                    version = version + 1
                where conversation_id = ? and state = ? and exists (select 1 from agent)
                returning conversation_id),
            loaded as (
                update rt_agent set load_units = ?, version = version + 1
                where staff_id = ? and exists (select 1 from assigned))
            select (select count(*) from agent), (select count(*) from assigned)""";

    @Resource(lookup = "jdbc/relais")
    DataSource dataSource;

    @Inject
    AssignmentRounds rounds;

    /** Whether the data source is PostgreSQL; found on the first connection (an instance serves one call at a time). */
    private Boolean postgresql;

    private record AgentRow(Presence presence, Instant presenceSince, int loadUnits, long version) {
    }

    /** What the writes did: all of them, or none because the conversation or the agent's row moved on. */
    enum Written { ASSIGNED, NO_LONGER_WAITING, AGENT_CHANGED }

    /**
     * Fills the place the agent freed, updating the dispatcher's copies and lines as
     * {@link AssignmentRounds#assignSome} would; empty when that round has to decide instead.
     */
    public Optional<AssignmentRound> fill(AgentRoster roster, UUID agentId, WaitingLines lines) {
        try (Connection connection = dataSource.getConnection()) {
            // The read and the one-statement writes each commit as they run.
            connection.setAutoCommit(true);
            return decide(connection, roster, agentId, lines);
        } catch (SQLException e) {
            throw new IllegalStateException("the place freed by agent " + agentId + " could not be filled", e);
        }
    }

    private Optional<AssignmentRound> decide(Connection connection, AgentRoster roster, UUID agentId,
                                             WaitingLines lines) throws SQLException {
        AgentRow agent = read(connection, agentId);
        if (agent == null || !roster.follow(agentId, agent.presence(), agent.presenceSince(), agent.loadUnits())) {
            return Optional.empty();
        }
        if (!roster.anyoneWithRoom()) {
            return Optional.of(new AssignmentRound(List.of(), 0, false, 0, false, false, false));
        }
        List<Channel> missing = lines.missing(roster);
        if (!missing.isEmpty()) {
            rounds.waitingLineHeads(missing, roster).forEach((channel, read) -> lines.keep(channel, roster, read));
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
        // The copy has just taken the row's presence and load: it judges as the row would.
        if (agent.presence() != Presence.AVAILABLE || !copy.fits(units)) {
            return Optional.empty();
        }
        int load = agent.loadUnits() + units;
        Written written = onPostgresql(connection)
                ? assignInOneStatement(connection, candidate.conversationId(), agentId, agent.version(), units, load)
                : assignInTransaction(connection, candidate.conversationId(), agentId, agent.version(), units, load);
        if (written == Written.AGENT_CHANGED) {
            return Optional.empty();
        }
        lines.gone(List.of(candidate));
        if (written == Written.NO_LONGER_WAITING) {
            // Taken by hand or parked meanwhile: the next transaction chooses again.
            return Optional.of(new AssignmentRound(List.of(), 1, false, 0, roster.anyoneWithRoom(), false, false));
        }
        roster.follow(agentId, agent.presence(), agent.presenceSince(), load);
        return Optional.of(new AssignmentRound(List.of(candidate.conversationId()), 1, false, 0,
                roster.anyoneWithRoom(), false, false));
    }

    private boolean onPostgresql(Connection connection) throws SQLException {
        if (postgresql == null) {
            postgresql = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        }
        return postgresql;
    }

    private static AgentRow read(Connection connection, UUID agentId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select presence, presence_since, load_units, version from rt_agent where staff_id = ?")) {
            select.setObject(1, agentId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? new AgentRow(Presence.valueOf(row.getString(1)),
                        row.getObject(2, OffsetDateTime.class).toInstant(), row.getInt(3), row.getLong(4)) : null;
            }
        }
    }

    /** The writes on PostgreSQL: one statement, committed as it runs (the connection in autocommit). */
    static Written assignInOneStatement(Connection connection, UUID conversationId, UUID agentId,
                                                long agentVersion, int units, int load) throws SQLException {
        try (PreparedStatement assign = connection.prepareStatement(ASSIGN_IF_UNCHANGED)) {
            assign.setObject(1, agentId);
            assign.setLong(2, agentVersion);
            assign.setString(3, RoutingState.ASSIGNED.name());
            assign.setObject(4, agentId);
            assign.setObject(5, agentId);
            assign.setInt(6, units);
            assign.setObject(7, OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC));
            assign.setObject(8, conversationId);
            assign.setString(9, RoutingState.WAITING.name());
            assign.setInt(10, load);
            assign.setObject(11, agentId);
            try (ResultSet counts = assign.executeQuery()) {
                counts.next();
                if (counts.getLong(1) == 0) {
                    return Written.AGENT_CHANGED;
                }
                return counts.getLong(2) == 1 ? Written.ASSIGNED : Written.NO_LONGER_WAITING;
            }
        }
    }

    /** The writes elsewhere: three statements in a local transaction, rolled back unless all were made. */
    static Written assignInTransaction(Connection connection, UUID conversationId, UUID agentId,
                                               long agentVersion, int units, int load) throws SQLException {
        connection.setAutoCommit(false);
        try {
            Written written = Written.AGENT_CHANGED;
            if (setLoadIfUnchanged(connection, agentId, agentVersion, load)) {
                written = assign(connection, conversationId, agentId, units)
                        ? Written.ASSIGNED : Written.NO_LONGER_WAITING;
            }
            if (written == Written.ASSIGNED) {
                connection.commit();
            } else {
                connection.rollback();
            }
            return written;
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
    }

    /** Locks the agent's row by writing it, if it is as read. */
    private static boolean setLoadIfUnchanged(Connection connection, UUID agentId, long version, int loadUnits)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "update rt_agent set load_units = ?, version = version + 1 where staff_id = ? and version = ?")) {
            update.setInt(1, loadUnits);
            update.setObject(2, agentId);
            update.setLong(3, version);
            return update.executeUpdate() == 1;
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
}
