package minibrowser.common;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every contract says who implements it, who calls it and how far the callee
 * trusts the caller; every enum starts with *_UNSPECIFIED = 0.
 */
class ContractsTest {
    private static List<Path> protoFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/proto"))) {
            return files.filter(p -> p.toString().endsWith(".proto")).collect(Collectors.toList());
        }
    }

    @Test
    void eachServiceFileNamesImplementerCallerAndTrust() throws IOException {
        for (Path file : protoFiles()) {
            String text = Files.readString(file);
            if (!text.contains("service ")) continue;
            String header = text.substring(0, text.indexOf("syntax"));
            for (String needed : List.of("mplemented by", "alled by", "rust")) {
                assertTrue(header.contains(needed), file + " header lacks '" + needed + "'");
            }
        }
    }

    @Test
    void enumsStartWithUnspecified() throws IOException {
        for (Path file : protoFiles()) {
            String[] parts = Files.readString(file).split("enum ");
            for (int i = 1; i < parts.length; i++) {
                String body = parts[i].substring(parts[i].indexOf('{') + 1);
                String first = body.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("//"))
                        .findFirst().orElse("");
                assertTrue(first.matches("[A-Z_]+_UNSPECIFIED = 0;"), file + ": " + first);
            }
        }
    }
}
