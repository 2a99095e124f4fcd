package dev.pharmatrace.epcis.cli;

import dev.pharmatrace.epcis.model.report.Finding;
import java.util.List;

/**
 * The {@code validate --format json} report: {@code {"valid": bool, "files": [{"file", "valid", "findings":
 * [{"ruleId", "severity", "message", "file", "line", "column", "jsonPointer", "eventIndex"}]}]}}.
 */
final class JsonReport {
  private JsonReport() {}

  static String file(String file, boolean valid, List<Finding> findings) {
    StringBuilder s = new StringBuilder("{\"file\":").append(q(file)).append(",\"valid\":").append(valid)
        .append(",\"findings\":[");
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      if (i > 0) {
        s.append(',');
      }
      s.append("{\"ruleId\":").append(q(f.ruleId())).append(",\"severity\":").append(q(f.severity().label()))
          .append(",\"message\":").append(q(f.message())).append(",\"file\":").append(q(f.location().file()))
          .append(",\"line\":").append(f.location().line()).append(",\"column\":").append(f.location().column())
          .append(",\"jsonPointer\":").append(q(f.location().jsonPointer()))
          .append(",\"eventIndex\":").append(f.location().eventIndex()).append('}');
    }
    return s.append("]}").toString();
  }

  static String document(List<String> files, boolean valid) {
    return "{\"valid\":" + valid + ",\"files\":[" + String.join(",", files) + "]}";
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
