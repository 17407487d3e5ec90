package dk.sambo.portal.shared.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The CPR guard against a corpus of what staff actually write: CPR numbers in every way people type them must be
 * refused; phone numbers, dates, years, times, prices and case numbers must pass.
 */
class PatientDataGuardTest {

    /** Text with a CPR number, and the number the guard must point at. */
    static Stream<Arguments> withCpr() {
        return Stream.of(
                Arguments.of("Borger med CPR 010203-1234 blev indlagt i nat", "010203-1234"),
                Arguments.of("cpr 0102031234 er noteret", "0102031234"),
                Arguments.of("Hans nummer er 010203 1234.", "010203 1234"),
                Arguments.of("CPR: 311299-4321", "311299-4321"),
                Arguments.of("født 29.02.2000, cpr 290200-4123", "290200-4123"),
                Arguments.of("Nummeret 010203–1234 med tankestreg fra Word", "010203–1234"),
                Arguments.of("Med hård bindestreg 010203‑1234", "010203‑1234"),
                Arguments.of("Med hårdt mellemrum 010203\u00A01234", "010203\u00A01234"),
                Arguments.of("0508851234 skal kontaktes", "0508851234"),
                Arguments.of("Kontakt vedr. 050885-1234", "050885-1234"),
                Arguments.of("Patienten (050885-1234) udskrives", "050885-1234"),
                Arguments.of("Se 050885-1234, og ring", "050885-1234"),
                Arguments.of("Linje et\n050885-1234\nlinje tre", "050885-1234"),
                Arguments.of("CPR-nr. 120456-7890", "120456-7890"),
                Arguments.of("Ældre borger 150937-9123", "150937-9123"),
                Arguments.of("cpr 2406901234 i journalen", "2406901234"),
                Arguments.of("CPR:0102031234", "0102031234"),
                Arguments.of("cpr.nr.0102031234", "0102031234"),
                Arguments.of("CPR-0102031234", "0102031234"),
                Arguments.of("cpr 010203 - 1234", "010203 - 1234"),
                Arguments.of("cpr 010203- 1234", "010203- 1234"),
                Arguments.of("Ugyldig 999999-1234, men 010203-1234 er gyldig", "010203-1234"),
                Arguments.of("Nyfødt 010125-5123 (tallet behøver ikke modulus 11)", "010125-5123"),
                Arguments.of("\"240690-1234\"", "240690-1234"),
                Arguments.of("nr:240690-1234;", "240690-1234"),
                // Issue 10: forms that got through before the guard was widened.
                Arguments.of("Borger 010285.1234 ringede", "010285.1234"),
                Arguments.of("Borger 01.02.85-1234 ringede", "01.02.85-1234"),
                Arguments.of("Borger 01 02 85 1234 ringede", "01 02 85 1234"),
                Arguments.of("Borger 01-02-85-1234 ringede", "01-02-85-1234"),
                Arguments.of("Borger 01.02.85.1234 ringede", "01.02.85.1234"),
                Arguments.of("Borger 0 1 0 2 8 5 1 2 3 4 ringede", "0 1 0 2 8 5 1 2 3 4"),
                Arguments.of("Borger 010285/1234 ringede", "010285/1234"),
                Arguments.of("Borger 010285_1234 ringede", "010285_1234"),
                Arguments.of("Fuld bredde ０１０２８５－１２３４ fra en app", "０１０２８５－１２３４"),
                Arguments.of("Fuld bredde uden streg ０１０２８５１２３４", "０１０２８５１２３４"),
                Arguments.of("Bogstavet O for nul 01O285-1234", "01O285-1234"),
                Arguments.of("Lille o for nul 01o285-1234", "01o285-1234"),
                Arguments.of("Lille l for et 0l0285-l234", "0l0285-l234"),
                Arguments.of("Stort I for et 010285-I234", "010285-I234"),
                Arguments.of("O først: O10285-1234", "O10285-1234"),
                Arguments.of("Arabisk-indiske cifre ٠١٠٢٨٥-١٢٣٤", "٠١٠٢٨٥-١٢٣٤"),
                Arguments.of("Hårdt mellemrum 01\u00A002\u00A085\u00A01234", "01\u00A002\u00A085\u00A01234"),
                Arguments.of("Skråstreg med dato 01/02/85-1234", "01/02/85-1234"),
                Arguments.of("cpr: 0102851234", "0102851234"),
                Arguments.of("Kan du hjælpe med 010285 1234 i dag?", "010285 1234"),
                Arguments.of("Tankestreg 01–02–85–1234", "01–02–85–1234"),
                Arguments.of("Mellemrum om stregen 01.02.85 - 1234", "01.02.85 - 1234"));
    }

