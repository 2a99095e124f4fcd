package dev.pharmatrace.epcis.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pharmatrace.epcis.model.report.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileTest {
  @TempDir
  Path dir;

  @Test
  void coreLeavesOutDscsaAndNotCommissioned() {
    Profile core = Profile.core();
    assertThat(core.enabled("TRACE-TWO-PARENTS")).isTrue();
    assertThat(core.enabled("TRACE-NOT-COMMISSIONED")).isFalse();
    assertThat(core.enabled("DSCSA-TS")).isFalse();
    assertThat(core.severity("EPCIS-TIME-AFTER-CREATION")).contains(Severity.WARNING);
    Profile dscsa = Profile.dscsa();
    assertThat(dscsa.rules()).hasSize(Rules.all().size());
    assertThat(dscsa.severity("EPCIS-TIME-AFTER-CREATION")).contains(Severity.ERROR);
  }

  @Test
  void theBuilderOverridesAndLeavesTheOriginalAlone() {
    Profile base = Profile.dscsa();
    Profile p = base.toBuilder().name("acme").severity("DSCSA-TS-NOTICE", Severity.ERROR).disable("EPCIS-TZ-MISMATCH")
        .partners("0361234000007", null).maxFindingsPerRule(5).build();
    assertThat(p.name()).isEqualTo("acme");
    assertThat(p.severity("DSCSA-TS-NOTICE")).contains(Severity.ERROR);
    assertThat(p.enabled("EPCIS-TZ-MISMATCH")).isFalse();
    assertThat(p.sender()).contains("0361234000007");
    assertThat(p.receiver()).isEmpty();
    assertThat(base.severity("DSCSA-TS-NOTICE")).contains(Severity.WARNING);
    assertThat(base.enabled("EPCIS-TZ-MISMATCH")).isTrue();
    assertThat(p.toBuilder().build()).isEqualTo(p);
    assertThatThrownBy(() -> base.toBuilder().disable("NO-SUCH-RULE")).hasMessageContaining("NO-SUCH-RULE");
  }

  @Test
  void aPartnerFileExtendsAProfileAndAnotherFile() throws IOException {
    Files.writeString(dir.resolve("base.properties"), "extends=dscsa\nEPCIS-TZ-MISMATCH=off  # not for us\n");
    Path acme = Files.writeString(dir.resolve("acme.properties"), String.join("\n",
        "# ACME", "extends=base", "sender=urn:epc:id:sgln:0361234.00000.0", "receiver=0398765000009",
        "DSCSA-TS-NOTICE=error", "CBV-UNKNOWN-VALUE = warning", "maxFindingsPerRule=7", "clockSkew=PT10M", ""));
    Profile p = ProfileFiles.load(acme);
    assertThat(p.name()).isEqualTo("acme");
    assertThat(p.enabled("EPCIS-TZ-MISMATCH")).isFalse();
    assertThat(p.severity("DSCSA-TS-NOTICE")).contains(Severity.ERROR);
    assertThat(p.severity("DSCSA-TS")).contains(Severity.ERROR);
    assertThat(p.sender()).contains("urn:epc:id:sgln:0361234.00000.0");
    assertThat(p.receiver()).contains("0398765000009");
    assertThat(p.maxFindingsPerRule()).isEqualTo(7);
    assertThat(p.clockSkew()).isEqualTo(Duration.ofMinutes(10));
    assertThat(ProfileFiles.named("acme", dir)).isEqualTo(p);
    assertThat(ProfileFiles.named("dscsa", dir)).isEqualTo(Profile.dscsa());
  }

  @Test
  void badFilesAreRefusedWithFileAndLine() throws IOException {
    Path typo = Files.writeString(dir.resolve("typo.properties"), "extends=dscsa\nDSCSA-TS-NOTIC=error\n");
    assertThatThrownBy(() -> ProfileFiles.load(typo)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("typo.properties:2:").hasMessageContaining("DSCSA-TS-NOTIC");
    Path level = Files.writeString(dir.resolve("level.properties"), "DSCSA-TS=fatal\n");
    assertThatThrownBy(() -> ProfileFiles.load(level)).hasMessageContaining("level.properties:1:")
        .hasMessageContaining("use error, warning or off");
    Path noEquals = Files.writeString(dir.resolve("eq.properties"), "\n\nDSCSA-TS\n");
    assertThatThrownBy(() -> ProfileFiles.load(noEquals)).hasMessageContaining("eq.properties:3:");
    Path circle = Files.writeString(dir.resolve("a.properties"), "extends=a\n");
    assertThatThrownBy(() -> ProfileFiles.load(circle)).hasMessageContaining("circle");
    assertThatThrownBy(() -> ProfileFiles.named("nobody", dir)).hasMessageContaining("unknown profile 'nobody'");
  }
}
