package dev.pharmatrace.epcis.jsonld.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** RFC 6901, section 3: '~' is written '~0' and '/' is written '~1' in a reference token. */
class PointersTest {
  @Test
  void memberStepsAreEscapedAsRfc6901Says() {
    assertThat(Pointers.member("epcList")).isEqualTo("/epcList");
    assertThat(Pointers.member("")).isEqualTo("/");
    assertThat(Pointers.member("a/b")).isEqualTo("/a~1b");
    assertThat(Pointers.member("m~n")).isEqualTo("/m~0n");
    // '~' first, so that the '~' of an escaped '/' is not escaped again (RFC 6901's own example: "~1" is "/~01")
    assertThat(Pointers.member("~1")).isEqualTo("/~01");
    assertThat(Pointers.member("http://x/~y")).isEqualTo("/http:~1~1x~1~0y");
  }
}
