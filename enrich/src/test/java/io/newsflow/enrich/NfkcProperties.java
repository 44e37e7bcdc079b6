package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The shortcut gives exactly what java.text.Normalizer gives, on text mixing every kind of character NFKC treats specially. */
class NfkcProperties {
    @Provide
    Arbitrary<String> texts() {
        // Ideographs, ASCII, full- and half-width forms, CJK punctuation, no-break and ideographic spaces,
        // combining marks, half-width katakana with its voiced marks, Hangul jamo and syllables, ligatures,
        // circled and superscript digits, letterlike symbols (Kelvin, Angstrom), an emoji's surrogates.
        String alphabet = "中文股份有限公司aZ09 ,.()（），。、：；“”！？ＡＺａ０９％\u00a0\u3000\u0301\u0308\u3099"
                + "ｶﾞﾟｱ\uff9e\u1100\u1161\u11a8가\ufb01①²℃\u212a\u212b\u00c5\u00e9e\u00bd\u2024\u2126\ud83d\ude00";
        return Arbitraries.strings().withChars(alphabet).ofMinLength(0).ofMaxLength(24);
    }

    @Property(tries = 5000)
    void sameAsTheNormalizer(@ForAll("texts") String text) {
        assertThat(Nfkc.normalize(text)).isEqualTo(Normalizer.normalize(text, Normalizer.Form.NFKC));
    }

    @Example
    void everyCharacterAloneAndBetweenOthers() {
        for (int c = 1; c <= Character.MAX_VALUE; c++) {
            String s = "中" + (char) c + "a";
            assertThat(Nfkc.normalize(s)).as("U+%04X", c).isEqualTo(Normalizer.normalize(s, Normalizer.Form.NFKC));
        }
    }

    @Example
    void commonTextTakesTheTableAndKeepsItsIdentityWhenNothingChanges() {
        String plain = "贵州茅台2021年营业收入1094.64亿元";
        assertThat(Nfkc.normalize(plain)).isSameAs(plain);
        assertThat(Nfkc.normalize("（ＳＨ６００５１９）")).isEqualTo("(SH600519)");
    }
}
