package dk.sambo.portal.qa.search;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The relevance test set over the demo questions ({@code qa/demo-questions.txt}, which every {@code @PortalTest}
 * context loads): what a nurse, a home carer or a secretary types, and the questions she means. A question is
 * relevant when its title is one of the listed titles, or its title contains one of the listed stems (for broad
 * words such as "plejeforløbsplan", where eight titles are about it and any five of them are right). A case passes
 * when the first five results hold {@code min(5, relevant)} relevant questions: every relevant question where there
 * are five or fewer, only relevant ones where there are more. Judged by reading the titles, before any change to the
 * search was made; not tuned to the results.
 */
final class RelevanceCases {

    private RelevanceCases() {
    }

    record Case(String query, String kind, Set<String> titles, List<String> titleStems) {

        Predicate<String> relevant() {
            return title -> titles.contains(title) || titleStems.stream()
                    .anyMatch(stem -> title.toLowerCase(Locale.ROOT).contains(stem));
        }
    }

    private static Case titles(String kind, String query, String... titles) {
        return new Case(query, kind, Set.of(titles), List.of());
    }

    private static Case stems(String kind, String query, String... stems) {
        return new Case(query, kind, Set.of(), List.of(stems));
    }

    static final String TYPO = "typo";
    static final String ASCII = "aa/ae/oe";
    static final String SAME_MEANING = "same meaning";
    static final String ABBREVIATION = "abbreviation";
    static final String PLAIN = "plain";

    static final String INDLAEGGELSESRAPPORT_1 = "Hvornår skal kommunen sende indlæggelsesrapport?";
    static final String DEMENS_1 = "Hvordan sikrer vi en god udskrivelse af borgere med demens?";
    static final String DEMENS_2 = "Udskrivning af borger med demens";
    static final String GOP_1 = "Hvornår skal genoptræningsplanen sendes til kommunen?";
    static final String GOP_2 = "Genoptræningsplan kommer efter udskrivelsen";
    static final String FMK_1 = "Skal kommunen opdatere FMK, inden borgeren indlægges?";
    static final String FMK_2 = "Uoverensstemmelse mellem FMK og dosispakket medicin";
    static final String MEDICIN_1 = "Hvor meget medicin skal borgeren have med hjem ved udskrivelse?";
    static final String MEDICIN_2 = "Medicin med hjem ved udskrivning – hvor mange døgn?";
    static final String PAARORENDE_1 = "Hvordan inddrager vi pårørende, når borgeren selv ønsker det anderledes?";
    static final String PAARORENDE_2 = "Pårørende og samtykke ved udskrivelse";
    static final String NOEGLE_1 = "Hvem har ansvaret for borgerens nøgle og hjem under indlæggelse?";
    static final String NOEGLE_2 = "Husdyr og nøgle ved akut indlæggelse";
    static final String BLOD_1 = "Hvem tager blodprøver efter udskrivelsen – kommunen eller egen læge?";
    static final String BLOD_2 = "Kontrol af blodprøver efter udskrivelse";
    static final String HJAELP_1 = "Hvem sørger for hjælpemidler, når patienten skal hjem?";
    static final String HJAELP_2 = "Hjælpemidler ved udskrivelse – sygehus eller kommune?";
    static final String PFP_OBS_1 = "Skal der sendes plejeforløbsplan, når patienten kun er i observationsafsnittet?";
    static final String PFP_OBS_2 = "Plejeforløbsplan fra akutafdelingens observationsafsnit";

