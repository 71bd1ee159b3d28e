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
    void theHugeImageHeaderIsAValidPngHeader() {
        byte[] png = FuzzServer.pngHeader(100_000, 100_000);
        assertEquals(8 + 4 + 17 + 4, png.length);
        assertEquals('I', png[12]);
        assertFalse(new String(png, java.nio.charset.StandardCharsets.ISO_8859_1).isEmpty());
    }
}
