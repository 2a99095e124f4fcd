package dev.pharmatrace.epcis.rules;

import dev.pharmatrace.epcis.model.report.Severity;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which rules a {@link Validator} applies and with which severity, plus the few parameters some rules need. Immutable;
 * start from {@link #core()} or {@link #dscsa()} and adjust with {@link #toBuilder()}:
 *
 * <pre>{@code
 * Profile acme = Profile.dscsa().toBuilder()
 *     .name("acme")
 *     .severity("DSCSA-TS-NOTICE", Severity.ERROR)
 *     .disable("EPCIS-TZ-MISMATCH")
 *     .partners("0361234000006", "0398765000009")
 *     .build();
 * }</pre>
 *
 * Partner profiles can also be read from a small text file ({@link ProfileFiles}).
 */
public final class Profile {
  /** Default of {@link #maxFindingsPerRule()}. */
  public static final int DEFAULT_MAX_FINDINGS_PER_RULE = 1000;
  /** Default of {@link #clockSkew()}. */
  public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofMinutes(5);

  private final String name;
  private final Map<String, Severity> rules;
  private final String sender;
  private final String receiver;
  private final int maxFindingsPerRule;
  private final Duration clockSkew;

  private Profile(Builder b) {
    this.name = b.name;
    this.rules = Collections.unmodifiableMap(new LinkedHashMap<>(b.rules));
    this.sender = b.sender;
    this.receiver = b.receiver;
    this.maxFindingsPerRule = b.maxFindingsPerRule;
    this.clockSkew = b.clockSkew;
  }

  /**
   * The core profile: EPCIS 2.0 / CBV 2.0 rules, identifier syntax, and the traceability checks that hold for any
   * document (no identifier commissioned twice, one parent at a time, no cycles, shipped identifiers top-level,
   * time order). Everything except the DSCSA rules and {@code TRACE-NOT-COMMISSIONED} (a partial document, e.g. a
   * query result, need not contain the commissioning of what it packs).
   */
  public static Profile core() {
    Builder b = builder("core");
    for (Rule r : Rules.all()) {
      if (!r.group().equals("DSCSA") && r != Rules.TRACE_NOT_COMMISSIONED) {
        b.enable(r.id());
      }
    }
    return b.build();
  }

  /**
   * The DSCSA profile (GS1 US guideline for DSCSA, EPCIS 1.2 and 2.0): every rule of the catalogue; an event after
   * the document's creation date is an error. {@code DSCSA-PARTNER} applies only once {@link
   * Builder#partners(String, String)} names the pair.
   */
  public static Profile dscsa() {
    Builder b = builder("dscsa");
    Rules.all().forEach(r -> b.enable(r.id()));
    return b.severity(Rules.EPCIS_TIME_AFTER_CREATION.id(), Severity.ERROR).build();
  }

  /**
   * A built-in profile by name.
   *
   * @param profileName {@code core} or {@code dscsa}
   * @return the profile, or empty for another name
   */
  public static Optional<Profile> builtIn(String profileName) {
    switch (profileName) {
      case "core":
        return Optional.of(core());
      case "dscsa":
        return Optional.of(dscsa());
      default:
        return Optional.empty();
    }
  }

  /** An empty profile (no rule enabled) named {@code name}. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** A builder starting from this profile. */
  public Builder toBuilder() {
    Builder b = new Builder(name);
    b.rules.putAll(rules);
    b.sender = sender;
    b.receiver = receiver;
    b.maxFindingsPerRule = maxFindingsPerRule;
    b.clockSkew = clockSkew;
    return b;
  }

  /** The profile's name, e.g. {@code dscsa} or a partner's name. */
  public String name() {
    return name;
  }

  /** The enabled rules with their severity, in catalogue order. */
  public Map<String, Severity> rules() {
    return rules;
  }

  /** The severity of a rule, or empty when the rule is not enabled. */
  public Optional<Severity> severity(String ruleId) {
    return Optional.ofNullable(rules.get(ruleId));
  }

  /** Whether the rule is enabled. */
  public boolean enabled(String ruleId) {
    return rules.containsKey(ruleId);
  }

  /** The GLN the SBDH sender must have ({@code DSCSA-PARTNER}), if configured. */
  public Optional<String> sender() {
    return Optional.ofNullable(sender);
  }

  /** The GLN the SBDH receiver must have ({@code DSCSA-PARTNER}), if configured. */
  public Optional<String> receiver() {
    return Optional.ofNullable(receiver);
  }

  /**
   * How many findings of one rule are reported per document (default {@value #DEFAULT_MAX_FINDINGS_PER_RULE});
   * beyond that one closing finding gives the number left out. Keeps a report of a million bad items readable and
   * its memory bounded.
   */
  public int maxFindingsPerRule() {
    return maxFindingsPerRule;
  }

  /** Tolerance for {@code EPCIS-TIME-AFTER-CREATION} (default 5 minutes). */
  public Duration clockSkew() {
    return clockSkew;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Profile p && p.name.equals(name) && p.rules.equals(rules) && Objects.equals(p.sender, sender)
        && Objects.equals(p.receiver, receiver) && p.maxFindingsPerRule == maxFindingsPerRule
        && p.clockSkew.equals(clockSkew);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, rules, sender, receiver, maxFindingsPerRule, clockSkew);
  }

  @Override
  public String toString() {
    return "Profile[" + name + ", " + rules.size() + " rules]";
  }

  /** Builds a {@link Profile}. */
  public static final class Builder {
    private String name;
    private final Map<String, Severity> rules = new LinkedHashMap<>();
    private String sender;
    private String receiver;
    private int maxFindingsPerRule = DEFAULT_MAX_FINDINGS_PER_RULE;
    private Duration clockSkew = DEFAULT_CLOCK_SKEW;

    private Builder(String name) {
      name(name);
    }

    /** The profile's name. */
    public Builder name(String value) {
      this.name = Objects.requireNonNull(value, "name");
      return this;
    }

    /**
     * Enables a rule with its default severity (keeps the severity if already enabled).
     *
     * @throws IllegalArgumentException for an unknown rule id
     */
    public Builder enable(String ruleId) {
      rules.putIfAbsent(ruleId, rule(ruleId).defaultSeverity());
      return this;
    }

    /**
     * Enables a rule with this severity.
     *
     * @throws IllegalArgumentException for an unknown rule id
     */
    public Builder severity(String ruleId, Severity severity) {
      rule(ruleId);
      rules.put(ruleId, Objects.requireNonNull(severity, "severity"));
      return this;
    }

    /**
     * Disables a rule.
     *
     * @throws IllegalArgumentException for an unknown rule id
     */
    public Builder disable(String ruleId) {
      rule(ruleId);
      rules.remove(ruleId);
      return this;
    }

    /**
     * The trading-partner pair for {@code DSCSA-PARTNER}: GLNs (13 digits) or SGLN URNs; null to leave one open.
     */
    public Builder partners(String senderGln, String receiverGln) {
      this.sender = senderGln;
      this.receiver = receiverGln;
      return this;
    }

    /** Findings per rule and document (at least 1). */
    public Builder maxFindingsPerRule(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("maxFindingsPerRule must be at least 1, got " + value);
      }
      this.maxFindingsPerRule = value;
      return this;
    }

    /** Tolerance for events after the document's creation date (zero or more). */
    public Builder clockSkew(Duration value) {
      if (value.isNegative()) {
        throw new IllegalArgumentException("clockSkew must not be negative, got " + value);
      }
      this.clockSkew = value;
      return this;
    }

    /** Builds the profile. */
    public Profile build() {
      return new Profile(this);
    }

    private static Rule rule(String ruleId) {
      return Rules.find(ruleId).orElseThrow(() -> new IllegalArgumentException("unknown rule id '" + ruleId
          + "' (see docs/rules.md for the catalogue)"));
    }
  }
}
