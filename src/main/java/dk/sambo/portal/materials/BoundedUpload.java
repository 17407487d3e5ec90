package dk.sambo.portal.materials;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * An upload that never holds the file in memory and never takes more than the limit: the request body is copied
 * to a temporary file in 64 kB steps while the bytes are counted, and the upload is refused at the first byte past
 * {@code limit} (or at once, when the declared length is already too large) without reading the rest. What was
 * written is deleted. The temporary file of an accepted upload belongs to the receiver, which deletes it when it is
 * stored or dropped.
 */
final class BoundedUpload implements UploadHandler {

    /** Room for the multipart envelope around a file of exactly the limit. */
    private static final long ENVELOPE_BYTES = 64 * 1024;
    private static final int STEP = 64 * 1024;

    /** Called in the UI's lock with the name the browser gave and the temporary file. */
    interface Receiver extends Serializable {
        void received(String fileName, Path file);
    }

    /** Called in the UI's lock with a translation key. */
    interface Refusal extends Serializable {
        void refused(String messageKey);
    }

    private final long limit;
    private final Receiver receiver;
    private final Refusal refusal;

    BoundedUpload(long limit, Receiver receiver, Refusal refusal) {
        this.limit = limit;
        this.receiver = receiver;
        this.refusal = refusal;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        var ui = event.getUI();
        if (event.getFileSize() > limit + ENVELOPE_BYTES) {
            refuse(event, ui, "materials.error.too-large");
            return;
        }
        var file = Files.createTempFile("sambo-upload-", ".part");
        boolean accepted = false;
        try (InputStream in = event.getInputStream(); var out = Files.newOutputStream(file)) {
            var buffer = new byte[STEP];
            long total = 0;
            while (true) {
                // Never ask for more than one byte past the limit: that byte is the refusal.
                int n = in.read(buffer, 0, (int) Math.min(STEP, limit - total + 1));
                if (n == -1) {
                    break;
                }
                total += n;
                if (total > limit) {
                    refuse(event, ui, "materials.error.too-large");
                    return;
                }
                out.write(buffer, 0, n);
            }
            accepted = true;
        } finally {
            if (!accepted) {
                Files.deleteIfExists(file);
            }
        }
        var name = event.getFileName();
        if (ui == null) {
            Files.deleteIfExists(file);
            return;
        }
        ui.access(() -> receiver.received(name, file));
    }

    private void refuse(UploadEvent event, UI ui, String key) {
        event.reject(key);
        if (ui != null) {
            ui.access(() -> refusal.refused(key));
        }
    }

    @Override
    public long getRequestSizeMax() {
        return limit + ENVELOPE_BYTES;
    }

    @Override
    public long getFileSizeMax() {
        return limit;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }
}
