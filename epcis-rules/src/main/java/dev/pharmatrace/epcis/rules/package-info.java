/**
 * Business-rule validation of EPCIS documents: a catalogue of {@linkplain dev.pharmatrace.epcis.rules.Rule rules}
 * with stable ids, {@linkplain dev.pharmatrace.epcis.rules.Profile profiles} that choose rules and severities
 * (core, DSCSA, trading-partner profiles), and a stateless {@linkplain dev.pharmatrace.epcis.rules.Validator
 * validator} whose {@linkplain dev.pharmatrace.epcis.rules.ValidationSession sessions} take a document event by
 * event, in bounded memory, and return every finding together with the reconstructed packing
 * {@linkplain dev.pharmatrace.epcis.rules.Hierarchy hierarchy}.
 *
 * <pre>{@code
 * Validator validator = Validator.of(Profile.dscsa());
 * ValidationSession session = validator.start(stream.document(), "shipment.xml");
 * while (stream.hasNext()) {
 *   EpcisEvent event = stream.next();
 *   session.accept(event, stream.lastEventLocation());
 * }
 * ValidationResult result = session.finish();
 * }</pre>
 */
package dev.pharmatrace.epcis.rules;
