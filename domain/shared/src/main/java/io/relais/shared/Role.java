package io.relais.shared;

/**
 * The roles a staff member may hold. They are also the Jakarta Security group names and the
 * role names used in {@code @RolesAllowed}, so the constants below must stay equal to the names.
 */
public enum Role {
    AGENT,
    SUPERVISOR,
    ADMIN;

    public static final String AGENT_NAME = "AGENT";
    public static final String SUPERVISOR_NAME = "SUPERVISOR";
    public static final String ADMIN_NAME = "ADMIN";
}
