/** Implementation of the rules: the session, the rule checks and the compact identifier index. */
package dev.pharmatrace.epcis.rules.internal;
