/**
 * Implementation of the T3 builder (the shipment plan and the lazy event sequence), the scrambled serial source and
 * the sample data; not public API, may change in any release.
 */
package dev.pharmatrace.epcis.dscsa.internal;
