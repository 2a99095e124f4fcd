/**
 * The CBV 2.0 vocabularies: business steps, dispositions, business transaction types, source/destination types,
 * error reasons and sensor vocabularies, as typed values that accept every spelling and render each syntax's form.
 */
package dev.pharmatrace.epcis.model.cbv;