    /** Text that must be stored: phone numbers, dates, years, times, amounts, case numbers, invalid dates. */
    static Stream<String> withoutCpr() {
        return Stream.of(
                "Ring på +45 12 34 56 78",
                "Telefon 12345678",
                "Tlf. +4512345678",
                "Tlf. 0045 7663 3000",
                "Udskrevet 01-02-2023 kl. 14",
                "Udskrevet 01.02.2023",
                "Dato 2023-02-01",
                "Aftalen fra 2025 gælder fra 19. maj",
                "Sagsnummer 2024-012345",
                "Sag nr. 24/0102031234",
                "j.nr. 2023-0412-1234",
                "Ugyldig dato 320199-1234",
                "Måned 13: 011399-1234",
                "29. februar 1901 findes ikke: 290201-1234",
                "1900 var ikke skudår: 290200-1234",
                "Elleve cifre 01020312345",
                "Ni cifre 010203123",
                "Tretten cifre 0102031234567",
                "Fem cifre efter stregen 010203-12345",
                "Del af et længere tal 9010203-1234",
                "Version 1.0102031234 af systemet",
                "Kl. 10.30-12.00 er der stuegang",
                "Uge 13-15 er der undervisning",
                "Telefontid 08:00-16:00",
                "EAN 5790000123456",
                "Beløb 1.234.567 kr.",
                "Reference 12345-6789",
                "CVR 12345678",
                "Borgeren er 85 år og bor i 6000 Kolding",
                "MedCom-standard 2.0.1",
                "Telefon 12-34-56-78",
                "1. februar 2003",
                "30.000 kr. om året",
                "Tidsrum 0800-1600",
                "SOR-kode 123456789012345",
                // Issue 10: what the widened guard must still let through.
                "Mødet er 01.02.2025 kl. 10.00",
                "Datoerne 01.02.85 og 03.04.86",
                "Fra 01.02.25 til 28.02.25",
                "Tlf. 76 63 30 00",
                "Ring +45 76 63 30 00 eller 70 11 31 31",
                "Telefon 7663 3000",
                "Telefon 76-63-30-00",
                "Telefon 76.63.30.00",
                "Telefon (+45) 6541 1000",
                "Telefon 12 34 56 78 90",
                "Journal nr. 2024/123456",
                "Journalnummer J-2024-010285",
                "Sagsnr. 24/12345 og 25/1234",
                "Sags-id 2025_010285",
                "EAN-nummer 5798000123456",
                "EAN 5790 0012 3456 7",
                "EAN 5 7 9 8 0 0 0 1 2 3 4 5 6",
                "Postnummer 6000 Kolding og 6200 Aabenraa",
                "6000 Kolding, 7100 Vejle, 5000 Odense C",
                "Dato 01/02/2025",
                "Dato 1/2-2025 og 3/4-2025",
                "Kl. 08.00-15.30 og 16.00-18.00",
                "Version 1.2.3.4",
                "IP-adresse 192.168.1.10",
                "ISBN 978-87-7749-123-4",
                "Beløb 12.345,67 kr.",
                "Vagtplan 1 2 3 4 5 6 7",
                "Cifrene 1 2 3 4 5 6 7 8 9",
                "Lokale 2.01.05",
                "Tidspunkt 2025-02-01T10:30",
                "Ordre 2024_0001",
                "Fil: rapport_2025_02_01.pdf",
                "Afsnit M1, stue 12, seng 3",
                "CVR-nr. 29 18 97 75",
                "Personalenummer 123456",
                "Ring 1813 eller 112",
                "Boligen ligger på Lollandsvej 12, Hotel10 og Olaf Olsens Vej 101",
                "Teams-møde ID 123 456 789 01",
                "Dosis 0,5 mg x 2 dagligt",
                "Revideret 12-05-2025, version 3",
                "Ugyldig dato med punktum 32.01.85-1234",
                "Ugyldig måned med mellemrum 01 13 85 1234",
                "Blandede skilletegn 01.02-85 1234",
                "");
    }

