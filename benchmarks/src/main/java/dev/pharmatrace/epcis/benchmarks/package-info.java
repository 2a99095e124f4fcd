/** End-to-end benchmark harnesses; run on demand (see the module's pom), never as tests. */
package dev.pharmatrace.epcis.benchmarks;
