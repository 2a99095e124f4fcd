package dev.pharmatrace.epcis.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileOutputTest {

  static void write(Path target, String content) throws IOException {
    try (AtomicFileOutput out = AtomicFileOutput.open(target)) {
      out.stream().write(content.getBytes(StandardCharsets.UTF_8));
      out.commit();
    }
  }

  @Test
  void aCommittedFileHasItsContentAndNoTemporaryFileRemains(@TempDir Path dir) throws IOException {
    write(dir.resolve("out.xml"), "<a/>");
    assertThat(dir.resolve("out.xml")).hasContent("<a/>");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("out.xml");
    }
  }

  @Test
  void anUncommittedWriteLeavesTheTargetAsItWas(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("out.xml");
    Files.writeString(target, "old");
    try (AtomicFileOutput out = AtomicFileOutput.open(target)) {
      out.stream().write("new, half written".getBytes(StandardCharsets.UTF_8));
    }
    assertThat(target).hasContent("old");
    try (var files = Files.list(dir)) {
      assertThat(files.count()).isEqualTo(1);
    }
  }

  @Test
  void aNewFileGetsTheDefaultPermissionsNotOwnerOnly(@TempDir Path dir) throws IOException {
    Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
        "the file system has no POSIX permissions to compare");
    Path plain = Files.createFile(dir.resolve("plain.txt")); // what the user's umask gives
    write(dir.resolve("out.xml"), "<a/>");
    assertThat(Files.getPosixFilePermissions(dir.resolve("out.xml")))
        .isEqualTo(Files.getPosixFilePermissions(plain));
  }

  @Test
  void aReplacedFileKeepsItsPermissions(@TempDir Path dir) throws IOException {
    Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
        "the file system has no POSIX permissions to compare");
    Path target = dir.resolve("out.xml");
    Files.writeString(target, "old");
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r-----"));
    write(target, "new");
    assertThat(target).hasContent("new");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r-----");
  }
}
