package dev.pharmatrace.epcis.cli;

import dev.pharmatrace.epcis.model.report.Finding;
import dev.pharmatrace.epcis.rules.Hierarchy;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The {@code validate --format json} report (documented in docs/rules.md): {@code {"valid": bool, "files": [{"file",
 * "valid", "profile", "findings": [{"ruleId", "severity", "message", "file", "line", "column", "jsonPointer",
 * "eventIndex", "field"}], "hierarchy": [{"id", "children": [...]}]}]}}; {@code hierarchy} only when rules ran.
 */
final class JsonReport {
  private JsonReport() {}

  static void file(Writer w, String file, boolean valid, String profile, List<Finding> findings, Hierarchy hierarchy)
      throws IOException {
    w.write("{\"file\":" + q(file) + ",\"valid\":" + valid + ",\"profile\":" + q(profile) + ",\"findings\":[");
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      if (i > 0) {
        w.write(',');
      }
      w.write("{\"ruleId\":" + q(f.ruleId()) + ",\"severity\":" + q(f.severity().label())
          + ",\"message\":" + q(f.message()) + ",\"file\":" + q(f.location().file())
          + ",\"line\":" + f.location().line() + ",\"column\":" + f.location().column()
          + ",\"jsonPointer\":" + q(f.location().jsonPointer())
          + ",\"eventIndex\":" + f.location().eventIndex() + ",\"field\":" + q(f.location().field()) + "}");
    }
    w.write(']');
    if (hierarchy != null) {
      w.write(",\"hierarchy\":");
      nodes(w, hierarchy, hierarchy.roots());
    }
    w.write('}');
  }

  /** The nodes and their children, depth first (packing depth is small: pallet, case, item). */
  private static void nodes(Writer w, Hierarchy hierarchy, List<String> ids) throws IOException {
    w.write('[');
    for (int i = 0; i < ids.size(); i++) {
      if (i > 0) {
        w.write(',');
      }
      String id = ids.get(i);
      w.write("{\"id\":" + q(id));
      List<String> children = hierarchy.children(id);
      if (!children.isEmpty()) {
        w.write(",\"children\":");
        nodes(w, hierarchy, children);
      }
      w.write('}');
    }
    w.write(']');
  }

  static String q(String v) {
    if (v == null) {
      return "null";
    }
    StringBuilder s = new StringBuilder("\"");
    for (char c : v.toCharArray()) {
      switch (c) {
        case '"' -> s.append("\\\"");
        case '\\' -> s.append("\\\\");
        case '\n' -> s.append("\\n");
        case '\r' -> s.append("\\r");
        case '\t' -> s.append("\\t");
        default -> {
          if (c < 0x20) {
            s.append(String.format("\\u%04x", (int) c));
          } else {
            s.append(c);
          }
        }
      }
    }
    return s.append('"').toString();
  }
}
