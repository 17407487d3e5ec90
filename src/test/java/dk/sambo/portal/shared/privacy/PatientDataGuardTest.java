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
                Arguments.of("nr:240690-1234;", "240690-1234"));
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
