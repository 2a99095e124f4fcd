/** The Standard Business Document Header (SBDH) that EPCIS documents carry in their header. */
package dev.pharmatrace.epcis.model.sbdh;
