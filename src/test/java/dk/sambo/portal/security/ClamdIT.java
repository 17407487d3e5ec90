package dk.sambo.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dk.sambo.portal.AuthenticatedAs;
import dk.sambo.portal.PortalTest;
import dk.sambo.portal.materials.MaterialLibrary;
import dk.sambo.portal.materials.Audience;
import dk.sambo.portal.materials.TestDocuments;
import dk.sambo.portal.shared.RuleViolation;
import dk.sambo.portal.shared.i18n.PortalI18NProvider;

/**
 * The antivirus step against a real ClamAV daemon (issue 10, ASVS 5.4.3), through the upload path of the materials
 * library with {@code portal.security.antivirus.mode=clamd}. No signatures can be downloaded on the build machines,
 * so the test gives clamd a database of its own: EICAR's MD5 and size ({@code .hdb}, the EICAR file itself) and a
 * body signature of EICAR's text ({@code .ndb}, which ClamAV finds inside a PDF, the only form the library accepts).
 * Skipped, with the reason, where {@code clamd} is not installed ({@code .ci/run} installs {@code clamav-daemon}).
 */
@PortalTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClamdIT {

    static final String EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";
    private static final Path CLAMD = Path.of("/usr/sbin/clamd");

    @TempDir
    static Path dir;

    static Process clamd;
    static int port;

    @Autowired
    MaterialLibrary library;

    @Autowired
    UserDetailsService users;

    @Autowired
    MalwareScan scan;

    @BeforeAll
    static void startClamd() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CLAMD), "clamd is not installed here (Debian: apt-get install"
                + " clamav-daemon; .ci/run does it): the real-engine antivirus test is skipped");
        var db = Files.createDirectories(dir.resolve("db"));
        var eicar = EICAR.getBytes(StandardCharsets.US_ASCII);
        Files.writeString(db.resolve("portal-test.hdb"), HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                .digest(eicar)) + ":" + eicar.length + ":Portal-Test-EICAR-File\n");
        var text = "EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*".getBytes(StandardCharsets.US_ASCII);
        Files.writeString(db.resolve("portal-test.ndb"), "Portal-Test-EICAR-Text:0:*:" + HexFormat.of()
                .formatHex(text) + "\n");
        try (var free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        var conf = dir.resolve("clamd.conf");
        Files.writeString(conf, String.join("\n", "DatabaseDirectory " + db, "TCPSocket " + port,
                "TCPAddr 127.0.0.1", "Foreground yes", "LogFile " + dir.resolve("clamd.log"), ""));
        clamd = new ProcessBuilder(CLAMD.toString(), "-c", conf.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("clamd.out").toFile()).start();
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (!answersPing()) {
            if (!clamd.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("clamd did not start: " + Files.readString(dir.resolve("clamd.out")));
            }
            Thread.sleep(200);
        }
    }

    @DynamicPropertySource
    static void clamdProperties(DynamicPropertyRegistry registry) {
        registry.add("portal.security.antivirus.mode", () -> "clamd");
        registry.add("portal.security.antivirus.clamd-host", () -> "127.0.0.1");
        registry.add("portal.security.antivirus.clamd-port", () -> port);
        registry.add("portal.security.antivirus.timeout", () -> "10s");
    }

    @AfterEach
    void logout() {
        AuthenticatedAs.logout();
    }

    @AfterAll
    static void stopClamd() {
        if (clamd != null) {
            clamd.destroy();
        }
    }

    @Test
    @Order(1)
    void the_eicar_file_itself_is_found_by_the_real_engine() throws Exception {
        var file = Files.write(dir.resolve("eicar.com"), EICAR.getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> scan.check("eicar.com", file)).isInstanceOf(MalwareScan.Refused.class)
                .hasMessage(MalwareScan.INFECTED);
        // The plain file carries the EICAR text, so either of the test database's two signatures may name it.
        assertThat(Files.readString(dir.resolve("clamd.log")))
                .containsPattern("Portal-Test-EICAR-(File|Text)(\\.UNOFFICIAL)? FOUND");
    }

    @Test
    @Order(2)
    void a_pdf_carrying_eicar_is_refused_with_the_portals_message_and_a_clean_pdf_is_published() throws Exception {
        AuthenticatedAs.login(users, "admin");
        int before = library.list(null).size();
        int logBefore = Files.readString(dir.resolve("clamd.log")).length();

        assertThatThrownBy(() -> library.publish("Smittet vejledning", null, Audience.EVERYONE, false,
                "vejledning.pdf", TestDocuments.pdfWithUncompressedText("Vejledning", EICAR)))
                .isInstanceOfSatisfying(RuleViolation.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo(MalwareScan.INFECTED);
                    assertThat(PortalI18NProvider.load("da").get(refused.messageKey()))
                            .startsWith("Filen er afvist, fordi antivirusprogrammet fandt skadelig kode i den");
                    assertThat(PortalI18NProvider.load("en").get(refused.messageKey()))
                            .startsWith("The file was refused because the antivirus found malicious code in it");
                });
        assertThat(library.list(null)).hasSize(before);
        // clamd names signatures from an unsigned database "....UNOFFICIAL"; only this test's part of the log counts.
        assertThat(Files.readString(dir.resolve("clamd.log")).substring(logBefore))
                .containsPattern("Portal-Test-EICAR-Text(\\.UNOFFICIAL)? FOUND");

        long id = library.publish("Ren vejledning", null, Audience.EVERYONE, false, "ren.pdf",
                TestDocuments.pdf("Vejledning til udskrivning", "Ring til afdelingen"));
        assertThat(library.list(null)).extracting(MaterialLibrary.Entry::id).contains(id);
    }

    @Test
    @Order(3)
    void with_clamd_down_an_upload_is_refused_and_nothing_is_stored() throws Exception {
        clamd.destroy();
        clamd.waitFor();
        AuthenticatedAs.login(users, "admin");
        int before = library.list(null).size();

        assertThatThrownBy(() -> library.publish("Vejledning", null, Audience.EVERYONE, false, "v.pdf",
                TestDocuments.pdf("Vejledning")))
                .isInstanceOfSatisfying(RuleViolation.class, refused -> assertThat(refused.messageKey())
                        .isEqualTo(MalwareScan.UNAVAILABLE));
        assertThat(library.list(null)).hasSize(before);
    }

    private static boolean answersPing() {
        try (var socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(2000);
            socket.getOutputStream().write("zPING\0".getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readNBytes(5), StandardCharsets.US_ASCII).equals("PONG\0");
        } catch (IOException notYet) {
            return false;
        }
    }
}
