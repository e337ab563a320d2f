package io.relais.it.arquillian.probe;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

@ApplicationPath("/")
public class ProbeApplication extends Application {
}
