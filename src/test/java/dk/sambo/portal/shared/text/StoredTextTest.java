package dk.sambo.portal.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StoredTextTest {

    @Test
    void nul_other_controls_and_bidirectional_overrides_and_isolates_are_removed() {
        assertThat(StoredText.clean("a\u0000b\u0007c\u001Bd\u007Fe\u0085f")).isEqualTo("abcdef");
        assertThat(StoredText.clean("fdp\u202Eexe.pdf")).isEqualTo("fdpexe.pdf");
        assertThat(StoredText.clean("\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069x\u200E\u200F\u061C"))
                .isEqualTo("x");
    }

    @Test
    void tabs_line_breaks_and_danish_text_are_kept_and_line_breaks_become_newlines() {
        assertThat(StoredText.clean("Æblegrød på øen\tå\nnæste linje\r\ntredje\rfjerde"))
                .isEqualTo("Æblegrød på øen\tå\nnæste linje\ntredje\nfjerde");
        assertThat(StoredText.needsCleaning("Æblegrød på øen\tå\n")).isFalse();
        assertThat(StoredText.clean(null)).isNull();
    }
}