    @ParameterizedTest(name = "refuses: {0}")
    @MethodSource("withCpr")
    void text_with_a_cpr_number_is_refused_and_the_number_is_pointed_at(String text, String number) {
        var finding = PatientDataGuard.find(text);
        assertThat(finding).as(text).isPresent();
        assertThat(finding.get().text()).isEqualTo(number);
        assertThat(text.substring(finding.get().start(), finding.get().end())).isEqualTo(number);
        assertThatThrownBy(() -> PatientDataGuard.check("qa.field.body", text))
                .isInstanceOf(PatientDataException.class);
    }

    @ParameterizedTest(name = "allows: {0}")
    @MethodSource("withoutCpr")
    void phone_numbers_dates_years_and_case_numbers_are_allowed(String text) {
        assertThat(PatientDataGuard.find(text)).as(text).isEmpty();
        PatientDataGuard.check("qa.field.body", text);
    }

    @Test
    void the_corpus_has_at_least_forty_examples() {
        assertThat(withCpr().count() + withoutCpr().count()).isGreaterThanOrEqualTo(40);
    }

    @Test
    void the_corpus_holds_every_form_of_issue_10_and_at_least_thirty_new_negatives() {
        assertThat(withCpr().map(a -> (String) a.get()[1]).toList()).contains("010285.1234", "01.02.85-1234",
                "01 02 85 1234", "01-02-85-1234", "01.02.85.1234", "0 1 0 2 8 5 1 2 3 4", "010285/1234",
                "010285_1234", "０１０２８５－１２３４", "01O285-1234");
        assertThat(withoutCpr().count()).isGreaterThanOrEqualTo(36 + 30);
    }

    @Test
    void spaced_digits_are_masked_on_their_last_four_digits() {
        assertThat(PatientDataGuard.find("x 0 1 0 2 8 5 1 2 3 4").orElseThrow().masked())
                .isEqualTo("0 1 0 2 8 5 ••••");
    }

    @Test
    void the_message_shows_the_number_with_its_last_four_digits_hidden() {
        var exception = (PatientDataException) org.assertj.core.api.Assertions.catchThrowable(
                () -> PatientDataGuard.check("qa.field.title", "Hvad gør vi med 010203-1234?"));
        assertThat(exception.field()).isEqualTo("qa.field.title");
        assertThat(exception.finding().masked()).isEqualTo("010203-••••");
        assertThat(exception.finding().start()).isEqualTo(16);
    }

    @Test
    void the_century_follows_the_seventh_digit() {
        assertThat(PatientDataGuard.fullYear(37, 4)).isEqualTo(1937);
        assertThat(PatientDataGuard.fullYear(36, 4)).isEqualTo(2036);
        assertThat(PatientDataGuard.fullYear(57, 5)).isEqualTo(2057);
        assertThat(PatientDataGuard.fullYear(58, 5)).isEqualTo(1858);
        assertThat(PatientDataGuard.fullYear(99, 3)).isEqualTo(1999);
    }
}
