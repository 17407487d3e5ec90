package dk.sambo.portal.materials;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a small, valid one-page PDF with Helvetica text: the demo launch package letter. Hand-written PDF
 * (objects, cross-reference table with exact byte offsets, trailer) so no PDF library or tool is needed. Text is
 * WinAnsi-encoded, which covers æ, ø and å.
 */
final class LaunchPackagePdf {

    private static final Charset WIN_ANSI = Charset.forName("windows-1252");

    private LaunchPackagePdf() {
    }

    static byte[] write(String title, List<String> lines) {
        var content = new StringBuilder("BT\n/F1 18 Tf\n56 780 Td\n(").append(escape(title)).append(") Tj\n")
                .append("/F1 11 Tf\n0 -30 Td\n14 TL\n");
        for (var line : lines) {
            content.append('(').append(escape(line)).append(") '\n");
        }
        content.append("ET\n");
        var stream = content.toString().getBytes(WIN_ANSI);

        var objects = new ArrayList<byte[]>();
        objects.add(ascii("<< /Type /Catalog /Pages 2 0 R >>"));
        objects.add(ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"));
        objects.add(ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                + "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>"));
        objects.add(ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"));
        var streamObject = new ByteArrayOutputStream();
        streamObject.writeBytes(ascii("<< /Length " + stream.length + " >>\nstream\n"));
        streamObject.writeBytes(stream);
        streamObject.writeBytes(ascii("\nendstream"));
        objects.add(streamObject.toByteArray());

        var out = new ByteArrayOutputStream();
        out.writeBytes(ascii("%PDF-1.4\n"));
        out.writeBytes(new byte[] {'%', (byte) 0xE2, (byte) 0xE3, (byte) 0xCF, (byte) 0xD3, '\n'});
        var offsets = new ArrayList<Integer>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            out.writeBytes(ascii((i + 1) + " 0 obj\n"));
            out.writeBytes(objects.get(i));
            out.writeBytes(ascii("\nendobj\n"));
        }
        int xref = out.size();
        var table = new StringBuilder("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        for (var offset : offsets) {
            table.append(String.format("%010d 00000 n \n", offset));
        }
        table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        out.writeBytes(ascii(table.toString()));
        return out.toByteArray();
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)");
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
