/** Input and output helpers shared by the syntax modules: atomic file output. */
package dev.pharmatrace.epcis.model.io;
