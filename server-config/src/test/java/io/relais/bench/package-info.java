/**
 * Benchmarks, not tests: run with {@code ./mvnw verify -Pbench} against Relais on PostgreSQL.
 * Each one seeds its data in bulk, drives load over HTTP from a thread pool in this (separate)
 * process and prints throughput and latency percentiles; the figures go to docs/benchmarks.md.
 */
package io.relais.bench;
