package io.relais.web.demo;

/**
 * The demo's sign-in passwords, listed in the README. They exist only in demo data, which an
 * installation turns off with {@code RELAIS_DEMO_ENABLED=false}.
 */
public final class DemoAccounts {

    public static final String AGENT_PASSWORD = "demo-agent-2026";
    public static final String SUPERVISOR_PASSWORD = "demo-supervisor-2026";
    public static final String ADMIN_PASSWORD = "demo-admin-2026";

    private DemoAccounts() {
    }
}
