package minibrowser.tools.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The generator: the same seed and number give the same document, alone or in a run. */
class HostileDocumentsTest {

    @Test
    void aDocumentDependsOnlyOnItsSeedAndNumber() {
        HostileDocuments a = new HostileDocuments(7);
        HostileDocuments b = new HostileDocuments(7);
        for (int i = 0; i < 60; i++) a.generate(i); // making others first changes nothing
        for (int i : new int[] {0, 1, 14, 59, 1234}) {
            HostileDocument x = a.generate(i);
            HostileDocument y = b.generate(i);
            assertEquals(x.kind(), y.kind());
            assertEquals(x.contentType(), y.contentType());
            assertArrayEquals(x.body(), y.body(), "document " + i);
        }
    }

    @Test
    void anotherSeedGivesOtherDocuments() {
        int same = 0;
        for (int i = 0; i < 30; i++) {
            if (Arrays.equals(new HostileDocuments(1).generate(i).body(), new HostileDocuments(2).generate(i).body())) same++;
        }
        assertTrue(same < 10, same + " of 30 the same"); // a few nearly-empty ones may coincide
    }

    @Test
    void everyKindComesUpAndSizesStayBounded() {
        HostileDocuments docs = new HostileDocuments(1);
        Set<HostileDocuments.Kind> seen = EnumSet.noneOf(HostileDocuments.Kind.class);
        for (int i = 0; i < 300; i++) {
            HostileDocument doc = docs.generate(i);
            seen.add(doc.kind());
            assertEquals(i, doc.index());
            assertTrue(doc.body().length < 16 << 20, "document " + i + " is " + doc.body().length + " bytes");
        }
        assertEquals(EnumSet.allOf(HostileDocuments.Kind.class), seen);
    }

    @Test
    void withoutScriptsTheOtherKindsKeepTheirNumbersAndNoScriptIsMade() {
        HostileDocuments without = new HostileDocuments(1, false);
        int kinds = HostileDocuments.Kind.values().length - 1;
        for (int i = 0; i < 100; i++) {
            HostileDocument doc = without.generate(i);
            assertEquals(HostileDocuments.Kind.values()[i % kinds], doc.kind());
        }
    }

    @Test
    void hostileScriptPagesCarryScripts() {
        HostileDocuments docs = new HostileDocuments(3);
        int kinds = HostileDocuments.Kind.values().length;
        int withJava = 0;
        for (int n = 0; n < 40; n++) {
            HostileDocument doc = docs.generate(kinds - 1 + n * kinds);
            assertEquals(HostileDocuments.Kind.HOSTILE_SCRIPTS, doc.kind());
            String html = new String(doc.body(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(html.contains("<script>"), html);
            if (html.contains("java") || html.contains("Packages") || html.contains("getClass")) withJava++;
        }
        assertTrue(withJava > 0, "some pages try to reach Java");
    }

    @Test
    void theHugeImageHeaderIsAValidPngHeader() {
        byte[] png = FuzzServer.pngHeader(100_000, 100_000);
        assertEquals(8 + 4 + 17 + 4, png.length);
        assertEquals('I', png[12]);
        assertFalse(new String(png, java.nio.charset.StandardCharsets.ISO_8859_1).isEmpty());
    }
}
