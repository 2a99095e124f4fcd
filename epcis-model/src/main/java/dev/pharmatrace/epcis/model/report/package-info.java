/**
 * Findings (rule id, severity, message, location) that readers, validators and rules report, and the exception
 * that carries them.
 */
package dev.pharmatrace.epcis.model.report;
