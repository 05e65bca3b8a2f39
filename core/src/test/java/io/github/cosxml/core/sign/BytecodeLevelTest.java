package io.github.cosxml.core.sign;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Acceptance point 4: every main class of core is Java 8 bytecode (class file major version 52). */
class BytecodeLevelTest {
    @Test
    void everyMainClassIsJava8Bytecode() throws Exception {
        Path classes = Paths.get(CosSigner.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classes)) {
            files = walk.filter(p -> p.toString().endsWith(".class")).collect(Collectors.toList());
        }
        assertThat(files).as("classes under " + classes).hasSizeGreaterThan(20);
        assertThat(files.stream().filter(p -> p.toString().contains("cli"))).isNotEmpty();
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                assertThat(majorVersion(in)).as(file.toString()).isEqualTo(52);
            }
        }
    }

    private static int majorVersion(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        assertThat(data.readInt()).isEqualTo(0xCAFEBABE);
        data.readUnsignedShort();
        return data.readUnsignedShort();
    }
}
