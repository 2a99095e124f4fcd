/** The {@code epcis} command line. This release fixes its exit codes; the commands arrive with the CLI issue. */
package dev.pharmatrace.epcis.cli;
