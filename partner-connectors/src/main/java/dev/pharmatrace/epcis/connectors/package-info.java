/**
 * Delivery of EPCIS documents to trading partners. This release fixes the EPCIS REST header names; transports,
 * retry and the durable outbox arrive with the delivery issue.
 */
package dev.pharmatrace.epcis.connectors;
