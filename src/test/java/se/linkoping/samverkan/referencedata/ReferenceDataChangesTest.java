package se.linkoping.samverkan.referencedata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The code a new entry gets from its name: plain lower-case ASCII, stable however the name is written. */
class ReferenceDataChangesTest {

    @Test
    void aCodeIsTheNameInPlainLowerCaseWithHyphens() {
        assertThat(ReferenceDataChanges.codeOf("Övre Vasastaden")).isEqualTo("ovre-vasastaden");
        assertThat(ReferenceDataChanges.codeOf("Skäggetorp centrum")).isEqualTo("skaggetorp-centrum");
        assertThat(ReferenceDataChanges.codeOf("Åbylund/Tornby – väst")).isEqualTo("abylund-tornby-vast");
        assertThat(ReferenceDataChanges.codeOf("  Café  Björnen! ")).isEqualTo("cafe-bjornen");
    }

    @Test
    void aNameWithoutLettersOrDigitsStillGetsACodeAndALongNameAShortOne() {
        assertThat(ReferenceDataChanges.codeOf("–!?")).isEqualTo("post");
        assertThat(ReferenceDataChanges.codeOf("Stadsdelen med det alldeles för långa namnet i hela kommunen"))
                .hasSizeLessThanOrEqualTo(36).doesNotEndWith("-").startsWith("stadsdelen-med-det");
    }
}