    static final List<Case> ALL = List.of(
            // The issue's own cases.
            stems(TYPO, "plejeforlobsplan", "plejeforløbsplan"),
            stems(TYPO, "plejeforløbsplna", "plejeforløbsplan"),
            stems(TYPO, "plejforløbsplan", "plejeforløbsplan"),
            stems(TYPO, "udskrivnig", "udskriv"),
            titles(TYPO, "medicn", MEDICIN_1, MEDICIN_2, FMK_2),
            titles(ASCII, "paarorende", PAARORENDE_1, PAARORENDE_2),
            stems(ASCII, "faerdigbehandlet", "færdigbehandl"),
            titles(SAME_MEANING, "udskrivning demens", DEMENS_1, DEMENS_2),
            titles(SAME_MEANING, "udskrivelsen demens", DEMENS_1, DEMENS_2),
            stems(ABBREVIATION, "PFP", "plejeforløbsplan"),
            titles(ABBREVIATION, "GOP", GOP_1, GOP_2),
            titles(ABBREVIATION, "FMK", FMK_1, FMK_2),
            // More of the same kinds.
            titles(TYPO, "genoptræningsplna", GOP_1, GOP_2),
            stems(TYPO, "indlæggelsesraport", "indlæggelsesrapport"),
            stems(TYPO, "korespondancemedelelse", "korrespondancemeddelelse"),
            titles(TYPO, "blodprover", BLOD_1, BLOD_2),
            titles(TYPO, "hjælpemiddler", HJAELP_1, HJAELP_2),
            titles(TYPO, "demes udskrivelse", DEMENS_1, DEMENS_2),
            titles(TYPO, "iltbehandlig", "Hvem bestiller ilt til hjemmet, når borgeren udskrives med iltbehandling?",
                    "Iltbehandling i hjemmet efter udskrivelse"),
            stems(ASCII, "indlaeggelsesrapport", "indlæggelsesrapport"),
            titles(ASCII, "hjaelpemidler", HJAELP_1, HJAELP_2),
            titles(ASCII, "noegle", NOEGLE_1, NOEGLE_2),
            titles(ASCII, "genoptraening specialiseret", "Hvad er forskellen på almen og specialiseret genoptræning?",
                    "Specialiseret genoptræning efter udskrivelse"),
            titles(ASCII, "faelles hjemmebesoeg", "Fælles hjemmebesøg før udskrivelse"),
            titles(ASCII, "faelles medicinkort", FMK_1, FMK_2),
            titles(SAME_MEANING, "udskrivning transport", "Hvem bestiller transport hjem ved udskrivelse?",
                    "Kørsel hjem efter udskrivelse"),
            titles(SAME_MEANING, "udskrivelse terminal", "Hvordan aftales udskrivelse af en borger i terminal fase?",
                    "Udskrivning til terminal pleje i hjemmet"),
            titles(SAME_MEANING, "udskrivelse weekend", "Hvordan aftales en udskrivning i weekenden?"),
            titles(SAME_MEANING, "udskrivning blodprøver", BLOD_1, BLOD_2),
            titles(SAME_MEANING, "udskrivning hjælpemidler", HJAELP_1, HJAELP_2),
            titles(SAME_MEANING, "færdigbehandling weekend", "Tæller færdigbehandlingsdage også i weekenden?",
                    "Færdigbehandling meldt fredag – hvad med weekenden?"),
            titles(ABBREVIATION, "Fælles Medicinkort", FMK_1, FMK_2),
            titles(ABBREVIATION, "PFP observationsafsnit", PFP_OBS_1, PFP_OBS_2),
            titles(ABBREVIATION, "svarfrist PFP", "Hvor hurtigt skal kommunen svare på en plejeforløbsplan?",
                    "Svarfrist på plejeforløbsplanen"),
            titles(ABBREVIATION, "GOP udskrivelse", GOP_2),
            titles(ABBREVIATION, "FMK indlæggelse", FMK_1),
            // Plain words, which must keep working.
            stems(PLAIN, "plejeforløbsplan", "plejeforløbsplan"),
            stems(PLAIN, "indlæggelsesrapport", "indlæggelsesrapport"),
            titles(PLAIN, "korrespondancemeddelelse svartid", "Hvor hurtigt skal man svare på en korrespondancemeddelelse?",
                    "Svartid på korrespondancemeddelelser mellem kommune og sygehus",
                    "Hvornår skal sygehuset svare på vores korrespondancemeddelelse?"),
            titles(PLAIN, "pårørende", PAARORENDE_1, PAARORENDE_2),
            titles(PLAIN, "færdigbehandlet", "Hvem beslutter, at en patient er færdigbehandlet?",
                    "Kan sygeplejersken melde patienten færdigbehandlet til kommunen?"),
            titles(PLAIN, "akutteam", "Kan kommunens akutteam vurdere en borger i stedet for indlæggelse?",
                    "Akutteamet som alternativ til indlæggelse"),
            titles(PLAIN, "akutmodtagelse fald", "Hvad skal akutmodtagelsen vide, når vi sender en borger ind efter fald?",
                    "Oplysninger til akutmodtagelsen ved fald i hjemmet"),
            titles(PLAIN, "nøgle", NOEGLE_1, NOEGLE_2),
            titles(PLAIN, "kemoterapi bivirkninger",
                    "Hvem skal hjemmesygeplejen kontakte ved bivirkninger efter ambulant kemoterapi?",
                    "Feber hos borger i ambulant kemoterapi"),
            titles(PLAIN, "epikrise egen læge", "Hvornår får egen læge besked om udskrivelsen?",
                    "Epikrise til praktiserende læge kommer sent"),
            titles(PLAIN, "udskrivningskonference", "Hvornår skal der holdes udskrivningskonference?",
                    "Udskrivningskonference ved komplekse forløb"),
            titles(PLAIN, "MedCom-meddelelse", "Hvad gør vi, når en MedCom-meddelelse ikke kommer frem?",
                    "Forsvundne MedCom-meddelelser"),
            titles(PLAIN, "demens", DEMENS_1, DEMENS_2),
            titles(PLAIN, "ernæring udskrivelse", "Hvem sørger for ernæringsplan ved udskrivelse?",
                    "Sondeernæring og udskrivelse"),
            titles(PLAIN, "telefontider sengeafsnit", "Hvornår er det bedst at ringe til sengeafsnittet?",
                    "Telefontider på sengeafsnittene"),
            titles(PLAIN, "hjemsendelse akutmodtagelse",
                    "Skal akutmodtagelsen give besked, når en borger sendes hjem samme døgn?",
                    "Hjemsendelse fra akutmodtagelse om natten uden besked"),
            titles(PLAIN, "indlæggelsesrapport indhold", "Hvad skal stå i indlæggelsesrapporten?",
                    "Indlæggelsesrapport – hvilke oplysninger er vigtigst?"),
            titles(PLAIN, "kommunen sende indlæggelsesrapport", INDLAEGGELSESRAPPORT_1));
}
