package nl.werkmap.hub.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import nl.werkmap.sync.protocol.RefusalCode;

/**
 * docs/hub-openapi.yaml lists exactly the error codes the hub can answer with: every {@link RefusalCode} that the
 * hub's code or the protocol code it runs or its content check (nl.werkmap.sync.schema) refers to, and every {@link ServerCodes} code; nothing more (a code the
 * hub no longer gives, as UNKNOWN_DEVICE, must leave the file). Each refusal code appears with its HTTP status.
 */
class OpenApiCodesTest {

    private static final Path OPENAPI = Path.of("docs", "hub-openapi.yaml");

    @Test
    void theOpenApiFileListsExactlyTheCodesTheHubGives() throws Exception {
        assertEquals(emitted(), documented(Files.readString(OPENAPI)));
    }

    @Test
    void everyRefusalCodeIsDocumentedWithItsStatus() throws Exception {
        String yaml = Files.readString(OPENAPI);
        for (String code : emitted()) {
            if (Arrays.stream(RefusalCode.values()).anyMatch(c -> c.name().equals(code))) {
                int status = RefusalCode.valueOf(code).httpStatus();
                assertTrue(yaml.contains(code + " " + status), code + " " + status + " is not in " + OPENAPI);
                assertTrue(yaml.contains("\"" + status + "\":"), "no response for status " + status);
            }
        }
    }

    /** The refusal codes shipped hub and protocol classes refer to, and the server's own codes. */
    private static Set<String> emitted() {
        JavaClasses shipped = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.werkmap.hub", "nl.werkmap.sync.protocol", "nl.werkmap.sync.schema");
        Set<String> codes = new TreeSet<>();
        for (var javaClass : shipped) {
            if (javaClass.isEquivalentTo(RefusalCode.class)) {
                continue;
            }
            for (JavaFieldAccess access : javaClass.getFieldAccessesFromSelf()) {
                if (access.getTargetOwner().isEquivalentTo(RefusalCode.class)
                        && Arrays.stream(RefusalCode.values()).anyMatch(c -> c.name().equals(access.getName()))) {
                    codes.add(access.getName());
                }
            }
        }
        codes.addAll(ServerCodes.ALL);
        return codes;
    }

    /** The {@code enum} of the {@code Error} schema's {@code error} property. */
    static Set<String> documented(String yaml) {
        Matcher error = Pattern.compile("Error:\\s*\\n.*?error:\\s*\\n\\s*type: string\\s*\\n\\s*enum: \\[([^\\]]*)\\]",
                Pattern.DOTALL).matcher(yaml);
        assertTrue(error.find(), "no enum for Error.error in " + OPENAPI);
        return Arrays.stream(error.group(1).split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
