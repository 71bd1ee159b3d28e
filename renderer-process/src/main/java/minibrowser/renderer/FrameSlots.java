package minibrowser.renderer;

import com.google.common.util.concurrent.ListenableFuture;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import minibrowser.common.ipc.SharedBuffer;

/**
 * Double buffering in shared memory: one memory-mapped file (made by the browser)
 * holding two frame slots. The compositor writes a frame into a slot the gpu is
 * not reading, then tells the gpu "slot S holds frame N". A slot is reused only
 * after the gpu answered the call that named it (it copies the frame out before
 * answering), so the gpu never sees a half-written frame.
 */
final class FrameSlots {
    private final int bufferId;
    private final SharedBuffer memory;
    private final long slotBytes;
    private final ListenableFuture<?>[] inFlight = new ListenableFuture<?>[2];
    private int next;

    FrameSlots(int bufferId, Path path, long totalBytes) throws IOException {
        this.bufferId = bufferId;
        this.memory = SharedBuffer.open(path, totalBytes, true);
        this.slotBytes = totalBytes / 2;
    }

    int bufferId() { return bufferId; }

    long slotBytes() { return slotBytes; }

    /** The next slot to write, once the gpu is done with the frame it last held. */
    int acquire() {
        int slot = next;
        next = 1 - next;
        ListenableFuture<?> previous = inFlight[slot];
        if (previous != null) {
            try {
                previous.get();
            } catch (Exception gpuFailed) {
                // The gpu is gone or refused the frame; the slot is free either way.
            }
        }
        return slot;
    }

    ByteBuffer slot(int slot, long frameBytes) {
        return memory.slice(offset(slot), frameBytes);
    }

    long offset(int slot) {
        return slot * slotBytes;
    }

    /** Remembers the submit that names {@code slot}, so the slot is not reused before it ends. */
    void submitted(int slot, ListenableFuture<?> submit) {
        inFlight[slot] = submit;
    }
}
