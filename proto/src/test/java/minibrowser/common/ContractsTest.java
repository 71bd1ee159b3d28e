package minibrowser.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.EnumDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorSet;
import com.google.protobuf.DescriptorProtos.ServiceDescriptorProto;
import com.google.protobuf.DescriptorProtos.SourceCodeInfo.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every contract says who implements it, who calls it and how far the callee
 * trusts the caller; every service, rpc, message, field, enum and
 * enum value has a comment of its own; every enum starts with *_UNSPECIFIED = 0.
 *
 * <p>The comments are read from the descriptors protoc writes with their source info
 * (the protobuf-maven-plugin's {@code writeDescriptorSet} in this module's pom), so
 * what counts as "the comment of a field" is exactly what protoc attaches to it: the
 * lines right above it or the rest of its own line.
 */
class ContractsTest {
    // Field numbers of descriptor.proto: the steps of a SourceCodeInfo location path.
    private static final int FILE_MESSAGE = 4, FILE_ENUM = 5, FILE_SERVICE = 6, FILE_EXTENSION = 7, FILE_SYNTAX = 12;
    private static final int MESSAGE_FIELD = 2, MESSAGE_NESTED = 3, MESSAGE_ENUM = 4;
    private static final int ENUM_VALUE = 2;
    private static final int SERVICE_METHOD = 2;

    private static List<Path> protoFiles() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/proto"))) {
            return files.filter(p -> p.toString().endsWith(".proto")).sorted().collect(Collectors.toList());
        }
    }

    /** The contracts as protoc compiled them for this build, with their comments. */
    static List<FileDescriptorProto> contracts() throws IOException {
        Path set = Path.of(System.getProperty("contracts.descriptorSet", "target/contracts/contracts.protobin"));
        try (InputStream in = Files.newInputStream(set)) {
            return FileDescriptorSet.parseFrom(in).getFileList().stream()
                    .filter(f -> !f.getName().startsWith("google/"))
                    .collect(Collectors.toList());
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

    @Test
    void theDescriptorSetHoldsEveryProtoFile() throws IOException {
        List<String> compiled = contracts().stream().map(FileDescriptorProto::getName).sorted().collect(Collectors.toList());
        List<String> sources = protoFiles().stream()
                .map(p -> Path.of("src/main/proto").relativize(p).toString().replace('\\', '/'))
                .collect(Collectors.toList());
        assertTrue(compiled.equals(sources), "compiled " + compiled + ", sources " + sources);
    }

    @Test
    void everyServiceRpcMessageFieldEnumAndValueHasAComment() throws IOException {
        List<String> uncommented = new ArrayList<>();
        for (FileDescriptorProto file : contracts()) {
            uncommented.addAll(uncommented(file));
        }
        assertTrue(uncommented.isEmpty(), "without a comment:\n  " + String.join("\n  ", uncommented));
    }

    @Test
    void aDeletedCommentIsFound() throws IOException {
        FileDescriptorProto plugin = contracts().stream().filter(f -> f.getName().equals("plugin.proto"))
                .findFirst().orElseThrow();
        FileDescriptorProto stripped = plugin.toBuilder().setSourceCodeInfo(plugin.getSourceCodeInfo().toBuilder()
                .clearLocation()
                .addAllLocation(plugin.getSourceCodeInfo().getLocationList().stream()
                        .filter(l -> !l.getPathList().equals(List.of(FILE_SERVICE, 0, SERVICE_METHOD, 0)))
                        .collect(Collectors.toList())))
                .build();
        assertTrue(uncommented(plugin).isEmpty(), uncommented(plugin).toString());
        assertFalse(uncommented(stripped).isEmpty(), "a method whose comment is gone must be reported");
        assertTrue(uncommented(stripped).get(0).contains("rpc Plugin.CreateInstance"), uncommented(stripped).toString());
    }

    /** What in one file has no leading or trailing comment, in words ("control.proto: rpc Control.ListTabs"). */
    private static List<String> uncommented(FileDescriptorProto file) {
        Map<List<Integer>, Location> locations = new HashMap<>();
        for (Location location : file.getSourceCodeInfo().getLocationList()) {
            locations.put(location.getPathList(), location);
        }
        Checker check = new Checker(file.getName(), locations);
        Location syntax = locations.get(List.of(FILE_SYNTAX));
        if (syntax == null || (syntax.getLeadingComments().isBlank() && syntax.getLeadingDetachedCommentsCount() == 0)) {
            check.missing.add(file.getName() + ": the header comment");
        }
        for (int s = 0; s < file.getServiceCount(); s++) {
            ServiceDescriptorProto service = file.getService(s);
            check.at("service " + service.getName(), FILE_SERVICE, s);
            for (int m = 0; m < service.getMethodCount(); m++) {
                check.at("rpc " + service.getName() + "." + service.getMethod(m).getName(), FILE_SERVICE, s, SERVICE_METHOD, m);
            }
        }
        for (int m = 0; m < file.getMessageTypeCount(); m++) {
            message(check, file.getMessageType(m), file.getMessageType(m).getName(), List.of(FILE_MESSAGE, m));
        }
        for (int e = 0; e < file.getEnumTypeCount(); e++) {
            enumType(check, file.getEnumType(e), file.getEnumType(e).getName(), List.of(FILE_ENUM, e));
        }
        for (int x = 0; x < file.getExtensionCount(); x++) {
            check.at("extension " + file.getExtension(x).getName(), FILE_EXTENSION, x);
        }
        return check.missing;
    }

    private static void message(Checker check, DescriptorProto message, String name, List<Integer> path) {
        // A map field's entry type is made by protoc and has no source of its own.
        if (message.getOptions().getMapEntry()) return;
        check.at("message " + name, path);
        for (int f = 0; f < message.getFieldCount(); f++) {
            check.at("field " + name + "." + message.getField(f).getName(), append(path, MESSAGE_FIELD, f));
        }
        for (int n = 0; n < message.getNestedTypeCount(); n++) {
            DescriptorProto nested = message.getNestedType(n);
            message(check, nested, name + "." + nested.getName(), append(path, MESSAGE_NESTED, n));
        }
        for (int e = 0; e < message.getEnumTypeCount(); e++) {
            EnumDescriptorProto nested = message.getEnumType(e);
            enumType(check, nested, name + "." + nested.getName(), append(path, MESSAGE_ENUM, e));
        }
    }

    private static void enumType(Checker check, EnumDescriptorProto type, String name, List<Integer> path) {
        check.at("enum " + name, path);
        for (int v = 0; v < type.getValueCount(); v++) {
            check.at("value " + name + "." + type.getValue(v).getName(), append(path, ENUM_VALUE, v));
        }
    }

    private static List<Integer> append(List<Integer> path, int... steps) {
        List<Integer> longer = new ArrayList<>(path);
        for (int step : steps) longer.add(step);
        return longer;
    }

    /** Collects the elements whose location carries neither a leading nor a trailing comment. */
    private static final class Checker {
        final String file;
        final Map<List<Integer>, Location> locations;
        final List<String> missing = new ArrayList<>();

        Checker(String file, Map<List<Integer>, Location> locations) {
            this.file = file;
            this.locations = locations;
        }

        void at(String what, int... path) {
            at(what, append(List.of(), path));
        }

        void at(String what, List<Integer> path) {
            Location location = locations.get(path);
            boolean commented = location != null
                    && !(location.getLeadingComments().isBlank() && location.getTrailingComments().isBlank());
            if (!commented) missing.add(file + ": " + what);
        }
    }
}
