package io.relais.web.security;

import java.io.Serializable;
import java.util.Set;

/** What the HTTP session remembers of a form sign-in. */
record SignedInCaller(String username, Set<String> roles) implements Serializable {

    static final String SESSION_ATTRIBUTE = "io.relais.signedIn";
}
