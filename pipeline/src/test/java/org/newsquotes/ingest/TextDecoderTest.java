package org.newsquotes.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private final TextDecoder decoder = new TextDecoder();

    @Test
    void aPageThatIsNotUtf8IsReadInTheCharsetItsMetaDeclares() {
        String html = "<html><head><meta charset=\"windows-1251\"></head><body><p>Мэр пообещал открыть мост.</p></body></html>";
        DecodedText d = decoder.decode("ru.html", html.getBytes(Charset.forName("windows-1251")));
        assertThat(d.text()).contains("Мэр пообещал открыть мост.");
        assertThat(d.charset()).isEqualTo("windows-1251");
        assertThat(d.warnings()).isEmpty();
        String equiv = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=KOI8-R\"></head>"
                + "<body>Мост</body></html>";
        assertThat(decoder.decode("ru2.html", equiv.getBytes(Charset.forName("KOI8-R"))).text()).contains("Мост");
    }

    @Test
    void theTransportsCharsetWinsOverTheMetaAndLatin1IsReadAsWindows1252() {
        byte[] bytes = "<p>\u201cYes,\u201d she said in Malmö.</p>".getBytes(Charset.forName("windows-1252"));
        DecodedText d = decoder.decode("page#1", bytes, "ISO-8859-1");
        assertThat(d.text()).isEqualTo("<p>\u201cYes,\u201d she said in Malmö.</p>");
        assertThat(d.warnings()).isEmpty();
    }

    @Test
    void validUtf8StaysUtf8WhateverThePageDeclares() {
        String html = "<html><head><meta charset=\"iso-8859-1\"></head><body>Zürich \u201cquoted\u201d</body></html>";
        DecodedText d = decoder.decode("mislabelled.html", html.getBytes(StandardCharsets.UTF_8), "iso-8859-1");
        assertThat(d.text()).contains("Zürich \u201cquoted\u201d");
        assertThat(d.charset()).isEqualTo("UTF-8");
    }

    @Test
    void anUnknownDeclaredCharsetFallsBackToTheUsualDecoding() {
        byte[] bytes = "caf\u00e9".getBytes(Charset.forName("windows-1252"));
        DecodedText d = decoder.decode("x.html", bytes, "no-such-charset");
        assertThat(d.text()).isEqualTo("caf\u00e9");
        assertThat(d.charset()).isEqualTo("UTF-8+windows-1252");
    }

    @Test
    void utf8WithoutBomDecodesAsIs() {
        DecodedText d = decoder.decode("a.txt", "Crème brûlée “quoted”".getBytes(StandardCharsets.UTF_8));
        assertThat(d.text()).isEqualTo("Crème brûlée “quoted”");
        assertThat(d.charset()).isEqualTo("UTF-8");
        assertThat(d.warnings()).isEmpty();
    }

    @Test
    void utf8BomIsRemoved() {
        byte[] body = "Héllo".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        assertThat(decoder.decode("a.txt", bytes).text()).isEqualTo("Héllo");
    }

    @Test
    void utf16WithBomIsDecoded() {
        byte[] body = "Mixed “text”".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        assertThat(decoder.decode("a.txt", bytes).text()).isEqualTo("Mixed “text”");
    }

    @Test
    void invalidUtf8FallsBackToWindows1252ForTheBadBytesOnlyAndWarns() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write("Good “utf8” then ".getBytes(StandardCharsets.UTF_8));
        out.write("caf\u00e9 \u2019bad\u2019".getBytes(Charset.forName("windows-1252")));
        DecodedText d = decoder.decode("dir/x.txt", out.toByteArray());
        assertThat(d.text()).isEqualTo("Good “utf8” then café ’bad’");
        assertThat(d.charset()).isEqualTo("UTF-8+windows-1252");
        assertThat(d.warnings()).singleElement().asString()
                .contains("dir/x.txt", "not valid UTF-8", "3 invalid byte sequences", "windows-1252");
    }

    @Test
    void pureWindows1252FileIsReadable() {
        byte[] bytes = "Déjà vu – “yes”".getBytes(Charset.forName("windows-1252"));
        assertThat(decoder.decode("a.txt", bytes).text()).isEqualTo("Déjà vu – “yes”");
    }

    @Test
    void emptyAndBlankFilesAreRefused() {
        assertThatThrownBy(() -> decoder.decode("e.txt", new byte[0]))
                .isInstanceOf(IngestException.class).hasMessageContaining("empty file").hasMessageContaining("e.txt");
        assertThatThrownBy(() -> decoder.decode("b.txt", " \n\t\r\n ".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IngestException.class).hasMessageContaining("only white space");
    }

    @Test
    void aStrayNulInALongTextIsRemovedWithAWarning() {
        byte[] bytes = ("Headline\n" + "A long enough paragraph of text. ".repeat(10) + "\u0000end.").getBytes(StandardCharsets.UTF_8);
        DecodedText d = decoder.decode("s.txt", bytes);
        assertThat(d.text()).endsWith("text. end.").doesNotContain("\u0000");
        assertThat(d.warnings()).singleElement().asString().contains("s.txt", "1 stray NUL");
    }

    @Test
    void binaryContentIsRefused() {
        byte[] nul = {'a', 'b', 0, 'c', 'd'};
        assertThatThrownBy(() -> decoder.decode("n.txt", nul)).hasMessageContaining("binary file").hasMessageContaining("NUL");
        byte[] pdf = "%PDF-1.7\n%âãÏÓ".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> decoder.decode("p.txt", pdf)).hasMessageContaining("binary file").hasMessageContaining("PDF");
        byte[] control = new byte[200];
        for (int i = 0; i < control.length; i++) control[i] = (byte) (i % 2 == 0 ? 'x' : 0x03);
        assertThatThrownBy(() -> decoder.decode("c.txt", control)).hasMessageContaining("control characters");
    }

    @Test
    void randomBytesAreRefusedAsBinaryWhateverTheSeedAndLength() {
        for (long seed = 1; seed <= 50; seed++) {
            java.util.Random random = new java.util.Random(seed);
            byte[] junk = new byte[200 + random.nextInt(20_000)];
            random.nextBytes(junk);
            junk[0] = 'T'; // no magic number to recognise
            assertThatThrownBy(() -> decoder.decode("junk.txt", junk)).as("seed " + seed)
                    .hasMessageContaining("binary file: junk.txt").hasMessageContaining("control characters");
        }
    }

    @Test
    void textWithAStrayControlCharacterPerLineOrWordsLineBreaksIsStillText() {
        StringBuilder t = new StringBuilder();
        for (int i = 0; i < 40; i++) t.append("A line of ordinary news text, about as long as one line of a printed column, number ").append(i).append('\u0007').append('\n');
        assertThat(decoder.decode("bell.txt", t.toString().getBytes(StandardCharsets.UTF_8)).text()).contains("number 39");
        String word = "First line\u000Bsecond line of a pasted Word document\u000Bthird\n";
        assertThat(decoder.decode("vt.txt", word.repeat(20).getBytes(StandardCharsets.UTF_8)).text()).startsWith("First");
        byte[] latin = "Le ministre a d\u00e9clar\u00e9 que la r\u00e9union \u00e9tait report\u00e9e.\n".repeat(30)
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));
        assertThat(decoder.decode("fr.txt", latin).text()).contains("d\u00e9clar\u00e9");
    }
}
