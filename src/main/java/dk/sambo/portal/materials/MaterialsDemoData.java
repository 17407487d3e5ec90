package dk.sambo.portal.materials;

import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The launch package for the demo: a cover letter and a one-page sheet of the basic principles, each a small PDF
 * generated in code, plus a leaders' guide in two versions so version history and download counts show.
 */
@Component
@Profile("demo")
@Order(51)
class MaterialsDemoData implements ApplicationRunner {

    private final MaterialRepository materials;
    private final MaterialVersionRepository versions;
    private final MaterialChunks chunks;
    private final Clock clock;

    MaterialsDemoData(MaterialRepository materials, MaterialVersionRepository versions,
            MaterialChunks chunks, Clock clock) {
        this.materials = materials;
        this.versions = versions;
        this.chunks = chunks;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws Exception {
        if (materials.count() > 0) {
            return;
        }
        add("Lanceringsbrev: ny SAM:BO-aftale fra 19. maj 2025",
                "Til sundhedsklyngerne og organisationerne. Send videre lokalt.", Audience.EVERYONE, true,
                "lanceringsbrev-sambo-2025.pdf", List.of(LaunchPackagePdf.write("Ny SAM:BO-aftale fra 19. maj 2025",
                        List.of("Til sundhedsklyngerne i Region Syddanmark.", "",
                                "Der er godkendt en ny version af SAM:BO-aftalen, som træder i kraft 19. maj 2025.",
                                "Sundhedsklyngerne viderebringer materialet til organisationerne,",
                                "og den enkelte organisation formidler materialet lokalt.", "",
                                "Lanceringspakken indeholder dette brev og et ark med grundprincipperne.",
                                "Spørgsmål om aftalen stilles til jeres kulturbærere i SAM:BO-portalen."))),
                List.of(41L));
        add("Grundprincipperne i SAM:BO", "Et ark til opslagstavlen og til teammøder.", Audience.EVERYONE, true,
                "grundprincipper-sambo.pdf", List.of(LaunchPackagePdf.write("Grundprincipperne i SAM:BO",
                        List.of("1. Sammenhængende borger-/patientforløb",
                                "2. Indsatsen afpasses efter behovet",
                                "3. Udskrivningen begynder ved indlæggelsen",
                                "4. Sammenhæng og fleksibilitet gennem dialog",
                                "5. Borgeren/patienten inddrages"))), List.of(87L));
        add("Lederens guide til forandringsledelse", "Praksistræning, sparring og vidensdeling i egen enhed.",
                Audience.LEADERS, false, "lederguide-forandringsledelse.pdf",
                List.of(LaunchPackagePdf.write("Lederens guide (udkast)", List.of("Udkast til drøftelse.")),
                        LaunchPackagePdf.write("Lederens guide til forandringsledelse",
                                List.of("Sæt rammer for praksistræning, sparring og vidensdeling.",
                                        "Udpeg kulturbærere, og giv dem tid til at træne kolleger.",
                                        "Tag direkte kontakt til lederkolleger, når et borgerforløb kræver det.",
                                        "Vid, hvem i egen organisation der løfter emner til sundhedsklyngen."))),
                List.of(6L, 19L));
    }

    private void add(String title, String description, Audience audience, boolean launch, String fileName,
            List<byte[]> files, List<Long> downloads) throws Exception {
        var material = materials.save(new Material(title, description, audience, launch, clock.instant()));
        for (int i = 0; i < files.size(); i++) {
            var bytes = files.get(i);
            var kind = FileKind.detect(fileName, bytes);
            var version = new MaterialVersion(material.id(), i + 1, fileName, kind, bytes.length,
                    HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)), null, "Demodata",
                    clock.instant().minusSeconds((files.size() - i) * 86400L * 30));
            version.presetDownloads(downloads.get(i));
            version = versions.saveAndFlush(version);
            chunks.write(version.id(), new java.io.ByteArrayInputStream(bytes));
        }
    }
}
