/**
 * EPCIS 2.0 and 1.2 XML. This release fixes the namespaces; the streaming reader, writer and validator arrive with
 * the XML issue.
 */
package dev.pharmatrace.epcis.xml;
