package dev.pharmatrace.epcis.model.cbv;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A value of a CBV vocabulary: either one of the standard values, however it was spelled, or a user-defined URI.
 *
 * <p>Any input form is accepted: bare word ({@code shipping}), URN ({@code urn:epcglobal:cbv:bizstep:shipping}), Web
 * URI ({@code https://ref.gs1.org/cbv/BizStep-shipping}, also with {@code http:}) and compact IRI ({@code
 * cbv:BizStep-shipping}); surrounding whitespace is ignored. The spelling that was read is kept ({@link #asGiven()},
 * {@link #form()}) so that a document can be written back as it came; each output syntax can ask for its own form
 * with {@link #render(CbvForm)}.
 *
 * <p>Equality is by meaning: two values are equal when they belong to the same vocabulary and denote the same
 * standard value (whatever the spelling), or are the same custom URI. A non-standard word in a CBV namespace (e.g.
 * {@code urn:epcglobal:cbv:bizstep:Shipping}) is kept as a custom value; validation rules report it.
 */
public abstract sealed class CbvValue
    permits BizStep, Disposition, BizTransactionType, SourceDestType, ErrorReason, MeasurementType,
        SensorAlertType, SensorComponent {

  private final CbvVocabulary vocabulary;
  private final String word;
  private final String asGiven;
  private final CbvForm form;
  private final String key;
  /** For a non-standard word spelled in one of the vocabulary's forms: that word; else null. */
  private final String candidate;

  CbvValue(CbvVocabulary vocabulary, String word, String asGiven, CbvForm form) {
    this.vocabulary = vocabulary;
    this.word = word;
    this.asGiven = asGiven;
    this.form = form;
    this.candidate = word != null ? null : parse(vocabulary, java.util.Map.of(), asGiven).candidate();
    this.key = word != null ? word : candidate != null ? vocabulary.webUriPrefix() + candidate : asGiven;
  }

  /** The vocabulary this value belongs to. */
  public final CbvVocabulary vocabulary() {
    return vocabulary;
  }

  /** Whether this is one of the standard CBV 2.0 values of its vocabulary. */
  public final boolean isStandard() {
    return word != null;
  }

  /** The standard bare word (e.g. {@code shipping}); empty for a custom value. */
  public final Optional<String> word() {
    return Optional.ofNullable(word);
  }

  /** The value exactly as it was given (trimmed). */
  public final String asGiven() {
    return asGiven;
  }

  /** The spelling the value was given in. */
  public final CbvForm form() {
    return form;
  }

  /**
   * The value spelled in the requested form. A custom value has only one spelling and is returned as given; a
   * vocabulary without a URN form renders {@link CbvForm#URN} as its Web URI.
   */
  public final String render(CbvForm target) {
    if (target == CbvForm.CUSTOM) {
      return asGiven;
    }
    if (word == null) {
      if (candidate == null) {
        return asGiven;
      }
      // a non-standard word in the vocabulary's namespace: rendered in that namespace; JSON-LD, where a bare word
      // must be a standard value, gets the Web URI
      return switch (target) {
        case URN -> vocabulary.urnPrefix().map(p -> p + candidate).orElse(vocabulary.webUriPrefix() + candidate);
        case WEB_URI, BARE_WORD -> vocabulary.webUriPrefix() + candidate;
        case CURIE -> vocabulary.curiePrefix() + candidate;
        case CUSTOM -> asGiven;
      };
    }
    return switch (target) {
      case BARE_WORD -> word;
      case URN -> vocabulary.urnPrefix().map(p -> p + word).orElse(vocabulary.webUriPrefix() + word);
      case WEB_URI -> vocabulary.webUriPrefix() + word;
      case CURIE -> vocabulary.curiePrefix() + word;
      case CUSTOM -> asGiven;
    };
  }

  /** The URN form ({@code urn:epcglobal:cbv:…}) of a standard value; a custom value as given. */
  public final String urn() {
    return render(CbvForm.URN);
  }

  /** The Web URI form ({@code https://ref.gs1.org/cbv/…}) of a standard value; a custom value as given. */
  public final String webUri() {
    return render(CbvForm.WEB_URI);
  }

  /**
   * The EPCIS 2.0 JSON-LD form: the bare word of a standard value, the Web URI of a non-standard word in the
   * vocabulary's namespace, the URI of any other custom value.
   */
  public final String jsonForm() {
    return render(CbvForm.BARE_WORD);
  }

  /**
   * The identity used by {@link #equals(Object)}: the standard word; for a non-standard word spelled in one of the
   * vocabulary's own forms (bare, URN, Web URI, CURIE), the Web URI it denotes, so that its spellings compare equal;
   * otherwise the custom value as given.
   */
  private String key() {
    return key;
  }

  @Override
  public final boolean equals(Object o) {
    return o instanceof CbvValue other
        && other.getClass() == getClass()
        && other.vocabulary == vocabulary
        && other.isStandard() == isStandard()
        && other.key().equals(key());
  }

  @Override
  public final int hashCode() {
    return Objects.hash(vocabulary, isStandard(), key());
  }

  /** The value as given. */
  @Override
  public final String toString() {
    return asGiven;
  }

  /** What parsing a spelling found: the standard word (or null) and the form. */
  record Parsed(String word, String asGiven, CbvForm form, String candidate) {
    Parsed(String word, String asGiven, CbvForm form) {
      this(word, asGiven, form, null);
    }
  }

  /**
   * Parses any spelling of a value of {@code vocabulary}, recognising the standard words in {@code standard}.
   *
   * @throws IllegalArgumentException if the value is null or blank
   */
  static Parsed parse(CbvVocabulary vocabulary, Map<String, ?> standard, String input) {
    if (input == null) {
      throw new IllegalArgumentException("CBV-EMPTY: a " + vocabulary + " value is required, got null");
    }
    String value = input.strip();
    if (value.isEmpty()) {
      throw new IllegalArgumentException("CBV-EMPTY: a " + vocabulary + " value must not be blank");
    }
    String candidate = null;
    CbvForm form = null;
    Optional<String> urn = vocabulary.urnPrefix();
    String web = vocabulary.webUriPrefix();
    if (urn.isPresent() && startsWithIgnoreCase(value, urn.get())) {
      candidate = value.substring(urn.get().length());
      form = CbvForm.URN;
    } else if (value.startsWith(web)) {
      candidate = value.substring(web.length());
      form = CbvForm.WEB_URI;
    } else if (value.startsWith("http://") && ("https://" + value.substring(7)).startsWith(web)) {
      candidate = value.substring(web.length() - 1);
      form = CbvForm.WEB_URI;
    } else if (value.startsWith(vocabulary.curiePrefix())) {
      candidate = value.substring(vocabulary.curiePrefix().length());
      form = CbvForm.CURIE;
    } else if (value.indexOf(':') < 0) {
      candidate = value;
      form = CbvForm.BARE_WORD;
    }
    if (candidate != null && standard.containsKey(candidate)) {
      return new Parsed(candidate, value, form);
    }
    return new Parsed(null, value, CbvForm.CUSTOM, candidate == null || candidate.isEmpty() ? null : candidate);
  }

  private static boolean startsWithIgnoreCase(String value, String prefix) {
    return value.length() >= prefix.length()
        && value.substring(0, prefix.length()).toLowerCase(Locale.ROOT).equals(prefix);
  }
}
