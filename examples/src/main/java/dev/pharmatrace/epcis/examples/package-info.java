/** Runnable examples, one per capability. {@link dev.pharmatrace.epcis.examples.Demo} runs them all. */
package dev.pharmatrace.epcis.examples;
