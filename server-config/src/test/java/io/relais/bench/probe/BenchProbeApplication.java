package io.relais.bench.probe;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

@ApplicationPath("/")
public class BenchProbeApplication extends Application {
}
