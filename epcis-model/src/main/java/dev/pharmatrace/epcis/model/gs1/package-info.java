/**
 * GS1 identifiers: check digits, character sets, the Application Identifier (AI) table, element strings
 * (as read from a GS1 DataMatrix / GS1-128 / GS1 QR symbol), GS1 Digital Link URIs and EPC URIs (GS1 Tag
 * Data Standard pure identity, class and pattern URIs), with lossless conversion between the three forms
 * through one common representation, {@link dev.pharmatrace.epcis.model.gs1.Gs1Identifier}.
 *
 * <h2>Forms</h2>
 * <table>
 *   <caption>One SGTIN in its three forms</caption>
 *   <tr><th>Form</th><th>Example</th><th>Type</th></tr>
 *   <tr><td>EPC URI</td><td>{@code urn:epc:id:sgtin:0614141.112345.400}</td><td>{@link dev.pharmatrace.epcis.model.gs1.EpcUri}</td></tr>
 *   <tr><td>Digital Link</td><td>{@code https://id.gs1.org/01/80614141123458/21/400}</td><td>{@link dev.pharmatrace.epcis.model.gs1.DigitalLink}</td></tr>
 *   <tr><td>Element string</td><td>{@code (01)80614141123458(21)400}</td><td>{@link dev.pharmatrace.epcis.model.gs1.ElementString}</td></tr>
 * </table>
 *
 * <p>EPC URI to Digital Link or element string is mechanical: the dot in the URI gives the length of the GS1
 * Company Prefix (GCP). The opposite direction needs that length, which the GS1 key itself does not carry: it
 * comes from the input where the input carries it (a parsed EPC URI remembers it), else from a
 * {@link dev.pharmatrace.epcis.model.gs1.CompanyPrefixProvider}. When neither knows it, the conversion fails with
 * rule {@code GCP-LENGTH-UNKNOWN}; this package never guesses.
 *
 * <h2>Errors</h2>
 * Every rejection throws {@link dev.pharmatrace.epcis.model.gs1.InvalidIdentifierException}, which names the
 * violated rule ({@link dev.pharmatrace.epcis.model.gs1.IdentifierRule}, a stable code such as
 * {@code GS1-CHECK-DIGIT}), the input, the offending part and, where meaningful, its index in the input.
 *
 * <h2>Entry point</h2>
 * {@link dev.pharmatrace.epcis.model.gs1.Identifiers#parse(String)} detects the form of a string and returns a
 * typed view; {@link dev.pharmatrace.epcis.model.gs1.Identifiers#convert} converts it to another form.
 *
 * <p>Normative sources: GS1 General Specifications (AI table, check digit, character sets), GS1 Tag Data
 * Standard 2.x (EPC URIs), GS1 Digital Link Standard: URI Syntax 1.x. Everything is immutable and thread-safe.
 */
package dev.pharmatrace.epcis.model.gs1;
