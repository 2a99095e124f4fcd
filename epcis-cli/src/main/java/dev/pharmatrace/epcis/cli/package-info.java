/** The {@code epcis} command line: {@link dev.pharmatrace.epcis.cli.Main}. */
package dev.pharmatrace.epcis.cli;
