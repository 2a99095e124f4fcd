package dev.pharmatrace.epcis.jsonld.internal;

/** JSON pointers (RFC 6901) of the members findings name. */
public final class Pointers {
  private Pointers() {}

  /**
   * The pointer step to a member: {@code /} and the name, with {@code ~} written {@code ~0} and {@code /} written
   * {@code ~1}, so that a name such as {@code componehttp://nt} still points at its member.
   */
  public static String member(String name) {
    if (name.indexOf('~') < 0 && name.indexOf('/') < 0) {
      return "/" + name;
    }
    return "/" + name.replace("~", "~0").replace("/", "~1");
  }
}
