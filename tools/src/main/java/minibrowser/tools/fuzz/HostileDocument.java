package minibrowser.tools.fuzz;

/**
 * One generated document: what the fuzz server sends for it.
 *
 * @param index       its number in the run; with the seed, all it takes to make it again
 * @param kind        which family of hostile input it belongs to ({@link HostileDocuments.Kind})
 * @param contentType the {@code Content-Type} header sent with it, or null for none
 * @param body        its bytes
 */
public record HostileDocument(int index, HostileDocuments.Kind kind, String contentType, byte[] body) {}
